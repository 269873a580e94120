"""Settings ▸ Tags: the context tags offered on a check-in — add, rename, archive.

Archiving hides a tag from the check-in form; past check-ins keep it. Renaming onto an
existing tag merges the two. The list is a small item model over the diary's tag names.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from connectly.ui.messages import ErrorLine
from connectly.ui.pages.setup_steps import Hint, muted

Index = QModelIndex | QPersistentModelIndex


class TagListModel(QAbstractListModel):
    """The active tag names, in the diary's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []

    def set_names(self, names: Sequence[str]) -> None:
        self.beginResetModel()
        self._names = list(names)
        self.endResetModel()

    def names(self) -> tuple[str, ...]:
        return tuple(self._names)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._names[index.row()]
        return None


class TagsSection(QGroupBox):
    """Lists the tags and edits them through the journal (via the page's callbacks)."""

    sig_add_requested = Signal(str)
    """Add a tag with this name."""
    sig_rename_requested = Signal(str, str)
    """Rename (old, new)."""
    sig_archive_requested = Signal(str)
    """Archive this tag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tags"))
        self.model = TagListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Tags"))
        self.view.setAccessibleDescription(
            self.tr("The tags offered on a check-in; select one to rename or archive it")
        )
        self.view.setMaximumHeight(170)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("A tag, e.g. “weekend”"))
        self.name.setAccessibleName(self.tr("Tag name"))
        self.name.setAccessibleDescription(self.tr("A new tag, or the new name for the selected one"))
        self.name.setMaxLength(32)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAccessibleName(self.tr("Add tag"))
        self.add_button.setAccessibleDescription(self.tr("Adds the tag typed in the field"))
        self.rename_button = QPushButton(self.tr("Re&name selected"), self)
        self.rename_button.setAccessibleName(self.tr("Rename the selected tag"))
        self.rename_button.setAccessibleDescription(
            self.tr("Gives the selected tag the name typed in the field; past check-ins follow")
        )
        self.archive_button = QPushButton(self.tr("Arc&hive selected"), self)
        self.archive_button.setAccessibleName(self.tr("Archive the selected tag"))
        self.archive_button.setAccessibleDescription(
            self.tr("Archived tags leave the check-in form; past check-ins keep them.")
        )
        self.note = muted(
            QLabel(self.tr("Archived tags leave the check-in form; past check-ins keep them."), self)
        )
        self.status = Hint(self)
        self.status.setAccessibleName(self.tr("Tag status"))
        self.error = ErrorLine(self)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        row.addWidget(self.archive_button)
        column = QVBoxLayout(self)
        column.addWidget(self.view)
        column.addLayout(row)
        column.addWidget(self.note)
        column.addWidget(self.status)
        column.addWidget(self.error)
        self._connect_signals()
        self._sync()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(lambda: self.sig_add_requested.emit(self.name.text()))
        self.name.returnPressed.connect(lambda: self.sig_add_requested.emit(self.name.text()))
        self.rename_button.clicked.connect(self._rename)
        self.archive_button.clicked.connect(self._archive)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._sync())
        self.model.modelReset.connect(self._sync)
        self.name.textChanged.connect(lambda _t: self._sync())

    def selected(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.names()[rows[0].row()] if rows else None

    def select(self, name: str) -> None:
        """Select ``name`` in the list (keyboard users and tests)."""
        if name in self.model.names():
            self.view.setCurrentIndex(self.model.index(self.model.names().index(name)))

    def show_tags(self, names: Sequence[str], status: str = "") -> None:
        self.model.set_names(names)
        self.status.setText(status)
        self.error.clear_error()

    def _rename(self) -> None:
        old = self.selected()
        if old is not None:
            self.sig_rename_requested.emit(old, self.name.text())

    def _archive(self) -> None:
        name = self.selected()
        if name is not None:
            self.sig_archive_requested.emit(name)

    def _sync(self) -> None:
        chosen = self.selected() is not None
        typed = bool(self.name.text().strip())
        self.add_button.setEnabled(typed)
        self.rename_button.setEnabled(chosen and typed)
        self.archive_button.setEnabled(chosen)
