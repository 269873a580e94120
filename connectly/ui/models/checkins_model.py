"""History's table: a thin QAbstractTableModel over typed check-in rows (Anki's browser pattern).

Sorting is done by a QSortFilterProxyModel on :data:`SORT_ROLE` (raw values, not display
text). The model never writes: toggling “To discuss” asks with ``sig_bookmark_requested``
and the page writes, then calls :meth:`CheckInTableModel.upsert`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from connectly.domain.checkins import CheckIn
from connectly.ui.display import day_text, note_preview, time_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    DAY = 0
    PARTNER = 1
    STRESS = 2
    CLOSENESS = 3
    AVAILABILITY = 4
    TAGS = 5
    NOTE = 6
    BOOKMARKED = 7

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    Column.DAY: "Day",
    Column.PARTNER: "Partner",
    Column.STRESS: "Stress",
    Column.CLOSENESS: "Closeness",
    Column.AVAILABILITY: "Availability",
    Column.TAGS: "Tags",
    Column.NOTE: "Note",
    Column.BOOKMARKED: "To discuss",
}
_RATINGS = {Column.STRESS: "stress", Column.CLOSENESS: "closeness", Column.AVAILABILITY: "availability"}


@dataclass(frozen=True, slots=True)
class CheckInRow:
    """A check-in with what the table needs to show its partner."""

    checkin: CheckIn
    partner_name: str
    partner_colour: str


class CheckInTableModel(QAbstractTableModel):
    """Rows of :class:`CheckInRow`, one column per :class:`Column`."""

    sig_bookmark_requested = Signal(int, bool)
    """The person toggled “To discuss” on a row: (check-in id, marked)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckInRow] = []

    # -- the rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[CheckInRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def row(self, row: int) -> CheckInRow:
        return self._rows[row]

    def rows(self) -> tuple[CheckInRow, ...]:
        return tuple(self._rows)

    def row_of(self, checkin_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.checkin.id == checkin_id), None)

    def upsert(self, checkin: CheckIn, partner_name: str, partner_colour: str) -> None:
        """Replace the row of ``checkin`` (by id), or add it when it is not shown."""
        new = CheckInRow(checkin, partner_name, partner_colour)
        at = self.row_of(checkin.id)
        if at is None:
            end = len(self._rows)
            self.beginInsertRows(QModelIndex(), end, end)
            self._rows.append(new)
            self.endInsertRows()
            return
        self._rows[at] = new
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))

    def set_bookmarked(self, checkin_id: int, marked: bool) -> None:
        at = self.row_of(checkin_id)
        if at is None:
            return
        old = self._rows[at]
        self._rows[at] = replace(old, checkin=replace(old.checkin, bookmarked=marked))
        index = self.index(at, Column.BOOKMARKED)
        self.dataChanged.emit(index, index)

    def remove(self, checkin_id: int) -> None:
        at = self.row_of(checkin_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self.endRemoveRows()

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return Column(section).title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.BOOKMARKED:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ID_ROLE:
            return row.checkin.id
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.BOOKMARKED:
            return Qt.CheckState.Checked if row.checkin.bookmarked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PARTNER:
            return QColor(row.partner_colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RATINGS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.BOOKMARKED:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        marked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.sig_bookmark_requested.emit(self._rows[index.row()].checkin.id, marked)
        return True


def _display(row: CheckInRow, column: Column) -> str | int | None:
    c = row.checkin
    if column == Column.DAY:
        return day_text(c.day)
    if column == Column.PARTNER:
        return row.partner_name
    if column in _RATINGS:
        return int(getattr(c, _RATINGS[column]))
    if column == Column.TAGS:
        return ", ".join(c.tags)
    if column == Column.NOTE:
        return note_preview(c.note)
    return None  # BOOKMARKED shows a check box only


def _sort_key(row: CheckInRow, column: Column) -> object:
    c = row.checkin
    if column == Column.DAY:
        return c.day.toordinal() * 10**10 + int(c.logged_at.timestamp())  # day, then time saved
    if column == Column.PARTNER:
        return row.partner_name.casefold()
    if column in _RATINGS:
        return int(getattr(c, _RATINGS[column]))
    if column == Column.TAGS:
        return ", ".join(c.tags)
    if column == Column.NOTE:
        return (c.note or "").casefold()
    return int(c.bookmarked)


def _tooltip(row: CheckInRow, column: Column) -> str | None:
    c = row.checkin
    if column == Column.NOTE and c.note:
        return c.note if len(c.note) <= 600 else c.note[:600] + "…"
    if column == Column.DAY:
        return f"Saved at {time_text(c.logged_at)}"
    if column == Column.BOOKMARKED:
        return "Marked to talk about (included in the therapy report)"
    return None


class CheckInSortModel(QSortFilterProxyModel):
    """Sorts History on raw values (days as dates, ratings as numbers), newest first by default."""

    def __init__(self, source: CheckInTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
