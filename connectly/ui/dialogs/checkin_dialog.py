"""Edit one check-in: who, which day, the three ratings, tags and note.

The dialog saves through the ``save`` callable it is given and stays open with a plain
sentence when the diary refuses (nothing typed is lost); it closes only after a save went
through. Ctrl+Enter or Ctrl+S saves from anywhere in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from connectly.domain.checkins import CheckIn
from connectly.domain.days import local_today
from connectly.domain.errors import ConnectlyError
from connectly.domain.partners import Partner
from connectly.ui.dialogs.dialog_parts import describe_buttons
from connectly.ui.display import from_qdate, to_qdate
from connectly.ui.messages import ErrorLine
from connectly.ui.widgets.checkin_card import SAVE_KEYS
from connectly.ui.widgets.checkin_form import CheckInForm, CheckInValues, missing_sentence
from connectly.ui.widgets.tags import TagAdder


@dataclass(frozen=True, slots=True)
class CheckInEdit:
    """The dialog's fields, ready for ``JournalService.update_checkin``."""

    partner_id: int
    day: dt.date
    stress: int
    closeness: int
    availability: int
    tags: tuple[str, ...]
    note: str


class CheckInDialog(QDialog):
    """Change a stored check-in."""

    def __init__(
        self,
        checkin: CheckIn,
        partners: Sequence[Partner],
        tag_names: Sequence[str],
        *,
        save: Callable[[CheckInEdit], CheckIn],
        add_tag: TagAdder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit check-in"))
        self.checkin = checkin
        self.saved: CheckIn | None = None
        self._save = save
        self._partners = list(partners)
        self.partner_box = QComboBox(self)
        for partner in self._partners:
            self.partner_box.addItem(partner.name, partner.id)
        self.partner_box.setAccessibleName(self.tr("Whose check-in"))
        self.partner_box.setAccessibleDescription(self.tr("Move the check-in to the other partner if needed"))
        self.day_edit = QDateEdit(self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("ddd d MMM yyyy")
        self.day_edit.setMinimumDate(QDate(1900, 1, 1))
        self.day_edit.setMaximumDate(to_qdate(local_today()))
        self.day_edit.setDate(to_qdate(checkin.day))
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.day_edit.setAccessibleDescription(self.tr("The day the check-in is about"))
        self.form = CheckInForm(None, add_tag, self)
        self.form.set_tag_names(tag_names)
        self.form.set_values(CheckInValues.of(checkin))
        self.error = ErrorLine(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        describe_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Save: self.tr("Save the changes (Ctrl+Enter)"),
                QDialogButtonBox.StandardButton.Cancel: self.tr("Close without saving"),
            },
        )
        self._shortcuts = [QShortcut(QKeySequence(k), self) for k in SAVE_KEYS]
        index = next((i for i, p in enumerate(self._partners) if p.id == checkin.partner_id), 0)
        self.partner_box.setCurrentIndex(index)
        self._show_partner_colour(index)
        top = QFormLayout()
        top.addRow(self.tr("&Partner"), self.partner_box)
        top.addRow(self.tr("&Day"), self.day_edit)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(12)
        column.addLayout(top)
        column.addWidget(self.form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        QWidget.setTabOrder(self.day_edit, self.form.first_widget())
        self._connect_signals()
        self.form.first_widget().setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.partner_box.currentIndexChanged.connect(self._show_partner_colour)
        for shortcut in self._shortcuts:
            shortcut.activated.connect(self.try_save)

    def _show_partner_colour(self, index: int) -> None:
        if 0 <= index < len(self._partners):
            self.form.set_accent(self._partners[index].colour)

    def edit(self) -> CheckInEdit | None:
        """The fields, or None (with a sentence shown) when a rating is still open."""
        values = self.form.values()
        missing = values.missing()
        if missing or values.stress is None or values.closeness is None or values.availability is None:
            self.show_error(missing_sentence(missing))
            return None
        return CheckInEdit(
            partner_id=int(self.partner_box.currentData()),
            day=from_qdate(self.day_edit.date()),
            stress=values.stress,
            closeness=values.closeness,
            availability=values.availability,
            tags=values.tags,
            note=values.note,
        )

    def try_save(self) -> None:
        """Save and close, or say what is wrong and stay open."""
        fields = self.edit()
        if fields is None:
            return
        try:
            self.saved = self._save(fields)
        except ConnectlyError as exc:
            self.show_error(exc.user_message)
            return
        self.accept()

    def show_error(self, sentence: str) -> None:
        self.error.show_error(sentence)
