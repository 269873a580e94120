"""Insights: load the daily series and life events, run the analysis (numpy; off the GUI thread)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from connectly.analysis.report import AnalysisResult, analyse, lead_in_range
from connectly.analysis.series import DailySeries, daily_series
from connectly.analysis.thresholds import AnalysisSettings
from connectly.domain.days import day_from_number, day_number
from connectly.domain.events import LifeEvent
from connectly.services.diary import OpenDiary
from connectly.services.journal import JournalService


def overlapping(events: Iterable[LifeEvent], start: dt.date | None, end: dt.date | None) -> list[LifeEvent]:
    """The life events that touch ``start … end`` (open bounds reach the diary's ends).

    An event over before the range would only ever get "too few check-ins before and after" —
    its days are outside what is being looked at.
    """
    return [
        e
        for e in events
        if (end is None or e.starts_on <= end) and (start is None or (e.ends_on or e.starts_on) >= start)
    ]


def lead_in_before(
    journal: JournalService, start: dt.date | None, settings: AnalysisSettings
) -> DailySeries | None:
    """The check-ins of the days just before ``start`` (see :func:`lead_in_range`).

    Without them a four-week range would judge its first week against nothing (no spike or dip
    could be seen there) and the rest against a few days only, and a life event in its second
    week would have a week of "before". ``None`` when the range starts at the beginning of the
    diary.
    """
    if start is None:
        return None
    first, last = lead_in_range(day_number(start), settings)
    rows = journal.rating_rows(day_from_number(first), day_from_number(last))
    return daily_series(rows, start=first, end=last)


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
        settings = settings or AnalysisSettings()
        journal = self._diary.journal
        rows = journal.rating_rows(start, end)
        partners = journal.partners()
        names = (partners[0].name, partners[1].name) if len(partners) == 2 else ("Partner 1", "Partner 2")
        series = daily_series(
            rows,
            start=day_number(start) if start else None,
            end=day_number(end) if end else None,
        )
        events = overlapping(self._diary.events.events(), start, end)
        return analyse(series, events, names, settings, lead_in_before(journal, start, settings))
