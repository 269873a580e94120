"""Undoable diary changes for History and Life events (QUndoStack commands).

Each command is pushed *after* its first run succeeded (so a refused save never lands on the
stack): the first ``redo()`` Qt makes on push is skipped. Deleting and restoring gives a row
a new id but keeps its UUID, so commands find their row through a shared
:class:`RowIds` (uuid → current id) instead of remembering a stale id.

A failed undo/redo (disk full, diary locked) is reported in a plain sentence and the command
is dropped from the stack rather than left half-applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QUndoCommand

from connectly.domain.checkins import CheckIn
from connectly.domain.errors import ConnectlyError
from connectly.domain.events import LifeEvent
from connectly.ui.changes import Changed
from connectly.ui.session import DiarySession


class CheckInFieldsLike(Protocol):
    """Anything carrying a check-in's editable fields (a stored CheckIn or a dialog's edit)."""

    @property
    def partner_id(self) -> int: ...
    @property
    def day(self) -> dt.date: ...
    @property
    def stress(self) -> int: ...
    @property
    def closeness(self) -> int: ...
    @property
    def availability(self) -> int: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def note(self) -> str | None: ...


def amend_checkin(session: DiarySession, checkin_id: int, fields: CheckInFieldsLike) -> CheckIn:
    """Write ``fields`` over check-in ``checkin_id`` (History's edit and its undo/redo)."""
    return session.diary.journal.update_checkin(
        checkin_id,
        partner_id=fields.partner_id,
        day=fields.day,
        stress=fields.stress,
        closeness=fields.closeness,
        availability=fields.availability,
        tags=fields.tags,
        note=fields.note,
    )


CONTEXT = "UndoCommands"


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, plus Ctrl+Y where the platform does not already use it."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    extra = QKeySequence("Ctrl+Y")
    return keys if extra in keys else [*keys, extra]


class RowIds:
    """The current database id of each row UUID touched by undo (ids change on restore)."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def current(self, uuid: str, fallback: int) -> int:
        return self._ids.get(uuid, fallback)

    def moved(self, uuid: str, new_id: int) -> None:
        self._ids[uuid] = new_id

    def clear(self) -> None:
        self._ids.clear()


class DiaryCommand(QUndoCommand):
    """Shared plumbing: skip the first redo, notify the session, report failures."""

    changes = Changed.CHECKINS

    def __init__(
        self, text: str, session: DiarySession, source: object, report: Callable[[str], None]
    ) -> None:
        super().__init__(text)
        self._session = session
        self._source = source
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], Any]) -> None:
        try:
            step()
        except ConnectlyError as exc:
            self.setObsolete(True)
            self._report(exc.user_message)
            return
        self._session.notify(self.changes, source=self._source)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class DeleteCheckInCommand(DiaryCommand):
    """Delete a check-in; undo puts it back with the same UUID, time, tags and bookmark."""

    changes = Changed.CHECKINS | Changed.BOOKMARKS

    def __init__(
        self,
        gone: CheckIn,
        *,
        session: DiarySession,
        source: object,
        ids: RowIds,
        on_removed: Callable[[int], None],
        on_restored: Callable[[CheckIn], None],
        report: Callable[[str], None],
    ) -> None:
        text = QCoreApplication.translate("UndoCommands", "Delete check-in of {day}").format(
            day=gone.day.isoformat()
        )
        super().__init__(text, session, source, report)
        self._gone = gone
        self._ids = ids
        self._on_removed = on_removed
        self._on_restored = on_restored

    def apply(self) -> None:
        current = self._ids.current(self._gone.uuid, self._gone.id)
        self._gone = self._session.diary.journal.delete_checkin(current)
        self._on_removed(current)

    def revert(self) -> None:
        back = self._session.diary.journal.restore_checkin(self._gone)
        self._ids.moved(back.uuid, back.id)
        self._on_restored(back)


class EditCheckInCommand(DiaryCommand):
    """Change a check-in's fields; undo writes the earlier fields back."""

    def __init__(
        self,
        before: CheckIn,
        after: CheckIn,
        *,
        session: DiarySession,
        source: object,
        ids: RowIds,
        on_changed: Callable[[CheckIn], None],
        report: Callable[[str], None],
    ) -> None:
        text = QCoreApplication.translate("UndoCommands", "Edit check-in of {day}").format(
            day=after.day.isoformat()
        )
        super().__init__(text, session, source, report)
        self._before, self._after = before, after
        self._ids = ids
        self._on_changed = on_changed

    def _write(self, fields: CheckIn) -> None:
        current = self._ids.current(fields.uuid, fields.id)
        self._on_changed(amend_checkin(self._session, current, fields))

    def apply(self) -> None:
        self._write(self._after)

    def revert(self) -> None:
        self._write(self._before)


class LifeEventCommand(DiaryCommand):
    """Add, edit or delete a life event (``before``/``after`` None means absent)."""

    changes = Changed.EVENTS

    def __init__(
        self,
        text: str,
        before: LifeEvent | None,
        after: LifeEvent | None,
        *,
        session: DiarySession,
        source: object,
        ids: RowIds,
        on_shown: Callable[[LifeEvent], None],
        on_removed: Callable[[int], None],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(text, session, source, report)
        self._before, self._after = before, after
        self._ids = ids
        self._on_shown = on_shown
        self._on_removed = on_removed

    def _become(self, old: LifeEvent | None, new: LifeEvent | None) -> None:
        events = self._session.diary.events
        if old is not None and new is None:
            current = self._ids.current(old.uuid, old.id)
            events.delete(current)
            self._on_removed(current)
        elif old is None and new is not None:
            back = events.restore(new)
            self._ids.moved(back.uuid, back.id)
            self._on_shown(back)
        elif old is not None and new is not None:
            current = self._ids.current(new.uuid, new.id)
            saved = events.update(
                current,
                kind=new.kind,
                title=new.title,
                starts_on=new.starts_on,
                ends_on=new.ends_on,
                note=new.note,
            )
            self._on_shown(saved)

    def apply(self) -> None:
        self._become(self._before, self._after)

    def revert(self) -> None:
        self._become(self._after, self._before)
