"""Availability as a buffer: does closeness fall less with stress on days a person has more to give?

For each person, days are split at their own median availability: *high* days are above it,
*low* days at or below it (ratings are whole numbers, so many days sit exactly on the median;
putting them on the low side keeps "high" meaning "clearly more than usual"). On each side a
least-squares line of closeness on stress (same day, same person) gives the points of
closeness that go with one more point of stress. A buffer shows as a flatter (less negative)
slope on high days. The pooled result centres each person's stress and closeness on their own
mean first, so the two people's different scale habits do not blend into the slope.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from connectly.analysis.correlation import centred
from connectly.analysis.series import DailySeries
from connectly.analysis.stats import LineFit, fit_line
from connectly.analysis.thresholds import AnalysisSettings


@dataclass(frozen=True, slots=True)
class AvailabilityBuffer:
    """Slopes of closeness on stress on high- and low-availability days.

    ``partner`` is 0, 1 or None (both, pooled). ``split`` is the partner's median availability
    (None when pooled, where each person is split at their own median). Slopes and their
    standard errors are None when a side has fewer than ``min_group_days`` days or no variation
    in stress.
    """

    partner: int | None
    split: float | None
    slope_high: float | None
    slope_low: float | None
    se_high: float | None
    se_low: float | None
    n_high: int
    n_low: int

    @property
    def difference(self) -> float | None:
        """slope_high − slope_low: positive when closeness fell less with stress on high days."""
        if self.slope_high is None or self.slope_low is None:
            return None
        return self.slope_high - self.slope_low

    @property
    def z(self) -> float | None:
        """The difference divided by its standard error (a rough guide to whether it is noise)."""
        if self.difference is None or self.se_high is None or self.se_low is None:
            return None
        se = math.hypot(self.se_high, self.se_low)
        return self.difference / se if se > 0 else None


def _median(values: np.ndarray) -> float | None:
    present = values[~np.isnan(values)]
    return float(np.median(present)) if present.size else None


def _fit(x: np.ndarray, y: np.ndarray, settings: AnalysisSettings) -> LineFit | None:
    return fit_line(x, y) if x.shape[0] >= settings.min_group_days else None


def _result(
    partner: int | None,
    split: float | None,
    xy_high: tuple[np.ndarray, np.ndarray],
    xy_low: tuple[np.ndarray, np.ndarray],
    settings: AnalysisSettings,
) -> AvailabilityBuffer:
    high, low = _fit(*xy_high, settings), _fit(*xy_low, settings)
    return AvailabilityBuffer(
        partner=partner,
        split=split,
        slope_high=None if high is None else high.slope,
        slope_low=None if low is None else low.slope,
        se_high=None if high is None else high.slope_se,
        se_low=None if low is None else low.slope_se,
        n_high=int(xy_high[0].shape[0]),
        n_low=int(xy_low[0].shape[0]),
    )


def availability_buffers(series: DailySeries, settings: AnalysisSettings) -> tuple[AvailabilityBuffer, ...]:
    """Buffer results for partner 0, partner 1 and both pooled (in that order)."""
    stress, closeness = centred(series.stress), centred(series.closeness)
    empty = np.empty(0)
    pooled: dict[str, list[np.ndarray]] = {"xh": [], "yh": [], "xl": [], "yl": []}
    results: list[AvailabilityBuffer] = []
    for partner in (0, 1):
        availability = series.availability[partner]
        split = _median(availability)
        present = ~np.isnan(availability) & ~np.isnan(stress[partner]) & ~np.isnan(closeness[partner])
        if split is None:
            high = low = np.zeros_like(present)
        else:
            with np.errstate(invalid="ignore"):
                high = present & (availability > split)
                low = present & (availability <= split)
        x, y = stress[partner], closeness[partner]
        results.append(_result(partner, split, (x[high], y[high]), (x[low], y[low]), settings))
        pooled["xh"].append(x[high])
        pooled["yh"].append(y[high])
        pooled["xl"].append(x[low])
        pooled["yl"].append(y[low])
    joined = {key: np.concatenate(parts) if parts else empty for key, parts in pooled.items()}
    results.append(_result(None, None, (joined["xh"], joined["yh"]), (joined["xl"], joined["yl"]), settings))
    return tuple(results)
