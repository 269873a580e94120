"""The base of the chart's own items: one that covers its ViewBox and draws in its pixels."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QRectF


class ViewItem(pg.GraphicsObject):
    """An item parented to a :class:`~pyqtgraph.ViewBox`, covering it and resized with it.

    Its bounding box is the view's rectangle, or empty once the view has been destroyed: when
    a chart is torn down, Qt can still ask a child item for its bounds after the view's C++
    object is gone, and asking the dead view raised inside the event loop.
    """

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__()
        self._view = view
        self.setParentItem(view)
        view.sigResized.connect(self._resized)

    def _resized(self, *args: Any) -> None:
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:
        if not shiboken6.isValid(self._view):
            return QRectF()
        return QRectF(self._view.rect())
