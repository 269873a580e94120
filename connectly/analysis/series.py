"""Daily series: the mean of each partner's check-ins per day, missing days left missing.

This is the input contract between storage and analysis. Storage reads check-ins as rows
``(day_number, partner_position, stress, closeness, availability)`` straight from the
database cursor (PERFORMANCE.md item 6) and hands them to :func:`daily_series`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from connectly.domain.checkins import RATING_MAX, RATING_MIN, Measure
from connectly.domain.errors import InvalidDayError, InvalidRatingError, UnknownPartnerError

#: The longest range a series may cover (about 400 years). A wider range is a corrupt day
#: number, not a diary, and would only allocate memory.
MAX_SPAN_DAYS = 150_000

CheckInRow = tuple[int, int, int, int, int]


@dataclass(frozen=True, eq=False)
class DailySeries:
    """Each partner's daily mean stress, closeness and availability over a contiguous run of days.

    ``days`` holds the day numbers ``start_day … start_day + n_days − 1`` (int64). The three
    measures are float64 arrays of shape ``(2, n_days)``: row 0 is the partner in position 0,
    row 1 the partner in position 1. A day without a check-in is NaN — missing is missing,
    never zero. Because all three ratings are entered together, the three arrays are missing
    on the same days.
    """

    start_day: int
    days: np.ndarray
    stress: np.ndarray
    closeness: np.ndarray
    availability: np.ndarray

    @property
    def n_days(self) -> int:
        """How many calendar days the series spans (with or without check-ins)."""
        return int(self.days.shape[0])

    @property
    def end_day(self) -> int:
        """The last day number of the series (``start_day − 1`` when the series is empty)."""
        return self.start_day + self.n_days - 1

    def measure(self, measure: Measure) -> np.ndarray:
        """The ``(2, n_days)`` array of one measure."""
        return {
            Measure.STRESS: self.stress,
            Measure.CLOSENESS: self.closeness,
            Measure.AVAILABILITY: self.availability,
        }[measure]

    def present_mask(self) -> np.ndarray:
        """``(2, n_days)`` booleans: True where that partner has at least one check-in that day."""
        return ~np.isnan(self.stress)

    def paired_mask(self) -> np.ndarray:
        """``(n_days,)`` booleans: True on days with check-ins from both partners."""
        present = self.present_mask()
        return present[0] & present[1]

    @property
    def paired_days(self) -> int:
        """How many days have check-ins from both partners."""
        return int(np.count_nonzero(self.paired_mask()))

    def slice(self, start: int | None = None, end: int | None = None) -> DailySeries:
        """The part of the series from day ``start`` to day ``end`` (inclusive), clipped to it.

        Missing bounds mean "from the beginning" / "to the end". The arrays are copies, so a
        slice never aliases the original.
        """
        lo = self.start_day if start is None else max(int(start), self.start_day)
        hi = self.end_day if end is None else min(int(end), self.end_day)
        if hi < lo:
            return _empty(lo)
        i, j = lo - self.start_day, hi - self.start_day + 1
        return DailySeries(
            start_day=lo,
            days=self.days[i:j].copy(),
            stress=self.stress[:, i:j].copy(),
            closeness=self.closeness[:, i:j].copy(),
            availability=self.availability[:, i:j].copy(),
        )

    def joined(self, later: DailySeries) -> DailySeries:
        """This series followed by ``later``, which must start on the day after this one ends."""
        if later.start_day != self.end_day + 1:
            raise ValueError("A series can only be joined to the one that starts the day after it ends.")
        if self.n_days == 0:
            return later
        return DailySeries(
            start_day=self.start_day,
            days=np.concatenate([self.days, later.days]),
            stress=np.concatenate([self.stress, later.stress], axis=-1),
            closeness=np.concatenate([self.closeness, later.closeness], axis=-1),
            availability=np.concatenate([self.availability, later.availability], axis=-1),
        )


def _empty(start_day: int) -> DailySeries:
    nothing = np.empty((2, 0), dtype=np.float64)
    return DailySeries(
        start_day=start_day,
        days=np.empty(0, dtype=np.int64),
        stress=nothing,
        closeness=nothing.copy(),
        availability=nothing.copy(),
    )


def _as_table(rows: np.ndarray | Sequence[CheckInRow]) -> np.ndarray:
    table = np.asarray(rows)
    if table.size == 0:
        return np.empty((0, 5), dtype=np.int64)
    if table.ndim != 2 or table.shape[1] != 5:
        raise ValueError("Check-in rows must be (day, partner position, stress, closeness, availability).")
    if table.dtype.kind == "f" and not np.isfinite(table).all():
        raise InvalidRatingError("A check-in row holds a missing or infinite number.")
    if table.dtype.kind not in "iuf":
        raise ValueError("Check-in rows must hold numbers.")
    return table


def daily_series(
    rows: np.ndarray | Sequence[CheckInRow],
    *,
    start: int | None = None,
    end: int | None = None,
) -> DailySeries:
    """Build a :class:`DailySeries` from check-in rows.

    ``rows`` holds one ``(day_number, partner_position, stress, closeness, availability)`` per
    check-in, in any order, several per day allowed. The series spans ``start … end``
    (inclusive) when given, otherwise the first to the last day with a check-in; rows outside
    the range are left out. Each partner's value on a day is the mean of their check-ins.

    Vectorised with :func:`numpy.bincount` (sums and counts per partner-day), so ten years of
    two partners' check-ins take well under a millisecond.

    Raises :class:`UnknownPartnerError` for a position other than 0 or 1,
    :class:`InvalidRatingError` for a rating outside 0–10 and :class:`InvalidDayError` when
    ``end`` comes before ``start`` or the range is implausibly long.
    """
    if start is not None and end is not None and end < start:
        raise InvalidDayError("The end of the range comes before its start.")
    table = _as_table(rows)
    day = table[:, 0].astype(np.int64)
    position = table[:, 1].astype(np.int64)
    if table.dtype.kind == "f" and (np.any(table[:, 0] != day) or np.any(table[:, 1] != position)):
        raise ValueError("Day numbers and partner positions must be whole numbers.")
    if position.size and (position.min() < 0 or position.max() > 1):
        raise UnknownPartnerError("A check-in belongs to a partner position other than 0 or 1.")
    ratings = table[:, 2:5].astype(np.float64)
    if ratings.size and (ratings.min() < RATING_MIN or ratings.max() > RATING_MAX):
        raise InvalidRatingError("A check-in rating lies outside 0 to 10.")

    if day.size == 0 and (start is None or end is None):
        return _empty(0 if start is None else int(start))
    lo = int(day.min()) if start is None else int(start)
    hi = int(day.max()) if end is None else int(end)
    if hi < lo:
        return _empty(lo)
    n = hi - lo + 1
    if n > MAX_SPAN_DAYS:
        raise InvalidDayError(f"The check-ins span {n:,} days, more than a diary can hold.")
    if start is not None or end is not None:
        keep = (day >= lo) & (day <= hi)
        day, position, ratings = day[keep], position[keep], ratings[keep]

    cell = position * n + (day - lo)
    counts = np.bincount(cell, minlength=2 * n).astype(np.float64)
    has_data = counts > 0
    means = []
    for column in range(3):
        sums = np.bincount(cell, weights=ratings[:, column], minlength=2 * n)
        mean = np.full(2 * n, np.nan)
        np.divide(sums, counts, out=mean, where=has_data)
        means.append(mean.reshape(2, n))
    return DailySeries(
        start_day=lo,
        days=np.arange(lo, hi + 1, dtype=np.int64),
        stress=means[0],
        closeness=means[1],
        availability=means[2],
    )
