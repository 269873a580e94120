"""The optional 7-day smoothing of the timeline: a centred rolling mean that skips missing days.

A window with fewer than ``min_count`` known days stays missing, so long gaps in the diary
remain gaps in the smoothed line too; short gaps (one or two days) are bridged.
"""

from __future__ import annotations

import numpy as np


def rolling_nanmean(values: np.ndarray, window: int = 7, min_count: int | None = None) -> np.ndarray:
    """Centred rolling mean over the last axis of ``values``, ignoring NaN.

    ``window`` should be odd (an even window is centred one day late); ``min_count`` defaults
    to more than half of the window. Vectorised with cumulative sums: O(n) for any window.
    """
    data = np.asarray(values, dtype=np.float64)
    n = data.shape[-1]
    if n == 0 or window <= 1:
        return data.copy()
    need = window // 2 + 1 if min_count is None else min_count
    known = ~np.isnan(data)
    filled = np.where(known, data, 0.0)
    half = window // 2
    pad = [(0, 0)] * (data.ndim - 1) + [(half + 1, window - half - 1)]
    sums = np.cumsum(np.pad(filled, pad), axis=-1)
    counts = np.cumsum(np.pad(known.astype(np.float64), pad), axis=-1)
    window_sum = sums[..., window:] - sums[..., :-window]
    window_count = counts[..., window:] - counts[..., :-window]
    out = np.full(data.shape, np.nan)
    np.divide(window_sum, window_count, out=out, where=window_count >= need)
    return out
