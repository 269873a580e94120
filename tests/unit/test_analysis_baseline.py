"""Trailing baselines and spreads, checked against a straightforward loop."""

from __future__ import annotations

import numpy as np
import pytest

from connectly.analysis.baseline import rolling_baseline
from connectly.analysis.episodes import find_episodes
from connectly.analysis.series import daily_series
from connectly.analysis.thresholds import AnalysisSettings


def loop_baseline(values: np.ndarray, s: AnalysisSettings) -> tuple[np.ndarray, np.ndarray]:
    """The definition, one day at a time."""
    level = np.full(values.shape, np.nan)
    spread = np.full(values.shape, np.nan)
    for t in range(values.shape[0]):
        window = values[max(0, t - s.baseline_window_days) : t]
        window = window[~np.isnan(window)]
        if window.size >= s.baseline_min_values:
            median = float(np.median(window))
            mad = float(np.median(np.abs(window - median)))
            level[t] = median
            spread[t] = max(s.mad_scale * mad, s.spread_floor)
    return level, spread


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("missing", [0.0, 0.3, 0.8])
def test_matches_the_loop(seed: int, missing: float) -> None:
    rng = np.random.default_rng(seed)
    s = AnalysisSettings()
    values = rng.integers(0, 11, (2, 150)).astype(float)
    values[:, 0] = rng.integers(0, 11, 2) / 3  # not all whole numbers (daily means)
    values[rng.random(values.shape) < missing] = np.nan
    base = rolling_baseline(values, s)
    for row in range(2):
        level, spread = loop_baseline(values[row], s)
        np.testing.assert_allclose(base.level[row], level, equal_nan=True)
        np.testing.assert_allclose(base.spread[row], spread, equal_nan=True)


def test_excludes_the_day_itself_and_needs_seven_values() -> None:
    s = AnalysisSettings()
    values = np.array([[5.0] * 7 + [10.0]])
    base = rolling_baseline(values, s)
    assert np.isnan(base.level[0, :7]).all()  # fewer than 7 earlier values
    assert base.level[0, 7] == 5.0  # the 10 on day 7 is not part of its own baseline
    assert base.count[0, 7] == 7


def test_window_is_the_previous_28_days_only() -> None:
    s = AnalysisSettings()
    values = np.array([[9.0] * 10 + [2.0] * 28 + [np.nan]])
    base = rolling_baseline(values, s)
    assert base.level[0, 38] == 2.0  # the nines are 29+ days back
    assert base.level[0, 30] == 2.0  # 20 twos vs 8 nines


def test_spread_is_floored_at_one_point() -> None:
    s = AnalysisSettings()
    base = rolling_baseline(np.full((1, 40), 4.0), s)
    assert base.spread[0, 39] == 1.0
    assert base.margin(s)[0, 39] == 2.0  # max(1.5 × 1, 2)


def test_all_missing_gives_no_baseline_and_no_warning() -> None:
    base = rolling_baseline(np.full((2, 50), np.nan), AnalysisSettings())
    assert np.isnan(base.level).all()
    assert (base.count == 0).all()
    assert rolling_baseline(np.empty((2, 0)), AnalysisSettings()).level.shape == (2, 0)


@pytest.mark.parametrize("lead_days", [0, 5, 28, 40])
@pytest.mark.parametrize("seed", [0, 1])
def test_a_lead_in_gives_the_baselines_of_the_longer_series(lead_days: int, seed: int) -> None:
    """Days before the range count exactly as if the range had started earlier."""
    rng = np.random.default_rng(seed)
    s = AnalysisSettings()
    whole = rng.integers(0, 11, (2, lead_days + 60)).astype(float)
    whole[rng.random(whole.shape) < 0.3] = np.nan
    lead_in, values = whole[:, :lead_days], whole[:, lead_days:]
    longer = rolling_baseline(whole, s)
    base = rolling_baseline(values, s, lead_in)
    np.testing.assert_array_equal(base.count, longer.count[:, lead_days:])
    np.testing.assert_allclose(base.level, longer.level[:, lead_days:], equal_nan=True)
    np.testing.assert_allclose(base.spread, longer.spread[:, lead_days:], equal_nan=True)


def test_a_lead_in_gives_a_short_range_baselines_from_its_first_day() -> None:
    s = AnalysisSettings()
    values = np.array([[4.0, 9.0, 4.0]])
    assert np.isnan(rolling_baseline(values, s).level).all()
    base = rolling_baseline(values, s, np.full((1, 28), 4.0))
    assert base.level[0].tolist() == [4.0, 4.0, 4.0]  # the nine on day 1 stays out of day 2's median
    assert base.count[0].tolist() == [28, 28, 28]


def test_a_lead_in_that_does_not_end_the_day_before_is_refused() -> None:
    series = daily_series([(100, 0, 5, 5, 5), (101, 1, 5, 5, 5)])
    gap = daily_series([(90, 0, 5, 5, 5)], start=90, end=98)
    with pytest.raises(ValueError, match="day before"):
        find_episodes(series, AnalysisSettings(), gap)
