"""One partner's check-in card on Today: name in their colour, what they already logged, the form.

States: *new* (typing a first or another check-in), *amend* (changing the shown check-in) and
*saved* (the day's latest check-in shown read-only, with “Amend” and “Add another”). The
card never writes to the diary itself: it asks with ``sig_save_requested`` and the page
answers with :meth:`CheckInCard.show_saved` or :meth:`CheckInCard.show_error`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from connectly.domain.checkins import CheckIn
from connectly.domain.partners import Partner
from connectly.ui.display import date_words, long_day_text, short_date_text, time_text
from connectly.ui.theme import error_colour, is_dark
from connectly.ui.widgets.checkin_form import CheckInForm, CheckInValues
from connectly.ui.widgets.rating import text_colour_on
from connectly.ui.widgets.tags import TagAdder

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S")
AVATAR = 40


class CardMode(enum.Enum):
    NEW = "new"
    AMEND = "amend"
    SAVED = "saved"


@dataclass(frozen=True, slots=True)
class CardDraft:
    """Unsaved typing on a card (kept in memory across a lock, never written anywhere)."""

    mode: CardMode
    amend_id: int | None
    values: CheckInValues


class CheckInCard(QFrame):
    """A partner's check-in for the chosen day."""

    sig_save_requested = Signal()
    """Save was pressed (button, Ctrl+Enter or Ctrl+S with focus in this card)."""

    def __init__(
        self, partner: Partner, add_tag: TagAdder | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.partner = partner
        self.setObjectName("checkinCard")
        self.mode = CardMode.NEW
        self.amend_id: int | None = None
        self.dirty = False
        self.saving = False
        self.existing: tuple[CheckIn, ...] = ()
        self._day = dt.date.today()
        self._today = dt.date.today()
        self._avatar = QLabel(self)
        self._avatar.setFixedSize(AVATAR, AVATAR)
        self._avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._avatar.setAccessibleName("")
        avatar_font = QFont(self.font())
        avatar_font.setBold(True)
        self._avatar.setFont(avatar_font)
        self._name = QLabel(self)
        name_font = QFont(self.font())
        name_font.setPointSizeF(max(name_font.pointSizeF(), 9.0) * 1.45)
        name_font.setBold(True)
        self._name.setFont(name_font)
        self._status = QLabel(self)
        self._status.setWordWrap(True)
        self._status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.amend_button = QPushButton(self.tr("Amend"), self)
        self.another_button = QPushButton(self.tr("Add another"), self)
        for link in (self.amend_button, self.another_button):
            link.setObjectName("cardLink")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.form = CheckInForm(partner.colour, add_tag, self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem saving"))
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save check-in"), self)
        self.save_button.setObjectName("cardSave")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Ctrl+Enter or Ctrl+S"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self._hint = QLabel(self.tr("Ctrl+Enter saves"), self)
        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._shortcuts = [QShortcut(QKeySequence(k), self) for k in SAVE_KEYS]
        for shortcut in self._shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._layout()
        self.set_partner(partner)
        self._connect_signals()
        self._render()

    def _layout(self) -> None:
        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self._name)
        who.addWidget(self._status)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self._avatar, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(who, 1)
        header.addWidget(self.amend_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.another_button, 0, Qt.AlignmentFlag.AlignVCenter)
        footer = QHBoxLayout()
        footer.addWidget(self._hint)
        footer.addStretch(1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 18, 22, 18)
        column.setSpacing(8)
        column.addLayout(header)
        column.addSpacing(10)
        column.addWidget(self.form)
        column.addWidget(self.error)
        column.addLayout(footer)
        column.addStretch(1)  # a shorter card keeps its spacing; the room goes below
        QWidget.setTabOrder(self.form.last_widget(), self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

    def _connect_signals(self) -> None:
        self.form.sig_edited.connect(self._on_edited)
        self.form.tags.sig_tag_added.connect(
            lambda _n: QWidget.setTabOrder(self.form.last_widget(), self.save_button)
        )
        self.save_button.clicked.connect(self.sig_save_requested)
        for shortcut in self._shortcuts:
            shortcut.activated.connect(self._save_shortcut)
        self.amend_button.clicked.connect(self.begin_amend)
        self.another_button.clicked.connect(self.begin_another)
        self.cancel_button.clicked.connect(self.cancel_edit)

    # -- what the page tells the card -------------------------------------------------------

    def set_partner(self, partner: Partner) -> None:
        """Name and colour (they may be changed in Settings)."""
        self.partner = partner
        colour = QColor(partner.colour)
        readable = colour.lighter(135) if is_dark(self.palette()) else colour
        self._name.setText(partner.name)
        self._name.setStyleSheet(f"color: {readable.name()};")
        self._avatar.setText(partner.initials.replace(".", "")[:2])
        self._avatar.setStyleSheet(
            f"background: {colour.name()}; color: {text_colour_on(colour).name()};"
            f" border-radius: {AVATAR // 2}px;"
        )
        self.form.set_accent(partner.colour)
        self._describe_buttons(partner.name)
        self.setStyleSheet(
            "QFrame#checkinCard { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 14px; }"
            f"QPushButton#cardSave {{ background: {colour.name()}; color: {text_colour_on(colour).name()};"
            " border: none; border-radius: 8px; padding: 7px 18px; font-weight: bold; }"
            "QPushButton#cardSave:focus { outline: none; border: 2px solid palette(highlight); }"
            "QPushButton#cardSave:disabled { background: palette(mid); }"
            "QPushButton#cardLink { border: none; background: transparent; color: palette(link);"
            " padding: 4px 6px; text-decoration: underline; }"
            "QPushButton#cardLink:focus { border: 2px solid palette(highlight); border-radius: 6px; }"
        )
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")

    def _describe_buttons(self, name: str) -> None:
        """Screen readers hear whose card each button belongs to (both cards have the same buttons)."""
        self.setAccessibleName(self.tr("{name}’s check-in").format(name=name))
        words = (
            (self.amend_button, self.tr("Amend {name}’s check-in"), self.tr("Change the check-in shown")),
            (
                self.another_button,
                self.tr("Add another check-in for {name}"),
                self.tr("A second check-in for the same day; the one shown stays"),
            ),
            (
                self.save_button,
                self.tr("Save {name}’s check-in"),
                self.tr("Stores the three numbers, tags and note (Ctrl+Enter or Ctrl+S)"),
            ),
            (
                self.cancel_button,
                self.tr("Cancel {name}’s changes"),
                self.tr("Back to the check-in as saved"),
            ),
        )
        for button, button_name, description in words:
            button.setAccessibleName(button_name.format(name=name))
            button.setAccessibleDescription(description)

    def show_day(self, day: dt.date, existing: tuple[CheckIn, ...], today: dt.date) -> None:
        """The chosen day and this partner's check-ins on it (newest first).

        Unsaved typing stays; otherwise the day's latest check-in is shown, or an empty form.
        """
        self._day, self._today, self.existing = day, today, existing
        editing = self.mode is not CardMode.SAVED and self.dirty
        if self.mode is CardMode.AMEND and not any(c.id == self.amend_id for c in existing):
            self.mode, self.amend_id = CardMode.NEW, None  # the amended one is gone or on another day
        if not editing:
            self.error.hide()
            if existing:
                self.mode, self.amend_id = CardMode.SAVED, None
                self.form.set_values(CheckInValues.of(existing[0]))
            else:
                self.mode, self.amend_id = CardMode.NEW, None
                self.form.set_values(CheckInValues())
            self.dirty = False
        self._render()

    def begin_saving(self) -> None:
        """A save is on its way to the disk: no second save until it is back."""
        self.saving = True
        self.error.hide()
        self._render()

    def show_saved(self, checkin: CheckIn) -> None:
        """The save went through: show it read-only, with Amend and Add another."""
        self.saving = False
        others = tuple(c for c in self.existing if c.id != checkin.id)
        self.existing = (checkin, *others)
        self.mode, self.amend_id, self.dirty = CardMode.SAVED, None, False
        self.error.hide()
        self.form.set_values(CheckInValues.of(checkin))
        self._render()

    def show_error(self, sentence: str) -> None:
        """A plain sentence on the card; what was typed stays."""
        self.saving = False
        self._render()
        self.error.setText(sentence)
        self.error.show()

    def draft(self) -> CardDraft | None:
        """Unsaved typing, if any."""
        if self.mode is CardMode.SAVED or not self.dirty:
            return None
        return CardDraft(self.mode, self.amend_id, self.form.values())

    def restore_draft(self, draft: CardDraft) -> None:
        """Put back typing kept over a lock."""
        self.mode, self.amend_id = draft.mode, draft.amend_id
        self.form.set_values(draft.values)
        self.dirty = True
        self._render()

    def forget(self) -> None:
        """Blank every field and label now (the card is about to go: the diary locked)."""
        self.existing, self.dirty = (), False
        self.form.set_values(CheckInValues())
        self.form.tags.clear()
        for label in (self._name, self._status, self.error):
            label.clear()

    def focus_first(self) -> None:
        """Focus the first rating when editing, else the Amend button."""
        if self.mode is CardMode.SAVED:
            self.amend_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.form.first_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the person's actions ---------------------------------------------------------------

    def begin_amend(self) -> None:
        if not self.existing:
            return
        self.mode, self.amend_id, self.dirty = CardMode.AMEND, self.existing[0].id, False
        self.form.set_values(CheckInValues.of(self.existing[0]))
        self._render()
        self.form.first_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def begin_another(self) -> None:
        self.mode, self.amend_id, self.dirty = CardMode.NEW, None, False
        self.form.set_values(CheckInValues())
        self._render()
        self.form.first_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_edit(self) -> None:
        """Back to the day's saved check-in, dropping this edit."""
        self.dirty = False
        self.mode = CardMode.SAVED
        self.show_day(self._day, self.existing, self._today)
        self.focus_first()

    def _save_shortcut(self) -> None:
        if self.mode is not CardMode.SAVED and not self.saving:
            self.sig_save_requested.emit()

    def _on_edited(self) -> None:
        if self.mode is CardMode.SAVED:
            return
        self.dirty = True

    # -- showing ----------------------------------------------------------------------------

    def _status_text(self) -> str:
        latest = self.existing[0] if self.existing else None
        if latest is None:
            if self._day == self._today:
                return self.tr("Not checked in yet today.")
            if self._day == self._today - dt.timedelta(days=1):
                return self.tr("Not checked in yet for yesterday.")
            return self.tr("Not checked in yet for {day}.").format(day=date_words(self._day, self._today))
        logged = latest.logged_at.astimezone()
        at = time_text(latest.logged_at)
        if logged.date() == self._day:
            saved = self.tr("at {time}").format(time=at)
        else:
            saved = self.tr("for {day} (saved {date}, {time})").format(
                day=long_day_text(self._day, self._today), date=short_date_text(logged.date()), time=at
            )
        count = len(self.existing)
        more = " · " + self.tr("%n check-ins that day", "", count) if count > 1 else ""
        if self.mode is CardMode.AMEND:
            return self.tr("Amending the check-in from {time}.").format(time=at)
        if self.mode is CardMode.NEW:
            return self.tr("Adding another check-in (already checked in {saved}).").format(saved=saved)
        return self.tr("✓ Checked in {saved}").format(saved=saved) + more

    def _render(self) -> None:
        saved = self.mode is CardMode.SAVED
        self._status.setText(self._status_text())
        self.form.set_editable(not saved)
        shown = {
            self.amend_button: saved and bool(self.existing),
            self.another_button: saved and bool(self.existing),
            self.save_button: not saved,
            self._hint: not saved,
            self.cancel_button: not saved and bool(self.existing),
        }
        for widget, visible in shown.items():
            if widget.isHidden() == visible:  # only real changes: each one re-lays out the card
                widget.setVisible(visible)
        if self.saving:
            self.save_button.setText(self.tr("Saving…"))
        elif self.mode is CardMode.AMEND:
            self.save_button.setText(self.tr("Save changes"))
        else:
            self.save_button.setText(self.tr("Save check-in"))
        self.save_button.setEnabled(not self.saving)
