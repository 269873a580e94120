"""The therapy report as a PDF: laid out in points, charts as vectors, text as real text.

Two steps, so the GUI can keep its thread free:

1. :meth:`TherapyReport.draw_charts` renders each chart the report needs to SVG with the app's
   own chart builders (pyqtgraph needs the GUI thread; about 30–100 ms per chart).
2. :meth:`TherapyReport.write` paginates and paints the PDF (any thread): the SVGs are rendered
   onto the PDF painter as vectors, tables never split mid-row, every page carries its number
   and the reminder that the figures are self-reported. The file is written atomically with mode
   0600 (:func:`connectly.services.export_files.write_export`).

:func:`make_report` does both, for the CLI and tests. The PDF is not encrypted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QPointF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from connectly.report.charts import ChartInput, ChartJob, ReportCharts
from connectly.report.cover import NOT_A_DIAGNOSIS, Contents, cover_blocks
from connectly.report.layout import Block, Page, anchors, paginate
from connectly.report.sections import ChartSlots, body_blocks, section_titles
from connectly.report.textbox import RULE, SMALL, TextBox
from connectly.report.wording import range_text
from connectly.services.export_files import write_export
from connectly.services.report_data import ReportData

Progress = Callable[[float, str], None]
"""Called with a fraction 0–1 and a short sentence of what is being done."""

_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.Guatemala,
    QLocale.Country.PuertoRico,
}


def default_page_size(locale: QLocale | None = None) -> str:
    """``Letter`` where the locale's country uses it (US, Canada, Mexico, …), else ``A4``."""
    territory = (locale or QLocale.system()).territory()
    return "Letter" if territory in _LETTER_TERRITORIES else "A4"


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """A page and its margins, in points."""

    width: float
    height: float
    left: float = 46.0
    right: float = 46.0
    top: float = 50.0
    bottom: float = 48.0

    @classmethod
    def for_size(cls, name: str) -> PageGeometry:
        """A4 or Letter."""
        size = QPageSize(QPageSize.PageSizeId.Letter if name == "Letter" else QPageSize.PageSizeId.A4)
        points = size.sizePoints()
        return cls(float(points.width()), float(points.height()))

    @property
    def content_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def content_height(self) -> float:
        return self.height - self.top - self.bottom


def ensure_application() -> None:
    """A QApplication for painting charts without a window (offscreen when there is no display).

    The GUI already has one. A command line without a display gets the offscreen platform,
    and the bundled fonts are registered so text never turns into boxes.
    """
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication.setApplicationName("Connectly")
    app = QApplication([sys.argv[0] if sys.argv else "connectly"])
    app.setProperty("connectly_created_for_export", True)
    try:
        from connectly.resources.qt import register_fonts

        register_fonts()
    except (FileNotFoundError, ImportError):
        pass  # a broken install without fonts still gets the system's fonts


class TherapyReport:
    """One report, laid out for its data and page size (see module docstring)."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.geometry = PageGeometry.for_size(data.request.page_size)
        self.charts = ChartSlots()
        self.contents = Contents(section_titles(data))
        self.blocks: list[Block] = [
            *cover_blocks(data, self.contents),
            *body_blocks(data, self.charts, self.geometry.content_width),
        ]
        self.pages: list[Page] = []

    @property
    def chart_jobs(self) -> list[ChartJob]:
        """The charts still to draw, in order, without repeats."""
        return [job for job in dict.fromkeys(self.charts.jobs) if job not in self.charts.svgs]

    def draw_charts(self, charts: ReportCharts | None = None, progress: Progress | None = None) -> None:
        """Render every chart to SVG (on the GUI thread; needs a QApplication)."""
        data = self.data
        charts = charts or ReportCharts(ChartInput(data.analysis, data.series, data.events, data.partners))
        jobs = self.chart_jobs
        for i, job in enumerate(jobs):
            if progress is not None:
                progress(i / max(len(jobs), 1), f"Drawing chart {i + 1} of {len(jobs)}…")
            self.draw_chart(charts, job)

    def draw_chart(self, charts: ReportCharts, job: ChartJob) -> None:
        """Render one chart (the GUI dialog calls this one chart per event-loop turn)."""
        self.charts.svgs[job] = charts.job_svg(job)

    def write(self, target: Path) -> Path:
        """Paginate and paint the PDF to ``target`` (atomic, 0600); returns the absolute path."""
        return write_export(target, self._write_pdf)

    def _write_pdf(self, path: Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setResolution(72)  # one painter unit = one point
        size = (
            QPageSize.PageSizeId.Letter
            if self.data.request.page_size == "Letter"
            else QPageSize.PageSizeId.A4
        )
        writer.setPageLayout(
            QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        writer.setTitle(f"Connectly report: {self.data.names}, {self._range()}")
        writer.setCreator("Connectly")
        g = self.geometry
        self.pages = paginate(self.blocks, g.content_width, g.content_height, writer)
        self.contents.pages = anchors(self.pages)
        painter = QPainter(writer)
        try:
            for page in self.pages:
                if page.number > 1:
                    writer.newPage()
                self._decorate(painter, page.number, len(self.pages))
                for placed in page.placed:
                    placed.block.draw(painter, g.left, g.top + placed.y, g.content_width)
        finally:
            painter.end()

    def _range(self) -> str:
        return range_text(self.data.request.start, self.data.request.end)

    def _decorate(self, painter: QPainter, number: int, total: int) -> None:
        g, device = self.geometry, painter.device()
        width = g.content_width
        footer_y = g.height - g.bottom + 16
        painter.setPen(QPen(QColor(RULE), 0.6))
        painter.drawLine(QPointF(g.left, footer_y - 5), QPointF(g.left + width, footer_y - 5))
        TextBox(NOT_A_DIAGNOSIS, SMALL, width - 80, device).draw(painter, g.left, footer_y)
        pages = TextBox(f"Page {number} of {total}", SMALL, 80, device, align=Qt.AlignmentFlag.AlignRight)
        pages.draw(painter, g.left + width - 80, footer_y)
        if number > 1:
            header = f"{self.data.names} · {self._range()}"
            TextBox(header, SMALL, width - 120, device).draw(painter, g.left, g.top - 26)
            TextBox("Connectly report", SMALL, 120, device, align=Qt.AlignmentFlag.AlignRight).draw(
                painter, g.left + width - 120, g.top - 26
            )


def make_report(data: ReportData, target: Path, progress: Progress | None = None) -> Path:
    """Draw the charts and write the PDF in one go (CLI, tests); returns the absolute path."""
    ensure_application()
    report = TherapyReport(data)
    report.draw_charts(progress=progress)
    if progress is not None:
        progress(0.9, "Writing the PDF…")
    return report.write(target)
