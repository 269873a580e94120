"""Small pieces History and Life events share: the title, tools, notice, column and dialogs.

Strings stay with the pages that show them (their translation context): the pieces here
take the words as arguments, except the Undo/Redo actions, which are PageParts' own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from connectly.ui.changes import Changed, Changes
from connectly.ui.session import DiarySession
from connectly.ui.undo_commands import redo_keys

CONTEXT = "PageParts"


def page_title(text: str, parent: QWidget) -> QLabel:
    """A page's heading, larger and bold."""
    title = QLabel(text, parent)
    font = QFont(title.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.7)
    font.setBold(True)
    title.setFont(font)
    return title


def page_action(parent: QWidget, text: str, keys: QKeySequence | str | None, tip: str) -> QAction:
    """An action whose shortcut works while the focus is anywhere in ``parent`` (and only there)."""
    action = QAction(text, parent)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(tip)
    parent.addAction(action)
    return action


def describe_tool_button(button: QToolButton, action: QAction) -> None:
    """Name and describe a toolbar button for screen readers after its action (kept in step)."""

    def sync() -> None:
        button.setAccessibleName(action.text().replace("&", ""))
        button.setAccessibleDescription(action.toolTip())

    sync()
    action.changed.connect(sync)


def undo_actions(parent: QWidget, stack: QUndoStack) -> tuple[QAction, QAction]:
    """Undo and Redo for ``stack``, with short labels; what they would undo is in the tooltip.

    (Qt's ``createUndoAction`` puts the command's text into the button label, which made the
    toolbar jump in width with every change and showed entry titles in large type.)
    """
    undo_tip = QCoreApplication.translate("PageParts", "Undo (Ctrl+Z)")
    redo_tip = QCoreApplication.translate("PageParts", "Redo (Ctrl+Shift+Z)")
    undo = page_action(parent, QCoreApplication.translate("PageParts", "Undo"), None, undo_tip)
    redo = page_action(parent, QCoreApplication.translate("PageParts", "Redo"), None, redo_tip)
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    redo.setShortcuts(redo_keys())
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(
        lambda text: undo.setToolTip(
            QCoreApplication.translate("PageParts", "Undo {change} (Ctrl+Z)").format(change=text)
            if text
            else undo_tip
        )
    )
    stack.redoTextChanged.connect(
        lambda text: redo.setToolTip(
            QCoreApplication.translate("PageParts", "Redo {change} (Ctrl+Shift+Z)").format(change=text)
            if text
            else redo_tip
        )
    )
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    return undo, redo


def tool_row(parent: QWidget, actions: Iterable[QAction]) -> QHBoxLayout:
    """A row of text-only tool buttons for ``actions`` (named for screen readers), then a stretch."""
    tools = QHBoxLayout()
    tools.setSpacing(6)
    for action in actions:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        describe_tool_button(button, action)
        tools.addWidget(button)
    tools.addStretch(1)
    return tools


def page_column(page: QWidget, parts: Iterable[QWidget | QLayout], body: QWidget) -> QVBoxLayout:
    """The page's layout: ``parts`` (title, filters, tools, notice…) stacked above ``body``, which grows."""
    column = QVBoxLayout(page)
    column.setContentsMargins(28, 22, 28, 16)
    column.setSpacing(10)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addWidget(body, 1)
    return column


class UndoNotice(QWidget):
    """What just happened, in one wrapped line under the tools, with Undo beside it when it can be taken back.

    Hidden while there is nothing to say, so it takes no room. The page gives the button's words
    (they stay in the page's translation context).
    """

    def __init__(self, undo_text: str, undo_description: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(undo_text, self)
        self.undo_button.setAccessibleName(undo_text)
        self.undo_button.setAccessibleDescription(undo_description)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        self.show_message(None)

    def show_message(self, text: str | None, *, undo: bool = False) -> None:
        """Show ``text`` (None hides the notice), with the Undo button when ``undo``."""
        self.setVisible(bool(text))
        self.label.setText(text or "")
        self.label.setVisible(bool(text))
        self.undo_button.setVisible(bool(text) and undo)


DialogT = TypeVar("DialogT", bound=QDialog)


class OpenDialog(Generic[DialogT]):
    """The one edit dialog a page has open (window-modal, so at most one), forgotten when it closes."""

    def __init__(self) -> None:
        self.current: DialogT | None = None

    def open(self, dialog: DialogT) -> None:
        """Show ``dialog`` without blocking; it is deleted once closed."""
        self.current = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def reject(self) -> None:
        """Close the open dialog without saving (the diary locked: it holds diary text)."""
        if self.current is not None:
            self.current.reject()
            self.current = None

    def _closed(self, dialog: DialogT) -> None:
        if self.current is dialog:
            self.current = None
        dialog.deleteLater()


class ReloadOnChange(QObject):
    """Reload ``page`` when another part of the app changed what it shows: now if it is visible,
    else the next time it is shown (so hidden pages do no work for changes nobody sees)."""

    def __init__(
        self, page: QWidget, session: DiarySession, watched: Changed, reload: Callable[[], None]
    ) -> None:
        super().__init__(page)
        self.stale = False
        self._page, self._session, self._watched, self._reload = page, session, watched, reload
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._session.sig_data_changed.connect(self._changed)
        self._page.installEventFilter(self)

    def _changed(self, changes: Changes) -> None:
        if changes.source is self._page or not changes.touches(self._watched) or not self._session.is_open:
            return
        if self._page.isVisible():
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self._reload()
        return False
