"""The lag chart: Spearman rho per lag with its confidence interval, per partner and pooled."""

from __future__ import annotations

import numpy as np
import pytest

from connectly.analysis.correlation import LagCorrelation
from connectly.charts.lag import OFFSETS, SERIES, LagChart
from tests.ui.chart_data import QUIET_OFFSCREEN, DemoData, demo_data

pytestmark = pytest.mark.qt_log_ignore(QUIET_OFFSCREEN)


@pytest.fixture
def demo() -> DemoData:
    return demo_data()


def _all_known(values: list[float | None]) -> list[float]:
    """The values, checked to be all present (a missing one would make the comparison raise)."""
    known = [v for v in values if v is not None]
    assert len(known) == len(values), values
    return known


def test_points_and_error_bars_are_the_analysis_values(qapp: object, demo: DemoData) -> None:
    chart = LagChart()
    chart.update(demo.result.lagged, demo.looks)
    for who in SERIES:
        rows = [c for c in demo.result.lagged if c.partner == who]
        assert [c.lag for c in rows] == list(range(8))
        x, rho = chart.lines[who].getData()
        np.testing.assert_allclose(x, [c.lag + OFFSETS[who] for c in rows])
        np.testing.assert_allclose(rho, _all_known([c.rho for c in rows]))
        np.testing.assert_allclose(chart.points[who].getData()[1], _all_known([c.rho for c in rows]))
        bars = chart.bars[who].opts
        np.testing.assert_allclose(bars["y"] + bars["top"], _all_known([c.ci_high for c in rows]))
        np.testing.assert_allclose(bars["y"] - bars["bottom"], _all_known([c.ci_low for c in rows]))
    low, high = chart.plot.getViewBox().viewRange()[1]
    assert low <= min(c.ci_low for c in demo.result.lagged if c.ci_low is not None)
    assert high >= max(c.ci_high for c in demo.result.lagged if c.ci_high is not None)
    assert [e.label for e in chart.key.entries()] == ["both of you", demo.looks[0].name, demo.looks[1].name]


def test_lags_without_enough_days_are_left_out(qapp: object, demo: DemoData) -> None:
    lagged = (
        LagCorrelation(None, 0, -0.4, -0.6, -0.1, 30),
        LagCorrelation(None, 1, None, None, None, 4),
        LagCorrelation(0, 0, 0.2, -0.1, 0.5, 20),
    )
    chart = LagChart()
    chart.update(lagged, demo.looks)
    x, rho = chart.lines[None].getData()
    np.testing.assert_allclose(x, [0.0])
    np.testing.assert_allclose(rho, [-0.4])
    assert chart.lines[1].getData()[0] is None or len(chart.lines[1].getData()[0]) == 0
    chart.clear()
    assert chart.lines[None].getData()[0] is None or len(chart.lines[None].getData()[0]) == 0
