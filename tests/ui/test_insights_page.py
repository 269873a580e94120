"""The Insights page on real encrypted diaries: loading off the GUI thread, ranges, keys, hover,
insight selection, the empty state, refreshing on changes, and lock/unlock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from connectly.charts.timebase import day_x
from connectly.domain.days import day_number
from connectly.services.access import create_diary, open_demo, unlock_with_secret
from connectly.services.demo import fill_with_demo_year
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths
from connectly.ui.changes import Changed
from connectly.ui.models.insights_model import TENTATIVE_ROLE, TITLE_ROLE, InsightListModel
from connectly.ui.pages.insights import EMPTY, InsightsPage
from connectly.ui.session import DiarySession
from connectly.ui.workers import wait_for_background_work

QUIET_OFFSCREEN = "This plugin does not support propagateSizeHints"
PASSPHRASE = "a long passphrase for the insights page"
END = dt.date(2026, 3, 31)
pytestmark = pytest.mark.qt_log_ignore(QUIET_OFFSCREEN)

PageFactory = Callable[[DiarySession], InsightsPage]


@pytest.fixture
def make_page(qtbot: QtBot) -> PageFactory:
    def make(session: DiarySession) -> InsightsPage:
        page = InsightsPage(session)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
        return page

    return make


def open_session(diary: OpenDiary, *, demo: bool = False) -> DiarySession:
    session = DiarySession(diary.paths, demo=demo)
    session.open(diary)
    return session


@pytest.fixture
def demo_session() -> Iterator[DiarySession]:
    session = open_session(open_demo(end=END), demo=True)
    yield session
    wait_for_background_work()
    session.lock()


@pytest.fixture
def diary_paths(tmp_path: Path) -> DiaryPaths:
    return DiaryPaths(tmp_path / "diary")


@pytest.fixture
def new_session(diary_paths: DiaryPaths) -> Iterator[DiarySession]:
    """A brand-new passphrase diary for Sam and Alex, without any check-in."""
    diary, _code = create_diary(diary_paths, names=("Sam", "Alex"), passphrase=PASSPHRASE, keyring=None)
    session = open_session(diary)
    yield session
    wait_for_background_work()
    session.lock()


def test_the_demo_year_shows_charts_and_every_insight(
    make_page: PageFactory, demo_session: DiarySession
) -> None:
    page = make_page(demo_session)
    assert page.data is not None
    result = page.data.result
    assert page.stack.currentIndex() == 0
    assert page.model.insights() == result.insights
    assert page.timeline.link_count() == sum(len(d.links) for d in result.links)
    assert len(page.scatter.points[0].getData()[0]) == 0  # filled when its tab is first shown
    page.tabs.setCurrentIndex(1)
    assert len(page.scatter.points[0].getData()[0]) > 100
    assert len(page.lag.points[None].getData()[0]) == 8
    first, last = page.timeline.visible_days()
    assert (first, last) == (result.end_day - 364, result.end_day)  # "1 year" is the first view
    assert page.range_bar.buttons["1y"].isChecked()


def test_tentative_insights_are_marked(demo_session: DiarySession, make_page: PageFactory) -> None:
    page = make_page(demo_session)
    rows = range(page.model.rowCount())
    tentative = [r for r in rows if page.model.insight(r).tentative]
    firm = [r for r in rows if not page.model.insight(r).tentative]
    assert tentative and firm
    for row in tentative:
        index = page.model.index(row, 0)
        assert index.data(TENTATIVE_ROLE) is True
        assert index.data(Qt.ItemDataRole.AccessibleTextRole).split(". ", 1)[1].startswith("Tentative")
        assert "first impression" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(firm[0], 0).data(TENTATIVE_ROLE) is False
    assert all(page.model.index(r, 0).data(TITLE_ROLE) for r in rows)


def test_insight_model_passes_qtmodeltester(qtmodeltester: ModelTester, demo_session: DiarySession) -> None:
    model = InsightListModel()
    model.set_insights([])
    qtmodeltester.check(model, force_py=True)
    from connectly.services.insights import InsightService

    model.set_insights(InsightService(demo_session.diary).analyse().insights)
    qtmodeltester.check(model, force_py=True)


def test_range_presets_set_the_visible_days(
    qtbot: QtBot, make_page: PageFactory, demo_session: DiarySession
) -> None:
    page = make_page(demo_session)
    first, last = page.timeline.data_days()
    for key, days in (("30d", 30), ("90d", 90), ("all", None), ("1y", 365)):
        qtbot.mouseClick(page.range_bar.buttons[key], Qt.MouseButton.LeftButton)
        expected = (first, last) if days is None else (max(first, last - days + 1), last)
        assert page.timeline.visible_days() == expected
        assert page.range_bar.buttons[key].isChecked()
        shown = (page.range_bar.start.date(), page.range_bar.end.date())
        assert shown[0].toString("yyyy-MM-dd") == _iso(expected[0])
        assert shown[1].toString("yyyy-MM-dd") == _iso(expected[1])


def _iso(day: int) -> str:
    return (dt.date(1970, 1, 1) + dt.timedelta(days=day)).isoformat()


def _python_day(day: QDate) -> dt.date:
    value = day.toPython()
    assert isinstance(value, dt.date), value
    return value


def test_custom_from_to_dates_zoom_the_timeline(make_page: PageFactory, demo_session: DiarySession) -> None:
    page = make_page(demo_session)
    page.range_bar.start.setDate(page.range_bar.start.date().addDays(100))
    page.range_bar.start.editingFinished.emit()
    first, last = page.timeline.visible_days()
    assert first == day_number(_python_day(page.range_bar.start.date()))
    assert last == day_number(_python_day(page.range_bar.end.date()))
    assert page.preset is None and not any(b.isChecked() for b in page.range_bar.buttons.values())


def test_arrow_keys_pan_and_plus_minus_zoom(
    qtbot: QtBot, make_page: PageFactory, demo_session: DiarySession
) -> None:
    page = make_page(demo_session)
    qtbot.mouseClick(page.range_bar.buttons["90d"], Qt.MouseButton.LeftButton)
    # The keys are window shortcuts: they need an active window. Under Xvfb there is no
    # window manager to activate it, so ask for activation explicitly (ECOSYSTEM.md).
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    page.timeline_view.setFocus()
    first, last = page.timeline.visible_days()
    qtbot.keyClick(page.timeline_view, Qt.Key.Key_Left)
    moved = page.timeline.visible_days()
    assert moved[0] == pytest.approx(first - 9, abs=1) and moved[1] - moved[0] == last - first
    assert page.preset is None
    qtbot.keyClick(page.timeline_view, Qt.Key.Key_Plus)
    zoomed = page.timeline.visible_days()
    assert zoomed[1] - zoomed[0] < moved[1] - moved[0]
    qtbot.keyClick(page.timeline_view, Qt.Key.Key_Minus)
    assert page.timeline.visible_days()[1] - page.timeline.visible_days()[0] > zoomed[1] - zoomed[0]
    first, last = page.timeline.data_days()
    qtbot.keyClick(page.timeline_view, Qt.Key.Key_1)  # the presets from the keyboard
    assert page.timeline.visible_days() == (last - 29, last) and page.range_bar.buttons["30d"].isChecked()
    qtbot.keyClick(page.timeline_view, Qt.Key.Key_0)
    assert page.timeline.visible_days() == (first, last) and page.preset == "all"


def test_selecting_an_insight_zooms_to_its_days(make_page: PageFactory, demo_session: DiarySession) -> None:
    page = make_page(demo_session)
    page.tabs.setCurrentIndex(2)
    rows = [r for r in range(page.model.rowCount()) if page.model.insight(r).kind.value == "transition"]
    assert rows
    insight = page.model.insight(rows[0])
    assert insight.day_range is not None
    page.list.setCurrentIndex(page.model.index(rows[0], 0))
    first, last = page.timeline.visible_days()
    start, end = insight.day_range
    pad = max(2, (end - start) // 20)
    assert first <= start and last >= end
    assert last - first == pytest.approx(end - start + 2 * pad, abs=1)  # its days and a small margin
    assert page.tabs.currentIndex() == 0  # back on the timeline


def test_a_new_diary_shows_a_kind_empty_state(make_page: PageFactory, new_session: DiarySession) -> None:
    page = make_page(new_session)
    assert page.stack.currentWidget() is page.empty
    assert EMPTY.format(days=14) in page.empty.text()
    assert "no check-ins yet" in page.empty.text()


def test_new_check_ins_refresh_the_page_and_count_down_to_insights(
    qtbot: QtBot, make_page: PageFactory, new_session: DiarySession
) -> None:
    page = make_page(new_session)
    journal = new_session.diary.journal
    partners = journal.partners()
    for offset in range(5):
        for partner in partners:
            journal.add_checkin(
                partner_id=partner.id,
                day=END - dt.timedelta(days=offset),
                stress=3,
                closeness=7,
                availability=6,
            )
    new_session.notify(Changed.CHECKINS)
    qtbot.waitUntil(lambda: "9 more to go" in page.empty.text(), timeout=10_000)
    fill_with_demo_year(new_session.diary, END)
    new_session.notify(Changed.CHECKINS)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0 and not page.busy, timeout=20_000)
    assert page.model.rowCount() > 3


def test_hover_shows_values_and_notes_only_when_asked(
    qtbot: QtBot, make_page: PageFactory, new_session: DiarySession
) -> None:
    diary = new_session.diary
    fill_with_demo_year(diary, END)
    sam = diary.journal.partner(1)
    day = END - dt.timedelta(days=20)
    secret = "I felt worn out after the long meeting"
    diary.journal.add_checkin(
        partner_id=sam.id, day=day, stress=9, closeness=2, availability=3, tags=["work"], note=secret
    )
    page = make_page(new_session)
    qtbot.mouseClick(page.range_bar.buttons["30d"], Qt.MouseButton.LeftButton)
    page.timeline.layout.scene().prepareForPaint()
    scene = page.timeline.stress.view.mapViewToScene(QPointF(float(day_x(day_number(day))), 5.0))
    viewport = page.timeline_view.mapFromScene(scene)
    qtbot.mouseMove(page.timeline_view.viewport(), QPoint(viewport.x(), viewport.y()))
    qtbot.waitUntil(lambda: "Sam: stress" in page.readout.text())
    assert page.timeline.stress.hover.isVisible()
    qtbot.waitUntil(lambda: "tags:" in page.details.text(), timeout=3_000)
    assert "work" in page.details.text()
    assert secret not in page.details.text()  # notes stay hidden unless asked for
    page.notes.setChecked(True)
    assert secret in page.details.text()
    page.notes.setChecked(False)
    assert secret not in page.details.text()


def test_lock_clears_everything_and_unlock_loads_again(
    qtbot: QtBot, make_page: PageFactory, new_session: DiarySession, diary_paths: DiaryPaths
) -> None:
    fill_with_demo_year(new_session.diary, END)
    page = make_page(new_session)
    assert page.model.rowCount() > 0
    page.show_day(page.timeline.data_days()[1] - 2)
    new_session.lock()
    assert page.model.rowCount() == 0
    assert page.data is None and page.timeline.link_count() == 0
    assert page.stack.currentWidget() is page.empty and "locked" in page.empty.text()
    assert not page.hover.cache and page.hover.day is None
    new_session.open(unlock_with_secret(diary_paths, PASSPHRASE))
    qtbot.waitUntil(lambda: page.data is not None and page.stack.currentIndex() == 0, timeout=20_000)
    assert page.model.rowCount() > 0


def test_locking_while_the_analysis_runs_drops_its_result(
    qtbot: QtBot, make_page: PageFactory, new_session: DiarySession
) -> None:
    fill_with_demo_year(new_session.diary, END)
    page = make_page(new_session)
    page.refresh()
    new_session.lock()
    wait_for_background_work()
    qtbot.wait(50)
    assert page.data is None and page.model.rowCount() == 0
    assert "locked" in page.empty.text()


def test_analysis_settings_run_the_analysis_again(
    qtbot: QtBot, make_page: PageFactory, demo_session: DiarySession
) -> None:
    page = make_page(demo_session)
    assert page.data is not None and page.data.result.settings.max_link_lag_days == 3
    page.settings_button.link_window.setValue(1)
    qtbot.waitUntil(
        lambda: page.data is not None and page.data.result.settings.max_link_lag_days == 1 and not page.busy,
        timeout=20_000,
    )
    assert "within 1 day." in page.timeline.caption.text()
    page.availability.setChecked(True)
    assert page.timeline.availability_shown
