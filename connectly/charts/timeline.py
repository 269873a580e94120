"""The linked timeline: stress above, closeness below, links from spikes to the dips that followed.

Layout (one pyqtgraph grid; left axes in column 0, plot areas in column 1)::

    key       — partners' colours, ▲ stress spike, ▼ closeness dip, link, life event
    stress    — one line per partner; ▲ on spike days; event titles along the top
    closeness — one line per partner; ▼ on dip days          (touches the stress pane)
    availability (optional, a third, smaller pane)
    dates     — the one date axis, under the bottom pane only (PERFORMANCE.md item 4)
    caption   — one sentence on how to read it

Availability is a third, smaller pane rather than an overlay: it is a different question
("how much did you have to give"), an overlay on closeness would cross that line all day, and
the buffer insight compares it with closeness directly above it. It is off by default.

Link lines are drawn per pane in data coordinates, one piece in the stress pane and one in the
closeness pane, meeting at the shared edge (:mod:`connectly.charts.link_geometry`): they follow
pan and zoom for free and are only recomputed when a pane changes height.

Everything is updated in place with ``setData``; no item is created after ``__init__``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from connectly.analysis.report import AnalysisResult
from connectly.analysis.series import DailySeries
from connectly.analysis.transitions import DatedEvent
from connectly.charts.axes import DayAxis, fix_text_space
from connectly.charts.canvas import Chart
from connectly.charts.events import EventTitles
from connectly.charts.labels import ChartCaption, ChartKey, KeyEntry
from connectly.charts.link_geometry import split_links
from connectly.charts.marks import Markers, Segments
from connectly.charts.panes import Pane
from connectly.charts.readings import DayReading, day_reading
from connectly.charts.smoothing import rolling_nanmean
from connectly.charts.style import ChartStyle, PartnerLook, partner_looks
from connectly.charts.timebase import DAY_SECONDS, day_x, x_day
from connectly.domain.days import day_number

STRESS_RANGE = (-0.6, 12.2)  # headroom above 10 for the life-event titles
RATING_RANGE = (-0.6, 10.6)
MIN_VISIBLE_DAYS = 7
_ROW_KEY, _ROW_STRESS, _ROW_CLOSENESS, _ROW_AVAILABILITY, _ROW_DATES, _ROW_CAPTION = range(6)


def link_caption(max_lag: int, *, smoothed: bool = False, window: int = 7) -> str:
    """The caption under the timeline, for a link window of ``max_lag`` days."""
    within = "on the same day" if max_lag == 0 else f"within {max_lag} day{'s' if max_lag != 1 else ''}"
    lines = f"Lines are {window}-day averages; triangles show the day's own value. " if smoothed else ""
    return (
        "Triangles mark unusual days for that person (▲ stress spike, ▼ closeness dip). "
        f"A thin grey line joins a stress spike to a closeness dip that followed {within}. "
        f"{lines}Shaded bands are life events."
    )


class LinkedTimeline(QObject):
    """Builder of the linked timeline (see module docstring); screen or print style.

    ``update(...)`` feeds it; ``set_range`` / ``pan`` / ``zoom`` move it; :attr:`chart` renders it
    without a window. Item attributes (``stress``, ``closeness``, ``availability`` panes,
    ``spike_markers``, ``dip_markers``, ``links_upper``, ``links_lower``, ``titles``, ``key``,
    ``caption``) are public for tests and exporters to read, never to replace.
    """

    sig_days_shown = Signal(int, int)
    """The visible range of days changed (first day number, last day number)."""

    def __init__(self, style: ChartStyle | None = None, *, interactive: bool = True) -> None:
        super().__init__()
        self.chart = _TimelineChart(self, style)
        self.layout = self.chart.layout
        self.stress = Pane("Stress (0–10)", STRESS_RANGE, interactive=interactive)
        self.closeness = Pane("Closeness (0–10)", RATING_RANGE, interactive=interactive)
        self.availability = Pane("Availability (0–10)", RATING_RANGE, interactive=interactive)
        self.panes = (self.stress, self.closeness, self.availability)
        for pane in self.panes[1:]:
            pane.view.setXLink(self.stress.view)
        self.spike_markers = tuple(self._markers(self.stress, "t1") for _ in range(2))
        self.dip_markers = tuple(self._markers(self.closeness, "t") for _ in range(2))
        self.links_upper = Segments(self.stress.view)
        self.links_lower = Segments(self.closeness.view)
        for links in (self.links_upper, self.links_lower):
            links.setZValue(20)
        self.titles = EventTitles(self.stress.view)
        self.key = ChartKey()
        self.caption = ChartCaption(link_caption(3))
        self.date_axis = DayAxis("bottom")
        self.date_axis.linkToView(self.closeness.view)
        self._looks: tuple[PartnerLook, PartnerLook] = partner_looks(())
        self._series: DailySeries | None = None
        self._link_ends = np.empty((0, 5))
        self._relinked: tuple[Any, ...] | None = None
        self._bounds = (0, 0)
        self._availability_shown = False
        self._assemble()
        self._connect_signals()
        self.chart.apply_style(self.chart.style)

    # -- construction -------------------------------------------------------------------

    def _markers(self, pane: Pane, symbol: str) -> Markers:
        markers = Markers(pane.view, symbol)
        markers.setZValue(30)
        return markers

    def _assemble(self) -> None:
        grid = self.layout.layout
        grid.setVerticalSpacing(0)
        grid.setHorizontalSpacing(2)
        self.layout.addItem(self.key, row=_ROW_KEY, col=1)
        for row, pane in ((_ROW_STRESS, self.stress), (_ROW_CLOSENESS, self.closeness)):
            self.layout.addItem(pane.axis, row=row, col=0)
            self.layout.addItem(pane.view, row=row, col=1)
            grid.setRowStretchFactor(row, 4)
        self.layout.addItem(self.date_axis, row=_ROW_DATES, col=1)
        self.layout.addItem(self.caption, row=_ROW_CAPTION, col=0, colspan=2)
        self.availability.view.hide()
        self.availability.axis.hide()

    def _connect_signals(self) -> None:
        self.stress.view.sigXRangeChanged.connect(self._range_changed)
        self.stress.view.sigResized.connect(self._relink)
        self.closeness.view.sigResized.connect(self._relink)

    # -- data -----------------------------------------------------------------------------

    def update(
        self,
        result: AnalysisResult,
        series: DailySeries,
        events: Sequence[DatedEvent],
        partners: Sequence[PartnerLook],
        *,
        smoothing: bool = False,
        show_availability: bool = False,
    ) -> None:
        """Show ``series`` with the spikes, dips and links of ``result`` and the life ``events``.

        ``partners`` are the two partners' names and colours in position order. With
        ``smoothing`` the lines are 7-day rolling means (markers stay at the day's own value).
        """
        self._series = series
        self._looks = (partners[0], partners[1]) if len(partners) >= 2 else partner_looks(partners)
        x = day_x(series.days)
        measures = (
            (self.stress, series.stress),
            (self.closeness, series.closeness),
            (self.availability, series.availability),
        )
        for pane, values in measures:
            shown = rolling_nanmean(values, result.settings.smoothing_days) if smoothing else values
            for partner, curve in enumerate(pane.curves):
                curve.setData(x, shown[partner] if shown.shape[0] == 2 else np.empty(0))
        for partner in range(2):
            spikes = [s for s in result.spikes if s.partner == partner]
            dips = [d for d in result.dips if d.partner == partner]
            self.spike_markers[partner].setData(
                day_x([s.day for s in spikes]), np.array([s.value for s in spikes])
            )
            self.dip_markers[partner].setData(day_x([d.day for d in dips]), np.array([d.value for d in dips]))
        self._link_ends = _link_ends(result, series)
        self._relink()
        self._show_events(events)
        self.caption.setText(
            link_caption(
                result.settings.max_link_lag_days, smoothed=smoothing, window=result.settings.smoothing_days
            )
        )
        self.set_availability_shown(show_availability)
        self._bounds = (series.start_day, max(series.end_day, series.start_day))
        self._apply_limits()
        self.chart.apply_style(self.chart.style)

    def clear(self) -> None:
        """Show nothing (the diary was locked): every item emptied, none removed."""
        nothing = np.empty(0)
        for pane in self.panes:
            for curve in pane.curves:
                curve.setData(nothing, nothing)
            pane.spans.setData(nothing, nothing)
            pane.hover.hide()
        for markers in (*self.spike_markers, *self.dip_markers):
            markers.setData(nothing, nothing)
        self._link_ends = np.empty((0, 5))
        self._relink()
        self.titles.setData(nothing, nothing, ())
        self._series = None

    def _show_events(self, events: Sequence[DatedEvent]) -> None:
        ordered = sorted(events, key=lambda e: (e.starts_on, e.title))
        first = day_x([day_number(e.starts_on) for e in ordered])
        last = day_x([day_number(e.ends_on or e.starts_on) for e in ordered])
        for pane in self.panes:
            pane.spans.setData(first, last)
        self.titles.setData(first, last, [e.title for e in ordered])

    def _relink(self, *args: Any) -> None:
        ends = self._link_ends
        key = (id(ends), self.stress.scale(), self.closeness.scale())
        if key == self._relinked:
            return  # a width change (or a repeated resize signal) moves no link piece
        self._relinked = key
        pieces = split_links(
            ends[:, 1], ends[:, 2], ends[:, 3], ends[:, 4], self.stress.scale(), self.closeness.scale()
        )
        self.links_upper.setData(pieces.upper_x, pieces.upper_y)
        self.links_lower.setData(pieces.lower_x, pieces.lower_y)

    def link_count(self) -> int:
        """How many link lines are drawn (one per link of every direction)."""
        return len(self.links_upper.getData()[0]) // 2

    # -- availability pane -------------------------------------------------------------

    def set_availability_shown(self, shown: bool) -> None:
        """Show or hide the availability pane (a third, smaller pane above the dates)."""
        if shown == self._availability_shown:
            return
        self._availability_shown = shown
        grid = self.layout.layout
        pane = self.availability
        if shown:
            self.layout.addItem(pane.axis, row=_ROW_AVAILABILITY, col=0)
            self.layout.addItem(pane.view, row=_ROW_AVAILABILITY, col=1)
            grid.setRowStretchFactor(_ROW_AVAILABILITY, 2)
            grid.setRowSpacing(_ROW_CLOSENESS, 8)
            pane.view.show()
            pane.axis.show()
        else:
            self.layout.removeItem(pane.axis)
            self.layout.removeItem(pane.view)
            grid.setRowStretchFactor(_ROW_AVAILABILITY, 0)
            grid.setRowSpacing(_ROW_CLOSENESS, 0)
            pane.view.hide()
            pane.axis.hide()
        self.date_axis.linkToView((pane if shown else self.closeness).view)
        self._apply_limits()

    @property
    def availability_shown(self) -> bool:
        """Whether the availability pane is part of the layout."""
        return self._availability_shown

    # -- range ------------------------------------------------------------------------

    def _apply_limits(self) -> None:
        first, last = self._bounds
        span = (last - first + 7) * DAY_SECONDS
        for pane in self.panes:
            pane.view.setLimits(
                xMin=float(day_x(first - 3)),
                xMax=float(day_x(last + 4)),
                minXRange=MIN_VISIBLE_DAYS * DAY_SECONDS,
                maxXRange=span,
            )

    def set_range(self, start_day: int, end_day: int) -> None:
        """Show the days ``start_day`` … ``end_day`` (both whole), clamped to the data."""
        lo, hi = sorted((int(start_day), int(end_day)))
        self.stress.view.setXRange(
            float(day_x(lo)) - DAY_SECONDS / 2, float(day_x(hi)) + DAY_SECONDS / 2, padding=0.0
        )

    def show_all(self) -> None:
        """Show every day of the series."""
        self.set_range(*self._bounds)

    def visible_days(self) -> tuple[int, int]:
        """The first and last day (at least half) on screen."""
        left, right = self.stress.view.viewRange()[0]
        return x_day(left + DAY_SECONDS / 2), x_day(right - DAY_SECONDS / 2)

    def data_days(self) -> tuple[int, int]:
        """The first and last day of the series shown."""
        return self._bounds

    def pan(self, fraction: float) -> None:
        """Move the view by ``fraction`` of its width (negative: back in time)."""
        left, right = self.stress.view.viewRange()[0]
        shift = (right - left) * fraction
        self.stress.view.setXRange(left + shift, right + shift, padding=0.0)

    def zoom(self, factor: float) -> None:
        """Zoom about the centre; ``factor`` > 1 shows fewer days."""
        left, right = self.stress.view.viewRange()[0]
        centre, half = (left + right) / 2, (right - left) / 2 / factor
        self.stress.view.setXRange(centre - half, centre + half, padding=0.0)

    def _range_changed(self, *args: Any) -> None:
        self.sig_days_shown.emit(*self.visible_days())

    # -- hover ------------------------------------------------------------------------

    def day_at(self, scene_pos: QPointF) -> int | None:
        """The day under a scene position, if it lies over one of the panes."""
        for pane in self.panes:
            if pane.view.isVisible() and pane.view.sceneBoundingRect().contains(scene_pos):
                return x_day(pane.view.mapSceneToView(scene_pos).x())
        return None

    def show_hover(self, day: int | None) -> None:
        """Draw (or hide, for None) a thin vertical line at ``day`` across all panes."""
        for pane in self.panes:
            if day is None:
                pane.hover.hide()
            else:
                pane.hover.setValue(float(day_x(day)))
                pane.hover.show()

    def reading(self, day: int) -> DayReading | None:
        """The day's values per partner, or None outside the series."""
        return None if self._series is None else day_reading(self._series, day)

    # -- painting -------------------------------------------------------------------------

    def render(self, painter: QPainter, target: QRectF, *, scale: float | None = None) -> None:
        """Paint onto any device without a window (see :meth:`Chart.render`)."""
        self.chart.render(painter, target, scale=scale)

    def to_image(self, width: int, height: int, *, scale: float = 1.0) -> QImage:
        """The timeline as an image (see :meth:`Chart.to_image`)."""
        return self.chart.to_image(width, height, scale=scale)

    # -- style ----------------------------------------------------------------------------

    def apply_style(self, style: ChartStyle) -> None:
        """Switch between the screen (light/dark) and print styles."""
        self.chart.apply_style(style)

    def _style_items(self, style: ChartStyle) -> None:
        colours = (style.partner_colour(self._looks[0]), style.partner_colour(self._looks[1]))
        for pane in self.panes:
            pane.apply_style(style, colours)
        background = QColor(style.background)
        for partner, colour in enumerate(colours):
            for markers in (self.spike_markers[partner], self.dip_markers[partner]):
                markers.setLook(style.marker_px, QBrush(colour), style.pen(background, 1.0))
        link = QColor(style.foreground)
        link.setAlpha(110)
        self.links_upper.setPen(style.pen(link, 1.0))
        self.links_lower.setPen(style.pen(link, 1.0))
        text = QColor(style.foreground)
        self.date_axis.setPen(style.pen(style.frame))
        self.date_axis.setTextPen(style.pen(text))
        self.date_axis.setStyle(tickLength=-4)
        fix_text_space(self.date_axis, style.font(style.small_font_px), "30 Sep")
        fill = QColor(style.background)
        fill.setAlpha(215)
        self.titles.setLook(style.font(style.small_font_px), QColor(style.muted), fill)
        neutral = style.muted
        self.key.setLook(style.font(style.small_font_px), text, style.line_scale)
        self.key.setEntries(
            [
                KeyEntry("line", colours[0].name(), self._looks[0].name),
                KeyEntry("line", colours[1].name(), self._looks[1].name),
                KeyEntry("up", neutral, "stress spike"),
                KeyEntry("down", neutral, "closeness dip"),
                KeyEntry("link", link.name(QColor.NameFormat.HexArgb), "spike followed by a dip"),
                KeyEntry("span", QColor(style.event_edge).name(QColor.NameFormat.HexArgb), "life event"),
            ],
            outline=background,
        )
        self.caption.setLook(style.font(style.small_font_px), QColor(style.muted))


class _TimelineChart(Chart):
    """The :class:`Chart` (layout, render, export) of a :class:`LinkedTimeline`."""

    def __init__(self, owner: LinkedTimeline, style: ChartStyle | None) -> None:
        super().__init__(style)
        self._owner = owner

    def apply_style(self, style: ChartStyle) -> None:
        self.style = style
        if hasattr(self._owner, "titles"):
            self._owner._style_items(style)

    def _before_render(self) -> None:
        self._owner._relink()


def _link_ends(result: AnalysisResult, series: DailySeries) -> np.ndarray:
    """Rows (from partner, spike x, spike stress, dip x, dip closeness) for every link."""
    rows = []
    for direction in result.links:
        for link in direction.links:
            i, j = link.spike_day - series.start_day, link.dip_day - series.start_day
            if 0 <= i < series.n_days and 0 <= j < series.n_days:
                rows.append(
                    (
                        link.from_partner,
                        day_x(link.spike_day),
                        series.stress[link.from_partner, i],
                        day_x(link.dip_day),
                        series.closeness[link.to_partner, j],
                    )
                )
    return np.array(rows, dtype=np.float64).reshape(-1, 5)
