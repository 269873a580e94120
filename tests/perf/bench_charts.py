"""Chart benchmarks (PERFORMANCE.md T2, T3, T3b, T10): opening, panning and zooming the linked
timeline at 1600×900, and the memory of a process showing it.

Opt-in: ``pytest -m perf tests/perf/bench_charts.py --no-xvfb -q -s``. Synthetic daily data are
made with numpy straight into a :class:`DailySeries` and analysed with ``analyse()`` (no
database). Frames are timed as "change the range, then ``repaint()``" (a synchronous paint of
the whole view), which is what a pan or a wheel step costs the GUI thread. The figures are
printed with the floor measured in the same run: a bare window of the same size shown and
painted, in this process and as a fresh process from launch to its first frame.
"""

from __future__ import annotations

import functools
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from connectly.analysis.report import AnalysisResult, analyse
from connectly.analysis.series import DailySeries
from connectly.charts.timeline import LinkedTimeline
from tests.perf.synthetic_days import LOOKS, analysed, synthetic_series

pytestmark = [pytest.mark.perf, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]

SIZE = (1600, 900)
ROOT = Path(__file__).resolve().parents[2]


def open_timeline(
    qtbot: QtBot, series: DailySeries, events: list, result: AnalysisResult, days: int | None
) -> tuple:
    """Build, fill and show a timeline and paint it once: what opening Insights costs the GUI thread."""
    import pyqtgraph as pg

    app = QApplication.instance()
    assert app is not None
    t0, c0 = time.perf_counter(), time.thread_time()
    timeline = LinkedTimeline()
    timeline.update(result, series, events, LOOKS, smoothing=True)
    view = pg.GraphicsView()
    qtbot.addWidget(view)  # closed and deleted before the QApplication goes
    view.setCentralItem(timeline.layout)
    view.resize(*SIZE)
    if days is None:
        timeline.show_all()
    else:
        timeline.set_range(series.end_day - days + 1, series.end_day)
    view.show()
    app.processEvents()
    view.viewport().repaint()
    return timeline, view, ((time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000)


def frame_times(
    view: QAbstractScrollArea, steps: list[Callable[[], None]]
) -> tuple[list[float], list[float]]:
    """Milliseconds per (range change + synchronous repaint): wall clock, and the GUI thread's CPU.

    The CPU time is what the frame costs this process; the wall clock adds whatever else the
    shared machine is doing at that moment. Both are printed; the targets are checked on CPU.
    """
    wall, cpu = [], []
    for step in steps:
        w0, c0 = time.perf_counter(), time.thread_time()
        step()
        view.viewport().repaint()
        cpu.append((time.thread_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    return wall, cpu


def figures(wall: list[float], cpu: list[float]) -> str:
    return (
        f"CPU p95 {p95(cpu):.2f} ms (median {statistics.median(cpu):.2f}); "
        f"wall p95 {p95(wall):.2f} ms (median {statistics.median(wall):.2f})"
    )


def p95(values: list[float]) -> float:
    return float(np.percentile(values, 95))


def bare_window_ms() -> float:
    app = QApplication.instance()
    assert app is not None
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        widget = QWidget()
        widget.resize(*SIZE)
        widget.show()
        app.processEvents()
        widget.repaint()
        runs.append((time.perf_counter() - t0) * 1000)
        widget.close()
        widget.deleteLater()
    return statistics.median(runs)


BARE_PROCESS = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
app = QApplication(sys.argv)
w = QWidget(); w.resize(1600, 900); w.show(); app.processEvents(); w.repaint()
print((time.perf_counter() - t0) * 1000)
"""


def bare_process_ms() -> float:
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", BARE_PROCESS],
            check=True,
            capture_output=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        )
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs)


def pan_steps(timeline: LinkedTimeline, end_day: int, frames: int = 120) -> list[Callable[[], None]]:
    """A 1-year window dragged back in time, 1/90 of its width per frame."""
    width = 365 * 86_400.0
    left = float(end_day - 364) * 86_400.0

    def step(i: int) -> None:
        timeline.stress.view.setXRange(left - i * width / 90, left - i * width / 90 + width, padding=0)

    return [functools.partial(step, i) for i in range(1, frames + 1)]


def zoom_steps(timeline: LinkedTimeline, frames: int = 120) -> list[Callable[[], None]]:
    """Wheel-like zooming between 90 % and 100 % of the whole range."""
    timeline.show_all()
    full = timeline.stress.view.viewRange()[0]
    span = full[1] - full[0]

    def step(i: int) -> None:
        f = 0.9 + 0.1 * abs((i % 20) - 10) / 10
        timeline.stress.view.setXRange(full[0] + span * (1 - f) / 2, full[1] - span * (1 - f) / 2, padding=0)

    return [functools.partial(step, i) for i in range(frames)]


def test_t2_t3_ten_years(qtbot: QtBot) -> None:
    """T2: opened and painted ≤ 150 ms; T3: pan p95 ≤ 8 ms (1 year), zoom p95 ≤ 14 ms (all)."""
    series, events, result, analysis_ms = analysed(10)
    small = synthetic_series(1)
    _warm, warm_view, _ = open_timeline(
        qtbot, small, [], analyse(small, [], ("a", "b")), None
    )  # fonts, caches
    warm_view.close()
    opened_all, opened_year = [], []
    for _ in range(5):
        timeline, view, ms = open_timeline(qtbot, series, events, result, None)
        opened_all.append(ms)
        view.close()
        timeline, view, ms = open_timeline(qtbot, series, events, result, 365)
        opened_year.append(ms)
        if len(opened_year) < 5:
            view.close()
    pan_wall, pan = frame_times(view, pan_steps(timeline, series.end_day))
    zoom_wall, zoom = frame_times(view, zoom_steps(timeline))
    bare, bare_launch = bare_window_ms(), bare_process_ms()
    print(
        f"\n[charts] floor: a bare {SIZE[0]}×{SIZE[1]} window shown and painted in this process {bare:.1f} ms; "
        f"a fresh process from launch to its first frame {bare_launch:.0f} ms"
    )
    print(f"[charts] 10 years: analyse() {analysis_ms:.0f} ms (runs off the GUI thread; T4)")
    wall_all, cpu_all = zip(*opened_all, strict=True)
    wall_year, cpu_year = zip(*opened_year, strict=True)
    print(
        f"[charts] T2 open + first paint, all 10 years on screen: CPU median {statistics.median(cpu_all):.0f} ms, "
        f"wall median {statistics.median(wall_all):.0f} ms (max {max(wall_all):.0f}) (target ≤ 150)"
    )
    print(
        f"[charts] T2 open + first paint with the page's 1-year preset: CPU median "
        f"{statistics.median(cpu_year):.0f} ms, wall median {statistics.median(wall_year):.0f} ms"
    )
    print(f"[charts] T3 pan, 1-year window of 10 years: {figures(pan_wall, pan)} (target p95 ≤ 8)")
    print(f"[charts] T3 zoom, all 10 years: {figures(zoom_wall, zoom)} (target p95 ≤ 14)")
    view.close()
    assert statistics.median(cpu_all) <= 150
    assert p95(pan) <= 8
    assert p95(zoom) <= 14


def test_t3b_a_century_of_stress_data(qtbot: QtBot) -> None:
    """T3b: 100 years open, and a 1-year window pans at p95 ≤ 16 ms."""
    series, events, result, analysis_ms = analysed(100)
    timeline, view, opened = open_timeline(qtbot, series, events, result, 365)
    pan_wall, pan = frame_times(view, pan_steps(timeline, series.end_day))
    all_wall, all_cpu = frame_times(view, zoom_steps(timeline, 30))
    print(
        f"\n[charts] T3b 100 years: analyse() {analysis_ms:.0f} ms (off the GUI thread); "
        f"open + first paint with the 1-year preset {opened[1]:.0f} ms CPU, {opened[0]:.0f} ms wall"
    )
    print(f"[charts] T3b pan, 1-year window of 100 years: {figures(pan_wall, pan)} (target p95 ≤ 16)")
    print(f"[charts] T3b zoom, all 100 years on screen (no target): {figures(all_wall, all_cpu)}")
    view.close()
    assert p95(pan) <= 16


MEMORY_PROCESS = """
import sys, json
sys.path.insert(0, {root!r})
def peak():
    # VmHWM, not ru_maxrss: after fork+exec Linux reports the parent's (pytest's) peak in ru_maxrss.
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
stages = {{}}
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
import numpy
stages["Qt + numpy"] = peak()
import connectly.services.insights  # the app has SQLAlchemy and the services loaded by then
stages["+ services (SQLAlchemy, SQLCipher, Alembic)"] = peak()
import pyqtgraph as pg
from connectly.charts.timeline import LinkedTimeline
from connectly.charts.scatter import StressClosenessScatter
from connectly.charts.lag import LagChart
stages["+ pyqtgraph and the chart modules"] = peak()
from tests.perf.synthetic_days import analysed, LOOKS
series, events, result, _ = analysed(10)
stages["+ 10 years analysed"] = peak()
from PySide6.QtWidgets import QTabWidget
tabs = QTabWidget(); tabs.resize(1400, 900)
timeline = LinkedTimeline(); timeline.update(result, series, events, LOOKS, smoothing=True)
scatter, lag = StressClosenessScatter(), LagChart()
for chart in (timeline, scatter, lag):
    view = pg.GraphicsView(); view.setCentralItem(chart.layout); tabs.addTab(view, "chart")
tabs.show(); app.processEvents(); tabs.currentWidget().viewport().repaint()
stages["+ Insights opened: the timeline shown"] = peak()
scatter.update(series, LOOKS); lag.update(result.lagged, LOOKS)
for index in (1, 2):
    tabs.setCurrentIndex(index); app.processEvents(); tabs.currentWidget().viewport().repaint()
stages["+ the scatter and lag tabs visited"] = peak()
print(json.dumps(stages))
"""


def test_t10_memory_with_the_charts() -> None:
    """T10: the peak memory of a process showing the charts as the Insights page does (tabs)."""
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_PROCESS.format(root=str(ROOT))],
        check=True,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
    )
    stages = json.loads(out.stdout.strip().splitlines()[-1])
    print()
    previous = 0.0
    for stage, mib in stages.items():
        print(f"[charts] T10 peak memory (VmHWM): {stage}: {mib:.0f} MiB (+{mib - previous:.0f})")
        previous = mib
    opened = stages["+ Insights opened: the timeline shown"]
    charts = opened - stages["+ services (SQLAlchemy, SQLCipher, Alembic)"]
    print(
        f"[charts] T10: Insights opened {opened:.0f} MiB, every tab visited {previous:.0f} MiB (target ≤ 160); "
        f"pyqtgraph, the analysis and the timeline add {charts:.0f} MiB to the app"
    )
    assert charts <= 60  # pyqtgraph's import alone is ~30 MiB of it
