"""A calm full-window notice: “Opening your diary…”, “The diary file is damaged”, “The demo has ended”.

One small widget configured by the app shell, so every such moment looks the same: a title,
a sentence or two, an optional busy bar and a row of buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

NoticeButton = tuple[str, Callable[[], object]]
"""A button's text (with an ``&`` mnemonic) and what it does."""


def title_font(base: QFont, scale: float = 1.6) -> QFont:
    """A bold, larger copy of ``base`` for a screen's title."""
    font = QFont(base)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    return font


class NoticePage(QWidget):
    """Title, text, optional busy bar and buttons, centred in a column of readable width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setFont(title_font(self.font()))
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName("Working")
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.busy)
        column.addLayout(self._buttons)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(2)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)

    def present(
        self, title: str, text: str = "", *, busy: bool = False, buttons: Sequence[NoticeButton] = ()
    ) -> None:
        """Show this notice (replacing any earlier one)."""
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.text.setAccessibleName(text or title)
        self.busy.setVisible(busy)
        while self._buttons.count() > 1:
            item = self._buttons.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for label, action in buttons:
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(action)
            self._buttons.addWidget(button)

    def button(self, text: str) -> QPushButton | None:
        """The button showing ``text`` (without ``&``), for keyboard focus and tests."""
        for i in range(self._buttons.count()):
            item = self._buttons.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QPushButton) and widget.text().replace("&", "") == text:
                return widget
        return None
