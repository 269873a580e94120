"""The first rows of a file being imported, as they would be read — or why a row cannot be."""

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
from PySide6.QtGui import QGuiApplication

from connectly.services.import_plan import PreviewRow
from connectly.ui.theme import error_colour

AnyIndex = QModelIndex | QPersistentModelIndex


class PreviewColumn(enum.IntEnum):
    LINE = 0
    DAY = 1
    PARTNER = 2
    STRESS = 3
    CLOSENESS = 4
    AVAILABILITY = 5
    TAGS = 6
    NOTE = 7

    @property
    def title(self) -> str:
        """The column heading in the user's language."""
        return QCoreApplication.translate(CONTEXT, _TITLES[self])


CONTEXT = "ImportPreview"
_TITLES = {
    PreviewColumn.LINE: str(QT_TRANSLATE_NOOP("ImportPreview", "Line")),
    PreviewColumn.DAY: str(QT_TRANSLATE_NOOP("ImportPreview", "Day")),
    PreviewColumn.PARTNER: str(QT_TRANSLATE_NOOP("ImportPreview", "Partner")),
    PreviewColumn.STRESS: str(QT_TRANSLATE_NOOP("ImportPreview", "Stress")),
    PreviewColumn.CLOSENESS: str(QT_TRANSLATE_NOOP("ImportPreview", "Closeness")),
    PreviewColumn.AVAILABILITY: str(QT_TRANSLATE_NOOP("ImportPreview", "Availability")),
    PreviewColumn.TAGS: str(QT_TRANSLATE_NOOP("ImportPreview", "Tags")),
    PreviewColumn.NOTE: str(QT_TRANSLATE_NOOP("ImportPreview", "Note")),
}
_FIELDS = {
    PreviewColumn.DAY: "day",
    PreviewColumn.PARTNER: "partner",
    PreviewColumn.STRESS: "stress",
    PreviewColumn.CLOSENESS: "closeness",
    PreviewColumn.AVAILABILITY: "availability",
    PreviewColumn.TAGS: "tags",
    PreviewColumn.NOTE: "note",
}
_NUMBERS = {PreviewColumn.LINE, PreviewColumn.STRESS, PreviewColumn.CLOSENESS, PreviewColumn.AVAILABILITY}


class ImportPreviewModel(QAbstractTableModel):
    """Rows of :class:`PreviewRow`; a row with a problem shows the sentence across its cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []

    def set_rows(self, rows: Iterable[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def preview_row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(PreviewColumn):
            return PreviewColumn(section).title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], PreviewColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is PreviewColumn.LINE:
                return row.line
            if row.problem:
                return row.problem if column is PreviewColumn.DAY else ""
            return getattr(row, _FIELDS[column])
        if role == Qt.ItemDataRole.ToolTipRole and row.problem:
            return self.tr("Line {line}: {problem}").format(line=row.line, problem=row.problem)
        if role == Qt.ItemDataRole.ForegroundRole and row.problem:
            return error_colour(QGuiApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
