"""Small pieces History and Life events share: the page title and their keyboard actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget


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
