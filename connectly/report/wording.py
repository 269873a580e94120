"""How the report writes days, ranges and numbers (real minus signs, an en dash for “none”)."""

from __future__ import annotations

import datetime as dt

from connectly.analysis.insight import InsightKind

NONE = "–"

#: A short label before each insight sentence, so a reader can scan the list.
INSIGHT_LABELS = {
    InsightKind.NOT_ENOUGH_DATA: "Not enough data yet",
    InsightKind.OVERVIEW: "What this rests on",
    InsightKind.LINK: "Stress, then distance",
    InsightKind.NO_SPIKES: "Stress spikes",
    InsightKind.ASSOCIATION: "Day to day",
    InsightKind.BUFFER: "Having more to give",
    InsightKind.MISMATCH: "Differences between you",
    InsightKind.TRANSITION: "Around a life event",
    InsightKind.DRIFT: "A calm stretch",
}


def day_text(day: dt.date, *, weekday: bool = False) -> str:
    """``1 Jul 2024`` (or ``Mon 1 Jul 2024``)."""
    text = f"{day.day} {day:%b %Y}"
    return f"{day:%a} {text}" if weekday else text


def long_day(day: dt.date) -> str:
    """``1 July 2024``."""
    return f"{day.day} {day:%B %Y}"


def range_text(start: dt.date, end: dt.date, *, long: bool = False) -> str:
    """``1 Jul 2024 – 30 Jun 2025`` (a single day stays one day)."""
    fmt = long_day if long else day_text
    return fmt(start) if start == end else f"{fmt(start)} – {fmt(end)}"


def period_label(start: dt.date, end: dt.date, period: str) -> str:
    """A row label of the averages table: ``1–7 Jul 2024``, ``July 2024`` or ``2024``."""
    if period == "year":
        return str(start.year)
    if period == "month":
        return f"{start:%B %Y}"
    if start == end:
        return day_text(start)
    if start.month == end.month and start.year == end.year:
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{day_text(start)} – {day_text(end)}"


def mean_text(value: float | None) -> str:
    """A mean rating to one decimal, or an en dash."""
    return NONE if value is None else f"{value:.1f}"


def signed(value: float | None) -> str:
    """A difference with its sign: ``+0.3``, ``−0.3``, ``0.0``."""
    if value is None:
        return NONE
    if abs(value) < 0.05:
        return "0.0"
    return f"{value:+.1f}".replace("-", "−")


def count_text(n: int, one: str, many: str | None = None) -> str:
    """``1 day`` / ``12 days``."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
