"""Add or edit a life event: kind, title, when it started, optionally when it ended, a note.

Like the check-in dialog it saves through a callable and stays open with a plain sentence
when the diary refuses, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from connectly.domain.days import local_today
from connectly.domain.errors import ConnectlyError
from connectly.domain.events import LifeEvent, LifeEventKind
from connectly.domain.text import TITLE_MAX_CHARS
from connectly.ui.display import KINDS_EXPLAINED, from_qdate, kind_label, to_qdate
from connectly.ui.theme import error_colour
from connectly.ui.widgets.checkin_card import SAVE_KEYS


@dataclass(frozen=True, slots=True)
class LifeEventEdit:
    """The dialog's fields, ready for ``LifeEventService.add``/``update``."""

    kind: LifeEventKind
    title: str
    starts_on: dt.date
    ends_on: dt.date | None
    note: str


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setAccessibleName(name)
    return edit


class EventDialog(QDialog):
    """Add (``event=None``) or edit a life event."""

    def __init__(
        self,
        event: LifeEvent | None,
        *,
        save: Callable[[LifeEventEdit], LifeEvent],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit life event" if event else "Add a life event")
        self.life_event = event
        self.saved: LifeEvent | None = None
        self._save = save
        self._explained = QLabel(KINDS_EXPLAINED, self)
        self._explained.setWordWrap(True)
        self._explained.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.kind_box = QComboBox(self)
        for kind in LifeEventKind:
            self.kind_box.addItem(kind_label(kind), kind)
        self.kind_box.setAccessibleName("Kind of change")
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(TITLE_MAX_CHARS)
        self.title_edit.setPlaceholderText("e.g. Moved to Leeds")
        self.title_edit.setAccessibleName("What happened")
        self.starts_edit = _date_edit(self, "Started on")
        self.has_end = QCheckBox("It has an end date", self)
        self.ends_edit = _date_edit(self, "Ended on")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText("Anything you want to remember about it (optional)")
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setMaximumHeight(100)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._shortcuts = [QShortcut(QKeySequence(k), self) for k in SAVE_KEYS]
        self._fill(event)
        ends_row = QHBoxLayout()
        ends_row.addWidget(self.has_end)
        ends_row.addWidget(self.ends_edit, 1)
        fields = QFormLayout()
        fields.addRow("&Kind", self.kind_box)
        fields.addRow("&What happened", self.title_edit)
        fields.addRow("&From", self.starts_edit)
        fields.addRow("Until", ends_row)
        fields.addRow("&Note", self.note_edit)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(12)
        column.addWidget(self._explained)
        column.addLayout(fields)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._connect_signals()
        self.title_edit.setFocus()

    def _fill(self, event: LifeEvent | None) -> None:
        today = to_qdate(local_today())
        if event is None:
            self.starts_edit.setDate(today)
            self.ends_edit.setDate(today)
            self.ends_edit.setEnabled(False)
            return
        self.kind_box.setCurrentIndex(list(LifeEventKind).index(event.kind))
        self.title_edit.setText(event.title)
        self.starts_edit.setDate(to_qdate(event.starts_on))
        self.has_end.setChecked(event.ends_on is not None)
        self.ends_edit.setDate(to_qdate(event.ends_on or event.starts_on))
        self.ends_edit.setEnabled(event.ends_on is not None)
        self.note_edit.setPlainText(event.note or "")

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.has_end.toggled.connect(self.ends_edit.setEnabled)
        for shortcut in self._shortcuts:
            shortcut.activated.connect(self.try_save)

    def edit(self) -> LifeEventEdit:
        return LifeEventEdit(
            kind=LifeEventKind(self.kind_box.currentData()),
            title=self.title_edit.text(),
            starts_on=from_qdate(self.starts_edit.date()),
            ends_on=from_qdate(self.ends_edit.date()) if self.has_end.isChecked() else None,
            note=self.note_edit.toPlainText(),
        )

    def try_save(self) -> None:
        """Save and close, or say what is wrong and stay open."""
        try:
            self.saved = self._save(self.edit())
        except ConnectlyError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self.accept()
