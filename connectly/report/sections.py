"""The body of the report, section by section, as layout blocks.

Order (most useful first, for a two-minute read): what stands out (the insight sentences), the
linked timeline, stress against closeness (scatter and lag), averages per week, life events
with before/after numbers, bookmarked days, notes (only with both partners' consent), and how
the figures were worked out. Charts are placeholders (:class:`ChartJob`) whose SVG is drawn
separately — on the GUI thread — and looked up when the page is painted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from connectly.domain.checkins import Measure
from connectly.domain.days import day_from_number, day_number
from connectly.report.charts import ChartJob, ChartKind, draw_svg
from connectly.report.layout import Block, Group, Heading, PageBreak, Paragraph, Picture
from connectly.report.tables import Cell, Column, ColumnGroup, Table
from connectly.report.textbox import BODY, H1, SMALL, TextStyle
from connectly.report.wording import (
    INSIGHT_LABELS,
    NONE,
    day_text,
    mean_text,
    period_label,
    range_text,
    signed,
)
from connectly.services.report_data import ReportData

RIGHT = Qt.AlignmentFlag.AlignRight
NOTE_TEXT = TextStyle(size=9)
MAX_YEAR_PANELS = 10
ONE_TIMELINE_DAYS = 400
SCATTER_MAX_DAYS = 730

SECTIONS = (
    ("What stands out", "insights"),
    ("The linked timeline", "timeline"),
    ("Stress and closeness", "patterns"),
    ("Averages", "averages"),
    ("Life events", "events"),
    ("Days bookmarked to discuss", "bookmarks"),
    ("Notes", "notes"),
    ("How the figures were worked out", "methods"),
)


@dataclass(slots=True)
class ChartSlots:
    """The charts a report needs, and their SVG once drawn (see :mod:`connectly.report.charts`)."""

    jobs: list[ChartJob] = field(default_factory=list)
    svgs: dict[ChartJob, bytes] = field(default_factory=dict)

    def picture(self, job: ChartJob, *, space_after: float = 6.0) -> Picture:
        """A block that paints ``job``'s SVG when the page is drawn."""
        self.jobs.append(job)
        return Picture(
            job.height, lambda painter, rect: self._paint(job, painter, rect), space_after=space_after
        )

    def pair(self, left: ChartJob, right: ChartJob, gap: float) -> Picture:
        """Two charts side by side."""
        self.jobs += [left, right]

        def paint(painter: QPainter, rect: QRectF) -> None:
            self._paint(left, painter, QRectF(rect.left(), rect.top(), left.width, left.height))
            self._paint(
                right, painter, QRectF(rect.left() + left.width + gap, rect.top(), right.width, right.height)
            )

        return Picture(max(left.height, right.height), paint)

    def _paint(self, job: ChartJob, painter: QPainter, rect: QRectF) -> None:
        data = self.svgs.get(job)
        if data:
            draw_svg(painter, rect, data)


def section_titles(data: ReportData) -> list[tuple[str, str]]:
    """The sections this report has (for the contents list)."""
    skip = set()
    if not data.bookmarks:
        skip.add("bookmarks")
    if not data.request.include_notes:
        skip.add("notes")
    titles = [(t, a) for t, a in SECTIONS if a not in skip]
    return [(f"Averages by {data.period}" if a == "averages" else t, a) for t, a in titles]


def _title(data: ReportData, anchor: str) -> str:
    return dict((a, t) for t, a in section_titles(data))[anchor]


def insight_blocks(data: ReportData) -> list[Block]:
    """Every insight sentence, each led by a short label."""
    blocks: list[Block] = [Heading(_title(data, "insights"), H1, anchor="insights", space_before=0)]
    for insight in data.analysis.insights:
        label = INSIGHT_LABELS.get(insight.kind, "")
        text = f"{label}. {insight.text}" if label else insight.text
        if insight.tentative and "tentative" not in insight.text.lower():
            text += " (Tentative: it rests on few days.)"
        blocks.append(Paragraph(text, BODY, bold_prefix=len(label) + 1 if label else 0, space_after=7))
    return blocks


def timeline_blocks(data: ReportData, charts: ChartSlots, width: float) -> list[Block]:
    """One timeline for up to about a year; else an overview and a panel per year (the last ten)."""
    series = data.series
    blocks: list[Block] = [
        PageBreak(),
        Heading(_title(data, "timeline"), H1, anchor="timeline", space_before=0),
    ]
    if data.checkins == 0:
        blocks.append(
            Paragraph("There are no check-ins in this period, so the charts below are empty.", BODY)
        )
    if series.n_days <= ONE_TIMELINE_DAYS:
        blocks.append(charts.picture(ChartJob(ChartKind.TIMELINE, width, 330)))
        return blocks
    blocks.append(
        Paragraph(
            "The whole period first, as 7-day averages; then one panel per year with every day.",
            SMALL,
            space_after=6,
        )
    )
    blocks.append(charts.picture(ChartJob(ChartKind.TIMELINE, width, 300, smoothing=True)))
    first, last = day_from_number(series.start_day), day_from_number(series.end_day)
    years = list(range(first.year, last.year + 1))
    if len(years) > MAX_YEAR_PANELS:
        blocks.append(
            Paragraph(
                f"Year-by-year panels cover the last {MAX_YEAR_PANELS} years ({years[-MAX_YEAR_PANELS]}–{years[-1]}).",
                SMALL,
            )
        )
        years = years[-MAX_YEAR_PANELS:]
    for year in years:
        lo = max(day_number(dt.date(year, 1, 1)), series.start_day)
        hi = min(day_number(dt.date(year, 12, 31)), series.end_day)
        job = ChartJob(ChartKind.TIMELINE, width, 290, days=(lo, hi))
        blocks.append(Group([Heading(str(year), space_before=6), charts.picture(job, space_after=0)]))
    return blocks


