"""The first page: who and when, what the numbers are (and are not), the key figures, contents.

Written for a therapist who has never seen the app: it says plainly that everything is
self-reported by both partners and is not a diagnosis, how the three questions read, and where
to find each part of the report.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QPen

from connectly.domain.checkins import Measure
from connectly.report.layout import Block, Heading, Paragraph, Spacer
from connectly.report.tables import Cell, Column, Table
from connectly.report.textbox import BODY, MUTED, RULE, SMALL, TextBox, TextStyle
from connectly.report.wording import count_text, long_day, mean_text, range_text
from connectly.services.report_data import ReportData

KICKER = TextStyle(size=8.5, bold=True, colour=MUTED)
TITLE = TextStyle(size=24, bold=True)
SUBTITLE = TextStyle(size=13)
NOTICE_HEAD = TextStyle(size=10.5, bold=True)
NOT_A_DIAGNOSIS = "Self-reported by both partners — not a diagnosis."


class Boxed(Block):
    """Paragraphs inside a tinted box with a coloured left edge (the notice)."""

    def __init__(
        self, paragraphs: Sequence[Paragraph], *, tint: str = "#f3f6fa", edge: str = "#2f7ebc"
    ) -> None:
        self.paragraphs = list(paragraphs)
        self.tint, self.edge = tint, edge
        self.space_after = 14.0
        self.pad = 9.0

    def measure(self, width: float, device: QPaintDevice) -> float:
        inner = width - 2 * self.pad - 3
        body = sum(p.measure(inner, device) + p.space_after for p in self.paragraphs[:-1])
        body += self.paragraphs[-1].measure(inner, device) if self.paragraphs else 0.0
        return body + 2 * self.pad

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        height = self.measure(width, painter.device())
        painter.fillRect(QRectF(x, y, width, height), QColor(self.tint))
        painter.fillRect(QRectF(x, y, 3, height), QColor(self.edge))
        inner = width - 2 * self.pad - 3
        top = y + self.pad
        for p in self.paragraphs:
            p.draw(painter, x + 3 + self.pad, top, inner)
            top += p.measure(inner, painter.device()) + p.space_after


class Contents(Block):
    """The list of sections with page numbers (filled in after pagination)."""

    def __init__(self, entries: Sequence[tuple[str, str]]) -> None:
        self.entries = list(entries)
        self.pages: dict[str, int] = {}
        self.space_after = 10.0
        self._boxes: list[TextBox] = []
        self._width = -1.0

    def _prepare(self, width: float, device: QPaintDevice) -> None:
        if abs(width - self._width) > 0.01:
            self._width = width
            self._boxes = [TextBox(title, BODY, width - 40, device) for title, _ in self.entries]

    def measure(self, width: float, device: QPaintDevice) -> float:
        self._prepare(width, device)
        return sum(b.height + 3 for b in self._boxes)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        self._prepare(width, painter.device())
        for box, (_, anchor) in zip(self._boxes, self.entries, strict=True):
            box.draw(painter, x, y)
            page = self.pages.get(anchor)
            number = TextBox(
                str(page) if page else "", BODY, 36, painter.device(), align=Qt.AlignmentFlag.AlignRight
            )
            number.draw(painter, x + width - 36, y)
            end = x + box.natural_width() + 4
            if page and end < x + width - 44:
                painter.setPen(QPen(QColor(RULE), 0.6, Qt.PenStyle.DotLine))
                base = y + box.height - 3
                painter.drawLine(QPointF(end, base), QPointF(x + width - 40, base))
            y += box.height + 3


def glance_table(data: ReportData) -> Table:
    """Key figures per partner for the whole range."""
    a, b = data.partners
    result = data.analysis
    episodes = result.episodes
    rows: list[list[str | Cell]] = [
        ["Days with a check-in", f"{data.overall[0].days:,}", f"{data.overall[1].days:,}"],
    ]
    for measure, attr in (
        (Measure.STRESS, "stress"),
        (Measure.CLOSENESS, "closeness"),
        (Measure.AVAILABILITY, "availability"),
    ):
        low, high = measure.anchors
        rows.append(
            [
                Cell(f"Average {measure.value} (0 {low} … 10 {high})"),
                mean_text(getattr(data.overall[0], attr)),
                mean_text(getattr(data.overall[1], attr)),
            ]
        )
    rows.append(
        [
            "Stress spikes (unusually stressed days)",
            str(episodes.spike_count(0)),
            str(episodes.spike_count(1)),
        ]
    )
    rows.append(
        ["Closeness dips (unusually distant days)", str(episodes.dip_count(0)), str(episodes.dip_count(1))]
    )
    right = Qt.AlignmentFlag.AlignRight
    columns = [Column("", 3.2), Column(a.label, 1.0, right), Column(b.label, 1.0, right)]
    return Table(columns, rows)


def cover_blocks(data: ReportData, contents: Contents) -> list[Block]:
    """The blocks of the first page."""
    request, result = data.request, data.analysis
    n_days = (request.end - request.start).days + 1
    facts = (
        f"{count_text(n_days, 'day')} · {count_text(data.checkins, 'check-in')} · "
        f"{count_text(result.paired_days, 'day')} on which both checked in"
    )
    privacy = [
        "Personal notes are included because both partners agreed."
        if request.include_notes
        else "Personal notes are not included.",
    ]
    if request.use_initials:
        privacy.append("Names are shown as initials.")
    return [
        Paragraph("CONNECTLY · A REPORT FOR COUPLES THERAPY", KICKER, space_after=8),
        Paragraph(data.names, TITLE, space_after=4),
        Paragraph(range_text(request.start, request.end, long=True), SUBTITLE, space_after=3),
        Paragraph(facts, SMALL, space_after=16),
        Boxed(
            [
                Paragraph(NOT_A_DIAGNOSIS, NOTICE_HEAD, space_after=4),
                Paragraph(
                    "Each partner rated their own days from 0 to 10, answering three questions: "
                    "how stressed they felt, how close they felt to their partner, and how much they had "
                    "to give to the relationship. The figures show how these ratings moved together over "
                    "time. They are associations, not causes, and they do not judge either partner.",
                    BODY,
                    space_after=0,
                ),
            ]
        ),
        Heading("At a glance", anchor=None, space_before=0),
        glance_table(data),
        Paragraph(
            "A stress spike or a closeness dip is a day that stood out from that person’s own previous "
            "four weeks — not from the other partner, and not from other people.",
            SMALL,
            space_after=12,
        ),
        Heading("In this report", space_before=2),
        contents,
        Spacer(6),
        Paragraph(
            f"Made with Connectly on {long_day(data.generated_on)} from the couple’s private, encrypted diary. "
            + " ".join(privacy),
            SMALL,
        ),
    ]
