"""Life events on the timeline: shaded spans in every pane, titles along the top pane.

Two items instead of one ``LinearRegionItem`` per event and pane: a decade of events stays two
cheap paints per frame, nothing is movable or hoverable, and both print as plain vector shapes.
Both are plain :class:`~pyqtgraph.GraphicsObject` subclasses living on the ViewBox and drawing in
its pixels (no ignored transformations), so they scale with the painter when a chart is
rendered onto a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from connectly.charts.timebase import DAY_SECONDS
from connectly.charts.view_item import ViewItem


class EventSpans(ViewItem):
    """Shaded bands from each event's first to last day, full pane height.

    ``setData(first_days_x, last_days_x)`` takes the x of each event's first and last day; the
    band covers those days whole (half a day either side). Parented to the ViewBox and drawn in
    its pixels (data-space rectangles with second-sized coordinates cost ~0.1 ms each to fill);
    every band is at least 2 px wide and gets thin edges, so a one-day event stays visible
    when a decade is on screen.
    """

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__(view)
        self._starts = np.empty(0)
        self._ends = np.empty(0)
        self._brush = QBrush(QColor(0, 0, 0, 40))
        self._pen = QPen(QColor(0, 0, 0, 100))
        self._pen.setCosmetic(True)

    def setData(self, first_x: np.ndarray, last_x: np.ndarray) -> None:
        """Replace the spans (x of first and last day of each event)."""
        self._starts = np.asarray(first_x, dtype=np.float64) - DAY_SECONDS / 2
        self._ends = np.asarray(last_x, dtype=np.float64) + DAY_SECONDS / 2
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        """The span edges (x of the start of the first day, x of the end of the last day)."""
        return self._starts.copy(), self._ends.copy()

    def setLook(self, brush: QBrush, pen: QPen) -> None:
        """Fill and edge of every span."""
        self._brush, self._pen = brush, pen
        self.update()

    def paint(self, p: QPainter, *args: Any) -> None:
        if self._starts.size == 0:
            return
        left, right = self._view.viewRange()[0]
        keep = (self._ends >= left) & (self._starts <= right)
        if not keep.any():
            return
        tr = self._view.childGroup.transform()
        area = self._view.rect()
        x0 = tr.m11() * self._starts[keep] + tr.m31()
        x1 = np.maximum(tr.m11() * self._ends[keep] + tr.m31(), x0 + 2.0)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._brush)
        for a, b in zip(x0.tolist(), x1.tolist(), strict=True):
            p.drawRect(QRectF(a, area.top(), b - a, area.height()))
        p.setPen(self._pen)
        for a, b in zip(x0.tolist(), x1.tolist(), strict=True):
            p.drawLine(QPointF(a, area.top()), QPointF(a, area.bottom()))
            p.drawLine(QPointF(b, area.top()), QPointF(b, area.bottom()))


class EventTitles(ViewItem):
    """Event titles along the top of one pane, in pixels, following that pane's x range.

    Parented to the :class:`~pyqtgraph.ViewBox` itself (not its data group), so text is never
    stretched; positions are recomputed at paint time from the view's transform, which makes
    pan and zoom free. Titles that would overlap an earlier one are left out until the user
    zooms in.
    """

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__(view)
        self._first = np.empty(0)
        self._last = np.empty(0)
        self._titles: tuple[str, ...] = ()
        self._font = QFont()
        self._text = QColor("#000000")
        self._fill = QColor(255, 255, 255, 200)
        self.setZValue(50)
        view.sigXRangeChanged.connect(self._range_changed)

    def setData(self, first_x: np.ndarray, last_x: np.ndarray, titles: Sequence[str]) -> None:
        """Titles and the x of each event's first and last day (in the same order)."""
        self._first = np.asarray(first_x, dtype=np.float64) - DAY_SECONDS / 2
        self._last = np.asarray(last_x, dtype=np.float64) + DAY_SECONDS / 2
        self._titles = tuple(titles)
        self.update()

    def getData(self) -> tuple[np.ndarray, tuple[str, ...]]:
        """The x where each title starts, and the titles."""
        return self._first.copy(), self._titles

    def setLook(self, font: QFont, text: QColor, fill: QColor) -> None:
        """Font, text colour and the halo behind each title."""
        self._font, self._text, self._fill = font, text, fill
        self.update()

    def _range_changed(self, *args: Any) -> None:
        self.update()

    def _resized(self, *args: Any) -> None:
        super()._resized(*args)
        self.update()

    def paint(self, p: QPainter, *args: Any) -> None:
        if not self._titles:
            return
        area = self._view.rect()
        to_pixels = self._view.childGroup.transform()
        metrics = QFontMetricsF(self._font)
        p.setFont(self._font)
        pad = 3.0
        free_from = area.left() - 1.0
        for x, end, title in zip(self._first.tolist(), self._last.tolist(), self._titles, strict=True):
            if to_pixels.map(QPointF(end, 0.0)).x() < area.left():
                continue  # the whole event lies before the days on screen
            left = max(to_pixels.map(QPointF(x, 0.0)).x(), area.left()) + pad
            if left < free_from or left > area.right() - 12:
                continue
            text = metrics.elidedText(
                title, Qt.TextElideMode.ElideRight, min(220.0, area.right() - left - pad)
            )
            width = metrics.horizontalAdvance(text)
            box = QRectF(left - 2, area.top() + pad, width + 4, metrics.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self._fill)
            p.drawRect(box)
            p.setPen(self._text)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            free_from = box.right() + 8
