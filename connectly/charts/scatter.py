"""Stress against closeness, one point per person and day, with a straight-line trend each.

Ratings are whole numbers, so many days share a point; a small deterministic jitter (the same
every time the chart is drawn) lets a reader see how many there are. The two partners differ by
colour *and* marker shape (circle, square), so the chart still reads in black and white. The
markers are :class:`~connectly.charts.marks.Markers`: sprites on screen, vector paths in print.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor

from connectly.analysis.series import DailySeries
from connectly.charts.axes import fix_text_space
from connectly.charts.canvas import Chart
from connectly.charts.labels import ChartCaption, ChartKey, KeyEntry
from connectly.charts.marks import Markers
from connectly.charts.plotarea import PlotArea
from connectly.charts.style import ChartStyle, PartnerLook, partner_looks

RANGE = (-0.6, 10.6)
JITTER = 0.22
SYMBOLS = ("o", "s")
CAPTION = (
    "Each point is one day of one person, nudged slightly so that equal days do not hide each other. "
    "A line sloping down means that on more stressed days, that person tended to feel less close."
)


@dataclass(frozen=True, slots=True)
class Trend:
    """A least-squares line ``closeness = intercept + slope × stress`` over ``n`` days."""

    slope: float
    intercept: float
    n: int
    x_min: float
    x_max: float


def fit_trend(stress: np.ndarray, closeness: np.ndarray) -> Trend | None:
    """The least-squares line through the days with both values (None below 3 days or no spread)."""
    keep = ~np.isnan(stress) & ~np.isnan(closeness)
    x, y = stress[keep], closeness[keep]
    if x.size < 3 or np.ptp(x) == 0:
        return None
    slope, intercept = np.polyfit(x, y, 1)
    return Trend(float(slope), float(intercept), int(x.size), float(x.min()), float(x.max()))


class StressClosenessScatter(Chart):
    """Builder of the stress-vs-closeness scatter; ``update(series, partners)`` fills it."""

    def __init__(self, style: ChartStyle | None = None) -> None:
        super().__init__(style)
        self.plot = PlotArea()
        self.plot.set_ranges(RANGE, RANGE)
        ticks = [[(float(v), str(v)) for v in range(0, 11, 2)]]
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTicks(ticks)
        self.points = tuple(self._points(symbol) for symbol in SYMBOLS)
        self.trends = tuple(self._trend() for _ in range(2))
        self.key = ChartKey()
        self.caption = ChartCaption(CAPTION)
        self.layout.addItem(self.key, row=0, col=0)
        self.layout.addItem(self.plot, row=1, col=0)
        self.layout.addItem(self.caption, row=2, col=0)
        self.layout.layout.setVerticalSpacing(2)
        self._looks: tuple[PartnerLook, PartnerLook] = partner_looks(())
        self._fits: tuple[Trend | None, Trend | None] = (None, None)
        self.apply_style(self.style)

    def _points(self, symbol: str) -> Markers:
        points = Markers(self.plot.getViewBox(), symbol)
        points.setZValue(5)
        return points

    def _trend(self) -> pg.PlotCurveItem:
        line = pg.PlotCurveItem()
        line.setZValue(10)
        self.plot.addItem(line)
        return line

    def update(
        self,
        series: DailySeries,
        partners: Sequence[PartnerLook],
        *,
        day_range: tuple[int, int] | None = None,
    ) -> None:
        """Plot each partner's days (optionally only ``day_range``, both ends included)."""
        part = series.slice(*day_range) if day_range is not None else series
        self._looks = (partners[0], partners[1]) if len(partners) >= 2 else partner_looks(partners)
        rng = np.random.default_rng(20_240_601)
        fits: list[Trend | None] = []
        for partner in range(2):
            stress = part.stress[partner] if part.stress.shape[0] == 2 else np.empty(0)
            closeness = part.closeness[partner] if part.closeness.shape[0] == 2 else np.empty(0)
            keep = ~np.isnan(stress) & ~np.isnan(closeness)
            x, y = stress[keep], closeness[keep]
            jitter = rng.uniform(-JITTER, JITTER, size=(2, x.size))
            self.points[partner].setData(x + jitter[0], y + jitter[1])
            fit = fit_trend(stress, closeness)
            fits.append(fit)
            if fit is None:
                self.trends[partner].setData([], [])
            else:
                ends = np.array([fit.x_min, fit.x_max])
                self.trends[partner].setData(ends, fit.intercept + fit.slope * ends)
        self._fits = (fits[0], fits[1])
        self.apply_style(self.style)

    def clear(self) -> None:
        """Show no points (the diary was locked)."""
        for points, line in zip(self.points, self.trends, strict=True):
            points.setData(np.empty(0), np.empty(0))
            line.setData([], [])
        self._fits = (None, None)

    @property
    def fits(self) -> tuple[Trend | None, Trend | None]:
        """Each partner's trend line, None where there were too few days."""
        return self._fits

    def apply_style(self, style: ChartStyle) -> None:
        """Pens, fonts and colours from ``style``; the data stay."""
        self.style = style
        text = QColor(style.foreground)
        for name, label in (("left", "Closeness that day (0–10)"), ("bottom", "Stress that day (0–10)")):
            axis = self.plot.getAxis(name)
            axis.setPen(style.pen(style.frame))
            axis.setTextPen(style.pen(text))
            axis.setStyle(tickLength=-4)
            fix_text_space(axis, style.font(style.small_font_px), {"left": "10", "bottom": "10"}[name])
            axis.setLabel(label, **{"color": text.name(), "font-size": f"{style.font_px}px"})
            axis.setGrid(60)
        self.plot.getViewBox().setBorder(style.pen(style.frame))
        entries = []
        for partner, look in enumerate(self._looks):
            colour = style.partner_colour(look)
            fill = QColor(colour)
            fill.setAlpha(120)
            self.points[partner].setLook(style.dot_px, QBrush(fill), style.pen(colour, 0.6))
            self.trends[partner].setPen(style.pen(colour.darker(115) if not style.dark else colour, 2.0))
            fit = self._fits[partner]
            label = look.name if fit is None else f"{look.name} ({fit.n} days)"
            entries.append(KeyEntry("dot" if partner == 0 else "square", colour.name(), label))
        entries.append(KeyEntry("line", style.muted, "trend"))
        self.key.setLook(style.font(style.small_font_px), text, style.line_scale)
        self.key.setEntries(entries, outline=QColor(style.background))
        self.caption.setLook(style.font(style.small_font_px), QColor(style.muted))
