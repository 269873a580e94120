"""Chart images: PNG at a chosen size and pixel ratio, SVG, and the clipboard.

A PNG is painted straight into a QImage (the chart builders lay out at ``width`` × ``height``
chart pixels and paint at ``scale`` device pixels per chart pixel, so text stays crisp at 2×).
pyqtgraph's ImageExporter is 10–1000× slower (PERFORMANCE.md item 5). An SVG is the vector
picture the report itself uses. Files are written atomically with mode 0600 and are not
encrypted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from connectly.report.charts import ChartKind, ReportCharts
from connectly.services.export_files import ExportFailedError, write_bytes_export

#: Fast zlib level: a 1200 × 700 chart encodes in a few milliseconds instead of tens.
PNG_QUALITY = 85
MAX_PIXELS = 12_000


@dataclass(frozen=True, slots=True)
class ImageSize:
    """A chart image's size in chart pixels (1/96 inch) and its device pixel ratio."""

    width: int
    height: int
    scale: float = 1.0

    @classmethod
    def default(cls, kind: ChartKind) -> ImageSize:
        """A size that suits each chart's shape."""
        return {
            ChartKind.TIMELINE: cls(1200, 700),
            ChartKind.SCATTER: cls(720, 720),
            ChartKind.LAG: cls(900, 600),
        }[kind]

    def checked(self) -> ImageSize:
        """Refuse sizes that are empty or would need gigabytes."""
        if self.width < 50 or self.height < 50:
            raise ExportFailedError("A chart image must be at least 50 × 50 pixels.")
        if not 0.25 <= self.scale <= 8:
            raise ExportFailedError("The pixel ratio (scale) must be between 0.25 and 8.")
        if max(self.width, self.height) * self.scale > MAX_PIXELS:
            raise ExportFailedError(f"A chart image can be at most {MAX_PIXELS:,} pixels wide or high.")
        return self

    @property
    def pixels(self) -> QSize:
        """The image's size in device pixels."""
        return QSize(round(self.width * self.scale), round(self.height * self.scale))


def chart_image(
    charts: ReportCharts, kind: ChartKind, size: ImageSize, *, days: tuple[int, int] | None = None
) -> QImage:
    """The chart in a QImage of ``size.pixels``, tagged with its device pixel ratio."""
    size = size.checked()
    chart = charts.builder(kind, days=days)
    image = QImage(size.pixels, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        chart.render(painter, QRectF(0, 0, image.width(), image.height()), scale=size.scale)
    finally:
        painter.end()
    dots_per_metre = round(96 * size.scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.setDevicePixelRatio(size.scale)
    return image


def png_bytes(image: QImage) -> bytes:
    """PNG-encode an image."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", PNG_QUALITY)  # type: ignore[call-overload]  # the stubs say bytes; runtime wants str
    buffer.close()
    return bytes(data.data())


def export_chart(
    charts: ReportCharts,
    kind: ChartKind,
    target: Path,
    size: ImageSize | None = None,
    *,
    days: tuple[int, int] | None = None,
) -> Path:
    """Write ``kind`` as PNG or SVG, chosen by the file name; returns the absolute path."""
    size = (size or ImageSize.default(kind)).checked()
    suffix = Path(target).suffix.lower()
    if suffix == ".svg":
        data = charts.svg(kind, size.width, size.height, days=days)
    elif suffix == ".png":
        data = png_bytes(chart_image(charts, kind, size, days=days))
    else:
        raise ExportFailedError("Name the chart file .png or .svg.")
    return write_bytes_export(Path(target), data)


def copy_chart(
    charts: ReportCharts, kind: ChartKind, size: ImageSize, *, days: tuple[int, int] | None = None
) -> None:
    """Put the chart on the clipboard as an image (and as SVG for apps that take vectors)."""
    mime = QMimeData()
    mime.setImageData(chart_image(charts, kind, size, days=days))
    mime.setData("image/svg+xml", QByteArray(charts.svg(kind, size.width, size.height, days=days)))
    QGuiApplication.clipboard().setMimeData(mime)
