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
from connectly.ui.dialogs.dialog_parts import describe_buttons
from connectly.ui.display import from_qdate, kind_label, kinds_explained, to_qdate
from connectly.ui.messages import ErrorLine
from connectly.ui.widgets.checkin_card import SAVE_KEYS


@dataclass(frozen=True, slots=True)
class LifeEventEdit:
    """The dialog's fields, ready for ``LifeEventService.add``/``update``."""

    kind: LifeEventKind
    title: str
    starts_on: dt.date
    ends_on: dt.date | None
    note: str


def _date_edit(parent: QWidget, name: str, description: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setAccessibleName(name)
    edit.setAccessibleDescription(description)
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
        self.setWindowTitle(self.tr("Edit life event") if event else self.tr("Add a life event"))
        self.life_event = event
        self.saved: LifeEvent | None = None
        self._save = save
        self._explained = QLabel(kinds_explained(), self)
        self._explained.setWordWrap(True)
        self._explained.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.kind_box = QComboBox(self)
        for kind in LifeEventKind:
            self.kind_box.addItem(kind_label(kind), kind)
        self.kind_box.setAccessibleName(self.tr("Kind of change"))
        self.kind_box.setAccessibleDescription(
            self.tr("A move, parenthood, work, a loss, health or something else")
        )
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(TITLE_MAX_CHARS)
        self.title_edit.setPlaceholderText(self.tr("e.g. Moved to Leeds"))
        self.title_edit.setAccessibleName(self.tr("What happened"))
        self.title_edit.setAccessibleDescription(self.tr("A few words, as the charts will show it"))
        self.starts_edit = _date_edit(self, self.tr("Started on"), self.tr("The day it began"))
        self.has_end = QCheckBox(self.tr("It has an end date"), self)
        self.has_end.setAccessibleName(self.tr("It has an end date"))
        self.has_end.setAccessibleDescription(
            self.tr("Tick for a change that ended; leave it for one still going on")
        )
        self.ends_edit = _date_edit(self, self.tr("Ended on"), self.tr("The day it ended"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Anything you want to remember about it (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setAccessibleDescription(self.tr("Anything you want to remember about it (optional)"))
        self.note_edit.setMaximumHeight(100)
        self.error = ErrorLine(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        describe_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Save: self.tr("Save the life event (Ctrl+Enter)"),
                QDialogButtonBox.StandardButton.Cancel: self.tr("Close without saving"),
            },
        )
        self._shortcuts = [QShortcut(QKeySequence(k), self) for k in SAVE_KEYS]
        self._fill(event)
        ends_row = QHBoxLayout()
        ends_row.addWidget(self.has_end)
        ends_row.addWidget(self.ends_edit, 1)
        fields = QFormLayout()
        fields.addRow(self.tr("&Kind"), self.kind_box)
        fields.addRow(self.tr("&What happened"), self.title_edit)
        fields.addRow(self.tr("&From"), self.starts_edit)
        fields.addRow(self.tr("Until"), ends_row)
        fields.addRow(self.tr("&Note"), self.note_edit)
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
            self.error.show_error(exc.user_message)
            return
        self.accept()
