"""The GUI's handle on the open diary: one object every page receives, no page reaches another.

Holds the unlocked :class:`OpenDiary` (or None while locked/at setup), announces changes with
``sig_data_changed`` and lock state with ``sig_locked``/``sig_unlocked``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from connectly.domain.errors import DiaryLockedError
from connectly.ui.changes import Changed, Changes

if TYPE_CHECKING:  # importing services pulls in SQLAlchemy (~0.4 s): not before the first frame
    from connectly.services.diary import OpenDiary
    from connectly.services.locations import DiaryPaths


class DiarySession(QObject):
    """The unlocked diary for the widgets, and the app-wide change/lock signals."""

    sig_data_changed = Signal(object)
    """Something in the diary changed (a :class:`Changes`); pages refresh themselves."""
    sig_locked = Signal()
    """The diary was locked: key zeroed, pool closed; pages must clear what they show."""
    sig_unlocked = Signal()
    """A diary was opened; pages may load."""
    sig_lock_requested = Signal()
    """Someone (Ctrl+L, idle timer, screen lock) asks for the diary to be locked."""

    def __init__(self, paths: DiaryPaths, *, demo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.demo = demo
        self._diary: OpenDiary | None = None

    @property
    def diary(self) -> OpenDiary:
        """The open diary; raises :class:`DiaryLockedError` while locked."""
        if self._diary is None or self._diary.is_locked:
            raise DiaryLockedError()
        return self._diary

    @property
    def is_open(self) -> bool:
        return self._diary is not None and not self._diary.is_locked

    def open(self, diary: OpenDiary) -> None:
        self._diary = diary
        self.sig_unlocked.emit()

    def lock(self) -> None:
        """Close the database and zero the key, then tell every page."""
        if self._diary is None:
            return
        self._diary.lock()
        self._diary = None
        self.sig_locked.emit()

    def notify(self, what: Changed, source: object | None = None) -> None:
        self.sig_data_changed.emit(Changes(what, source))
