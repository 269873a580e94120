"""What the timeline says about one day when it is hovered: each partner's daily means."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from connectly.analysis.series import DailySeries

Pair = tuple[float | None, float | None]


@dataclass(frozen=True, slots=True)
class DayReading:
    """One day's daily means per partner (None where that partner did not check in)."""

    day: int
    stress: Pair
    closeness: Pair
    availability: Pair


def day_reading(series: DailySeries, day: int) -> DayReading | None:
    """The values of ``day`` in ``series``, or None when the day lies outside it."""
    if series.n_days == 0 or not series.start_day <= day <= series.end_day:
        return None
    i = day - series.start_day

    def pair(values: np.ndarray) -> Pair:
        a, b = (float(values[p, i]) for p in range(2))
        return (None if np.isnan(a) else a, None if np.isnan(b) else b)

    return DayReading(day, pair(series.stress), pair(series.closeness), pair(series.availability))
