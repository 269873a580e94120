"""Mismatch explained: how the daily closeness gap between partners tracks their stress and availability gaps.

The essay behind Connectly says differences in desire often signal differences in stress and
emotional availability. On every day both partners checked in, the gaps are taken as
partner 0 minus partner 1; then the closeness gap is related to the stress gap and the
availability gap, each alone (Pearson r) and together (least squares with an intercept), whose
R² says what share of the day-to-day variation in the closeness gap the two gaps account for.
The sign convention never singles anyone out in sentences: they speak of "the partner who was
more stressed that day".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from connectly.analysis.series import DailySeries
from connectly.analysis.stats import pearson
from connectly.analysis.thresholds import AnalysisSettings


@dataclass(frozen=True, slots=True)
class MismatchFit:
    """The closeness gap (partner 0 − partner 1) against the stress and availability gaps.

    ``r_stress`` / ``r_availability``: correlation of the closeness gap with each gap alone.
    ``stress_coefficient`` / ``availability_coefficient``: points of closeness gap per point of
    each gap with the other held fixed; ``r_squared`` of that fit. Values are None with fewer
    than ``min_n`` paired days or when a gap never varies.
    """

    n: int
    mean_closeness_gap: float | None
    r_stress: float | None
    r_availability: float | None
    intercept: float | None
    stress_coefficient: float | None
    availability_coefficient: float | None
    r_squared: float | None


def _least_squares(
    closeness_gap: np.ndarray, gaps: dict[str, np.ndarray]
) -> tuple[dict[str, float], float] | None:
    """Fit the closeness gap on the given gaps; None when the design is singular or y constant."""
    n = closeness_gap.shape[0]
    design = np.column_stack([np.ones(n), *gaps.values()])
    coefficients, _, rank, _ = np.linalg.lstsq(design, closeness_gap, rcond=None)
    total = float(np.sum((closeness_gap - closeness_gap.mean()) ** 2))
    if rank < design.shape[1] or total <= 1e-12:
        return None
    residual = closeness_gap - design @ coefficients
    r_squared = max(0.0, min(1.0, 1 - float(residual @ residual) / total))
    named = dict(zip(["intercept", *gaps], (float(c) for c in coefficients), strict=True))
    return named, r_squared


def explain_mismatch(series: DailySeries, settings: AnalysisSettings) -> MismatchFit:
    """Relate the daily closeness gap to the stress and availability gaps on paired days.

    Both gaps are used when they vary independently; a gap that never varies (say, both always
    rate availability the same) or that moves in lockstep with the other is left out, and its
    coefficient is None, rather than giving up on the fit.
    """
    paired = series.paired_mask()
    closeness_gap = series.closeness[0, paired] - series.closeness[1, paired]
    gaps = {
        "stress": series.stress[0, paired] - series.stress[1, paired],
        "availability": series.availability[0, paired] - series.availability[1, paired],
    }
    n = int(closeness_gap.shape[0])
    if n < settings.min_n:
        return MismatchFit(n, None, None, None, None, None, None, None)
    fit = None
    for used in (("stress", "availability"), ("stress",), ("availability",)):
        fit = _least_squares(closeness_gap, {name: gaps[name] for name in used})
        if fit is not None:
            break
    coefficients, r_squared = fit if fit is not None else ({}, None)
    return MismatchFit(
        n=n,
        mean_closeness_gap=float(closeness_gap.mean()),
        r_stress=pearson(closeness_gap, gaps["stress"]),
        r_availability=pearson(closeness_gap, gaps["availability"]),
        intercept=coefficients.get("intercept"),
        stress_coefficient=coefficients.get("stress"),
        availability_coefficient=coefficients.get("availability"),
        r_squared=r_squared,
    )
