"""Number, date and name formatting for insight sentences.

Every helper takes only finite numbers (callers check for None first), so a sentence can never
show "nan", "inf" or "None". Dates are written in English without the locale (``%B`` would
follow the machine's locale and mix languages in one sentence).
"""

from __future__ import annotations

import math

from connectly.domain.days import day_from_number

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def count(value: int) -> str:
    """A whole number with thousands separators: 1,234."""
    return f"{int(value):,}"


def points(value: float, digits: int = 1) -> str:
    """A magnitude in rating points, without a sign and without "-0.0": 1.2."""
    return f"{abs(value):.{digits}f}"


def signed(value: float, digits: int = 2) -> str:
    """A signed statistic with a true minus sign (−0.31, 0.31), never "-0.00"."""
    text = f"{abs(value):.{digits}f}"
    if round(value, digits) < 0:
        return "−" + text
    return text


def rating(value: float) -> str:
    """A rating or mean on the 0–10 scale, without a trailing ".0": 6, 6.5, 6.3."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def about(value: float) -> str:
    """A rounded expected count ("about 3", "about 0.4" when below one)."""
    if value < 0.95:
        return f"{value:.1f}"
    return count(round(value))


def percent(fraction: float) -> str:
    """A share as a whole percentage (27%); below 1% as "under 1%"."""
    if 0 < fraction < 0.005:
        return "under 1%"
    return f"{round(fraction * 100)}%"


def p_value(p: float) -> str:
    """A p-value: "p = 0.03", "p < 0.001"."""
    if p < 0.001:
        return "p < 0.001"
    return f"p = {p:.3f}" if p < 0.01 else f"p = {p:.2f}"


def date(day: int) -> str:
    """A day number as "3 March 2024"."""
    when = day_from_number(day)
    return f"{when.day} {_MONTHS[when.month - 1]} {when.year}"


def day_span(first: int, last: int) -> str:
    """ "from 3 March to 21 April 2024" (or with both years when they differ)."""
    a, b = day_from_number(first), day_from_number(last)
    if a.year == b.year:
        return f"from {a.day} {_MONTHS[a.month - 1]} to {date(last)}"
    return f"from {date(first)} to {date(last)}"


def weeks(days: int) -> str:
    """A duration in weeks, rounded: "7 weeks"."""
    number = max(1, round(days / 7))
    return f"{number} week" if number == 1 else f"{number} weeks"


def plural(number: int, singular: str, plural_form: str | None = None) -> str:
    """ "1 day", "3 days" (with thousands separators)."""
    word = singular if number == 1 else (plural_form or singular + "s")
    return f"{count(number)} {word}"


def possessive(name: str) -> str:
    """ "Sam’s", "James’s" (the modern form, one rule for every name)."""
    return f"{name}’s"


def is_finite(*values: float | None) -> bool:
    """True when every value is a finite number (and none is None)."""
    return all(v is not None and math.isfinite(v) for v in values)
