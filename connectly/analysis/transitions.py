"""Transitions: each life event compared over 30, 60 and 90 days before and after it began.

The essay calls the distance that often follows a move, a birth, a new job or a loss
*adaptation, not rejection*; the comparison shows its size without judging it. "Before" is
the ``w`` days before the event's first day and "after" the ``w`` days from it. Means are over
partner-days (each partner's daily mean counts once), and the effect size is Hedges' g — a
standardised difference with the small-sample correction, because a month around an event is
often only a few dozen values (see :func:`connectly.analysis.stats.hedges_g`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from connectly.analysis.series import DailySeries
from connectly.analysis.stats import hedges_g_from_summaries
from connectly.analysis.thresholds import AnalysisSettings
from connectly.domain.checkins import Measure
from connectly.domain.days import day_number
from connectly.domain.events import LifeEventKind


class DatedEvent(Protocol):
    """What the analysis needs of a life event; both ``LifeEvent`` and ``LifeEventDraft`` fit."""

    @property
    def kind(self) -> LifeEventKind: ...

    @property
    def title(self) -> str: ...

    @property
    def starts_on(self) -> dt.date: ...

    @property
    def ends_on(self) -> dt.date | None: ...


@dataclass(frozen=True, slots=True)
class TransitionWindow:
    """One measure of one partner (None: both) over ``window_days`` before vs after an event.

    ``difference`` is mean after − mean before (points); ``hedges_g`` the standardised
    difference. Means are None with no values on that side; the difference needs both, g needs
    at least two values per side and some variation.
    """

    measure: Measure
    partner: int | None
    window_days: int
    mean_before: float | None
    mean_after: float | None
    difference: float | None
    hedges_g: float | None
    n_before: int
    n_after: int


@dataclass(frozen=True, slots=True)
class Transition:
    """A life event with its before/after comparisons."""

    title: str
    kind: LifeEventKind
    start_day: int
    end_day: int | None
    windows: tuple[TransitionWindow, ...]

    def window(
        self, measure: Measure, window_days: int, partner: int | None = None
    ) -> TransitionWindow | None:
        """The comparison for one measure, window length and partner (None: both), if computed."""
        for item in self.windows:
            if item.measure is measure and item.window_days == window_days and item.partner == partner:
                return item
        return None


@dataclass(frozen=True, slots=True)
class _Summary:
    n: int
    mean: float | None
    variance: float | None


class _RunningSums:
    """Running count, sum and sum of squares of one measure, so any window's mean and variance
    costs O(1) — every event × window × partner comparison reads three differences."""

    def __init__(self, values: np.ndarray) -> None:
        present = ~np.isnan(values)
        filled = np.where(present, values, 0.0)
        n = values.shape[-1]
        # running[statistic, row, day]: statistics count, sum, sum of squares; rows partner 0,
        # partner 1, both; day i holds the total over days before i.
        self._running = np.zeros((3, 3, n + 1))
        np.cumsum(np.stack([present, filled, filled * filled]), axis=-1, out=self._running[:, :2, 1:])
        self._running[:, 2] = self._running[:, 0] + self._running[:, 1]
        self._n = n

    def summary(self, partner: int | None, lo: int, hi: int) -> _Summary:
        """Count, mean and (n − 1) variance of days ``lo`` ≤ i < ``hi`` (clipped to the series)."""
        lo, hi = min(max(lo, 0), self._n), min(max(hi, 0), self._n)
        row = 2 if partner is None else partner
        count, total, squares = (float(v) for v in self._running[:, row, hi] - self._running[:, row, lo])
        n = round(count)
        if n == 0:
            return _Summary(0, None, None)
        mean = total / n
        variance = max(0.0, (squares - total * mean) / (n - 1)) if n > 1 else None
        return _Summary(n, mean, variance)


def _compare(
    measure: Measure, partner: int | None, width: int, before: _Summary, after: _Summary
) -> TransitionWindow:
    difference = None if before.mean is None or after.mean is None else after.mean - before.mean
    g = None
    if before.mean is not None and after.mean is not None:
        g = hedges_g_from_summaries(
            before.n, before.mean, before.variance or 0.0, after.n, after.mean, after.variance or 0.0
        )
    return TransitionWindow(
        measure=measure,
        partner=partner,
        window_days=width,
        mean_before=before.mean,
        mean_after=after.mean,
        difference=difference,
        hedges_g=g,
        n_before=before.n,
        n_after=after.n,
    )


def transition_for(
    event: DatedEvent, series: DailySeries, settings: AnalysisSettings, sums: dict[Measure, _RunningSums]
) -> Transition:
    """Before/after comparisons of every measure, window and partner (and both) for one event."""
    start = day_number(event.starts_on)
    offset = start - series.start_day
    windows: list[TransitionWindow] = []
    for measure in Measure:
        for width in settings.transition_windows_days:
            for partner in (None, 0, 1):
                before = sums[measure].summary(partner, offset - width, offset)
                after = sums[measure].summary(partner, offset, offset + width)
                windows.append(_compare(measure, partner, width, before, after))
    return Transition(
        title=event.title,
        kind=event.kind,
        start_day=start,
        end_day=None if event.ends_on is None else day_number(event.ends_on),
        windows=tuple(windows),
    )


def compare_transitions(
    series: DailySeries, events: Sequence[DatedEvent], settings: AnalysisSettings
) -> tuple[Transition, ...]:
    """One :class:`Transition` per life event, in order of their start."""
    ordered = sorted(events, key=lambda e: (e.starts_on, e.title))
    if not ordered:
        return ()
    sums = {measure: _RunningSums(series.measure(measure)) for measure in Measure}
    return tuple(transition_for(event, series, settings, sums) for event in ordered)
