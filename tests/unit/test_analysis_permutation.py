"""The circular-shift permutation test: exact counts, a fixed seed, and sensible p-values."""

from __future__ import annotations

import numpy as np
import pytest

from connectly.analysis.permutation import draw_shifts, linked_counts, shift_test
from connectly.analysis.report import analyse
from connectly.analysis.series import DailySeries, daily_series
from connectly.analysis.thresholds import AnalysisSettings


def brute_force_counts(spikes: np.ndarray, dips: np.ndarray, shifts: np.ndarray, window: int) -> list[int]:
    """np.roll the dip series by each shift and look after each spike, one by one."""
    n = dips.shape[0]
    counts = []
    for shift in shifts:
        rolled = np.roll(dips, int(shift))
        counts.append(sum(bool(rolled[t : min(t + window, n)].any()) for t in spikes))
    return counts


@pytest.mark.parametrize("seed", range(4))
def test_vectorised_counts_equal_rolling_the_dips(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 300))
    dips = rng.random(n) < 0.1
    spikes = np.flatnonzero(rng.random(n) < 0.1)
    window = 4
    lengths = np.minimum(window, n - spikes)
    shifts = rng.integers(0, n, 50)
    got = linked_counts(spikes, lengths, dips, shifts)
    assert got.tolist() == brute_force_counts(spikes, dips, shifts, window)


def test_shifts_are_seeded_and_keep_a_week_away() -> None:
    s = AnalysisSettings()
    a, b = draw_shifts(365, s), draw_shifts(365, s)
    np.testing.assert_array_equal(a, b)
    assert a.size == s.permutations
    assert a.min() >= 7
    assert a.max() <= 365 - 7
    assert not np.array_equal(a, draw_shifts(365, AnalysisSettings(seed=s.seed + 1)))
    assert draw_shifts(10, s).min() >= 1  # too short for a week: any non-zero shift
    assert draw_shifts(1, s).size == 0


def noisy_couple(seed: int, n: int = 730, plant: bool = False) -> DailySeries:
    rng = np.random.default_rng(seed)
    stress = np.clip(np.round(3 + rng.normal(0, 1, (2, n))), 0, 10)
    closeness = np.clip(np.round(7 + rng.normal(0, 1, (2, n))), 0, 10)
    spike_days = np.flatnonzero(rng.random(n) < 0.04)
    stress[0, spike_days] = 9
    if plant:  # partner 1's closeness dips a day after most of partner 0's spikes
        follow = spike_days[rng.random(spike_days.size) < 0.8] + 1
        closeness[1, follow[follow < n]] = 2
    else:
        closeness[1, np.flatnonzero(rng.random(n) < 0.04)] = 2
    rows = [
        (day, p, int(stress[p, day]), int(closeness[p, day]), 5)
        for day in range(n)
        for p in (0, 1)
        if rng.random() > 0.1
    ]
    return daily_series(rows)


def test_a_planted_link_is_far_above_chance() -> None:
    result = analyse(noisy_couple(1, plant=True), [], ("Sam", "Alex"))
    cross = result.direction(0, 1)
    assert cross.expected is not None
    assert cross.p_value is not None
    assert cross.linked >= 0.6 * cross.spikes
    assert cross.expected < cross.linked / 3
    assert cross.p_value < 0.01


def test_independent_noise_gives_p_values_that_are_not_small() -> None:
    p_values = []
    for seed in range(20):
        cross = analyse(noisy_couple(100 + seed), [], ("Sam", "Alex")).direction(0, 1)
        assert cross.p_value is not None
        assert cross.expected is not None
        assert abs(cross.linked - cross.expected) < 3 * np.sqrt(cross.expected + 1)
        p_values.append(cross.p_value)
    assert np.mean(p_values) > 0.3
    assert sum(p < 0.05 for p in p_values) <= 4  # about 1 expected; a flaw would give many


def test_p_values_are_stable_under_a_fixed_seed() -> None:
    series = noisy_couple(7, plant=True)
    first = analyse(series, [], ("Sam", "Alex"))
    again = analyse(series, [], ("Sam", "Alex"))
    assert [d.p_value for d in first.links] == [d.p_value for d in again.links]
    assert [d.expected for d in first.links] == [d.expected for d in again.links]


def test_p_value_formula_counts_ties_as_at_least_as_extreme() -> None:
    # Dips every 10 days: many shifts line up just as well as the real timing (ties).
    dips = np.zeros(100, dtype=bool)
    dips[1::10] = True
    spikes = np.array([10, 50])
    lengths = np.array([4, 4])
    shifts = np.arange(7, 94)
    result = shift_test(spikes, lengths, dips, shifts)
    assert result is not None
    null = np.array(brute_force_counts(spikes, dips, shifts, 4))
    assert result.observed == 2
    assert (null == 2).sum() > 10
    assert result.expected == pytest.approx(null.mean())
    assert result.p_value == pytest.approx((1 + (null >= 2).sum()) / (1 + shifts.size))
    assert shift_test(np.array([], dtype=np.int64), np.array([], dtype=np.int64), dips, shifts) is None
