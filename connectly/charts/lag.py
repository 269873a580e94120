"""Association by lag: how stress on a day goes with closeness that day and up to a week later.

One series per partner and one for both pooled (Spearman's rho of within-person centred values,
from :mod:`connectly.analysis.correlation`), each point with its confidence interval as an error
bar. The three series sit side by side at each lag (small x offsets) so the bars never hide each
other. Lags without enough days are simply not drawn.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from connectly.analysis.correlation import LagCorrelation
from connectly.charts.axes import fix_text_space
from connectly.charts.canvas import Chart
from connectly.charts.labels import ChartCaption, ChartKey, KeyEntry
from connectly.charts.marks import Markers
from connectly.charts.plotarea import PlotArea
from connectly.charts.style import ChartStyle, PartnerLook, partner_looks

#: Series order: both pooled, partner 0, partner 1 (keys of :attr:`LagChart.series`).
SERIES = (None, 0, 1)
OFFSETS = {None: 0.0, 0: -0.2, 1: 0.2}
SYMBOLS = {None: "d", 0: "o", 1: "s"}


def lag_caption(confidence: float = 0.95) -> str:
    """The caption under the lag chart."""
    return (
        "Below zero: on days with more stress than usual, closeness tended to be lower — that same day "
        f"(0) or that many days later. Bars show {confidence:.0%} confidence intervals; "
        "a bar that crosses zero means no clear association at that delay."
    )


def _signed(value: float) -> str:
    """A tick label with a real minus sign and no sign on zero."""
    return "0" if abs(value) < 1e-9 else f"{value:+.2f}".replace("-", "−")


def _ticks(max_lag: int) -> list[list[tuple[float, str]]]:
    return [[(0.0, "same day")] + [(float(lag), str(lag)) for lag in range(1, max_lag + 1)]]


class LagChart(Chart):
    """Builder of the lag chart; ``update(lagged, partners)`` takes ``AnalysisResult.lagged``."""

    def __init__(self, style: ChartStyle | None = None) -> None:
        super().__init__(style)
        self.plot = PlotArea()
        self.zero = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.plot.addItem(self.zero, ignoreBounds=True)
        self.lines: dict[int | None, pg.PlotCurveItem] = {}
        self.points: dict[int | None, Markers] = {}
        self.bars: dict[int | None, pg.ErrorBarItem] = {}
        for who in SERIES:
            self.bars[who] = pg.ErrorBarItem(x=np.empty(0), y=np.empty(0), beam=0.08)
            self.plot.addItem(self.bars[who])
            self.lines[who] = pg.PlotCurveItem()
            self.plot.addItem(self.lines[who])
            self.points[who] = Markers(self.plot.getViewBox(), SYMBOLS[who])
            self.points[who].setZValue(5)
        self.key = ChartKey()
        self.caption = ChartCaption(lag_caption())
        self.layout.addItem(self.key, row=0, col=0)
        self.layout.addItem(self.plot, row=1, col=0)
        self.layout.addItem(self.caption, row=2, col=0)
        self.layout.layout.setVerticalSpacing(2)
        self._looks: tuple[PartnerLook, PartnerLook] = partner_looks(())
        self._set_ranges(7, 0.5)
        self.apply_style(self.style)

    def _set_ranges(self, max_lag: int, reach: float) -> None:
        self.plot.set_ranges((-0.5, max_lag + 0.5), (-reach, reach))
        self.plot.getAxis("bottom").setTicks(_ticks(max_lag))
        step = 0.25 if reach <= 0.75 else 0.5
        values = np.arange(-np.floor(reach / step) * step, reach + 1e-9, step)
        self.plot.getAxis("left").setTicks([[(float(v), _signed(v)) for v in values]])

    def update(
        self, lagged: Sequence[LagCorrelation], partners: Sequence[PartnerLook], *, confidence: float = 0.95
    ) -> None:
        """Plot every lag that has a rho; the y range fits the intervals (at least ±0.5)."""
        self._looks = (partners[0], partners[1]) if len(partners) >= 2 else partner_looks(partners)
        max_lag, reach = 1, 0.5
        for who in SERIES:
            rows = [c for c in lagged if c.partner == who and c.rho is not None]
            max_lag = max([max_lag, *(c.lag for c in lagged)])
            x = np.array([c.lag + OFFSETS[who] for c in rows], dtype=float)
            rho = np.array([c.rho for c in rows], dtype=float)
            low = np.array([c.ci_low if c.ci_low is not None else c.rho for c in rows], dtype=float)
            high = np.array([c.ci_high if c.ci_high is not None else c.rho for c in rows], dtype=float)
            self.lines[who].setData(x, rho)
            self.points[who].setData(x, rho)
            self.bars[who].setData(x=x, y=rho, top=high - rho, bottom=rho - low)
            if rows:
                reach = max(reach, float(np.max(np.abs(np.concatenate([low, high])))) + 0.05)
        self._set_ranges(max_lag, min(1.0, np.ceil(reach * 4) / 4))
        self.caption.setText(lag_caption(confidence))
        self.apply_style(self.style)

    def clear(self) -> None:
        """Show nothing (the diary was locked)."""
        for who in SERIES:
            self.lines[who].setData(np.empty(0), np.empty(0))
            self.points[who].setData(np.empty(0), np.empty(0))
            self.bars[who].setData(x=np.empty(0), y=np.empty(0), top=np.empty(0), bottom=np.empty(0))

    def _colour(self, who: int | None, style: ChartStyle) -> QColor:
        return QColor(style.foreground) if who is None else style.partner_colour(self._looks[who])

    def apply_style(self, style: ChartStyle) -> None:
        """Pens, fonts and colours from ``style``; the data stay."""
        self.style = style
        text = QColor(style.foreground)
        labels = (("left", "Association (Spearman ρ)"), ("bottom", "Days from stress to closeness"))
        for name, label in labels:
            axis = self.plot.getAxis(name)
            axis.setPen(style.pen(style.frame))
            axis.setTextPen(style.pen(text))
            axis.setStyle(tickLength=-4)
            fix_text_space(
                axis, style.font(style.small_font_px), {"left": "−0.25", "bottom": "same day"}[name]
            )
            axis.setLabel(label, **{"color": text.name(), "font-size": f"{style.font_px}px"})
            axis.enableAutoSIPrefix(False)
        self.plot.getAxis("left").setGrid(60)
        self.plot.getViewBox().setBorder(style.pen(style.frame))
        zero = style.pen(style.muted)
        zero.setStyle(Qt.PenStyle.DashLine)
        self.zero.setPen(zero)
        entries = []
        for who in SERIES:
            colour = self._colour(who, style)
            self.lines[who].setPen(style.pen(colour, 1.0))
            self.points[who].setLook(style.marker_px * 0.9, QBrush(colour), style.pen(colour, 1.0))
            self.bars[who].setData(pen=style.pen(colour, 1.0))
            name = "both of you" if who is None else self._looks[who].name
            entries.append(KeyEntry({None: "bar", 0: "dot", 1: "square"}[who], colour.name(), name))
        self.key.setLook(style.font(style.small_font_px), text, style.line_scale)
        self.key.setEntries(entries, outline=QColor(style.background))
        self.caption.setLook(style.font(style.small_font_px), QColor(style.muted))
