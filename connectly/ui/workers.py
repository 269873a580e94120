"""Run slow work (analysis over years, exports, backups) off the GUI thread.

``run_in_background(fn, on_done, on_error)`` runs ``fn()`` on Qt's global thread pool and
delivers its result (or its exception) back on the GUI thread through a queued signal.
``fn`` must never touch widgets. Results for a receiver that has been deleted are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; its signals cross threads as queued connections.

    It has no parent and is deleted only after its result was delivered: a worker thread
    must never emit on an object the GUI thread may be destroying (a page closed or rebuilt
    while its task runs — emitting then raised "Signal source has been deleted").
    """

    sig_finished = Signal(object)
    """The task returned a value."""
    sig_failed = Signal(object)
    """The task raised; the exception object is carried."""


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self._relay.sig_failed.emit(exc)
        else:
            self._relay.sig_finished.emit(result)


_live: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    parent: QObject | None = None,
) -> None:
    """Run ``fn`` off the GUI thread; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    With ``parent`` given, callbacks are skipped once ``parent`` has been destroyed.
    """
    relay = _Relay()
    _live.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        # The callback runs first: it may spin a nested event loop (a message box), which
        # would process a pending deleteLater and free the relay while its signal is still
        # being emitted. Deleting afterwards keeps the relay alive for the whole emission.
        try:
            if parent is None or shiboken6.isValid(parent):
                callback(value)
        finally:
            _live.discard(relay)
            relay.deleteLater()

    relay.sig_finished.connect(lambda value: finish(on_done, value))
    relay.sig_failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Task(fn, relay))


def wait_for_background_work(msecs: int = 30_000) -> bool:
    """Block until queued tasks are done (at exit, and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
