"""The report's one plug-in point for charts: the app's own chart builders, in the print style.

:class:`ReportCharts` builds each chart once from a :class:`ChartInput` and paints it into any
rectangle of any QPainter — a PDF page (vector: pens, paths and real text), a QImage for PNG, or
a QSvgGenerator for SVG. The linked timeline is built once and re-ranged for every panel of a
long report. Nothing here knows about pages; :mod:`connectly.report.sections` places charts.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer

from connectly.analysis.report import AnalysisResult
from connectly.analysis.series import DailySeries
from connectly.analysis.transitions import DatedEvent

CHART_DPI = 96.0
"""Chart pixels per inch (as :mod:`connectly.charts.canvas`)."""
POINT_PX = CHART_DPI / 72.0
"""Chart pixels per point."""


class ChartKind(enum.StrEnum):
    """The charts a user can export or print."""

    TIMELINE = "timeline"
    SCATTER = "scatter"
    LAG = "lag"

    @property
    def heading(self) -> str:
        """A heading for the chart."""
        return _TITLES[self]


_TITLES = {
    ChartKind.TIMELINE: "Linked timeline: stress spikes and closeness dips",
    ChartKind.SCATTER: "Stress and closeness, day by day",
    ChartKind.LAG: "Stress today, closeness in the following days",
}


class PartnerLike(Protocol):
    """What a chart needs to know of a partner: the label to show and their colour."""

    @property
    def name(self) -> str: ...

    @property
    def colour(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ChartJob:
    """One chart the report needs: its kind, size in points, shown days, smoothed or not."""

    kind: ChartKind
    width: float
    height: float
    days: tuple[int, int] | None = None
    smoothing: bool = False


@dataclass(frozen=True, eq=False)
class ChartInput:
    """Everything the three charts draw."""

    analysis: AnalysisResult
    series: DailySeries
    events: Sequence[DatedEvent]
    partners: Sequence[PartnerLike]


class ReportCharts:
    """Builds the print-style charts lazily and paints them (see module docstring)."""

    def __init__(self, data: ChartInput) -> None:
        self._data = data
        self._built: dict[tuple[ChartKind, bool], Any] = {}

    def _chart(self, kind: ChartKind, smoothing: bool = False) -> Any:
        smoothing = smoothing and kind is ChartKind.TIMELINE
        if (kind, smoothing) in self._built:
            return self._built[(kind, smoothing)]
        from connectly.charts.style import partner_looks, print_style

        data, style = self._data, print_style()
        looks = partner_looks(data.partners)
        chart: Any
        if kind is ChartKind.TIMELINE:
            from connectly.charts.timeline import LinkedTimeline

            timeline = LinkedTimeline(style, interactive=False)
            timeline.update(data.analysis, data.series, data.events, looks, smoothing=smoothing)
            chart = timeline
        elif kind is ChartKind.SCATTER:
            from connectly.charts.scatter import StressClosenessScatter

            scatter = StressClosenessScatter(style)
            scatter.update(data.series, looks)
            chart = scatter
        else:
            from connectly.charts.lag import LagChart

            lag = LagChart(style)
            lag.update(data.analysis.lagged, looks, confidence=data.analysis.settings.confidence)
            chart = lag
        self._built[(kind, smoothing)] = chart
        return chart

    def builder(
        self, kind: ChartKind, *, days: tuple[int, int] | None = None, smoothing: bool = False
    ) -> Any:
        """The chart object (with ``render``/``to_svg``), the timeline ranged to ``days``.

        ``days`` defaults to the whole series; ``smoothing`` draws the timeline as 7-day means.
        """
        chart = self._chart(kind, smoothing)
        if kind is ChartKind.TIMELINE:
            series = self._data.series
            first, last = (
                days if days is not None else (series.start_day, max(series.end_day, series.start_day))
            )
            chart.set_range(first, last)
            return chart.chart
        return chart

    def svg(
        self,
        kind: ChartKind,
        width: float,
        height: float,
        *,
        days: tuple[int, int] | None = None,
        smoothing: bool = False,
    ) -> bytes:
        """SVG bytes of ``kind`` at ``width`` × ``height`` chart pixels (the user's chart.svg too)."""
        chart = self.builder(kind, days=days, smoothing=smoothing)
        return clean_svg(chart.to_svg(max(round(width), 1), max(round(height), 1), title=kind.heading))

    def job_svg(self, job: ChartJob) -> bytes:
        """SVG bytes for one of the report's charts (sizes in points become chart pixels)."""
        return self.svg(
            job.kind, job.width * POINT_PX, job.height * POINT_PX, days=job.days, smoothing=job.smoothing
        )

    def paint(
        self, kind: ChartKind, painter: QPainter, target: QRectF, *, days: tuple[int, int] | None = None
    ) -> None:
        """Paint ``kind`` into ``target`` of any painter, as vectors.

        The chart is laid out at the target's size in chart pixels (1/96 inch) and drawn through
        SVG (QSvgGenerator → QSvgRenderer, ECOSYSTEM.md): painting pyqtgraph straight onto a
        device whose DPI is not 96 misplaces axis ticks against the data.
        """
        device = painter.device()
        per_px = (device.logicalDpiX() / CHART_DPI) if device is not None else 1.0
        data = self.svg(kind, target.width() / per_px, target.height() / per_px, days=days)
        draw_svg(painter, target, data)


_EMPTY_PATH = re.compile(rb'<path[^>]*\sd=""[^>]*/>')


def clean_svg(data: bytes) -> bytes:
    """Drop empty ``<path d=""/>`` elements (an empty series) that SVG readers warn about."""
    return _EMPTY_PATH.sub(b"", data)


def draw_svg(painter: QPainter, target: QRectF, data: bytes) -> None:
    """Render SVG bytes into ``target`` (vector on a PDF; usable from a worker thread)."""
    QSvgRenderer(QByteArray(data)).render(painter, target)
