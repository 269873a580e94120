"""Life events: add, edit, delete with undo, plain kind labels, lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from connectly.domain.events import LifeEventKind
from connectly.ui.changes import Changed
from connectly.ui.display import KINDS_EXPLAINED
from connectly.ui.models.events_model import EventColumn
from connectly.ui.pages.events import NO_EVENTS, EventsPage
from connectly.ui.session import DiarySession
from tests.ui.everyday.helpers import QUIET_OFFSCREEN, focused, press, reopen, show, type_text

pytestmark = pytest.mark.qt_log_ignore(QUIET_OFFSCREEN)
Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def events_page(qtbot: QtBot, diary_session: DiarySession) -> EventsPage:
    page = EventsPage(diary_session)
    show(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)
    return page


def test_empty_state_and_the_kinds_explained(events_page: EventsPage) -> None:
    assert events_page._stack.currentWidget() is events_page._empty_box
    assert events_page._empty.text() == NO_EVENTS and events_page.first_button.isVisible()
    assert "distance after a big change is often adaptation, not rejection" in KINDS_EXPLAINED.lower()


def test_add_a_life_event_with_the_keyboard(
    qtbot: QtBot, events_page: EventsPage, diary_session: DiarySession
) -> None:
    events_page.first_button.setFocus()
    qtbot.waitUntil(lambda: focused() is events_page.first_button)
    press(qtbot, Key.Key_N, CTRL)
    dialog = events_page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: focused() is dialog.title_edit)
    type_text(qtbot, "Moved to Leeds")
    dialog.kind_box.setCurrentIndex(list(LifeEventKind).index(LifeEventKind.RELOCATION))
    dialog.starts_edit.setDate(dialog.starts_edit.date().addDays(-40))
    press(qtbot, Key.Key_S, CTRL)
    assert not dialog.isVisible()
    [stored] = diary_session.diary.events.events()
    assert (stored.kind, stored.title) == (LifeEventKind.RELOCATION, "Moved to Leeds")
    assert stored.starts_on == dt.date.today() - dt.timedelta(days=40) and stored.ends_on is None
    assert events_page.model.index(0, EventColumn.KIND).data() == "A move"
    assert events_page.model.index(0, EventColumn.ENDS).data() == "—"
    assert events_page._stack.currentWidget() is events_page.table


def test_a_refused_event_keeps_the_dialog_and_its_text(
    qtbot: QtBot, events_page: EventsPage, diary_session: DiarySession
) -> None:
    events_page.add_event()
    dialog = events_page.dialog
    assert dialog is not None
    dialog.title_edit.setText("New job")
    dialog.has_end.setChecked(True)
    dialog.ends_edit.setDate(dialog.starts_edit.date().addDays(-3))
    dialog.note_edit.setPlainText("I felt hopeful")
    dialog.try_save()
    assert dialog.isVisible()
    assert dialog.error.text() == "A life event cannot end before it starts."
    assert (dialog.title_edit.text(), dialog.note_edit.toPlainText()) == ("New job", "I felt hopeful")
    assert diary_session.diary.events.events() == ()


def test_edit_then_undo(qtbot: QtBot, diary_session: DiarySession) -> None:
    ev = diary_session.diary.events.add(kind="career", title="New job", starts_on=dt.date(2026, 3, 1))
    page = EventsPage(diary_session)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    page.table.setFocus()
    qtbot.waitUntil(lambda: focused() is page.table)
    press(qtbot, Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.title_edit.text() == "New job"
    dialog.has_end.setChecked(True)
    dialog.ends_edit.setDate(dialog.starts_edit.date().addDays(90))
    dialog.title_edit.setText("New job in Leeds")
    dialog.try_save()
    [stored] = diary_session.diary.events.events()
    assert (stored.id, stored.title, stored.ends_on) == (ev.id, "New job in Leeds", dt.date(2026, 5, 30))
    page.undo_stack.undo()
    [stored] = diary_session.diary.events.events()
    assert (stored.title, stored.ends_on) == ("New job", None)
    assert page.model.index(0, EventColumn.TITLE).data() == "New job"


def test_delete_with_undo_and_redo(qtbot: QtBot, diary_session: DiarySession) -> None:
    service = diary_session.diary.events
    ev = service.add(kind="loss", title="Grandad died", starts_on=dt.date(2026, 1, 10), note="I felt lost")
    service.add(kind="health", title="Knee surgery", starts_on=dt.date(2026, 6, 2))
    page = EventsPage(diary_session)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert page.model.index(0, EventColumn.KIND).data() == "Loss or grief"
    page.select(ev.id)
    page.table.setFocus()
    qtbot.waitUntil(lambda: focused() is page.table)
    press(qtbot, Key.Key_Delete)
    assert [e.title for e in service.events()] == ["Knee surgery"]
    assert page._notice.text() == "Deleted “Grandad died”." and page._notice_undo.isVisible()
    press(qtbot, Key.Key_Z, CTRL)
    back = next(e for e in service.events() if e.title == "Grandad died")
    assert (back.uuid, back.note, back.kind) == (ev.uuid, "I felt lost", ev.kind)
    assert page.model.rowCount() == 2
    press(qtbot, Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [e.title for e in service.events()] == ["Knee surgery"]


def test_undo_an_add(qtbot: QtBot, events_page: EventsPage, diary_session: DiarySession) -> None:
    events_page.add_event()
    assert events_page.dialog is not None
    events_page.dialog.title_edit.setText("Baby Robin born")
    events_page.dialog.try_save()
    assert len(diary_session.diary.events.events()) == 1
    events_page.undo_stack.undo()
    assert diary_session.diary.events.events() == ()
    assert events_page._stack.currentWidget() is events_page._empty_box
    events_page.undo_stack.redo()
    assert [e.title for e in diary_session.diary.events.events()] == ["Baby Robin born"]


def test_lock_clears_and_unlock_reloads(
    qtbot: QtBot, events_page: EventsPage, diary_session: DiarySession
) -> None:
    diary_session.diary.events.add(kind="other", title="Sabbatical", starts_on=dt.date(2026, 2, 1))
    diary_session.notify(Changed.EVENTS, source=object())
    qtbot.waitUntil(lambda: events_page.model.rowCount() == 1, timeout=5000)
    events_page.add_event()
    dialog = events_page.dialog
    assert dialog is not None
    diary_session.lock()
    assert events_page.model.rowCount() == 0 and not dialog.isVisible()
    assert events_page._empty.text() == "The diary is locked."
    reopen(diary_session)
    qtbot.waitUntil(lambda: events_page.model.rowCount() == 1, timeout=5000)
