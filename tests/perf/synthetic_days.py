"""Synthetic daily data for the chart benchmarks, straight into a DailySeries (no pytest, no DB).

Kept apart from ``bench_charts.py`` so the memory benchmark's child process can import it
without importing pytest (which would add ~12 MiB that the app never has).
"""

from __future__ import annotations

import datetime as dt
import time

import numpy as np

from connectly.analysis.report import AnalysisResult, analyse
from connectly.analysis.series import DailySeries
from connectly.charts.style import PartnerLook
from connectly.domain.days import day_from_number, day_number
from connectly.domain.events import LifeEventDraft, LifeEventKind

START = day_number(dt.date(1990, 1, 1))
LOOKS = (PartnerLook("Sam", "#2f7ebc"), PartnerLook("Alex", "#d9822b"))


def synthetic_series(years: int, seed: int = 3) -> DailySeries:
    """Two partners' daily means over ``years``: weekly rhythm, spikes, dips after most, gaps."""
    rng = np.random.default_rng(seed)
    n = 365 * years
    weekday = np.arange(n) % 7
    stress = 3.5 + np.where(weekday < 5, 0.6, -0.8) + rng.normal(0, 0.9, (2, n))
    spikes = rng.random((2, n)) < 0.03
    stress[spikes] += 5
    closeness = 7 + rng.normal(0, 0.7, (2, n))
    for _p, t in zip(*np.nonzero(spikes), strict=True):
        if rng.random() < 0.7 and t + 3 < n:
            closeness[rng.integers(0, 2), t + rng.integers(0, 3)] -= 4
    availability = 6.5 - 0.4 * (stress - 3.5) + rng.normal(0, 0.8, (2, n))
    values = [np.clip(np.round(a * 2) / 2, 0, 10) for a in (stress, closeness, availability)]
    missing = rng.random((2, n)) < 0.08
    for array in values:
        array[missing] = np.nan
    return DailySeries(START, np.arange(START, START + n, dtype=np.int64), *values)


def synthetic_events(years: int) -> list[LifeEventDraft]:
    kinds = list(LifeEventKind)
    return [
        LifeEventDraft(
            kinds[i % len(kinds)],
            f"Life event {i + 1}",
            day_from_number(START + 200 + 900 * i),
            day_from_number(START + 214 + 900 * i) if i % 2 else None,
        )
        for i in range(max(1, years * 365 // 900))
    ]


def analysed(years: int) -> tuple[DailySeries, list[LifeEventDraft], AnalysisResult, float]:
    series, events = synthetic_series(years), synthetic_events(years)
    t0 = time.perf_counter()
    result = analyse(series, events, ("Sam", "Alex"))
    return series, events, result, (time.perf_counter() - t0) * 1000
