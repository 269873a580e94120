"""How days, times, notes, ratings and life-event kinds read on screen (one place, so every page agrees).

Words the domain owns in English (the rating questions and anchors, the kinds of life event)
are marked here for translation and shown through these functions; the domain keeps its
English for the command line and the report.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from connectly.domain.checkins import Measure
from connectly.domain.events import LifeEventKind

NOTE_PREVIEW_CHARS = 80
CONTEXT = "Display"
MEASURE_CONTEXT = "Measure"

_KIND_LABELS = {
    LifeEventKind.RELOCATION: str(QT_TRANSLATE_NOOP("Display", "A move")),
    LifeEventKind.PARENTHOOD: str(QT_TRANSLATE_NOOP("Display", "Parenthood")),
    LifeEventKind.CAREER: str(QT_TRANSLATE_NOOP("Display", "Work or career change")),
    LifeEventKind.LOSS: str(QT_TRANSLATE_NOOP("Display", "Loss or grief")),
    LifeEventKind.HEALTH: str(QT_TRANSLATE_NOOP("Display", "Health")),
    LifeEventKind.OTHER: str(QT_TRANSLATE_NOOP("Display", "Something else")),
}

KINDS_EXPLAINED = str(
    QT_TRANSLATE_NOOP(
        "Display",
        "Moves, new jobs, births, losses… Distance after a big change is often adaptation, not rejection. "
        "Marking these days lets every chart show what you were living through.",
    )
)

MEASURE_WORDS = (
    QT_TRANSLATE_NOOP("Measure", "How stressed did you feel?"),
    QT_TRANSLATE_NOOP("Measure", "How close did you feel to your partner?"),
    QT_TRANSLATE_NOOP("Measure", "How much did you have to give to the relationship?"),
    QT_TRANSLATE_NOOP("Measure", "calm"),
    QT_TRANSLATE_NOOP("Measure", "overwhelmed"),
    QT_TRANSLATE_NOOP("Measure", "distant"),
    QT_TRANSLATE_NOOP("Measure", "deeply connected"),
    QT_TRANSLATE_NOOP("Measure", "nothing left"),
    QT_TRANSLATE_NOOP("Measure", "fully present"),
    QT_TRANSLATE_NOOP("Measure", "Stress"),
    QT_TRANSLATE_NOOP("Measure", "Closeness"),
    QT_TRANSLATE_NOOP("Measure", "Availability"),
)
"""The domain's English words for the ratings, marked for translation (a test keeps them in step)."""


def kind_label(kind: LifeEventKind) -> str:
    """The plain words for a kind of life event (“A move”, not “RELOCATION”)."""
    return QCoreApplication.translate(CONTEXT, _KIND_LABELS[kind])


def kinds_explained() -> str:
    """Why life events matter, in a sentence or two (Life events page and dialog)."""
    return QCoreApplication.translate(CONTEXT, KINDS_EXPLAINED)


def measure_question(measure: Measure) -> str:
    """The rating's question in the user's language (“How stressed did you feel?”)."""
    return QCoreApplication.translate(MEASURE_CONTEXT, measure.question)


def measure_anchors(measure: Measure) -> tuple[str, str]:
    """The words at 0 and at 10, in the user's language."""
    low, high = measure.anchors
    return (
        QCoreApplication.translate(MEASURE_CONTEXT, low),
        QCoreApplication.translate(MEASURE_CONTEXT, high),
    )


def measure_label(measure: Measure) -> str:
    """The rating's one-word name (“Stress”), in the user's language."""
    return QCoreApplication.translate(MEASURE_CONTEXT, measure.label)


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
        return QCoreApplication.translate("Display", "today")
    if day == today - dt.timedelta(days=1):
        return QCoreApplication.translate("Display", "yesterday")
    return date_words(day, today)


def date_words(day: dt.date, today: dt.date) -> str:
    """“Tuesday 12 March” in the locale's names (the year only when it differs from today's)."""
    pattern = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
    return QLocale().toString(to_qdate(day), pattern)


def short_date_text(day: dt.date) -> str:
    """“12 Mar” in the locale's month names."""
    return QLocale().toString(to_qdate(day), "d MMM")


def date_text(day: dt.date) -> str:
    """“12 Mar 2026” in the locale's month names."""
    return QLocale().toString(to_qdate(day), "d MMM yyyy")


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
