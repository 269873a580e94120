"""The report's one plug-in point for charts: the app's own chart builders, in the print style.

:class:`ReportCharts` builds each chart once from a :class:`ChartInput` and paints it into any
rectangle of any QPainter — a PDF page (vector: pens, paths and real text), a QImage for PNG, or
a QSvgGenerator for SVG. The linked timeline is built once and re-ranged for every panel of a
long report. Nothing here knows about pages; :mod:`connectly.report.sections` places charts.
"""

from __future__ import annotations

import dataclasses
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
WINDOW_SHARE = 3
"""A window of at most a third of the series is drawn by a chart of its own."""


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
        self._built: dict[tuple[ChartKind, bool, tuple[int, int] | None], Any] = {}

    def _window(self, days: tuple[int, int] | None) -> tuple[int, int] | None:
        """``days`` when they are a small part of a long series (worth a chart of their own)."""
        series = self._data.series
        if days is None or (days[1] - days[0] + 1) * WINDOW_SHARE > series.n_days:
            return None
        return days

    def _chart(self, kind: ChartKind, smoothing: bool = False, days: tuple[int, int] | None = None) -> Any:
        smoothing = smoothing and kind is ChartKind.TIMELINE
        window = self._window(days) if kind is not ChartKind.LAG else None
        cache_key = (kind, smoothing, window)
        if cache_key in self._built:
            return self._built[cache_key]
        from connectly.charts.style import partner_looks, print_style

        data, style = self._data, print_style()
        looks = partner_looks(data.partners)
        chart: Any
        if kind is ChartKind.TIMELINE:
            from connectly.charts.timeline import LinkedTimeline

            series, result = data.series, data.analysis
            if window is not None:
                # A year of a long diary gets its own small timeline: drawing a century's items into
                # every yearly panel would fill the PDF with invisible marks.
                series = series.slice(*window)
                lo, hi = window
                result = dataclasses.replace(
                    result,
                    spikes=tuple(x for x in result.spikes if lo <= x.day <= hi),
                    dips=tuple(x for x in result.dips if lo <= x.day <= hi),
                )
            timeline = LinkedTimeline(style, interactive=False)
            timeline.update(result, series, data.events, looks, smoothing=smoothing)
            chart = timeline
        elif kind is ChartKind.SCATTER:
            from connectly.charts.scatter import StressClosenessScatter

            scatter = StressClosenessScatter(style)
            scatter.update(data.series, looks, day_range=window)
            chart = scatter
        else:
            from connectly.charts.lag import LagChart

            lag = LagChart(style)
            lag.update(data.analysis.lagged, looks, confidence=data.analysis.settings.confidence)
            chart = lag
        self._built[cache_key] = chart
        return chart

    def builder(
        self, kind: ChartKind, *, days: tuple[int, int] | None = None, smoothing: bool = False
    ) -> Any:
        """The chart object (with ``render``/``to_svg``) showing ``days`` (default: all of them).

        For the timeline ``smoothing`` draws 7-day means; for the scatter ``days`` picks the days
        plotted. A short window of a long series gets a chart of its own.
        """
        chart = self._chart(kind, smoothing, days)
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
