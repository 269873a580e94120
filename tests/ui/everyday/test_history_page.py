"""History: filters, edit in a dialog, delete with undo/redo, bookmarks, empty state, lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectly.domain.checkins import Measure
from connectly.domain.days import local_today
from connectly.ui.changes import Changed
from connectly.ui.display import to_qdate
from connectly.ui.models.checkins_model import Column
from connectly.ui.pages.history import EMPTY_DIARY, NO_MATCH, HistoryPage
from connectly.ui.session import DiarySession
from tests.ui.everyday.helpers import QUIET_OFFSCREEN, add, focused, press, reopen, show

pytestmark = pytest.mark.qt_log_ignore(QUIET_OFFSCREEN)
Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = local_today()


@pytest.fixture
def ids(diary_session: DiarySession) -> dict[str, int]:
    """Five check-ins over a week: Sam ×3, Alex ×2, with tags and notes."""
    day = TODAY - dt.timedelta(days=6)
    return {
        "sam_work": add(
            diary_session, 1, day, (7, 4, 3), tags=["work"], note="I felt stretched by the deadline"
        ),
        "alex_money": add(
            diary_session, 2, day + dt.timedelta(days=1), (5, 6, 6), tags=["money"], note="Bills"
        ),
        "sam_walk": add(
            diary_session,
            1,
            day + dt.timedelta(days=3),
            (2, 8, 8),
            tags=["quality time"],
            note="I felt close on our walk",
        ),
        "alex_sleep": add(diary_session, 2, day + dt.timedelta(days=5), (6, 5, 4), tags=["sleep", "work"]),
        "sam_today": add(diary_session, 1, TODAY, (3, 7, 7)),
    }


def _loaded(qtbot: QtBot, page: HistoryPage) -> None:
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)


@pytest.fixture
def history(qtbot: QtBot, diary_session: DiarySession, ids: dict[str, int]) -> HistoryPage:
    page = HistoryPage(diary_session)
    show(qtbot, page)
    _loaded(qtbot, page)
    return page


def test_loads_every_check_in_newest_first(history: HistoryPage, ids: dict[str, int]) -> None:
    assert history.row_ids() == [
        ids[k] for k in ("sam_today", "alex_sleep", "sam_walk", "alex_money", "sam_work")
    ]
    assert history._count.text() == "5 check-ins"
    first = history.model.index(0, Column.PARTNER)
    assert first.data() == "Sam"


def test_sort_by_a_rating_column(history: HistoryPage, ids: dict[str, int]) -> None:
    history.table.sortByColumn(Column.STRESS, Qt.SortOrder.AscendingOrder)
    stresses = [history.model.index(r, Column.STRESS).data() for r in range(history.model.rowCount())]
    assert stresses == [2, 3, 5, 6, 7]


def test_filter_by_partner_tag_dates_and_text(
    qtbot: QtBot, history: HistoryPage, ids: dict[str, int]
) -> None:
    f = history.filters
    f.partner_box.setCurrentIndex(f.partner_box.findText("Alex"))
    _loaded(qtbot, history)
    assert set(history.row_ids()) == {ids["alex_money"], ids["alex_sleep"]}
    assert history._count.text() == "2 of 5 check-ins"

    f.tag_box.setCurrentIndex(f.tag_box.findText("work"))
    _loaded(qtbot, history)
    assert history.row_ids() == [ids["alex_sleep"]]

    f.clear_button.click()
    _loaded(qtbot, history)
    assert len(history.row_ids()) == 5

    f.from_check.setChecked(True)
    f.from_edit.setDate(to_qdate(TODAY - dt.timedelta(days=3)))
    f.to_check.setChecked(True)
    f.to_edit.setDate(to_qdate(TODAY - dt.timedelta(days=1)))
    _loaded(qtbot, history)
    assert history.row_ids() == [ids["alex_sleep"], ids["sam_walk"]]
    f.clear_button.click()

    f.search.setFocus()
    qtbot.keyClicks(f.search, "i felt")
    qtbot.waitUntil(lambda: set(history.row_ids()) == {ids["sam_work"], ids["sam_walk"]}, timeout=3000)
    qtbot.keyClicks(f.search, " close")
    qtbot.waitUntil(lambda: history.row_ids() == [ids["sam_walk"]], timeout=3000)


def test_no_match_has_its_own_sentence(qtbot: QtBot, history: HistoryPage) -> None:
    history.filters.search.setText("nothing like this")
    history.filters.flush()
    _loaded(qtbot, history)
    assert history._stack.currentWidget() is history._empty
    assert history._empty.text() == NO_MATCH


def test_empty_diary_says_where_to_start(qtbot: QtBot, diary_session: DiarySession) -> None:
    page = HistoryPage(diary_session)
    show(qtbot, page)
    _loaded(qtbot, page)
    assert page._stack.currentWidget() is page._empty
    assert page._empty.text() == EMPTY_DIARY == "No check-ins yet — add one on Today."


def _select(qtbot: QtBot, page: HistoryPage, checkin_id: int) -> None:
    page.select(checkin_id)
    page.activateWindow()  # offscreen has no window manager to do it after a dialog closes
    page.table.setFocus()
    qtbot.waitUntil(lambda: focused() is page.table)


def test_edit_in_the_dialog_then_undo_and_redo(
    qtbot: QtBot, history: HistoryPage, diary_session: DiarySession, ids: dict[str, int]
) -> None:
    journal = diary_session.diary.journal
    _select(qtbot, history, ids["alex_money"])
    press(qtbot, Key.Key_Return)
    dialog = history.edit_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.values().stress == 5
    qtbot.waitUntil(lambda: focused() is dialog.form.first_widget())
    press(qtbot, Key.Key_9)
    dialog.form.note.setPlainText("Bills, and I felt worried")
    press(qtbot, Key.Key_Return, CTRL)
    assert not dialog.isVisible() and history.edit_dialog is None
    edited = journal.checkin(ids["alex_money"])
    assert (edited.stress, edited.note) == (9, "Bills, and I felt worried")
    row = history.model.row_of(ids["alex_money"])
    assert row is not None
    assert history.model.index(row, Column.STRESS).data() == 9

    _select(qtbot, history, ids["alex_money"])
    press(qtbot, Key.Key_Z, CTRL)
    assert (journal.checkin(ids["alex_money"]).stress, journal.checkin(ids["alex_money"]).note) == (
        5,
        "Bills",
    )
    press(qtbot, Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert journal.checkin(ids["alex_money"]).stress == 9


def test_double_click_opens_the_edit_dialog(qtbot: QtBot, history: HistoryPage, ids: dict[str, int]) -> None:
    history.select(ids["sam_walk"])
    index = history.table.currentIndex()
    rect = history.table.visualRect(history.model.index(index.row(), Column.NOTE))
    viewport = history.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    # QTest's mouseDClick does not reach item views' double-click handling on Qt 6; send the events
    for kind in (QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease):
        point = QPointF(rect.center())
        event = QMouseEvent(
            kind, point, viewport.mapToGlobal(point), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonDblClick else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(viewport, event)
    assert history.edit_dialog is not None
    assert history.edit_dialog.form.note.toPlainText() == "I felt close on our walk"


def test_the_edit_dialog_keeps_typing_when_refused(
    qtbot: QtBot, history: HistoryPage, diary_session: DiarySession, ids: dict[str, int]
) -> None:
    history.edit_row(history.model.index(0, 0))
    dialog = history.edit_dialog
    assert dialog is not None
    dialog.form.ratings[Measure.CLOSENESS].set_rating(None)
    dialog.form.note.setPlainText("I felt unsure")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.error.text().startswith("Choose a number for closeness")
    assert dialog.form.note.toPlainText() == "I felt unsure"
    assert diary_session.diary.journal.checkin(ids["sam_today"]).note is None


def test_edit_can_move_a_check_in_to_the_other_partner_and_day(
    qtbot: QtBot, history: HistoryPage, diary_session: DiarySession, ids: dict[str, int]
) -> None:
    history.select(ids["sam_today"])
    history.edit_row(history.table.currentIndex())
    dialog = history.edit_dialog
    assert dialog is not None
    dialog.partner_box.setCurrentIndex(1)
    dialog.day_edit.setDate(dialog.day_edit.date().addDays(-2))
    dialog.try_save()
    moved = diary_session.diary.journal.checkin(ids["sam_today"])
    assert moved.partner_id == diary_session.diary.journal.partner(2).id
    assert moved.day == TODAY - dt.timedelta(days=2)


def test_delete_then_undo_restores_the_same_check_in_and_redo_deletes_again(
    qtbot: QtBot, history: HistoryPage, diary_session: DiarySession, ids: dict[str, int]
) -> None:
    journal = diary_session.diary.journal
    journal.set_checkin_bookmark(ids["sam_walk"], True)
    original = journal.checkin(ids["sam_walk"])
    _select(qtbot, history, ids["sam_walk"])
    press(qtbot, Key.Key_Delete)
    assert journal.count() == 4
    assert ids["sam_walk"] not in history.row_ids()
    assert history._notice.text().startswith("Deleted the check-in of") and history._notice_undo.isVisible()
    assert history._count.text() == "4 check-ins"

    press(qtbot, Key.Key_Z, CTRL)
    assert journal.count() == 5
    [back] = [c for c in journal.checkins() if c.uuid == original.uuid]
    assert (back.day, back.stress, back.tags, back.note, back.bookmarked, back.logged_at) == (
        original.day, original.stress, original.tags, original.note, True, original.logged_at,
    )  # fmt: skip
    assert back.id in history.row_ids()
    assert history._count.text() == "5 check-ins"

    press(qtbot, Key.Key_Y, CTRL)
    assert journal.count() == 4
    assert original.uuid not in {c.uuid for c in journal.checkins()}
    press(qtbot, Key.Key_Z, CTRL)
    assert original.uuid in {c.uuid for c in journal.checkins()}


def test_undo_after_delete_of_an_edited_row_follows_the_new_id(
    qtbot: QtBot, history: HistoryPage, diary_session: DiarySession, ids: dict[str, int]
) -> None:
    journal = diary_session.diary.journal
    history.select(ids["alex_money"])
    history.edit_row(history.table.currentIndex())
    assert history.edit_dialog is not None
    history.edit_dialog.form.ratings[Measure.STRESS].set_rating(1)
    history.edit_dialog.try_save()
    history.select(ids["alex_money"])
    history.delete_current()
    history.undo_stack.undo()  # back, with a new id
    history.undo_stack.undo()  # the edit undone on that new id
    [row] = [c for c in journal.checkins() if c.note == "Bills"]
    assert row.stress == 5
    assert not history._notice.text().startswith("That entry")


def test_bookmark_toggles_persist(
    qtbot: QtBot, history: HistoryPage, diary_session: DiarySession, ids: dict[str, int]
) -> None:
    journal = diary_session.diary.journal
    _select(qtbot, history, ids["alex_sleep"])
    press(qtbot, Key.Key_D, CTRL)
    assert journal.checkin(ids["alex_sleep"]).bookmarked
    assert history.bookmark_action.isChecked()
    row = history.model.row_of(ids["alex_sleep"])
    assert row is not None
    assert (
        history.model.index(row, Column.BOOKMARKED).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    # the check box in the table, with Space
    history.table.setCurrentIndex(history.model.index(row, Column.BOOKMARKED))
    press(qtbot, Key.Key_Space)
    assert not journal.checkin(ids["alex_sleep"]).bookmarked
    assert TODAY - dt.timedelta(days=1) not in journal.bookmarked_days()


def test_lock_clears_everything_shown(
    qtbot: QtBot, history: HistoryPage, diary_session: DiarySession, ids: dict[str, int]
) -> None:
    history.filters.search.setText("walk")
    history.select(ids["sam_today"])
    history.delete_current()
    history.edit_row(history.model.index(0, 0))
    dialog = history.edit_dialog
    assert dialog is not None
    diary_session.lock()
    assert history.model.rowCount() == 0
    assert not dialog.isVisible() and history.edit_dialog is None
    assert history.undo_stack.count() == 0
    assert history.filters.search.text() == ""
    assert [history.filters.partner_box.itemText(i) for i in range(history.filters.partner_box.count())] == [
        "Both of us"
    ]
    assert history.filters.tag_box.count() == 1
    assert history._empty.text() == "The diary is locked."
    reopen(diary_session)
    _loaded(qtbot, history)
    assert len(history.row_ids()) == 4


def test_changes_from_other_pages_reload(
    qtbot: QtBot, history: HistoryPage, diary_session: DiarySession, ids: dict[str, int]
) -> None:
    new_id = add(diary_session, 2, TODAY, (1, 1, 1))
    diary_session.notify(Changed.CHECKINS, source=object())
    qtbot.waitUntil(lambda: new_id in history.row_ids(), timeout=3000)
    history.hide()
    other = add(diary_session, 2, TODAY, (2, 2, 2))
    diary_session.notify(Changed.CHECKINS, source=object())
    assert other not in history.row_ids()  # hidden: reloads when shown again
    history.show()
    qtbot.waitUntil(lambda: other in history.row_ids(), timeout=3000)


def test_own_changes_do_not_reload(
    qtbot: QtBot, history: HistoryPage, diary_session: DiarySession, ids: dict[str, int]
) -> None:
    generation = history._generation
    history.select(ids["sam_today"])
    with qtbot.waitSignal(diary_session.sig_data_changed) as blocker:
        history.delete_current()
    assert blocker.args[0].source is history
    QApplication.processEvents()
    assert history._generation == generation
