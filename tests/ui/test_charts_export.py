"""Charts paint without a window, in the print style, onto images, SVG and a 300-dpi PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from connectly.charts.lag import LagChart
from connectly.charts.scatter import StressClosenessScatter
from connectly.charts.style import ChartStyle, print_style, screen_style
from connectly.charts.timeline import LinkedTimeline
from tests.ui.chart_data import QUIET_OFFSCREEN, DemoData, demo_data

pytestmark = pytest.mark.qt_log_ignore(QUIET_OFFSCREEN)


def filled(demo: DemoData, style: ChartStyle) -> tuple[LinkedTimeline, StressClosenessScatter, LagChart]:
    timeline = LinkedTimeline(style, interactive=False)
    timeline.update(demo.result, demo.series, demo.events, demo.looks, smoothing=True)
    timeline.show_all()
    scatter = StressClosenessScatter(style)
    scatter.update(demo.series, demo.looks)
    lag = LagChart(style)
    lag.update(demo.result.lagged, demo.looks)
    return timeline, scatter, lag


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_300_dpi_pdf_holds_all_three_charts_as_vector_text(qapp: object, tmp_path: Path) -> None:
    demo = demo_data()
    timeline, scatter, lag = filled(demo, print_style())
    target = tmp_path / "charts.pdf"
    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10)
        )
    )
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(300)
    timeline.render(painter, QRectF(0, 0, page.width(), page.height() * 0.6))
    writer.newPage()
    scatter.render(painter, QRectF(0, 0, page.width() / 2, page.height() * 0.6))
    lag.render(painter, QRectF(page.width() / 2, 0, page.width() / 2, page.height() * 0.6))
    painter.end()
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in (
        "Stress (0–10)",
        "Closeness (0–10)",
        "stress spike",
        "Moved to a new",
        "Alex started a new job",
        "Days from stress to closeness",
        "confidence intervals",  # no "ﬁ" ligature: chart text is searchable like the report's
        demo.looks[0].name,
    ):
        assert words in text
    assert target.stat().st_size < 2_000_000


def test_rendering_for_print_leaves_the_screen_chart_as_it_was(qapp: object) -> None:
    demo = demo_data()
    timeline, _scatter, _lag = filled(demo, screen_style())
    before = timeline.chart.style
    pen_width = timeline.stress.curves[0].opts["pen"].widthF()
    png = timeline.chart.to_png(800, 400, scale=2.0)
    assert png.startswith(b"\x89PNG")
    assert timeline.chart.style == before
    assert timeline.stress.curves[0].opts["pen"].widthF() == pen_width


def test_switching_styles_keeps_the_data(qapp: object) -> None:
    demo = demo_data()
    timeline, scatter, _lag = filled(demo, screen_style())
    x_before = scatter.points[0].getData()[0].copy()
    links = timeline.link_count()
    timeline.apply_style(print_style())
    scatter.apply_style(print_style())
    assert timeline.link_count() == links
    assert (scatter.points[0].getData()[0] == x_before).all()
    assert timeline.chart.style.background == "#ffffff"
