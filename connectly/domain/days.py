"""Calendar days as integers.

A check-in belongs to a local calendar day. Days are stored and analysed as integer
day numbers (days since 1970-01-01), which keeps tables small, indexes fast and lets
a whole history load straight into a numpy array (PERFORMANCE.md item 6).
"""

from __future__ import annotations

import datetime as dt

from connectly.domain.errors import InvalidDayError

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01 of ``day``."""
    return day.toordinal() - _EPOCH_ORDINAL


def day_from_number(number: int) -> dt.date:
    """The calendar day of a day number."""
    return dt.date.fromordinal(int(number) + _EPOCH_ORDINAL)


def parse_day(text: str) -> dt.date:
    """Parse ``YYYY-MM-DD``; raise :class:`InvalidDayError` with a plain sentence otherwise."""
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidDayError(f"“{text}” is not a date; write it as YYYY-MM-DD.") from None


def local_today() -> dt.date:
    """Today on the local calendar."""
    return dt.date.today()


def validate_past_or_today(day: dt.date, today: dt.date | None = None) -> dt.date:
    """Refuse days after today (a check-in describes a day that has happened)."""
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise InvalidDayError("A day must be a calendar date.")
    limit = today or local_today()
    if day > limit:
        raise InvalidDayError(f"{day.isoformat()} is in the future; check-ins describe past days.")
    if day.year < 1900:
        raise InvalidDayError(f"{day.isoformat()} is too long ago to be a diary day.")
    return day
