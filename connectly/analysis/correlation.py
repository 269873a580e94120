"""Lagged association: does higher-than-usual stress go with lower closeness days later?

Each person's stress and closeness are first centred on that person's own mean, so the
question is "when *you* are more stressed than *you* usually are", and two people with
different habits on the scale can be pooled without one person's level masquerading as an
effect. (Within one person centring does not change a rank correlation; it matters for the
pooled value.) Spearman's rank correlation is used because ratings are ordinal whole numbers
with many ties and the relation need not be a straight line.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from connectly.analysis.series import DailySeries
from connectly.analysis.stats import pearson, spearman_interval, subset_ranks
from connectly.analysis.thresholds import AnalysisSettings


@dataclass(frozen=True, slots=True)
class LagCorrelation:
    """Spearman's rho between stress on day t and closeness on day t + ``lag``.

    ``partner`` is 0 or 1, or None for both partners pooled. ``rho``, ``ci_low`` and
    ``ci_high`` are None when fewer than ``min_n`` day pairs exist or a side never varies.
    """

    partner: int | None
    lag: int
    rho: float | None
    ci_low: float | None
    ci_high: float | None
    n: int

    @property
    def excludes_zero(self) -> bool:
        """True when the confidence interval lies entirely on one side of zero."""
        if self.ci_low is None or self.ci_high is None:
            return False
        return self.ci_low > 0 or self.ci_high < 0


def centred(values: np.ndarray) -> np.ndarray:
    """Each row minus its own mean over the days it has; rows with no values stay all-NaN."""
    present = ~np.isnan(values)
    counts = present.sum(axis=-1, keepdims=True)
    sums = np.where(present, values, 0.0).sum(axis=-1, keepdims=True)
    means = np.divide(sums, counts, out=np.zeros_like(sums), where=counts > 0)
    return values - means


class _RankedSeries:
    """One person's (or both people's, end to end) centred stress and closeness, sorted once.

    For every lag the day pairs differ, and so do the ranks; reusing one sort per measure
    (see :func:`subset_ranks`) makes all eight lags cost little more than one.
    """

    def __init__(self, stress: np.ndarray, closeness: np.ndarray) -> None:
        self.stress, self.closeness = stress, closeness
        self.stress_order = np.argsort(stress.ravel())
        self.closeness_order = np.argsort(closeness.ravel())

    def ranked_pairs(self, lag: int) -> tuple[np.ndarray, np.ndarray]:
        """Ranks of stress on day t and of closeness on day t + lag, over days where both exist."""
        n = self.stress.shape[-1]
        pairs = np.zeros(self.stress.shape, dtype=bool)  # (person, t): stress day of a pair
        later = np.zeros_like(pairs)  # (person, t + lag): its closeness day
        if lag < n:
            both = ~np.isnan(self.stress[:, : n - lag]) & ~np.isnan(self.closeness[:, lag:])
            pairs[:, : n - lag] = both
            later[:, lag:] = both
        return (
            subset_ranks(self.stress.ravel(), self.stress_order, pairs.ravel()),
            subset_ranks(self.closeness.ravel(), self.closeness_order, later.ravel()),
        )


def _correlation(
    partner: int | None, lag: int, x: np.ndarray, y: np.ndarray, settings: AnalysisSettings
) -> LagCorrelation:
    n = int(x.shape[0])
    rho = pearson(x, y) if n >= settings.min_n else None
    interval = None if rho is None else spearman_interval(rho, n, settings.confidence)
    return LagCorrelation(
        partner=partner,
        lag=lag,
        rho=rho,
        ci_low=None if interval is None else interval[0],
        ci_high=None if interval is None else interval[1],
        n=n,
    )


def lagged_associations(series: DailySeries, settings: AnalysisSettings) -> tuple[LagCorrelation, ...]:
    """Spearman rho of centred stress vs centred closeness at lags 0…``max_association_lag_days``.

    Returned in the order: pooled lags 0…L, then partner 0 lags 0…L, then partner 1 lags 0…L.
    Spearman's rho is computed as the Pearson correlation of average ranks (the tie-correct
    definition, as ``scipy.stats.spearmanr``).
    """
    stress, closeness = centred(series.stress), centred(series.closeness)
    results: list[LagCorrelation] = []
    for partner in (None, 0, 1):
        rows = slice(None) if partner is None else slice(partner, partner + 1)
        ranked = _RankedSeries(stress[rows], closeness[rows])
        for lag in range(settings.max_association_lag_days + 1):
            x, y = ranked.ranked_pairs(lag)
            results.append(_correlation(partner, lag, x, y, settings))
    return tuple(results)