def pattern_blocks(data: ReportData, charts: ChartSlots, width: float) -> list[Block]:
    """The scatter and the lag chart side by side (the scatter shows the last two years at most)."""
    gap = 14.0
    half = (width - gap) / 2
    series = data.series
    # After a single timeline the two charts fit on the same page; after year panels they start anew.
    start: list[Block] = [PageBreak()] if series.n_days > ONE_TIMELINE_DAYS else []
    scatter_days: tuple[int, int] | None = None
    left = "Left: each day of each partner, stress against closeness."
    if series.n_days > SCATTER_MAX_DAYS:
        scatter_days = (series.end_day - SCATTER_MAX_DAYS + 1, series.end_day)
        span = range_text(day_from_number(scatter_days[0]), day_from_number(scatter_days[1]))
        left = f"Left: each day of each partner in the last two years ({span}), stress against closeness."
    return [
        *start,
        Heading(_title(data, "patterns"), H1, anchor="patterns", space_before=18),
        Paragraph(
            f"{left} Right: how stress on a day went with closeness that day and in the week after"
            + (" (the whole period)." if scatter_days else "."),
            SMALL,
            space_after=8,
        ),
        charts.pair(
            ChartJob(ChartKind.SCATTER, half, 290, days=scatter_days), ChartJob(ChartKind.LAG, half, 290), gap
        ),
    ]


def averages_blocks(data: ReportData) -> list[Block]:
    """Each partner's mean ratings per week (month, year), never split mid-row."""
    a, b = data.partners
    columns = [Column(data.period.capitalize(), 2.9)]
    for _ in (a, b):
        columns += [Column("Stress", 1, RIGHT), Column("Closeness", 1.2, RIGHT), Column("Avail.", 1, RIGHT)]
        columns += [Column("Days", 0.8, RIGHT)]
    groups = [ColumnGroup("", 1), ColumnGroup(a.label, 4, a.colour), ColumnGroup(b.label, 4, b.colour)]
    rows: list[list[str | Cell]] = []
    for row in data.averages:
        cells: list[str | Cell] = [period_label(row.start, row.end, data.period)]
        for avg in row.partners:
            cells += [mean_text(avg.stress), mean_text(avg.closeness), mean_text(avg.availability)]
            cells.append(str(avg.days) if avg.days else NONE)
        rows.append(cells)
    return [
        Heading(_title(data, "averages"), H1, anchor="averages", space_before=14),
        Paragraph(
            "Means of each partner’s daily ratings (0–10); “Days” is how many days that partner checked in.",
            SMALL,
        ),
        Table(columns, rows, groups=groups),
    ]


def events_blocks(data: ReportData) -> list[Block]:
    """Life events in the range with closeness and stress before and after they began."""
    blocks: list[Block] = [Heading(_title(data, "events"), H1, anchor="events", space_before=14)]
    transitions = data.analysis.transitions
    if not transitions:
        return [*blocks, Paragraph("No life events were recorded in this period.", BODY)]
    width = data.analysis.settings.transition_insight_window_days
    blocks.append(
        Paragraph(
            f"Mean ratings in the {width} days before each event began and the {width} days from its first day. "
            "Some distance after a big change is common while a couple adapts; it is not a verdict.",
            SMALL,
        )
    )
    a, b = data.partners
    notes = {(e.title, e.starts_on): e.note for e in data.events}
    rows: list[list[str | Cell]] = []
    for t in transitions:
        start = day_from_number(t.start_day)
        when = day_text(start) if t.end_day is None else range_text(start, day_from_number(t.end_day))
        title = f"{t.title}\n{t.kind.label}"
        note = notes.get((t.title, start))
        cells: list[str | Cell] = [Cell(title + (f"\n“{note}”" if note else "")), when]
        for measure in (Measure.CLOSENESS, Measure.STRESS):
            lines = []
            for who, label in ((None, "Both"), (0, a.label), (1, b.label)):
                w = t.window(measure, width, who)
                if w is None or w.mean_before is None or w.mean_after is None:
                    lines.append(f"{label}: {NONE}")
                else:
                    lines.append(
                        f"{label}: {mean_text(w.mean_before)} → {mean_text(w.mean_after)} ({signed(w.difference)})"
                    )
            cells.append("\n".join(lines))
        rows.append(cells)
    columns = [Column("Life event", 2.0), Column("When", 1.5), Column("Closeness before → after", 2.2)]
    columns.append(Column("Stress before → after", 2.2))
    return [*blocks, Table(columns, rows)]


