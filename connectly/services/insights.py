"""Insights: load the daily series and life events, run the analysis (numpy; off the GUI thread)."""

from __future__ import annotations

import datetime as dt

from connectly.analysis.report import AnalysisResult, analyse
from connectly.analysis.series import daily_series
from connectly.analysis.thresholds import AnalysisSettings
from connectly.domain.days import day_number
from connectly.services.diary import OpenDiary


class InsightService:
    """What the diary shows about stress, availability and closeness over a range of days."""

    def __init__(self, diary: OpenDiary) -> None:
        self._diary = diary

    def analyse(
        self,
        start: dt.date | None = None,
        end: dt.date | None = None,
        settings: AnalysisSettings | None = None,
    ) -> AnalysisResult:
        journal = self._diary.journal
        rows = journal.rating_rows(start, end)
        partners = journal.partners()
        names = (partners[0].name, partners[1].name) if len(partners) == 2 else ("Partner 1", "Partner 2")
        series = daily_series(
            rows,
            start=day_number(start) if start else None,
            end=day_number(end) if end else None,
        )
        events = self._diary.events.events()
        return analyse(series, events, names, settings or AnalysisSettings())
