"""T4 (PERFORMANCE.md): ten years of two partners' data through the whole analysis ≤ 100 ms.

Opt-in: ``pytest -m perf tests/perf/bench_analysis.py``. Prints the medians so the compass can
record them. The data are synthetic but shaped like a diary: ~1.3 check-ins per partner per
day, ~8 % missed days, weekly rhythm, stress spikes every few weeks with closeness dips after
most of them, and a few life events.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from connectly.analysis.report import analyse
from connectly.analysis.series import DailySeries, daily_series
from connectly.domain.days import day_from_number, day_number
from connectly.domain.events import LifeEvent, LifeEventKind

pytestmark = pytest.mark.perf

YEARS = 10
START = day_number(dt.date(2016, 1, 1))


def ten_years_of_rows(seed: int = 1) -> np.ndarray:
    """(day, position, stress, closeness, availability) rows, shuffled like a database read."""
    rng = np.random.default_rng(seed)
    n = 365 * YEARS
    weekday = np.arange(n) % 7
    stress = 3.5 + np.where(weekday < 5, 0.6, -0.8) + rng.normal(0, 0.8, (2, n))
    spikes = rng.random((2, n)) < 0.03
    stress[spikes] += 5
    closeness = 7 + rng.normal(0, 0.6, (2, n))
    for p in (0, 1):
        for t in np.flatnonzero(spikes[p]):
            for target in (p, 1 - p):
                if rng.random() < 0.7 and t + 2 < n:
                    closeness[target, t + rng.integers(0, 3)] -= 4
    availability = 6.5 - 0.4 * (stress - 3.5) + rng.normal(0, 0.8, (2, n))
    rows = []
    for p in (0, 1):
        present = rng.random(n) > 0.08
        repeats = np.where(present, 1 + (rng.random(n) < 0.3), 0)
        day_index = np.repeat(np.arange(n), repeats)
        noise = rng.normal(0, 0.4, (3, day_index.size))
        values = [
            np.clip(np.round(a[p, day_index] + e), 0, 10)
            for a, e in zip((stress, closeness, availability), noise, strict=True)
        ]
        rows.append(np.column_stack([START + day_index, np.full(day_index.size, p), *values]))
    table = np.concatenate(rows).astype(np.int64)
    rng.shuffle(table)
    return table


def events() -> list[LifeEvent]:
    kinds = (LifeEventKind.RELOCATION, LifeEventKind.CAREER, LifeEventKind.PARENTHOOD, LifeEventKind.LOSS)
    return [
        LifeEvent(i, f"e{i}", kind, f"Event {i}", day_from_number(START + 400 + 800 * i), None)
        for i, kind in enumerate(kinds)
    ]


@pytest.fixture(scope="module")
def table() -> np.ndarray:
    return ten_years_of_rows()


@pytest.fixture(scope="module")
def series(table: np.ndarray) -> DailySeries:
    return daily_series(table)


def test_daily_series_from_ten_years_of_rows(benchmark: BenchmarkFixture, table: np.ndarray) -> None:
    result = benchmark(daily_series, table)
    assert benchmark.stats is not None
    median_ms = benchmark.stats.stats.median * 1000
    print(f"\ndaily_series: {table.shape[0]:,} check-ins → {result.n_days:,} days, median {median_ms:.2f} ms")
    assert result.n_days == 365 * YEARS
    assert median_ms < 10


def test_full_analysis_of_ten_years(benchmark: BenchmarkFixture, series: DailySeries) -> None:
    result = benchmark(analyse, series, events(), ("Sam", "Alex"))
    assert benchmark.stats is not None
    median_ms = benchmark.stats.stats.median * 1000
    shifts = result.direction(0, 1).shifts
    print(
        f"\nanalyse: {series.n_days:,} days, {len(result.spikes):,} spikes, {shifts:,} shifts × 4 directions, "
        f"median {median_ms:.1f} ms (T4 target ≤ 100 ms)"
    )
    assert shifts >= 1000
    assert result.direction(0, 1).p_value is not None
    assert median_ms <= 100
