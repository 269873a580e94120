"""Chart test data: the demo year analysed once (plain data, no Qt), and a view to host a chart."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import pyqtgraph as pg
from pytestqt.qtbot import QtBot

from connectly.analysis.report import AnalysisResult
from connectly.analysis.series import DailySeries, daily_series
from connectly.charts.style import PartnerLook, partner_looks
from connectly.domain.events import LifeEvent
from connectly.services.access import open_demo
from connectly.services.insights import InsightService

QUIET_OFFSCREEN = "This plugin does not support propagateSizeHints"


@dataclass(frozen=True)
class DemoData:
    """What a chart is fed: the analysis, the series it was computed on, events and partners."""

    result: AnalysisResult
    series: DailySeries
    events: tuple[LifeEvent, ...]
    looks: tuple[PartnerLook, PartnerLook]


@functools.cache
def demo_data() -> DemoData:
    """The seeded demo year (a real encrypted throwaway diary), analysed, then locked again."""
    diary = open_demo(end=dt.date(2026, 3, 31))
    try:
        result = InsightService(diary).analyse()
        series = daily_series(diary.journal.rating_rows(), start=result.start_day, end=result.end_day)
        return DemoData(result, series, tuple(diary.events.events()), partner_looks(diary.journal.partners()))
    finally:
        diary.lock()


def host(qtbot: QtBot, layout: pg.GraphicsLayout, width: int = 1600, height: int = 900) -> pg.GraphicsView:
    """Show ``layout`` in a pyqtgraph view of ``width`` × ``height`` (offscreen) and wait for it.

    The view owns the scene and with it every item: the caller must keep the view alive.
    """
    view = pg.GraphicsView()
    view.setCentralItem(layout)
    view.resize(width, height)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view
