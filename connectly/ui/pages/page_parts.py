"""Small pieces History and Life events share: the page title and their keyboard actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

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
