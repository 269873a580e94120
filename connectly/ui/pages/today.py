"""Today: one check-in card per partner for the chosen day (today, or any past day to back-fill).

A full check-in by keyboard: ``3 Tab 7 Tab 6 Ctrl+Enter`` (ratings, then tags and note if
wanted); focus then moves on to the other partner's card. The commit runs off the GUI thread
(see :meth:`TodayPage.save`). Unsaved typing survives a lock in memory only — also typing
whose save was still on its way when the diary locked, until the save is known to be done.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from connectly.domain.checkins import CheckIn
from connectly.domain.days import local_today
from connectly.domain.errors import ConnectlyError
from connectly.ui.changes import Changed, Changes
from connectly.ui.display import date_words, from_qdate, to_qdate
from connectly.ui.session import DiarySession
from connectly.ui.widgets.checkin_card import CardDraft, CardMode, CheckInCard
from connectly.ui.widgets.checkin_form import missing_sentence
from connectly.ui.workers import run_in_background

_NARROW = 900  # below this width the two cards stack


class TodayPage(QWidget):
    """The everyday page: both partners' check-ins for one day."""

    sig_checkin_saved = Signal(object)
    """A check-in from this page reached the disk (the saved :class:`CheckIn`)."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cards: list[CheckInCard] = []
        self._drafts: dict[str, CardDraft] = {}
        self._saving: set[str] = set()
        self._day = local_today()
        self._today = self._day
        self._title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.7)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._subtitle = QLabel(
            self.tr("Three numbers each, a tag or a note if you like. There are no right answers."), self
        )
        self._subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._subtitle.setWordWrap(True)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.date_edit.setAccessibleName(self.tr("Day of the check-in"))
        self.date_edit.setAccessibleDescription(self.tr("Today, or a past day to fill in afterwards"))
        self.date_edit.setToolTip(self.tr("Pick a past day to fill it in afterwards"))
        self.date_edit.setMinimumWidth(170)
        self.date_edit.setMinimumHeight(30)
        self.today_button = QPushButton(self.tr("Back to today"), self)
        self.today_button.setAccessibleName(self.tr("Back to today"))
        self.today_button.setAccessibleDescription(self.tr("Show today's check-ins again"))
        self._day_label = QLabel(self.tr("&Day"), self)
        self._day_label.setBuddy(self.date_edit)
        self._cards_box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._cards_box.setSpacing(20)
        self._stack = QStackedWidget(self)
        self._locked = QLabel(self.tr("The diary is locked."), self)
        self._locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._locked.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout()
        self._connect_signals()
        self._set_day_controls(self._day)
        if session.is_open:
            self.load()
        else:
            self._stack.setCurrentWidget(self._locked)

    def _layout(self) -> None:
        heading = QHBoxLayout()
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self._title)
        words.addWidget(self._subtitle)
        heading.addLayout(words, 1)
        heading.setSpacing(8)
        heading.addWidget(self._day_label, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(self.date_edit, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(self.today_button, 0, Qt.AlignmentFlag.AlignVCenter)
        inner = QWidget()
        inner_column = QVBoxLayout(inner)
        inner_column.setContentsMargins(0, 4, 6, 12)
        inner_column.addLayout(self._cards_box)
        inner_column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its cards are the tab stops; focus scrolls to them
        scroll.setWidget(inner)
        scroll.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        self._stack.addWidget(scroll)
        self._stack.addWidget(self._locked)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 22, 28, 8)
        column.setSpacing(14)
        column.addLayout(heading)
        column.addWidget(self._stack, 1)
        self._scroll = scroll

    def _connect_signals(self) -> None:
        self.session.sig_unlocked.connect(self.load)
        self.session.sig_locked.connect(self.clear)
        self.session.sig_data_changed.connect(self._on_data_changed)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.today_button.clicked.connect(lambda: self.set_day(local_today()))

    # -- loading and clearing --------------------------------------------------------------

    def load(self) -> None:
        """Build a card per partner and show the chosen day; put back typing kept over a lock."""
        if not self.session.is_open:
            return
        journal = self.session.diary.journal
        partners = journal.partners()
        tags = journal.tags()
        rebuild = [c.partner.id for c in self.cards] != [p.id for p in partners]
        if rebuild:
            self._drop_cards()
            for partner in partners:
                card = CheckInCard(partner, self._add_tag)
                card.sig_save_requested.connect(lambda c=card: self.save(c))
                card.form.tags.sig_tag_added.connect(self._on_tag_added)
                self._cards_box.addWidget(card, 1)
                self.cards.append(card)
        else:
            for card, partner in zip(self.cards, partners, strict=True):
                card.set_partner(partner)
        for card in self.cards:
            card.form.set_tag_names(tags)
        self._stitch_cards()
        self._sync_today()
        self._refresh_day()
        for card in self.cards:
            draft = self._drafts.pop(card.partner.uuid, None)
            if draft is not None:
                card.restore_draft(draft)
        self._drafts.clear()
        self._stack.setCurrentIndex(0)
        if self.cards:
            self.setFocusProxy(self.cards[0].form.first_widget())
            if rebuild and self.isVisible():  # a fresh page (unlock); a tag or name change keeps focus
                self.cards[0].focus_first()

    def clear(self) -> None:
        """The diary locked: keep unsaved typing in memory, remove every widget showing the diary."""
        for card in self.cards:
            draft = card.draft()
            if draft is not None:
                self._drafts[card.partner.uuid] = draft
        self._drop_cards()
        self._stack.setCurrentWidget(self._locked)

    def _drop_cards(self) -> None:
        self.setFocusProxy(None)  # type: ignore[arg-type]
        for card in self.cards:
            self._cards_box.removeWidget(card)
            card.forget()
            card.hide()
            card.deleteLater()
        self.cards = []

    def _stitch_cards(self) -> None:
        """date → card 1 (ratings, tags, note, save) → card 2 …"""
        previous: QWidget = self.today_button
        QWidget.setTabOrder(self.date_edit, self.today_button)
        for card in self.cards:
            QWidget.setTabOrder(previous, card.amend_button)
            QWidget.setTabOrder(card.amend_button, card.another_button)
            QWidget.setTabOrder(card.another_button, card.form.first_widget())
            card.form.stitch_tab_order()
            QWidget.setTabOrder(card.form.last_widget(), card.save_button)
            QWidget.setTabOrder(card.save_button, card.cancel_button)
            previous = card.cancel_button

    def _refresh_day(self) -> None:
        if not self.session.is_open or not self.cards:
            return
        rows = self.session.diary.journal.day(self._day)
        for card in self.cards:
            mine: tuple[CheckIn, ...] = tuple(r for r in rows if r.partner_id == card.partner.id)
            card.show_day(self._day, mine, self._today)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.source is self or not self.session.is_open:
            return
        if changes.touches(Changed.PARTNERS | Changed.TAGS):
            self.load()
        elif changes.touches(Changed.CHECKINS):
            self._refresh_day()

    # -- the day -----------------------------------------------------------------------------

    def day(self) -> dt.date:
        return self._day

    def set_day(self, day: dt.date) -> None:
        """Show ``day`` (today or a past day to back-fill)."""
        self.date_edit.setDate(to_qdate(day))

    def _on_date_changed(self, value: QDate) -> None:
        self._day = from_qdate(value)
        self._set_day_controls(self._day)
        self._refresh_day()

    def _set_day_controls(self, day: dt.date) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(to_qdate(self._today))
        self.date_edit.setDate(to_qdate(day))
        self.date_edit.blockSignals(False)
        self._title.setText(self._title_text(day))
        self.today_button.setVisible(day != self._today)

    def _title_text(self, day: dt.date) -> str:
        if day == self._today:
            return self.tr("How was today?")
        if day == self._today - dt.timedelta(days=1):
            return self.tr("How was yesterday?")
        return self.tr("How was {day}?").format(day=date_words(day, self._today))

    def _sync_today(self) -> None:
        """After midnight, today moves on; a page left on “today” follows it."""
        today = local_today()
        if today == self._today:
            return
        was_today = self._day == self._today
        self._today = today
        self._set_day_controls(today if was_today else self._day)
        if was_today:
            self._day = today

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        before = self._day
        self._sync_today()
        if before != self._day:
            self._refresh_day()
        focus = self.focusWidget()
        if self.cards and (focus is None or not self.isAncestorOf(focus)):
            self.cards[0].focus_first()

    def resizeEvent(self, event: object) -> None:
        narrow = self.width() < _NARROW
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._cards_box.direction() != direction:
            self._cards_box.setDirection(direction)
        super().resizeEvent(event)  # type: ignore[arg-type]

    # -- saving --------------------------------------------------------------------------------

    def save(self, card: CheckInCard) -> None:
        """Write the card's check-in (new or amended) off the GUI thread; errors land on the card.

        On this kind of virtual disk one fsync'd commit takes 4–20 ms, too close to a frame to
        block the GUI thread for it (tests/perf/bench_save.py); the GUI thread only reads the
        form and, when the commit is back, shows the result (~1–3 ms together).
        """
        if card.saving or not self.session.is_open:
            return
        values = card.form.values()
        missing = values.missing()
        if missing:
            card.show_error(missing_sentence(missing))
            return
        journal = self.session.diary.journal
        amend_id = card.amend_id if card.mode is CardMode.AMEND else None
        partner_uuid = card.partner.uuid
        fields = {
            "partner_id": card.partner.id,
            "day": self._day,
            "stress": values.stress,
            "closeness": values.closeness,
            "availability": values.availability,
            "tags": values.tags,
            "note": values.note,
        }

        def write() -> CheckIn:
            if amend_id is not None:
                return journal.update_checkin(amend_id, **fields)  # type: ignore[arg-type]
            return journal.add_checkin(**fields)  # type: ignore[arg-type]

        card.begin_saving()
        self._saving.add(partner_uuid)
        run_in_background(
            write,
            lambda saved: self._saved(partner_uuid, saved),
            lambda exc: self._save_failed(partner_uuid, exc),
            parent=self,
        )

    def _card_of(self, partner_uuid: str) -> CheckInCard | None:
        return next((c for c in self.cards if c.partner.uuid == partner_uuid), None)

    def _saved(self, partner_uuid: str, saved: CheckIn) -> None:
        self._saving.discard(partner_uuid)
        self._drafts.pop(partner_uuid, None)  # locked while saving: the draft is safely stored
        card = self._card_of(partner_uuid)
        if card is None or not self.session.is_open:
            return
        had_focus = self._focus_in(card)
        card.show_saved(saved)
        self.session.notify(Changed.CHECKINS, source=self)
        if had_focus:
            self._focus_after_save(card)
        self.sig_checkin_saved.emit(saved)

    def _save_failed(self, partner_uuid: str, exc: BaseException) -> None:
        self._saving.discard(partner_uuid)
        card = self._card_of(partner_uuid)
        if card is None:
            return
        if isinstance(exc, ConnectlyError):
            card.show_error(exc.user_message)
        else:  # never show a driver's text: it could quote the diary
            card.show_error(
                self.tr("The check-in could not be saved. Nothing was changed; please try again.")
            )

    def _focus_in(self, card: CheckInCard) -> bool:
        focus = QApplication.focusWidget()
        return focus is None or focus is card or card.isAncestorOf(focus)

    def _focus_after_save(self, card: CheckInCard) -> None:
        later = self.cards[self.cards.index(card) + 1 :]
        waiting = next((c for c in later if c.mode is not CardMode.SAVED), None)
        (waiting or card).focus_first()

    # -- tags ----------------------------------------------------------------------------------

    def _add_tag(self, text: str) -> str:
        name = self.session.diary.journal.add_tag(text)
        self.session.notify(Changed.TAGS, source=self)
        return name

    def _on_tag_added(self, name: str) -> None:
        for card in self.cards:
            card.form.tags.add_known_tag(name)
            card.form.stitch_tab_order()
