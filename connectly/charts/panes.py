"""One pane of the linked timeline: a ViewBox with a fixed 0–10 scale and a labelled left axis.

Panes are stacked in one grid column, so their plot areas share the exact same x pixels; their
x ranges are linked; the y range never moves (the scales are 0–10 ratings), which is what lets
link lines be drawn per pane in data coordinates (see :mod:`connectly.charts.link_geometry`).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor

from connectly.charts.axes import ChartAxis
from connectly.charts.events import EventSpans
from connectly.charts.link_geometry import PaneScale
from connectly.charts.style import ChartStyle

RATING_TICKS = [[(0.0, "0"), (5.0, "5"), (10.0, "10")], [(2.5, ""), (7.5, "")]]


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
        self.axis.setGrid(60)
        self.spans = EventSpans(*y_range)
        self.spans.setZValue(-20)
        self.view.addItem(self.spans, ignoreBounds=True)
        self.curves = tuple(self._curve() for _ in range(2))
        self.hover = pg.InfiniteLine(angle=90, movable=False)
        self.hover.setZValue(40)
        self.hover.hide()
        self.view.addItem(self.hover, ignoreBounds=True)
        self.view.sigResized.connect(self._resized)

    def _resized(self, *args: object) -> None:
        # pyqtgraph recomputes the auto-downsampling factor only when the x range changes; a
        # pane that grows (window resized, rendered for print) would keep a coarse factor.
        for curve in self.curves:
            curve.viewRangeChanged()

    def _curve(self) -> pg.PlotDataItem:
        curve = pg.PlotDataItem(connect="finite")
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
        self.view.addItem(curve, ignoreBounds=True)
        return curve

    def scale(self) -> PaneScale:
        """The fixed y range and the current height of the plot area in pixels."""
        return PaneScale(self.y_range[0], self.y_range[1], float(self.view.height()))

    def apply_style(self, style: ChartStyle, partner_colours: tuple[QColor, QColor]) -> None:
        """Pens, fonts and fills from ``style``; curves in the partners' colours."""
        text = QColor(style.foreground)
        self.axis.setPen(style.pen(style.frame))
        self.axis.setTextPen(style.pen(text))
        self.axis.setStyle(tickFont=style.font(style.small_font_px), tickLength=-4, tickTextOffset=4)
        self.axis.setLabel(self.label, **{"color": text.name(), "font-size": f"{style.font_px}px"})
        self.view.setBorder(style.pen(style.frame))
        for curve, colour in zip(self.curves, partner_colours, strict=True):
            curve.setPen(style.pen(colour, 1.0))
        self.spans.setLook(QBrush(QColor(style.event_fill)), style.pen(style.event_edge))
        hover_pen = style.pen(style.muted)
        self.hover.setPen(hover_pen)
