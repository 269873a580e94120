"""The first rows of a file being imported, as they would be read — or why a row cannot be."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from connectly.services.import_plan import PreviewRow
from connectly.ui.models.table_model import RowTableModel
from connectly.ui.theme import error_colour


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


class ImportPreviewModel(RowTableModel[PreviewRow, PreviewColumn]):
    """Rows of :class:`PreviewRow`; a row with a problem shows the sentence across its cells."""

    columns = PreviewColumn

    def preview_row(self, row: int) -> PreviewRow:
        return self.row_at(row)

    # -- what a cell shows -----------------------------------------------------------------

    def display(self, row: PreviewRow, column: PreviewColumn) -> object:
        if column is PreviewColumn.LINE:
            return row.line
        if row.problem:
            return row.problem if column is PreviewColumn.DAY else ""
        return getattr(row, _FIELDS[column])

    def tooltip(self, row: PreviewRow, column: PreviewColumn) -> str | None:
        if row.problem:
            return self.tr("Line {line}: {problem}").format(line=row.line, problem=row.problem)
        return None

    def alignment(self, column: PreviewColumn) -> Qt.AlignmentFlag | None:
        if column in _NUMBERS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def other_data(self, row: PreviewRow, column: PreviewColumn, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.problem:
            return error_colour(QGuiApplication.palette())
        return None
