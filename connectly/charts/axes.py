"""Axes that also print, and a fast date axis.

pyqtgraph's axes paint through a cached QPicture, whose replay on a 300-dpi PDF re-scales the
tick text by the device's DPI (huge, misplaced labels). While a chart is exported
(:meth:`Chart.render`), these axes paint straight onto the painter instead; on screen they keep
the cached picture.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from connectly.charts.timebase import DAY_SECONDS
from connectly.domain.days import day_from_number, day_number


def _paint_direct(axis: pg.AxisItem, p: QPainter) -> None:
    p.save()
    if axis.style["tickFont"]:
        p.setFont(axis.style["tickFont"])
    specs = axis.generateDrawSpecs(p)
    if specs is not None:
        axis.drawPicture(p, *specs)
    p.restore()


class ChartAxis(pg.AxisItem):
    """A value axis that paints directly (no QPicture) while exporting."""

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        if self._exportOpts is False:
            super().paint(p, opt, widget)
        else:
            _paint_direct(self, p)


#: Tick units of the day axis: (name, approximate length in days, step). Months and years step
#: through the calendar; days step through day numbers (weeks start on Monday).
_UNITS = (
    ("day", 1, 1),
    ("day", 2, 2),
    ("week", 7, 1),
    ("week", 14, 2),
    ("month", 30.44, 1),
    ("month", 91.3, 3),
    ("month", 182.6, 6),
    ("year", 365.25, 1),
    ("year", 730.5, 2),
    ("year", 1826, 5),
    ("year", 3652, 10),
    ("year", 7305, 20),
    ("year", 18262, 50),
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MIN_LABEL_PX = 64.0


def day_ticks(first_day: float, last_day: float, width_px: float) -> tuple[str, list[int]]:
    """The tick unit and the day numbers of the ticks between two days for an axis ``width_px`` wide.

    The unit is the finest one whose labels stay at least ~64 px apart; ticks fall on calendar
    boundaries (Mondays, the 1st of a month, the 1st of January).
    """
    span = max(last_day - first_day, 1e-9)
    per_day = width_px / span
    name, _length, step = _UNITS[-1][0], 0.0, _UNITS[-1][2]
    for unit in _UNITS:
        if unit[1] * per_day >= _MIN_LABEL_PX:
            name, _length, step = unit
            break
    lo, hi = int(np.ceil(first_day)), int(np.floor(last_day))
    if hi < lo:
        return name, []
    if name in ("day", "week"):
        every = step * (7 if name == "week" else 1)
        offset = 4 if name == "week" else 0  # day 4 (5 Jan 1970) was a Monday
        start = lo + (-(lo - offset)) % every
        return name, list(range(start, hi + 1, every))
    first, last = day_from_number(lo), day_from_number(hi)
    if name == "month":
        index = first.year * 12 + first.month - 1
        index += (-index) % step
        if day_from_number(lo).day != 1 and index == first.year * 12 + first.month - 1:
            index += step
        days = []
        while index <= last.year * 12 + last.month - 1:
            days.append(day_number(dt.date(index // 12, index % 12 + 1, 1)))
            index += step
        return name, days
    year = first.year + (1 if (first.month, first.day) != (1, 1) else 0)
    year += (-year) % step
    return name, [day_number(dt.date(y, 1, 1)) for y in range(year, last.year + 1, step)]


def day_label(day: int, unit: str) -> str:
    """“12 Mar”, “Mar” (“2026” for January) or “2026”, for a tick of ``unit``."""
    date = day_from_number(day)
    if unit in ("day", "week"):
        return f"{date.day} {_MONTHS[date.month - 1]}" if (date.month, date.day) != (1, 1) else str(date.year)
    if unit == "month":
        return str(date.year) if date.month == 1 else _MONTHS[date.month - 1]
    return str(date.year)


class DayAxis(ChartAxis):
    """The timeline's one date axis: x in seconds (day number × 86 400), ticks on calendar days.

    pyqtgraph's ``DateAxisItem`` spent ~3 ms of every pan frame generating ticks through
    QDateTime conversions (PERFORMANCE.md: tick labels dominate a frame); this axis computes
    ticks on day numbers and caches its labels, for a few tenths of a millisecond.
    """

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self._unit = "day"
        self._labels: dict[tuple[int, str], str] = {}
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N803
        unit, days = day_ticks(minVal / DAY_SECONDS, maxVal / DAY_SECONDS, size)
        self._unit = unit
        return [(DAY_SECONDS, [d * DAY_SECONDS for d in days])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        labels = []
        for value in values:
            key = (round(value / DAY_SECONDS), self._unit)
            label = self._labels.get(key)
            if label is None:
                label = self._labels.setdefault(key, day_label(*key))
            labels.append(label)
        return labels


def fix_text_space(axis: pg.AxisItem, font: QFont, widest: str = "10") -> None:
    """Give ``axis`` a fixed room for its tick labels, measured from ``font``.

    pyqtgraph starts an axis at a default width and corrects it after the first paint, so the
    first image of an off-screen chart would differ from the second. A fixed room makes every
    render the same and spares the re-layout on screen.
    """
    metrics = QFontMetricsF(font)
    axis.setStyle(
        tickFont=font,
        autoExpandTextSpace=False,
        autoReduceTextSpace=False,
        tickTextWidth=int(np.ceil(metrics.horizontalAdvance(widest))) + 2,
        tickTextHeight=int(np.ceil(metrics.height())),
    )
