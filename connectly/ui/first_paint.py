"""Run work right after a window's first frame has been painted.

A zero-timer alone is not enough: Qt runs zero-timers *before* the posted paint of a
newly shown window, so work queued that way delays the very frame it means to follow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``callbacks`` once, when ``widget`` has painted (or after ``fallback_ms`` at the latest)."""

    def __init__(
        self, widget: QWidget, callbacks: Sequence[Callable[[], object]], *, fallback_ms: int = 1000
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callbacks = list(callbacks)
        self.done = False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)  # a window that is never painted (minimised)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint, queue the callbacks behind it."""
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self._widget.removeEventFilter(self)
        for callback in self._callbacks:
            callback()