def bookmark_blocks(data: ReportData) -> list[Block]:
    """Days marked “to discuss”, with each check-in's ratings and tags."""
    if not data.bookmarks:
        return []
    rows: list[list[str | Cell]] = []
    for marked in data.bookmarks:
        if not marked.entries:
            rows.append([day_text(marked.day, weekday=True), NONE, NONE, NONE, NONE, "no check-ins"])
        for i, entry in enumerate(marked.entries):
            colour = data.partners[entry.position].colour
            rows.append(
                [
                    day_text(marked.day, weekday=True) if i == 0 else "",
                    Cell(entry.partner, swatch=colour),
                    str(entry.stress),
                    str(entry.closeness),
                    str(entry.availability),
                    ", ".join(entry.tags) or NONE,
                ]
            )
    columns = [
        Column("Day", 1.6),
        Column("Partner", 1.2),
        Column("Stress", 0.8, RIGHT),
        Column("Closeness", 1.0, RIGHT),
        Column("Avail.", 0.8, RIGHT),
        Column("Tags", 2.4),
    ]
    intro = "Days one of you marked to talk about in the session."
    if data.request.include_notes:
        intro += " Their notes are in the next section."
    return [
        Heading(_title(data, "bookmarks"), H1, anchor="bookmarks", space_before=14),
        Paragraph(intro, SMALL),
        Table(columns, rows, zebra=False),
    ]


def note_blocks(data: ReportData) -> list[Block]:
    """Every note in the range (only present when both partners agreed)."""
    if not data.request.include_notes:
        return []
    blocks: list[Block] = [
        Heading(_title(data, "notes"), H1, anchor="notes", space_before=14),
        Paragraph(
            "Both partners agreed to include their notes: their own words, written on the day. "
            "★ marks a day bookmarked to discuss.",
            SMALL,
        ),
    ]
    if not data.notes:
        return [*blocks, Paragraph("No notes were written in this period.", BODY)]
    marked = {m.day for m in data.bookmarks}
    for note in data.notes:
        star = "★ " if note.day in marked else ""
        head = f"{star}{day_text(note.day, weekday=True)} · {note.partner}"
        blocks.append(Paragraph(f"{head}  {note.text}", NOTE_TEXT, bold_prefix=len(head), space_after=5))
    return blocks


def method_blocks(data: ReportData) -> list[Block]:
    """How the figures were worked out, in plain words with the actual settings."""
    s = data.analysis.settings
    lag = s.max_link_lag_days
    paragraphs = [
        "Daily values. When someone checked in more than once on a day, the day’s mean is used. Days without "
        "a check-in are left out, never counted as zero.",
        f"Spikes and dips. Each day is compared with the same person’s previous {s.baseline_window_days} days, "
        "including days just before this report’s range "
        f"(their median; at least {s.baseline_min_values} earlier days are needed). A stress spike is a day at "
        f"least {s.sensitivity:g} × their usual spread, and at least {s.min_deviation:g} points, above it; a "
        "closeness dip is as far below.",
        f"Links. A stress spike counts as followed by a dip when a closeness dip came 0 to {lag} days later. "
        f"To see what chance alone would give, the dip days were shifted in time {s.permutations:,} times and "
        "the links counted again; the p-value is the share of shifts with as many links.",
        "Day to day. Spearman rank correlation of each person’s stress (compared with their own average) with "
        f"closeness on the same day and up to {s.max_association_lag_days} days later, with "
        f"{s.confidence:.0%} confidence intervals.",
        f"Life events. Means of the {', '.join(str(w) for w in s.transition_windows_days)} days before and "
        "after each event began, counting days before this report’s range too (never after its end); "
        "Hedges’ g expresses the difference in standard units.",
        f"Honesty. No pattern is reported from fewer than {s.min_paired_days} days on which both partners checked "
        "in, every figure carries the number of days it rests on, and results from few days are marked tentative.",
    ]
    blocks: list[Block] = [Heading(_title(data, "methods"), H1, anchor="methods", space_before=14)]
    for text in paragraphs:
        label = text.split(".", 1)[0]
        blocks.append(Paragraph(text, SMALL, bold_prefix=len(label) + 1, space_after=5))
    return [Group(blocks)]  # short enough to keep on one page: no lone paragraph on the last page


def body_blocks(data: ReportData, charts: ChartSlots, width: float) -> list[Block]:
    """Everything after the cover."""
    parts: list[Callable[[], list[Block]]] = [
        lambda: [PageBreak(), *insight_blocks(data)],
        lambda: timeline_blocks(data, charts, width),
        lambda: pattern_blocks(data, charts, width),
        lambda: averages_blocks(data),
        lambda: events_blocks(data),
        lambda: bookmark_blocks(data),
        lambda: note_blocks(data),
        lambda: method_blocks(data),
    ]
    return [block for part in parts for block in part()]
