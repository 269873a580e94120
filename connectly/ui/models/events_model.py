"""Life events as a table: kind (in plain words), title, start, end, note."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from connectly.domain.events import LifeEvent
from connectly.ui.display import day_text, kind_label, note_preview

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


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


class LifeEventTableModel(QAbstractTableModel):
    """Rows of :class:`LifeEvent`, earliest first (as the service returns them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[LifeEvent] = []

    def set_events(self, events: Iterable[LifeEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def clear(self) -> None:
        self.set_events(())

    def life_event(self, row: int) -> LifeEvent:
        return self._events[row]

    def events(self) -> tuple[LifeEvent, ...]:
        return tuple(self._events)

    def row_of(self, event_id: int) -> int | None:
        return next((i for i, e in enumerate(self._events) if e.id == event_id), None)

    def upsert(self, event: LifeEvent) -> None:
        """Replace the event with the same id, or insert it in date order."""
        at = self.row_of(event.id)
        if at is not None:
            self._events[at] = event
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(EventColumn) - 1))
            return
        place = next(
            (i for i, e in enumerate(self._events) if (e.starts_on, e.id) > (event.starts_on, event.id)),
            len(self._events),
        )
        self.beginInsertRows(QModelIndex(), place, place)
        self._events.insert(place, event)
        self.endInsertRows()

    def remove(self, event_id: int) -> None:
        at = self.row_of(event_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._events[at]
        self.endRemoveRows()

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EventColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(EventColumn)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return EventColumn(section).title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        ev = self._events[index.row()]
        column = EventColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == EventColumn.KIND:
                return kind_label(ev.kind)
            if column == EventColumn.TITLE:
                return ev.title
            if column == EventColumn.STARTS:
                return day_text(ev.starts_on)
            if column == EventColumn.ENDS:
                return day_text(ev.ends_on) if ev.ends_on else "—"
            return note_preview(ev.note)
        if role == SORT_ROLE:
            if column == EventColumn.STARTS:
                return ev.starts_on.toordinal()
            if column == EventColumn.ENDS:
                return ev.ends_on.toordinal() if ev.ends_on else 0
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == ID_ROLE:
            return ev.id
        if role == Qt.ItemDataRole.ToolTipRole and column == EventColumn.NOTE and ev.note:
            return ev.note if len(ev.note) <= 600 else ev.note[:600] + "…"
        if role == Qt.ItemDataRole.AccessibleTextRole and column == EventColumn.ENDS and not ev.ends_on:
            return self.tr("no end date")
        return None
