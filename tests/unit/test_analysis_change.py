"""Transitions around life events and drift during calm stretches."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from connectly.analysis.drift import event_zone, find_drifts
from connectly.analysis.series import DailySeries, daily_series
from connectly.analysis.stats import hedges_g
from connectly.analysis.thresholds import AnalysisSettings
from connectly.analysis.transitions import compare_transitions
from connectly.domain.checkins import Measure
from connectly.domain.days import day_from_number, day_number
from connectly.domain.events import LifeEvent, LifeEventKind

START = day_number(dt.date(2024, 1, 1))


def event(
    offset: int, kind: LifeEventKind = LifeEventKind.RELOCATION, length: int | None = None
) -> LifeEvent:
    starts = day_from_number(START + offset)
    ends = None if length is None else day_from_number(START + offset + length - 1)
    return LifeEvent(1, "u", kind, "Moved to Leeds", starts, ends)


def test_before_and_after_means_counts_and_effect_size() -> None:
    rng = np.random.default_rng(0)
    rows = []
    for i in range(200):
        for p in (0, 1):
            if p == 1 and i % 5 == 0:
                continue  # partner 1 skips every fifth day
            closeness = (7 if i < 100 else 5) + int(rng.integers(-1, 2))
            rows.append((START + i, p, 3, closeness, 6))
    series = daily_series(rows)
    (transition,) = compare_transitions(series, [event(100)], AnalysisSettings())
    assert transition.start_day == START + 100
    assert transition.kind is LifeEventKind.RELOCATION
    window = transition.window(Measure.CLOSENESS, 30)
    assert window is not None
    before = np.concatenate([series.closeness[0, 70:100], series.closeness[1, 70:100]])
    after = np.concatenate([series.closeness[0, 100:130], series.closeness[1, 100:130]])
    before, after = before[~np.isnan(before)], after[~np.isnan(after)]
    assert (window.n_before, window.n_after) == (30 + 24, 30 + 24)
    assert window.mean_before == pytest.approx(before.mean())
    assert window.difference == pytest.approx(after.mean() - before.mean())
    assert window.difference == pytest.approx(-2, abs=0.4)
    assert window.hedges_g == pytest.approx(hedges_g(before, after))
    one = transition.window(Measure.CLOSENESS, 90, partner=1)
    assert one is not None
    assert one.n_before == 90 - 18
    steady = transition.window(Measure.STRESS, 60)
    assert steady is not None
    assert steady.difference == 0
    assert steady.hedges_g is None  # no variation: no effect size rather than NaN


def test_an_event_outside_the_data_has_no_values() -> None:
    series = daily_series([(START + i, p, 3, 7, 6) for i in range(50) for p in (0, 1)])
    (transition,) = compare_transitions(series, [event(400)], AnalysisSettings())
    window = transition.window(Measure.CLOSENESS, 30)
    assert window is not None
    assert (window.n_before, window.n_after, window.mean_after, window.difference) == (0, 0, None, None)


def drifting(
    stress_in_drift: int = 2, fall: float = 3.0, days: int = 240, drift_days: range = range(100, 170)
) -> DailySeries:
    rng = np.random.default_rng(1)
    rows = []
    for i in range(days):
        for p in (0, 1):
            closeness = 7.0 + rng.normal(0, 0.4)
            stress = 4 + int(rng.integers(-1, 2))
            if p == 0 and i in drift_days:
                closeness -= fall * (i - drift_days.start) / len(drift_days)
                stress = stress_in_drift
            elif p == 0 and i >= drift_days.stop:
                closeness -= fall  # stays lower, but stress is back to usual
            rows.append((START + i, p, int(np.clip(stress, 0, 10)), int(np.clip(round(closeness), 0, 10)), 6))
    return daily_series(rows)


def test_a_slow_fall_during_calm_weeks_is_found() -> None:
    (drift,) = find_drifts(drifting(), [], AnalysisSettings())
    assert drift.partner == 0
    assert START + 95 <= drift.start_day <= START + 115
    assert START + 150 <= drift.end_day <= START + 175
    assert drift.length_days >= 42
    assert 1.5 <= drift.fall <= 4
    assert drift.n == drift.length_days  # every day has a check-in


def test_no_drift_when_stress_is_not_low() -> None:
    assert find_drifts(drifting(stress_in_drift=6), [], AnalysisSettings()) == ()


def test_no_drift_near_a_life_event() -> None:
    assert find_drifts(drifting(), [event(130, length=3)], AnalysisSettings()) == ()
    assert find_drifts(drifting(), [event(200)], AnalysisSettings()) != ()  # 30+ days after


def test_no_drift_for_a_short_or_small_fall() -> None:
    assert find_drifts(drifting(fall=0.5), [], AnalysisSettings()) == ()
    assert find_drifts(drifting(drift_days=range(100, 125)), [], AnalysisSettings()) == ()
    assert find_drifts(drifting(days=30), [], AnalysisSettings()) == ()


def test_event_zone_covers_start_to_end_with_margin() -> None:
    series = daily_series([(START + i, 0, 3, 7, 6) for i in range(100)])
    zone = event_zone(series, [event(50, length=5)], margin=10)
    assert np.flatnonzero(zone).tolist() == list(range(40, 65))
    assert not event_zone(series, [event(500)], margin=10).any()
    assert event_zone(series, [event(-30, length=200)], margin=0).all()
