"""Axes that also print: pyqtgraph's axes paint through a cached QPicture, whose replay on a
300-dpi PDF re-scales the tick text by the device's DPI (huge, misplaced labels). While a chart
is exported (:meth:`Chart.render`), these axes paint straight onto the painter instead; on
screen they keep the cached picture (fast pans).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QPainter


def _paint_direct(axis: pg.AxisItem, p: QPainter) -> None:
    p.save()
    if axis.style["tickFont"]:
        p.setFont(axis.style["tickFont"])
    specs = axis.generateDrawSpecs(p)
    if specs is not None:
        axis.drawPicture(p, *specs)
    p.restore()


class ChartAxis(pg.AxisItem):
    """A value axis that paints directly (no QPicture) while exporting."""

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        if self._exportOpts is False:
            super().paint(p, opt, widget)
        else:
            _paint_direct(self, p)


class ChartDateAxis(pg.DateAxisItem):
    """The date axis (ticks at calendar days, UTC) that paints directly while exporting."""

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        if self._exportOpts is False:
            super().paint(p, opt, widget)
        else:
            _paint_direct(self, p)
