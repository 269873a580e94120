"""A plot area without pyqtgraph's ``PlotItem``: a ViewBox with a left and a bottom axis.

``PlotItem`` builds a hidden options QWidget, context menus and an auto-range button pixmap for
every plot. Those are QWidget/QPixmap objects held by Python; when a chart outlives the
QApplication (a script or CLI export keeping it in a global) their late destruction crashes the
process at exit. The scatter and lag charts need none of that: this is the part they use.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from connectly.charts.axes import ChartAxis


class PlotArea(pg.GraphicsLayout):
    """A fixed-range plot: ``view`` (no mouse, no menu) with ``left`` and ``bottom`` axes."""

    def __init__(self) -> None:
        super().__init__()
        self.view = pg.ViewBox(enableMenu=False, defaultPadding=0.0)
        self.view.setMouseEnabled(x=False, y=False)
        self.view.disableAutoRange()
        self.left = ChartAxis("left")
        self.bottom = ChartAxis("bottom")
        for axis in (self.left, self.bottom):
            axis.linkToView(self.view)
            axis.enableAutoSIPrefix(False)
        self.layout.setSpacing(0)
        self.setContentsMargins(0, 0, 0, 0)
        self.addItem(self.left, row=0, col=0)
        self.addItem(self.view, row=0, col=1)
        self.addItem(self.bottom, row=1, col=1)

    def getViewBox(self) -> pg.ViewBox:
        """The data area."""
        return self.view

    def getAxis(self, name: str) -> ChartAxis:
        """``"left"`` or ``"bottom"``."""
        return self.left if name == "left" else self.bottom

    def addItem(self, item: Any, *args: Any, ignoreBounds: bool = False, **kwargs: Any) -> None:  # noqa: N803
        """Items go into the data area; layout items (axes, the view) into the grid."""
        if isinstance(item, (pg.AxisItem, pg.ViewBox)):
            super().addItem(item, *args, **kwargs)
        else:
            self.view.addItem(item, ignoreBounds=ignoreBounds)

    def set_ranges(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> None:
        """Show exactly these ranges (no padding)."""
        self.view.setRange(xRange=x_range, yRange=y_range, padding=0.0)
