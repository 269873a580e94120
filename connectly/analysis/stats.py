"""Small, warning-free statistics on plain arrays (numpy only; scipy is used only to test them).

Each function returns None instead of NaN or infinity when the answer does not exist (too few
values, no variation), so callers and sentences never meet a NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np


def normal_quantile(confidence: float) -> float:
    """The two-sided normal critical value for ``confidence`` (1.96 for 0.95)."""
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def _ranks_of_sorted(ordered: np.ndarray) -> np.ndarray:
    """Average ranks (1…n) of values already in ascending order, ties sharing their mean rank."""
    n = ordered.shape[0]
    starts_group = np.empty(n, dtype=bool)
    starts_group[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts_group[1:])
    group = np.cumsum(starts_group) - 1
    first = np.flatnonzero(starts_group)
    last = np.append(first[1:], n) - 1
    return ((first + last) / 2 + 1)[group]


def subset_ranks(values: np.ndarray, order: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Average ranks of ``values[keep]`` among themselves, in position order.

    ``order`` is ``argsort(values)`` of the whole array. Filtering a sorted order keeps it
    sorted, so ranking many subsets of one series (one per lag) costs one sort in all.
    """
    chosen = order[keep[order]]
    ranks = np.empty(values.shape[0], dtype=np.float64)
    ranks[chosen] = _ranks_of_sorted(values[chosen])
    return ranks[keep]


def average_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks 1…n with ties given their average rank (as ``scipy.stats.rankdata``)."""
    return subset_ranks(values, np.argsort(values), np.ones(values.shape[0], dtype=bool))


def pearson(x: np.ndarray, y: np.ndarray) -> float | None:
    """Pearson correlation, or None with fewer than 3 pairs or when either side is constant."""
    if x.shape[0] < 3:
        return None
    dx, dy = x - x.mean(), y - y.mean()
    sxx, syy = float(dx @ dx), float(dy @ dy)
    if sxx <= 1e-12 * max(1.0, x.shape[0]) or syy <= 1e-12 * max(1.0, y.shape[0]):
        return None
    r = float(dx @ dy) / math.sqrt(sxx * syy)
    return max(-1.0, min(1.0, r))


def spearman(x: np.ndarray, y: np.ndarray) -> float | None:
    """Spearman's rank correlation (Pearson on average ranks, the tie-correct form)."""
    if x.shape[0] < 3:
        return None
    return pearson(average_ranks(x), average_ranks(y))


def spearman_interval(rho: float, n: int, confidence: float) -> tuple[float, float] | None:
    """Confidence interval for Spearman's rho by Fisher's z with the Bonett–Wright (2000) SE.

    SE(z) = sqrt((1 + rho²/2) / (n − 3)). Bonett and Wright showed this keeps close to the
    nominal coverage for Spearman's rho up to |rho| ≈ 0.9, where the older 1.06/sqrt(n − 3)
    of Fieller et al. (1957) is too narrow. Needs n ≥ 4.
    """
    if n < 4:
        return None
    clipped = max(-0.999_999, min(0.999_999, rho))
    z = math.atanh(clipped)
    half = normal_quantile(confidence) * math.sqrt((1 + rho * rho / 2) / (n - 3))
    return math.tanh(z - half), math.tanh(z + half)


@dataclass(frozen=True, slots=True)
class LineFit:
    """A least-squares line ``y = intercept + slope·x`` with the slope's standard error."""

    slope: float
    intercept: float
    slope_se: float
    n: int


def fit_line(x: np.ndarray, y: np.ndarray) -> LineFit | None:
    """Ordinary least squares of y on x; None with fewer than 3 points or constant x."""
    n = x.shape[0]
    if n < 3:
        return None
    dx = x - x.mean()
    sxx = float(dx @ dx)
    if sxx <= 1e-12 * n:
        return None
    slope = float(dx @ (y - y.mean())) / sxx
    intercept = float(y.mean()) - slope * float(x.mean())
    residual = y - intercept - slope * x
    variance = float(residual @ residual) / (n - 2) if n > 2 else 0.0
    return LineFit(slope=slope, intercept=intercept, slope_se=math.sqrt(variance / sxx), n=n)


def hedges_g(before: np.ndarray, after: np.ndarray) -> float | None:
    """Hedges' g of ``after`` versus ``before``; see :func:`hedges_g_from_summaries`."""
    n1, n2 = before.shape[0], after.shape[0]
    if n1 < 2 or n2 < 2:
        return None
    return hedges_g_from_summaries(
        n1, float(before.mean()), float(before.var(ddof=1)), n2, float(after.mean()), float(after.var(ddof=1))
    )


def hedges_g_from_summaries(
    n1: int, mean1: float, var1: float, n2: int, mean2: float, var2: float
) -> float | None:
    """Hedges' g of group 2 versus group 1 from counts, means and (n − 1) variances.

    Cohen's d with the pooled SD, times the small-sample correction J = 1 − 3 / (4(n₁ + n₂) − 9).
    Why g rather than d: windows around a life event often hold only a few weeks of data, where
    d overstates the effect by several per cent. None when either side has fewer than 2 values
    or the pooled SD is zero.
    """
    if n1 < 2 or n2 < 2:
        return None
    pooled = ((n1 - 1) * var1 + (n2 - 1) * var2) / (n1 + n2 - 2)
    if pooled <= 1e-12:
        return None
    d = (mean2 - mean1) / math.sqrt(pooled)
    return d * (1 - 3 / (4 * (n1 + n2) - 9))


def finite_or_none(value: float | None) -> float | None:
    """``value`` when it is a finite number, otherwise None."""
    if value is None or not math.isfinite(value):
        return None
    return float(value)
