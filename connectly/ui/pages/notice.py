"""A calm full-window notice: “Opening your diary…”, “The diary file is damaged”, “The demo has ended”.

One small widget configured by the app shell, so every such moment looks the same: a title,
a sentence or two, an optional busy bar and a row of buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

NoticeButton = tuple[str, Callable[[], object], str]
"""A button's text (with an ``&`` mnemonic), what it does, and a sentence for screen readers."""


def title_font(base: QFont, scale: float = 1.6) -> QFont:
    """A bold, larger copy of ``base`` for a screen's title."""
    font = QFont(base)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    return font


def centre_column(
    page: QWidget, column: QVBoxLayout, width: int, *, above: int = 2, below: int = 3, scroll: bool = False
) -> QWidget:
    """Put ``column`` in a fixed-width block centred on ``page`` (a bit above the middle).

    The block sits between stretches rather than being aligned, so word-wrapped labels get
    their height for the real width (an aligned widget gets only its size hint and clips them).
    With ``scroll``, the whole is in a frameless scroll area: a window too short for the
    wrapped text scrolls instead of squeezing the labels (box layouts ask a wrapped label only
    for its one-line minimum height, so a short window clipped it after a line or two).
    """
    holder = QWidget(page)
    holder.setLayout(column)
    holder.setFixedWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(holder)
    row.addStretch(1)
    content = QWidget(page) if scroll else page
    outer = QVBoxLayout(content)
    outer.setContentsMargins(32, 32, 32, 32)
    outer.addStretch(above)
    outer.addLayout(row)
    outer.addStretch(below)
    if scroll:
        area = QScrollArea(page)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons take the focus, as before
        area.setWidget(content)
        fill = QVBoxLayout(page)
        fill.setContentsMargins(0, 0, 0, 0)
        fill.addWidget(area)
    return holder


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
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setAccessibleDescription(self.tr("Connectly is busy; this takes a moment"))
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.busy)
        column.addLayout(self._buttons)
        centre_column(self, column, 560, scroll=True)

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
        for label, action, description in buttons:
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            button.setAccessibleDescription(description)
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
