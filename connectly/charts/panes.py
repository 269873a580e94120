"""One pane of the linked timeline: a ViewBox with a fixed 0–10 scale and a labelled left axis.

Panes are stacked in one grid column, so their plot areas share the exact same x pixels; their
x ranges are linked; the y range never moves (the scales are 0–10 ratings), which is what lets
link lines be drawn per pane in data coordinates (see :mod:`connectly.charts.link_geometry`).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from connectly.charts.axes import ChartAxis, fix_text_space
from connectly.charts.events import EventSpans
from connectly.charts.link_geometry import PaneScale
from connectly.charts.marks import Polyline
from connectly.charts.style import ChartStyle
from connectly.charts.view_item import ViewItem

RATING_TICKS = [[(0.0, "0"), (5.0, "5"), (10.0, "10")], [(2.5, ""), (7.5, "")]]


class RatingGrid(ViewItem):
    """Faint horizontal lines at fixed ratings across a pane, drawn in the pane's pixels.

    Replaces the axis grid: pyqtgraph's axis paints its grid from a cached QPicture whose replay
    cost ~1.5 ms per pane on every pan frame; three lines drawn directly cost almost nothing.
    """

    def __init__(self, view: pg.ViewBox, levels: tuple[float, ...]) -> None:
        super().__init__(view)
        self._levels = levels
        self._pen = QPen(QColor("#e0e0e0"))
        self._pen.setCosmetic(True)
        self.setZValue(-30)

    def setPen(self, pen: QPen) -> None:
        """The grid colour and width."""
        self._pen = pen
        self.update()

    def paint(self, p: QPainter, *args: Any) -> None:
        area = self._view.rect()
        to_pixels = self._view.childGroup.transform()
        p.setPen(self._pen)
        for level in self._levels:
            y = to_pixels.map(QPointF(0.0, level)).y()
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))


class Pane:
    """A ViewBox, its left axis, one curve per partner, the event spans and a hover line."""

    def __init__(self, label: str, y_range: tuple[float, float], *, interactive: bool) -> None:
        self.label = label
        self.y_range = y_range
        self.view = pg.ViewBox(enableMenu=False, defaultPadding=0.0)
        self.view.setMouseEnabled(x=interactive, y=False)
        self.view.disableAutoRange()
        self.view.setYRange(*y_range, padding=0.0)
        self.axis = ChartAxis("left")
        self.axis.linkToView(self.view)
        self.axis.setTicks(RATING_TICKS)
        self.axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # never changes on a pan
        self.grid = RatingGrid(self.view, (0.0, 5.0, 10.0))
        self.spans = EventSpans(self.view)
        self.spans.setZValue(-20)
        self.curves = tuple(self._curve() for _ in range(2))
        self.hover = pg.InfiniteLine(angle=90, movable=False)
        self.hover.setZValue(40)
        self.hover.hide()
        self.view.addItem(self.hover, ignoreBounds=True)

    def _curve(self) -> Polyline:
        curve = Polyline(self.view)
        curve.setZValue(10)
        return curve

    def scale(self) -> PaneScale:
        """The fixed y range and the current height of the plot area in pixels."""
        return PaneScale(self.y_range[0], self.y_range[1], float(self.view.height()))

    def apply_style(self, style: ChartStyle, partner_colours: tuple[QColor, QColor]) -> None:
        """Pens, fonts and fills from ``style``; curves in the partners' colours."""
        text = QColor(style.foreground)
        self.axis.setPen(style.pen(style.frame))
        self.axis.setTextPen(style.pen(text))
        self.axis.setStyle(tickLength=-4, tickTextOffset=4)
        fix_text_space(self.axis, style.font(style.small_font_px), "10")
        self.axis.setLabel(self.label, **{"color": text.name(), "font-size": f"{style.font_px}px"})
        self.view.setBorder(style.pen(style.frame))
        self.grid.setPen(style.pen(style.grid))
        for curve, colour in zip(self.curves, partner_colours, strict=True):
            curve.setPen(style.pen(colour, 1.0))
        self.spans.setLook(QBrush(QColor(style.event_fill)), style.pen(style.event_edge))
        hover_pen = style.pen(style.muted)
        self.hover.setPen(hover_pen)
