"""Days on the x axis: a day number ``d`` is drawn at ``d × 86 400`` (seconds, midnight UTC).

Seconds keep the x values compatible with pyqtgraph's ``DateAxisItem`` (an exporter may use one);
the timeline's own :class:`~connectly.charts.axes.DayAxis` labels them as calendar days without
any time zone (a day number is a local calendar day, not an instant).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

DAY_SECONDS = 86_400.0


def day_x(days: np.ndarray | Sequence[float] | int | float) -> np.ndarray:
    """x coordinates (float64 seconds) of day numbers."""
    return np.asarray(days, dtype=np.float64) * DAY_SECONDS


def x_day(x: float) -> int:
    """The day number whose x coordinate is nearest to ``x``."""
    return int(np.floor(x / DAY_SECONDS + 0.5))
