"""A person's usual level: the median of their previous days, and how much it usually varies.

Why a trailing median and MAD: the baseline must describe "what was normal for this person
lately" without being pulled up by the very spikes we are looking for. A median of the
previous 28 days (day t itself left out) ignores a few extreme days, and the scaled median
absolute deviation (1.4826 × MAD, which equals the standard deviation for normal data) is the
matching robust spread. The spread is floored at one point because ratings are whole numbers:
a person who wrote "3" every day would otherwise have a spread of zero and every "4" would
look like a spike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from connectly.analysis.thresholds import AnalysisSettings


@dataclass(frozen=True, eq=False)
class Baseline:
    """Per partner and day: the trailing median (``level``), the robust ``spread`` and how many
    values (``count``) they rest on. ``level`` and ``spread`` are NaN where fewer than
    ``baseline_min_values`` previous days had a check-in. Arrays have the shape of the input."""

    level: np.ndarray
    spread: np.ndarray
    count: np.ndarray

    def margin(self, settings: AnalysisSettings) -> np.ndarray:
        """How far from the baseline a value must be to count: max(sensitivity × spread, minimum)."""
        return np.maximum(settings.sensitivity * self.spread, settings.min_deviation)


def _median_of_windows(sorted_windows: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Median along the last axis of windows already sorted with NaNs last, ``count`` values each.

    ``numpy.nanmedian`` would do the same but warns on all-missing windows; this never warns
    and returns NaN for an empty window.
    """
    lower = np.maximum((count - 1) // 2, 0)[..., None]
    upper = np.maximum(count // 2, 0)[..., None]
    low = np.take_along_axis(sorted_windows, lower, axis=-1)[..., 0]
    high = np.take_along_axis(sorted_windows, upper, axis=-1)[..., 0]
    median = 0.5 * (low + high)
    return np.where(count > 0, median, np.nan)


def rolling_baseline(
    values: np.ndarray, settings: AnalysisSettings, lead_in: np.ndarray | None = None
) -> Baseline:
    """Trailing baseline of each row of ``values`` (shape ``(..., n)``; NaN = missing).

    For day t it uses the values of days t−W … t−1 (W = ``baseline_window_days``). ``lead_in``
    (shape ``(..., k)``) holds the days just before the series, its last column the day before
    day 0: they count towards the first days' baselines and are judged for nothing else, so a
    short range (a four-week report) has baselines from its first day. Days before the series
    and its lead-in count as missing. Vectorised over all days and partners with a sliding
    window view and one sort per statistic.
    """
    values = np.asarray(values, dtype=np.float64)
    width = settings.baseline_window_days
    n = values.shape[-1]
    padding = np.full((*values.shape[:-1], width), np.nan)
    if lead_in is not None:
        earlier = np.asarray(lead_in, dtype=np.float64)[..., -width:]
        if earlier.shape[-1]:
            padding[..., -earlier.shape[-1] :] = earlier
    padded = np.concatenate([padding, values], axis=-1)
    # windows[..., t, :] holds days t−W … t−1 (the last padded column, day n−1, is never used).
    windows = sliding_window_view(padded, width, axis=-1)[..., :n, :]
    present = ~np.isnan(windows)
    count = np.count_nonzero(present, axis=-1)
    level = _median_of_windows(np.sort(windows, axis=-1), count)

    deviations = np.abs(windows - level[..., None])
    mad = _median_of_windows(np.sort(deviations, axis=-1), count)

    enough = count >= settings.baseline_min_values
    level = np.where(enough, level, np.nan)
    spread = np.where(enough, np.maximum(settings.mad_scale * mad, settings.spread_floor), np.nan)
    return Baseline(level=level, spread=spread, count=count)
