"""History's table: a thin QAbstractTableModel over typed check-in rows (Anki's browser pattern).

The model sorts itself (:meth:`CheckInTableModel.sort`) on raw values — days as dates,
ratings as numbers — with Python's ``list.sort``: a QSortFilterProxyModel asks ``data()``
for every comparison, which took 2.5 s for ten years of check-ins; this takes milliseconds.
The model never writes: toggling “To discuss” asks with ``sig_bookmark_requested`` and the
page writes, then calls :meth:`CheckInTableModel.set_bookmarked`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from connectly.domain.checkins import CheckIn
from connectly.domain.partners import Partner
from connectly.ui.display import day_text, note_preview, time_text
from connectly.ui.models.table_model import ID_ROLE, SORT_ROLE, AnyIndex, RowTableModel

__all__ = ["ID_ROLE", "SORT_ROLE", "CheckInRow", "CheckInTableModel", "Column", "sort_rows"]


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
        """The column heading in the user's language."""
        return QCoreApplication.translate(CONTEXT, _TITLES[self])


CONTEXT = "CheckInTable"
_TITLES = {
    Column.DAY: str(QT_TRANSLATE_NOOP("CheckInTable", "Day")),
    Column.PARTNER: str(QT_TRANSLATE_NOOP("CheckInTable", "Partner")),
    Column.STRESS: str(QT_TRANSLATE_NOOP("CheckInTable", "Stress")),
    Column.CLOSENESS: str(QT_TRANSLATE_NOOP("CheckInTable", "Closeness")),
    Column.AVAILABILITY: str(QT_TRANSLATE_NOOP("CheckInTable", "Availability")),
    Column.TAGS: str(QT_TRANSLATE_NOOP("CheckInTable", "Tags")),
    Column.NOTE: str(QT_TRANSLATE_NOOP("CheckInTable", "Note")),
    Column.BOOKMARKED: str(QT_TRANSLATE_NOOP("CheckInTable", "To discuss")),
}
_RATINGS = {Column.STRESS: "stress", Column.CLOSENESS: "closeness", Column.AVAILABILITY: "availability"}


@dataclass(frozen=True, slots=True)
class CheckInRow:
    """A check-in with what the table needs to show its partner."""

    checkin: CheckIn
    partner_name: str
    partner_colour: str
    day_key: int = field(init=False, repr=False, compare=False)
    """Day, then time saved, as one integer (sorting ten years needs it ~20 000 times)."""

    @classmethod
    def of(cls, checkin: CheckIn, partners: Mapping[int, Partner]) -> CheckInRow:
        """The row for ``checkin``, with its partner's name and colour."""
        partner = partners.get(checkin.partner_id)
        return cls(checkin, partner.name if partner else "?", partner.colour if partner else "#888888")

    def __post_init__(self) -> None:
        c = self.checkin
        object.__setattr__(self, "day_key", c.day.toordinal() * 10**10 + int(c.logged_at.timestamp()))


