"""Statistics against scipy (a test-only reference) and against their definitions."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import linalg, special, stats

from connectly.analysis.buffer import availability_buffers
from connectly.analysis.correlation import centred, lagged_associations
from connectly.analysis.mismatch import explain_mismatch
from connectly.analysis.series import DailySeries, daily_series
from connectly.analysis.stats import average_ranks, fit_line, hedges_g, spearman, spearman_interval
from connectly.analysis.thresholds import AnalysisSettings


def random_couple(seed: int, n: int = 400, missing: float = 0.2) -> DailySeries:
    rng = np.random.default_rng(seed)
    stress = rng.integers(0, 11, (2, n))
    closeness = np.clip(8 - stress // 2 + rng.integers(-2, 3, (2, n)), 0, 10)
    availability = np.clip(10 - stress + rng.integers(-3, 4, (2, n)), 0, 10)
    rows = [
        (day, p, int(stress[p, day]), int(closeness[p, day]), int(availability[p, day]))
        for day in range(n)
        for p in (0, 1)
        if rng.random() > missing
    ]
    return daily_series(rows)


@pytest.mark.parametrize("seed", range(5))
def test_ranks_and_spearman_match_scipy_with_ties(seed: int) -> None:
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 5, 60).astype(float)
    y = x + rng.integers(-3, 4, 60)
    np.testing.assert_allclose(average_ranks(x), stats.rankdata(x))
    assert spearman(x, y) == pytest.approx(stats.spearmanr(x, y).statistic, abs=1e-12)


def test_spearman_is_none_without_variation() -> None:
    assert spearman(np.ones(20), np.arange(20.0)) is None
    assert spearman(np.arange(2.0), np.arange(2.0)) is None


def test_bonett_wright_interval() -> None:
    rho, n = -0.4, 53
    z, half = math.atanh(rho), stats.norm.ppf(0.975) * math.sqrt((1 + rho**2 / 2) / (n - 3))
    low, high = spearman_interval(rho, n, 0.95) or (0.0, 0.0)
    assert (low, high) == pytest.approx((math.tanh(z - half), math.tanh(z + half)))
    assert spearman_interval(rho, 3, 0.95) is None
    assert spearman_interval(1.0, 10, 0.95) is not None  # a perfect rho gives a finite interval


def test_interval_covers_the_true_spearman_about_95_percent_of_the_time() -> None:
    rng = np.random.default_rng(11)
    rho_pearson, n, runs = 0.5, 40, 400
    true_spearman = 6 / math.pi * math.asin(rho_pearson / 2)
    covered = 0
    for _ in range(runs):
        x = rng.normal(size=n)
        y = rho_pearson * x + math.sqrt(1 - rho_pearson**2) * rng.normal(size=n)
        rho = spearman(x, y)
        assert rho is not None
        interval = spearman_interval(rho, n, 0.95)
        assert interval is not None
        covered += interval[0] <= true_spearman <= interval[1]
    assert 0.92 <= covered / runs <= 0.985


@pytest.mark.parametrize("seed", range(3))
def test_lagged_correlations_match_scipy_on_centred_pairs(seed: int) -> None:
    series = random_couple(seed)
    s = AnalysisSettings()
    results = lagged_associations(series, s)
    assert len(results) == 3 * (s.max_association_lag_days + 1)
    stress, closeness = centred(series.stress), centred(series.closeness)
    for result in results:
        xs, ys = [], []
        for p in (0, 1) if result.partner is None else (result.partner,):
            for t in range(series.n_days - result.lag):
                x, y = stress[p, t], closeness[p, t + result.lag]
                if not (np.isnan(x) or np.isnan(y)):
                    xs.append(x)
                    ys.append(y)
        assert result.n == len(xs)
        reference = stats.spearmanr(xs, ys).statistic
        assert result.rho == pytest.approx(reference, abs=1e-12)
        interval = spearman_interval(reference, len(xs), 0.95)
        assert (result.ci_low, result.ci_high) == pytest.approx(interval)


def test_pooling_uses_each_persons_own_centre() -> None:
    # Partner 1 rates everything 4 points higher; pooled raw values would show a spurious
    # positive association between stress and closeness.
    rng = np.random.default_rng(2)
    rows = []
    for day in range(200):
        s0 = int(rng.integers(0, 5))
        rows.append((day, 0, s0, 6 - s0 // 2, 5))
        rows.append((day, 1, s0 + 4, 10 - s0 // 2, 5))
    same_day = lagged_associations(daily_series(rows), AnalysisSettings())[0]
    assert same_day.partner is None
    assert same_day.lag == 0
    assert same_day.rho is not None
    assert same_day.rho < -0.8


def test_line_fit_matches_linregress() -> None:
    rng = np.random.default_rng(4)
    x = rng.normal(size=50)
    y = 2 - 0.7 * x + rng.normal(size=50)
    fit = fit_line(x, y)
    reference = stats.linregress(x, y)
    assert fit is not None
    assert (fit.slope, fit.intercept, fit.slope_se) == pytest.approx(
        (reference.slope, reference.intercept, reference.stderr)
    )
    assert fit_line(np.ones(10), y[:10]) is None


def test_hedges_g_against_cohens_d_and_the_exact_correction() -> None:
    rng = np.random.default_rng(8)
    before, after = rng.normal(6, 1.5, 25), rng.normal(5, 1.2, 31)
    n1, n2 = before.size, after.size
    pooled = math.sqrt(((n1 - 1) * np.var(before, ddof=1) + (n2 - 1) * np.var(after, ddof=1)) / (n1 + n2 - 2))
    d = (after.mean() - before.mean()) / pooled
    df = n1 + n2 - 2
    exact = special.gamma(df / 2) / (math.sqrt(df / 2) * special.gamma((df - 1) / 2))
    g = hedges_g(before, after)
    assert g is not None
    assert g == pytest.approx(d * exact, rel=1e-3)
    assert abs(g) < abs(d)
    assert hedges_g(np.ones(5), np.ones(5)) is None
    assert hedges_g(before[:1], after) is None


def test_mismatch_fit_matches_least_squares_reference() -> None:
    series = random_couple(9)
    fit = explain_mismatch(series, AnalysisSettings())
    both = series.paired_mask()
    gap_c = series.closeness[0, both] - series.closeness[1, both]
    gap_s = series.stress[0, both] - series.stress[1, both]
    gap_a = series.availability[0, both] - series.availability[1, both]
    design = np.column_stack([np.ones(gap_c.size), gap_s, gap_a])
    coefficients = linalg.lstsq(design, gap_c)[0]
    residual = gap_c - design @ coefficients
    r_squared = 1 - (residual @ residual) / ((gap_c - gap_c.mean()) @ (gap_c - gap_c.mean()))
    assert fit.n == both.sum()
    assert fit.r_squared == pytest.approx(r_squared)
    assert (fit.intercept, fit.stress_coefficient, fit.availability_coefficient) == pytest.approx(
        tuple(coefficients)
    )
    assert fit.r_stress == pytest.approx(stats.pearsonr(gap_c, gap_s).statistic)
    assert fit.r_availability == pytest.approx(stats.pearsonr(gap_c, gap_a).statistic)
    assert fit.stress_coefficient is not None
    assert fit.stress_coefficient < 0  # by construction: more stress, less closeness


def test_mismatch_without_variation_has_no_fit() -> None:
    rows = [(d, p, 3, 5, 5) for d in range(40) for p in (0, 1)]
    fit = explain_mismatch(daily_series(rows), AnalysisSettings())
    assert fit.n == 40
    assert fit.r_squared is None
    assert fit.r_stress is None


def test_buffer_slopes_match_linregress_on_each_side_of_the_median() -> None:
    series = random_couple(3)
    s = AnalysisSettings()
    buffers = availability_buffers(series, s)
    assert [b.partner for b in buffers] == [0, 1, None]
    for b in buffers[:2]:
        p = b.partner
        assert p is not None
        a = series.availability[p]
        split = np.median(a[~np.isnan(a)])
        assert b.split == split
        x, y = centred(series.stress)[p], centred(series.closeness)[p]
        ok = ~np.isnan(a)
        high, low = ok & (a > split), ok & (a <= split)
        assert (b.n_high, b.n_low) == (high.sum(), low.sum())
        assert b.slope_high == pytest.approx(stats.linregress(x[high], y[high]).slope)
        assert b.slope_low == pytest.approx(stats.linregress(x[low], y[low]).slope)
    pooled = buffers[2]
    assert pooled.n_high == buffers[0].n_high + buffers[1].n_high


def test_buffer_finds_a_planted_buffer() -> None:
    rng = np.random.default_rng(12)
    rows = []
    for day in range(600):
        for p in (0, 1):
            stress, availability = int(rng.integers(0, 11)), int(rng.integers(0, 11))
            effect = 0.1 if availability > 5 else 0.7  # closeness falls less on fuller days
            closeness = int(np.clip(round(8 - effect * stress + rng.normal(0, 0.7)), 0, 10))
            rows.append((day, p, stress, closeness, availability))
    for b in availability_buffers(daily_series(rows), AnalysisSettings()):
        assert b.difference is not None
        assert b.z is not None
        assert b.difference > 0.3
        assert b.z > 3


def test_mismatch_leaves_out_a_gap_that_never_varies() -> None:
    rng = np.random.default_rng(6)
    rows = []
    for day in range(120):
        s0, s1 = int(rng.integers(0, 11)), int(rng.integers(0, 11))
        rows.append((day, 0, s0, int(np.clip(8 - s0 // 2 + rng.integers(-1, 2), 0, 10)), 5))
        rows.append((day, 1, s1, int(np.clip(8 - s1 // 2 + rng.integers(-1, 2), 0, 10)), 5))
    series = daily_series(rows)
    fit = explain_mismatch(series, AnalysisSettings())
    gap_c = series.closeness[0] - series.closeness[1]
    gap_s = series.stress[0] - series.stress[1]
    reference = stats.linregress(gap_s, gap_c)
    assert fit.availability_coefficient is None
    assert fit.stress_coefficient == pytest.approx(reference.slope)
    assert fit.r_squared == pytest.approx(reference.rvalue**2)
