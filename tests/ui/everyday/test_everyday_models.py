"""The table models behind History and Life events pass qtmodeltester, and say what they show."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from connectly.domain.checkins import CheckIn
from connectly.domain.events import LifeEvent, LifeEventKind
from connectly.ui.models.checkins_model import (
    ID_ROLE,
    SORT_ROLE,
    CheckInRow,
    CheckInTableModel,
    Column,
)
from connectly.ui.models.events_model import EventColumn, LifeEventTableModel

UTC = dt.UTC


def _checkin(i: int, day: dt.date, *, note: str | None = None, bookmarked: bool = False) -> CheckIn:
    return CheckIn(
        id=i,
        uuid=f"u{i}",
        partner_id=1 + i % 2,
        day=day,
        logged_at=dt.datetime(2026, 3, 1, 8, i % 60, tzinfo=UTC),
        stress=i % 11,
        closeness=(i * 3) % 11,
        availability=(i * 7) % 11,
        tags=("work", "sleep") if i % 2 else (),
        note=note,
        bookmarked=bookmarked,
    )


ROWS = [
    CheckInRow(_checkin(1, dt.date(2026, 3, 1), note="I felt tired\nand far away"), "Sam", "#2f7ebc"),
    CheckInRow(_checkin(2, dt.date(2026, 3, 3), note="x" * 200, bookmarked=True), "Alex", "#d9822b"),
    CheckInRow(_checkin(3, dt.date(2026, 2, 27)), "Sam", "#2f7ebc"),
]


def _row(model: CheckInTableModel, checkin_id: int) -> int:
    row = model.row_of(checkin_id)
    assert row is not None, checkin_id
    return row


def test_checkin_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = CheckInTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)


def test_checkin_model_changes_pass_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = CheckInTableModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(ROWS)
    model.upsert(_checkin(9, dt.date(2026, 3, 4)), "Alex", "#d9822b")
    model.set_bookmarked(1, True)
    model.remove(2)
    model.upsert(_checkin(3, dt.date(2026, 2, 28)), "Sam", "#2f7ebc")
    assert [r.checkin.id for r in model.rows()] == [9, 1, 3]  # newest day first
    model.clear()
    assert model.rowCount() == 0


def test_checkin_model_sorts_itself_on_values(qtmodeltester: ModelTester) -> None:
    model = CheckInTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(3)] == [2, 1, 3]  # newest day first
    model.sort(Column.STRESS, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, Column.STRESS).data() for r in range(3)] == [1, 2, 3]
    model.sort(Column.PARTNER, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, Column.PARTNER).data() for r in range(3)] == ["Alex", "Sam", "Sam"]
    model.upsert(_checkin(7, dt.date(2026, 3, 2)), "Bea", "#888888")
    assert [model.index(r, Column.PARTNER).data() for r in range(4)] == ["Alex", "Bea", "Sam", "Sam"]


def test_sorting_keeps_the_current_row(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTableView

    model = CheckInTableModel()
    model.set_rows(ROWS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(_row(model, 3), Column.NOTE))
    model.sort(Column.STRESS, Qt.SortOrder.DescendingOrder)
    assert view.currentIndex().data(ID_ROLE) == 3 and view.currentIndex().column() == Column.NOTE


def test_ten_years_load_and_sort_without_a_proxy() -> None:
    """No timing here (that is tests/perf); the rows simply arrive in order."""
    many = [
        CheckInRow(_checkin(i, dt.date(2016, 1, 1) + dt.timedelta(days=i // 2)), "Sam", "#2f7ebc")
        for i in range(1, 7301)
    ]
    model = CheckInTableModel()
    model.set_rows(reversed(many))
    assert model.index(0, 0).data(ID_ROLE) == 7300
    model.sort(Column.DAY, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data(ID_ROLE) == 1


def test_checkin_model_shows_plain_values() -> None:
    model = CheckInTableModel()
    model.set_rows(ROWS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Day", "Partner", "Stress", "Closeness", "Availability", "Tags", "Note", "To discuss",
    ]  # fmt: skip
    first = {c: model.index(_row(model, 1), c) for c in Column}
    assert first[Column.PARTNER].data() == "Sam"
    assert first[Column.STRESS].data() == 1
    assert first[Column.TAGS].data() == "work, sleep"
    assert first[Column.NOTE].data() == "I felt tired …"  # first line; "…" says there is more
    assert first[Column.NOTE].data(Qt.ItemDataRole.ToolTipRole) == "I felt tired\nand far away"
    assert first[Column.BOOKMARKED].data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    second = {c: model.index(_row(model, 2), c) for c in Column}
    assert second[Column.NOTE].data().endswith("…") and len(second[Column.NOTE].data()) == 80
    assert second[Column.BOOKMARKED].data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert first[Column.DAY].data(SORT_ROLE) < second[Column.DAY].data(SORT_ROLE)


def test_bookmark_check_box_asks_the_page(qtbot: QtBot) -> None:
    model = CheckInTableModel()
    model.set_rows(ROWS)
    with qtbot.waitSignal(model.sig_bookmark_requested) as blocker:
        model.setData(
            model.index(_row(model, 1), Column.BOOKMARKED),
            Qt.CheckState.Checked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
    assert blocker.args == [1, True]
    assert not model.setData(model.index(0, Column.STRESS), 3, Qt.ItemDataRole.EditRole)


EVENTS = [
    LifeEvent(
        1, "e1", LifeEventKind.RELOCATION, "Moved to Leeds", dt.date(2025, 9, 1), None, "I felt unsettled"
    ),
    LifeEvent(2, "e2", LifeEventKind.PARENTHOOD, "Robin born", dt.date(2026, 1, 5), dt.date(2026, 4, 5)),
]


@pytest.mark.parametrize("empty_first", [True, False])
def test_events_model_passes_qtmodeltester(qtmodeltester: ModelTester, empty_first: bool) -> None:
    model = LifeEventTableModel()
    if not empty_first:
        model.set_events(EVENTS)
    qtmodeltester.check(model, force_py=True)
    model.set_events(EVENTS)
    model.upsert(LifeEvent(3, "e3", LifeEventKind.CAREER, "New job", dt.date(2025, 11, 1), None))
    assert [e.id for e in model.events()] == [1, 3, 2]  # kept in date order
    model.remove(1)
    model.upsert(LifeEvent(2, "e2", LifeEventKind.PARENTHOOD, "Robin born!", dt.date(2026, 1, 5), None))
    assert model.index(1, EventColumn.TITLE).data() == "Robin born!"


def test_events_model_uses_plain_words() -> None:
    model = LifeEventTableModel()
    model.set_events(EVENTS)
    assert model.index(0, EventColumn.KIND).data() == "A move"
    assert model.index(1, EventColumn.KIND).data() == "Parenthood"
    assert model.index(0, EventColumn.ENDS).data() == "—"
    assert model.index(0, EventColumn.ENDS).data(Qt.ItemDataRole.AccessibleTextRole) == "no end date"
    assert model.index(0, EventColumn.NOTE).data() == "I felt unsettled"