class CheckInTableModel(RowTableModel[CheckInRow, Column]):
    """Rows of :class:`CheckInRow`, one column per :class:`Column`."""

    sig_bookmark_requested = Signal(int, bool)
    """The person toggled “To discuss” on a row: (check-in id, marked)."""

    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: tuple[Column, Qt.SortOrder] = (Column.DAY, Qt.SortOrder.DescendingOrder)

    # -- the rows ------------------------------------------------------------------------------

    @property
    def order(self) -> tuple[Column, Qt.SortOrder]:
        """The column and direction rows are sorted by."""
        return self._order

    def set_rows(
        self, rows: Iterable[CheckInRow], *, sorted_by: tuple[Column, Qt.SortOrder] | None = None
    ) -> None:
        """Show ``rows`` in the current order (``sorted_by`` = already sorted so, e.g. by a worker)."""
        shown = list(rows)
        if sorted_by != self._order:
            sort_rows(shown, *self._order)
        super().set_rows(shown)

    def _key(self, row: CheckInRow) -> tuple[Any, int]:
        """Sort key for the current column; ties fall back to the day and time saved."""
        return _SORT_KEYS[self._order[0]](row), row.day_key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (the view calls this when a header is clicked)."""
        if not 0 <= column < len(Column):
            return
        self._order = (Column(column), order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._rows[i.row()].checkin.id, i.column()) for i in before]
        sort_rows(self._rows, self._order[0], order)
        at = {r.checkin.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(at[cid], col) for cid, col in kept])
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.set_rows(())

    def row(self, row: int) -> CheckInRow:
        return self.row_at(row)

    def row_of(self, checkin_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.checkin.id == checkin_id), None)

    def upsert(self, checkin: CheckIn, partner_name: str, partner_colour: str) -> None:
        """Replace the row of ``checkin`` (by id), or add it in sort order when it is not shown."""
        new = CheckInRow(checkin, partner_name, partner_colour)
        at = self.row_of(checkin.id)
        if at is None:
            descending = self._order[1] == Qt.SortOrder.DescendingOrder
            key = self._key(new)
            place = next(
                (
                    i
                    for i, r in enumerate(self._rows)
                    if (self._key(r) < key if descending else self._key(r) > key)
                ),  # type: ignore[operator]
                len(self._rows),
            )
            self.beginInsertRows(QModelIndex(), place, place)
            self._rows.insert(place, new)
            self.endInsertRows()
            return
        self._rows[at] = new
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))
        self.sort(*self._order)  # an edit may move it (another day, another rating)

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

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.BOOKMARKED:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def display(self, row: CheckInRow, column: Column) -> str | int | None:
        return _display(row, column)

    def sort_value(self, row: CheckInRow, column: Column) -> object:
        return _SORT_KEYS[column](row)

    def row_id(self, row: CheckInRow) -> int:
        return row.checkin.id

    def tooltip(self, row: CheckInRow, column: Column) -> str | None:
        return _tooltip(row, column)

    def alignment(self, column: Column) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignCenter if column in _RATINGS else None

    def other_data(self, row: CheckInRow, column: Column, role: int) -> object:
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.BOOKMARKED:
            return Qt.CheckState.Checked if row.checkin.bookmarked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PARTNER:
            return QColor(row.partner_colour)
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


def _day_key(row: CheckInRow) -> int:
    return row.day_key


_SORT_KEYS: dict[Column, Callable[[CheckInRow], Any]] = {
    Column.DAY: _day_key,
    Column.PARTNER: lambda r: r.partner_name.casefold(),
    Column.STRESS: lambda r: r.checkin.stress,
    Column.CLOSENESS: lambda r: r.checkin.closeness,
    Column.AVAILABILITY: lambda r: r.checkin.availability,
    Column.TAGS: lambda r: ", ".join(r.checkin.tags),
    Column.NOTE: lambda r: (r.checkin.note or "").casefold(),
    Column.BOOKMARKED: lambda r: int(r.checkin.bookmarked),
}


def sort_rows(rows: list[CheckInRow], column: Column, order: Qt.SortOrder) -> None:
    """Sort ``rows`` in place as the table shows them (safe off the GUI thread: no Qt objects)."""
    primary = _SORT_KEYS[column]
    rows.sort(key=lambda r: (primary(r), r.day_key), reverse=order == Qt.SortOrder.DescendingOrder)


def _tooltip(row: CheckInRow, column: Column) -> str | None:
    c = row.checkin
    if column == Column.NOTE and c.note:
        return c.note if len(c.note) <= 600 else c.note[:600] + "…"
    if column == Column.DAY:
        return QCoreApplication.translate("CheckInTable", "Saved at {time}").format(
            time=time_text(c.logged_at)
        )
    if column == Column.BOOKMARKED:
        return QCoreApplication.translate(
            "CheckInTable", "Marked to talk about (included in the therapy report)"
        )
    return None
