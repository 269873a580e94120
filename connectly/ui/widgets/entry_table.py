"""The table History and Life events share: read-only rows, one selected at a time, sortable."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# Fusion's check box nearly vanishes on dark rows; draw a clear one in both themes.
_INDICATOR_STYLE = (
    "QTableView::indicator { width: 14px; height: 14px; border: 1px solid palette(mid);"
    " border-radius: 4px; background: palette(base); }"
    "QTableView::indicator:checked { background: palette(highlight); border-color: palette(highlight); }"
    "QTableView::indicator:checked:selected { background: palette(highlighted-text); }"
)


class EntryTable(QTableView):
    """Rows of diary entries: Enter or double-click opens one (``activated``), edits go through dialogs."""

    def __init__(
        self,
        model: QAbstractItemModel,
        *,
        name: str,
        description: str,
        sort_column: int,
        order: Qt.SortOrder,
        widths: Mapping[int, int],
        stretch_column: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(sort_column, order)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setStyleSheet(_INDICATOR_STYLE)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        for column, width in widths.items():
            self.setColumnWidth(column, width)
