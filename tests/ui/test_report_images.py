"""Chart images: PNG at the asked size and pixel ratio, SVG that opens, the clipboard."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtSvg import QSvgRenderer

from connectly.report.charts import ChartInput, ChartKind, ReportCharts
from connectly.report.images import ImageSize, copy_chart, export_chart
from connectly.services.access import open_demo
from connectly.services.export_files import ExportFailedError
from connectly.services.report_data import ReportRequest, ReportService

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def charts(qapp: object) -> ReportCharts:
    diary = open_demo(dt.date(2025, 6, 30))
    try:
        data = ReportService(diary).build(ReportRequest(dt.date(2024, 7, 1), dt.date(2025, 6, 30)))
    finally:
        diary.lock()
    return ReportCharts(ChartInput(data.analysis, data.series, data.events, data.partners))


@pytest.mark.parametrize(
    ("kind", "scale"), [(ChartKind.TIMELINE, 1.0), (ChartKind.SCATTER, 2.0), (ChartKind.LAG, 1.5)]
)
def test_png_has_the_asked_size_and_pixel_ratio(
    charts: ReportCharts, tmp_path: Path, kind: ChartKind, scale: float
) -> None:
    path = export_chart(charts, kind, tmp_path / f"{kind.value}.png", ImageSize(600, 400, scale))
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (round(600 * scale), round(400 * scale))
    assert round(image.dotsPerMeterX() * 0.0254) == round(96 * scale)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5  # something was drawn, not a blank page


def test_svg_opens_with_the_asked_size_and_holds_text(charts: ReportCharts, tmp_path: Path) -> None:
    path = export_chart(charts, ChartKind.TIMELINE, tmp_path / "timeline.svg", ImageSize(800, 450))
    data = path.read_bytes()
    renderer = QSvgRenderer(QByteArray(data))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    assert (box.width(), box.height()) == (800, 450)
    assert b'width="211.667mm"' in data  # 800 CSS pixels at 96 per inch
    assert b"Closeness (0" in data and b'd=""' not in data


def test_a_name_that_is_neither_png_nor_svg_is_refused(charts: ReportCharts, tmp_path: Path) -> None:
    with pytest.raises(ExportFailedError, match=r"\.png or \.svg"):
        export_chart(charts, ChartKind.LAG, tmp_path / "lag.jpg")
    with pytest.raises(ExportFailedError):
        export_chart(charts, ChartKind.LAG, tmp_path / "lag.png", ImageSize(10, 10))
    assert list(tmp_path.iterdir()) == []


def test_copy_puts_the_image_and_the_svg_on_the_clipboard(charts: ReportCharts) -> None:
    copy_chart(charts, ChartKind.SCATTER, ImageSize(300, 300, 2.0))
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    assert bytes(mime.data("image/svg+xml").data()).lstrip().startswith(b"<?xml")
