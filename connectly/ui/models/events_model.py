"""Life events as a table: kind (in plain words), title, start, end, note."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from connectly.domain.events import LifeEvent
from connectly.ui.display import day_text, kind_label, note_preview
from connectly.ui.models.table_model import ID_ROLE, SORT_ROLE, RowTableModel

__all__ = ["ID_ROLE", "SORT_ROLE", "EventColumn", "LifeEventTableModel"]


class EventColumn(enum.IntEnum):
    KIND = 0
    TITLE = 1
    STARTS = 2
    ENDS = 3
    NOTE = 4

    @property
    def title(self) -> str:
        """The column heading in the user's language."""
        return QCoreApplication.translate(CONTEXT, _TITLES[self])


CONTEXT = "LifeEventTable"
_TITLES = {
    EventColumn.KIND: str(QT_TRANSLATE_NOOP("LifeEventTable", "Kind")),
    EventColumn.TITLE: str(QT_TRANSLATE_NOOP("LifeEventTable", "What happened")),
    EventColumn.STARTS: str(QT_TRANSLATE_NOOP("LifeEventTable", "From")),
    EventColumn.ENDS: str(QT_TRANSLATE_NOOP("LifeEventTable", "Until")),
    EventColumn.NOTE: str(QT_TRANSLATE_NOOP("LifeEventTable", "Note")),
}


class LifeEventTableModel(RowTableModel[LifeEvent, EventColumn]):
    """Rows of :class:`LifeEvent`, earliest first (as the service returns them)."""

    columns = EventColumn

    def set_events(self, events: Iterable[LifeEvent]) -> None:
        """Show ``events`` (earliest first, as the service returns them)."""
        self.set_rows(events)

    def clear(self) -> None:
        self.set_rows(())

    def life_event(self, row: int) -> LifeEvent:
        return self.row_at(row)

    def events(self) -> tuple[LifeEvent, ...]:
        return self.rows()

    def row_of(self, event_id: int) -> int | None:
        return next((i for i, e in enumerate(self._rows) if e.id == event_id), None)

    def upsert(self, event: LifeEvent) -> None:
        """Replace the event with the same id, or insert it in date order."""
        at = self.row_of(event.id)
        if at is not None:
            self._rows[at] = event
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(EventColumn) - 1))
            return
        place = next(
            (i for i, e in enumerate(self._rows) if (e.starts_on, e.id) > (event.starts_on, event.id)),
            len(self._rows),
        )
        self.beginInsertRows(QModelIndex(), place, place)
        self._rows.insert(place, event)
        self.endInsertRows()

    def remove(self, event_id: int) -> None:
        at = self.row_of(event_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self.endRemoveRows()

    # -- what a cell shows -----------------------------------------------------------------

    def display(self, row: LifeEvent, column: EventColumn) -> str:
        if column == EventColumn.KIND:
            return kind_label(row.kind)
        if column == EventColumn.TITLE:
            return row.title
        if column == EventColumn.STARTS:
            return day_text(row.starts_on)
        if column == EventColumn.ENDS:
            return day_text(row.ends_on) if row.ends_on else "—"
        return note_preview(row.note)

    def sort_value(self, row: LifeEvent, column: EventColumn) -> object:
        if column == EventColumn.STARTS:
            return row.starts_on.toordinal()
        if column == EventColumn.ENDS:
            return row.ends_on.toordinal() if row.ends_on else 0
        return self.display(row, column).casefold()

    def row_id(self, row: LifeEvent) -> int:
        return row.id

    def tooltip(self, row: LifeEvent, column: EventColumn) -> str | None:
        if column == EventColumn.NOTE and row.note:
            return row.note if len(row.note) <= 600 else row.note[:600] + "…"
        return None

    def other_data(self, row: LifeEvent, column: EventColumn, role: int) -> object:
        if role == Qt.ItemDataRole.AccessibleTextRole and column == EventColumn.ENDS and not row.ends_on:
            return self.tr("no end date")
        return None
