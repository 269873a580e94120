"""The shared shape of Connectly's read-mostly tables: typed rows, one column per enum member.

:class:`RowTableModel` holds a list of rows and answers Qt's questions (row and column counts,
headings, flags, ``data`` per role); a subclass says only what a cell shows — its text
(:meth:`~RowTableModel.display`), its raw value for sorting, its tooltip, its alignment and the
row's id — and adds whatever its table needs beyond that (editing, insertion in order, …).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A cell's raw value for sorting (a date's ordinal, a number, casefolded text)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The database id of a cell's row, where rows have one."""
AnyIndex = QModelIndex | QPersistentModelIndex

Row = TypeVar("Row")
Col = TypeVar("Col", bound=enum.IntEnum)


class RowTableModel(QAbstractTableModel, Generic[Row, Col]):
    """Rows of ``Row`` shown in the columns of :attr:`columns` (an ``IntEnum`` ``Col`` with ``.title``)."""

    columns: type[Col]
    """The column enum (set on the subclass); each member has a ``title`` property: its heading."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # -- the rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Row]) -> None:
        """Show ``rows`` instead of what was shown (in the order :meth:`arrange` gives them)."""
        self.beginResetModel()
        self._rows = self.arrange(list(rows))
        self.endResetModel()

    def arrange(self, rows: list[Row]) -> list[Row]:
        """The order rows are shown in; as given unless a subclass says otherwise."""
        return rows

    def row_at(self, row: int) -> Row:
        """The row shown at ``row`` (IndexError when there is none)."""
        return self._rows[row]

    def rows(self) -> tuple[Row, ...]:
        """Every row, in the order shown."""
        return tuple(self._rows)

    # -- what a cell shows (a subclass fills these in) -----------------------------------------

    def display(self, row: Row, column: Col) -> object:
        """The cell's text (or number)."""
        raise NotImplementedError

    def sort_value(self, row: Row, column: Col) -> object:
        """The cell's raw value for :data:`SORT_ROLE`; none by default."""
        return None

    def tooltip(self, row: Row, column: Col) -> str | None:
        """The cell's tooltip; none by default."""
        return None

    def alignment(self, column: Col) -> Qt.AlignmentFlag | None:
        """How the column's cells are aligned; the view's default unless a subclass says."""
        return None

    def row_id(self, row: Row) -> int | None:
        """The row's database id for :data:`ID_ROLE`; none by default."""
        return None

    def other_data(self, row: Row, column: Col, role: int) -> object:
        """Any other role a subclass answers (check boxes, colours, accessible text)."""
        return None

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return getattr(self.columns(section), "title")  # noqa: B009 (an enum property)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return None if align is None else int(align)
        return self.other_data(row, column, role)
