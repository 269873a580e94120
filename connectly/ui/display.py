"""How days, times, notes and life-event kinds read on screen (one place, so every page agrees)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

from connectly.domain.events import LifeEventKind

NOTE_PREVIEW_CHARS = 80

_KIND_LABELS = {
    LifeEventKind.RELOCATION: "A move",
    LifeEventKind.PARENTHOOD: "Parenthood",
    LifeEventKind.CAREER: "Work or career change",
    LifeEventKind.LOSS: "Loss or grief",
    LifeEventKind.HEALTH: "Health",
    LifeEventKind.OTHER: "Something else",
}

KINDS_EXPLAINED = (
    "Moves, new jobs, births, losses… Distance after a big change is often adaptation, not rejection. "
    "Marking these days lets every chart show what you were living through."
)


def kind_label(kind: LifeEventKind) -> str:
    """The plain words for a kind of life event (“A move”, not “RELOCATION”)."""
    return _KIND_LABELS[kind]


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def day_text(day: dt.date) -> str:
    """A calm, readable day: “Tue 12 Mar 2026” (locale's names, fixed order for scanning tables)."""
    locale = QLocale()
    return locale.toString(to_qdate(day), "ddd d MMM yyyy")


def long_day_text(day: dt.date, today: dt.date) -> str:
    """“today”, “yesterday” or “Tuesday 12 March” (the year only when it differs)."""
    if day == today:
        return "today"
    if day == today - dt.timedelta(days=1):
        return "yesterday"
    pattern = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
    return QLocale().toString(to_qdate(day), pattern)


def time_text(moment: dt.datetime) -> str:
    """The local wall-clock time of a stored UTC moment (“08:14”)."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def note_preview(note: str | None, limit: int = NOTE_PREVIEW_CHARS) -> str:
    """The first line of a note, cut with “…” when long, for a table cell."""
    if not note:
        return ""
    first = note.strip().splitlines()[0] if note.strip() else ""
    more = len(note.strip().splitlines()) > 1
    if len(first) > limit:
        return first[: limit - 1].rstrip() + "…"
    return first + (" …" if more else "")


def count_text(n: int, noun: str = "check-in") -> str:
    """“1 check-in”, “903 check-ins”."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"
