"""Today: keyboard-only check-ins into a real encrypted diary, back-fill, amend, errors, lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from connectly.domain.checkins import Measure
from connectly.domain.days import local_today
from connectly.ui.changes import Changed
from connectly.ui.pages.today import TodayPage
from connectly.ui.session import DiarySession
from connectly.ui.widgets.checkin_card import CardMode
from connectly.ui.widgets.checkin_form import CheckInValues
from tests.ui.everyday.helpers import (
    QUIET_OFFSCREEN,
    add,
    focused,
    press,
    reopen,
    show,
    type_text,
)

pytestmark = pytest.mark.qt_log_ignore(QUIET_OFFSCREEN)
Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def today(qtbot: QtBot, diary_session: DiarySession) -> TodayPage:
    page = TodayPage(diary_session)
    show(qtbot, page)
    qtbot.waitUntil(lambda: focused() is page.cards[0].form.first_widget())
    return page


def _check_in_by_keyboard(
    qtbot: QtBot, page: TodayPage, ratings: str, *, tag_steps: int | None, note: str, save: Qt.Key
) -> None:
    """Ratings as three digits ("376"; "X" means 10), optional tag, note, then Ctrl+<save>."""
    for i, digit in enumerate(ratings):
        type_text(qtbot, "10" if digit == "X" else digit)
        if i < 2:
            press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Tab)  # → tags
    if tag_steps is not None:
        for _ in range(tag_steps):
            press(qtbot, Key.Key_Right)
        press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Tab)  # → note
    assert isinstance(focused(), QPlainTextEdit)
    type_text(qtbot, note)
    press(qtbot, save, CTRL)
    _settle(qtbot, page)


def _settle(qtbot: QtBot, page: TodayPage) -> None:
    """Wait until no save is on its way (saves commit off the GUI thread)."""
    qtbot.waitUntil(lambda: not page._saving, timeout=5000)


def test_both_partners_check_in_with_the_keyboard_only(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    journal = diary_session.diary.journal
    sam, alex = journal.partners()
    assert focused() is today.cards[0].form.ratings[Measure.STRESS].scale  # focus starts on Sam's stress
    _check_in_by_keyboard(qtbot, today, "37X", tag_steps=1, note="I felt rushed at work", save=Key.Key_Return)
    # focus moved on to Alex's first rating
    assert focused() is today.cards[1].form.ratings[Measure.STRESS].scale
    _check_in_by_keyboard(qtbot, today, "628", tag_steps=None, note="I felt close", save=Key.Key_S)

    rows = {c.partner_id: c for c in journal.day(local_today())}
    assert set(rows) == {sam.id, alex.id}
    assert (rows[sam.id].stress, rows[sam.id].closeness, rows[sam.id].availability) == (3, 7, 10)
    assert rows[sam.id].tags == (journal.tags()[1],)  # second chip, chosen with → and Space
    assert rows[sam.id].note == "I felt rushed at work"
    assert (rows[alex.id].stress, rows[alex.id].closeness, rows[alex.id].availability) == (6, 2, 8)
    assert rows[alex.id].tags == ()
    for card in today.cards:
        assert card.mode is CardMode.SAVED
        assert card._status.text().startswith("✓ Checked in at ")
        assert card.amend_button.isVisible() and card.another_button.isVisible()


def test_tab_order_is_rating_rating_rating_tags_note_save(qtbot: QtBot, today: TodayPage) -> None:
    card = today.cards[0]
    seen = [focused()]
    for _ in range(5):
        press(qtbot, Key.Key_Tab)
        seen.append(focused())
    ratings = [card.form.ratings[m].scale for m in Measure]
    assert seen[:3] == ratings
    assert seen[3] in card.form.tags.focus_chain()
    assert seen[4] is card.form.note
    assert seen[5] is card.save_button


def test_save_tells_other_pages_with_itself_as_source(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    with qtbot.waitSignal(diary_session.sig_data_changed) as blocker:
        _check_in_by_keyboard(qtbot, today, "555", tag_steps=None, note="", save=Key.Key_Return)
    changes = blocker.args[0]
    assert changes.touches(Changed.CHECKINS) and changes.source is today


def test_back_fill_a_past_day(qtbot: QtBot, today: TodayPage, diary_session: DiarySession) -> None:
    past = local_today() - dt.timedelta(days=9)
    today.set_day(past)
    assert "How was" in today._title.text() and today.today_button.isVisible()
    assert today.date_edit.maximumDate().toPython() == local_today()
    assert "Not checked in yet for" in today.cards[0]._status.text()
    today.cards[0].focus_first()
    _check_in_by_keyboard(qtbot, today, "421", tag_steps=None, note="", save=Key.Key_Return)
    [row] = diary_session.diary.journal.checkins()
    assert row.day == past
    today.today_button.click()
    assert today.day() == local_today()
    assert today.cards[0].mode is CardMode.NEW  # nothing logged today yet


def test_a_day_with_a_check_in_shows_it(qtbot: QtBot, today: TodayPage, diary_session: DiarySession) -> None:
    yesterday = local_today() - dt.timedelta(days=1)
    add(diary_session, 2, yesterday, (8, 3, 2), note="I felt far away")
    today.set_day(yesterday)
    sam, alex = today.cards
    assert sam.mode is CardMode.NEW and "Not checked in yet for yesterday" in sam._status.text()
    assert alex.mode is CardMode.SAVED and alex._status.text().startswith("✓ Checked in")
    assert alex.form.values() == CheckInValues(8, 3, 2, (), "I felt far away")
    assert not alex.form.ratings[Measure.STRESS].isEnabled()  # read-only until Amend


def test_amend_updates_the_same_check_in(qtbot: QtBot, today: TodayPage, diary_session: DiarySession) -> None:
    _check_in_by_keyboard(qtbot, today, "333", tag_steps=None, note="I felt ok", save=Key.Key_Return)
    [first] = diary_session.diary.journal.checkins()
    card = today.cards[0]
    card.amend_button.setFocus()
    press(qtbot, Key.Key_Space)
    assert card.mode is CardMode.AMEND and focused() is card.form.first_widget()
    type_text(qtbot, "9")
    press(qtbot, Key.Key_Return, CTRL)
    _settle(qtbot, today)
    [amended] = diary_session.diary.journal.checkins()
    assert amended.id == first.id and amended.uuid == first.uuid
    assert (amended.stress, amended.closeness, amended.note) == (9, 3, "I felt ok")
    assert card.mode is CardMode.SAVED


def test_add_another_check_in_the_same_day(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    _check_in_by_keyboard(qtbot, today, "111", tag_steps=None, note="", save=Key.Key_Return)
    card = today.cards[0]
    card.another_button.click()
    assert card.mode is CardMode.NEW and card.form.values() == CheckInValues()
    assert "already checked in" in card._status.text()
    _check_in_by_keyboard(qtbot, today, "222", tag_steps=None, note="", save=Key.Key_Return)
    assert len(diary_session.diary.journal.day(local_today())) == 2
    assert "2 check-ins that day" in card._status.text()


def test_missing_ratings_are_named_and_typing_stays(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    type_text(qtbot, "4")
    for _ in range(4):
        press(qtbot, Key.Key_Tab)
    type_text(qtbot, "I felt tired")
    press(qtbot, Key.Key_Return, CTRL)
    _settle(qtbot, today)
    card = today.cards[0]
    assert card.error.isVisible()
    assert card.error.text() == "Choose a number for closeness and availability first (0–10; type a digit)."
    assert card.form.values() == CheckInValues(4, None, None, (), "I felt tired")
    assert diary_session.diary.journal.count() == 0


def test_a_refused_note_keeps_everything_typed(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    card = today.cards[0]
    long_note = "I felt " + "x" * 20_000
    card.form.set_values(CheckInValues(1, 2, 3, ("work",), long_note))
    card.dirty = True
    card.save_button.click()
    _settle(qtbot, today)
    assert card.error.text() == "The note is 20,007 characters long; the limit is 20,000."
    assert card.form.values() == CheckInValues(1, 2, 3, ("work",), long_note)
    assert diary_session.diary.journal.count() == 0


@contextmanager
def _full_disk(session: DiarySession) -> Iterator[None]:
    """Make the real database refuse to grow (SQLITE_FULL), as a full disk does."""
    engine = session.diary.database.engine

    def cap(dbapi_conn: object, _record: object) -> None:
        cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
        cur.execute("PRAGMA page_count")
        pages = cur.fetchone()[0]
        cur.execute(f"PRAGMA max_page_count = {int(pages)}")
        cur.close()

    event.listen(engine, "connect", cap)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()


def test_disk_full_keeps_the_typed_check_in_and_says_so(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    note = "I felt " + "a lot, " * 2000  # needs new pages, which a full disk cannot give
    card = today.cards[0]
    with _full_disk(diary_session):
        type_text(qtbot, "5")
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, "6")
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, "7")
        card.form.note.setPlainText(note)
        press(qtbot, Key.Key_S, CTRL)
        _settle(qtbot, today)
        assert card.error.isVisible()
        assert card.error.text().startswith("The disk is full, so nothing was saved.")
        assert card.form.values() == CheckInValues(5, 6, 7, (), note)
        assert card.mode is CardMode.NEW
    assert diary_session.diary.journal.count() == 0
    assert diary_session.diary.verify_integrity().ok
    card.form.first_widget().setFocus()
    press(qtbot, Key.Key_S, CTRL)  # space freed: the same typing saves
    _settle(qtbot, today)
    [row] = diary_session.diary.journal.checkins()
    assert row.note == note.strip() and card.mode is CardMode.SAVED and not card.error.isVisible()


def _texts(page: TodayPage) -> str:
    labels = [w.text() for w in page.findChildren(QLabel)]
    notes = [w.toPlainText() for w in page.findChildren(QPlainTextEdit)]
    return "\n".join(labels + notes)


def test_lock_clears_the_page_and_the_draft_comes_back(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    add(diary_session, 2, local_today(), (2, 8, 7), note="I felt seen")
    today._refresh_day()
    today.cards[0].focus_first()
    type_text(qtbot, "4")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "6")
    today.cards[0].form.note.setPlainText("unsaved words")
    diary_session.lock()
    qtbot.waitUntil(lambda: not today.cards)
    qtbot.wait(0)  # let deleteLater run
    shown = _texts(today)
    for secret in ("Sam", "Alex", "unsaved words", "I felt seen", "work"):
        assert secret not in shown
    assert "The diary is locked." in shown
    reopen(diary_session)
    sam, alex = today.cards
    assert sam.mode is CardMode.NEW and sam.dirty
    assert sam.form.values() == CheckInValues(4, 6, None, (), "unsaved words")
    assert alex.mode is CardMode.SAVED  # saved check-ins are simply shown again
    assert diary_session.diary.journal.count() == 1


def test_changes_from_elsewhere_refresh_the_day(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    add(diary_session, 1, local_today(), (1, 9, 9))
    assert today.cards[0].mode is CardMode.NEW
    diary_session.notify(Changed.CHECKINS, source=object())
    assert today.cards[0].mode is CardMode.SAVED
    today.cards[1].focus_first()
    diary_session.diary.journal.add_tag("garden")
    diary_session.notify(Changed.TAGS, source=object())
    assert "garden" in today.cards[1].form.tags.tags()
    assert focused() is today.cards[1].form.first_widget()  # a change elsewhere does not move focus


def test_a_draft_survives_a_change_made_elsewhere(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    type_text(qtbot, "7")
    add(diary_session, 1, local_today(), (1, 1, 1))
    diary_session.notify(Changed.CHECKINS, source=object())
    card = today.cards[0]
    assert card.form.values().stress == 7 and card.mode is CardMode.NEW
    assert "already checked in" in card._status.text()


def test_a_new_tag_from_the_card(qtbot: QtBot, today: TodayPage, diary_session: DiarySession) -> None:
    tags = today.cards[0].form.tags
    tags._open_entry()
    qtbot.keyClicks(tags._entry, "Garden")
    qtbot.keyClick(tags._entry, Key.Key_Return)
    assert "garden" in diary_session.diary.journal.tags()
    assert tags.selected() == ("garden",)
    assert "garden" in today.cards[1].form.tags.tags()


def test_locking_while_a_save_is_on_its_way_neither_loses_nor_doubles_it(
    qtbot: QtBot, today: TodayPage, diary_session: DiarySession
) -> None:
    card = today.cards[0]
    card.form.set_values(CheckInValues(2, 4, 6, (), "I felt in between"))
    card.dirty = True
    today.save(card)
    diary_session.lock()
    _settle(qtbot, today)
    reopen(diary_session)
    stored = diary_session.diary.journal.checkins()
    restored = today.cards[0].draft()
    if stored:  # the commit made it: nothing left to save again
        assert [c.note for c in stored] == ["I felt in between"] and restored is None
    else:  # it did not: the typing is back on the card
        assert restored is not None and restored.values.note == "I felt in between"


def test_every_control_a_keyboard_reaches_has_an_accessible_name(today: TodayPage) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractSpinBox, QWidget

    unnamed = []
    for widget in today.findChildren(QWidget):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # a date field's inner line edit: the field itself carries the name
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            unnamed.append(type(widget).__name__)
    assert unnamed == []


def test_a_page_built_while_locked_fills_in_on_unlock(qtbot: QtBot, diary_session: DiarySession) -> None:
    diary_session.lock()
    page = TodayPage(diary_session)
    show(qtbot, page)
    assert page.cards == [] and page._stack.currentWidget() is page._locked
    reopen(diary_session)
    assert [c.partner.name for c in page.cards] == ["Sam", "Alex"]
    assert focused() is page.cards[0].form.first_widget()
