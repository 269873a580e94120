"""History over ten years of check-ins: the read runs off the GUI thread; what the GUI thread pays.

Opt-in: ``pytest -m perf -s tests/perf/bench_history.py``. Prints the time of the background
read (query + building rows) and of the GUI-thread part (filling the model, sorting, first
paint), and of re-sorting by a rating column (a header click).
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectly.domain.days import local_today
from connectly.services.access import create_diary
from connectly.services.demo import fill_with_demo_year
from connectly.services.locations import DiaryPaths
from connectly.ui.models.checkins_model import Column
from connectly.ui.pages.history import HistoryPage
from connectly.ui.session import DiarySession

pytestmark = [pytest.mark.perf, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]

YEARS = 10
RUNS = 7


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DiarySession]:
    folder: Path = tmp_path_factory.mktemp("history") / "d"
    diary, _code = create_diary(
        DiaryPaths(folder), names=("Sam", "Alex"), passphrase="a long passphrase 1", keyring=None
    )
    end = local_today() - dt.timedelta(days=1)
    for year in range(YEARS):
        fill_with_demo_year(diary, end - dt.timedelta(days=365 * year), seed=7 + year)
    session = DiarySession(diary.paths)
    session.open(diary)
    yield session
    session.lock()


def test_history_over_ten_years(qtbot: QtBot, ten_years: DiarySession) -> None:
    page = HistoryPage(ten_years)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=30_000)
    loaded = page._loaded
    gui_ms: list[float] = []

    def timed(generation: int, result: object) -> None:
        start = time.thread_time()  # CPU of the GUI thread: robust on a shared, busy machine
        loaded(generation, result)  # type: ignore[arg-type]
        page.table.viewport().repaint()
        gui_ms.append((time.thread_time() - start) * 1000)

    page._loaded = timed  # type: ignore[method-assign]
    wall_ms: list[float] = []
    for _ in range(RUNS):
        start = time.perf_counter()
        page.reload()
        qtbot.waitUntil(lambda: not page.loading, timeout=30_000)
        wall_ms.append((time.perf_counter() - start) * 1000)
    rows = page.model.rowCount()
    sort_ms: list[float] = []
    for column in (Column.STRESS, Column.CLOSENESS, Column.DAY):
        start = time.thread_time()
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        QApplication.processEvents()
        sort_ms.append((time.thread_time() - start) * 1000)
    print(
        f"\nHistory, {rows:,} check-ins ({YEARS} years): reload → shown median {statistics.median(wall_ms):.0f} ms "
        f"(read off the GUI thread); GUI thread CPU median {statistics.median(gui_ms):.1f} ms, "
        f"max {max(gui_ms):.1f} ms; header-click re-sort CPU median {statistics.median(sort_ms):.1f} ms"
    )
    assert rows > 300 * YEARS
