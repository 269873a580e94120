"""The stress-vs-closeness scatter, checked on its item data."""

from __future__ import annotations

import re

import numpy as np
import pytest

from connectly.charts.scatter import JITTER, StressClosenessScatter, fit_trend
from connectly.charts.style import print_style
from tests.ui.chart_data import QUIET_OFFSCREEN, DemoData, demo_data

pytestmark = pytest.mark.qt_log_ignore(QUIET_OFFSCREEN)


@pytest.fixture
def demo() -> DemoData:
    return demo_data()


def test_one_point_per_person_and_day_near_its_values(qapp: object, demo: DemoData) -> None:
    chart = StressClosenessScatter()
    chart.update(demo.series, demo.looks)
    for partner in range(2):
        stress, closeness = demo.series.stress[partner], demo.series.closeness[partner]
        keep = ~np.isnan(stress) & ~np.isnan(closeness)
        x, y = chart.points[partner].getData()
        assert len(x) == int(keep.sum()) > 100
        assert np.all(np.abs(x - stress[keep]) <= JITTER)
        assert np.all(np.abs(y - closeness[keep]) <= JITTER)
        assert not np.allclose(x, stress[keep])  # jittered, so equal days do not hide each other
    assert chart.points[0].opts["symbol"] != chart.points[1].opts["symbol"]  # shape, not only colour


def test_jitter_is_the_same_every_time(qapp: object, demo: DemoData) -> None:
    chart = StressClosenessScatter()
    chart.update(demo.series, demo.looks)
    first = chart.points[1].getData()[0].copy()
    chart.update(demo.series, demo.looks)
    np.testing.assert_array_equal(chart.points[1].getData()[0], first)


def test_trend_lines_are_least_squares_fits(qapp: object, demo: DemoData) -> None:
    chart = StressClosenessScatter()
    chart.update(demo.series, demo.looks)
    for partner in range(2):
        stress, closeness = demo.series.stress[partner], demo.series.closeness[partner]
        keep = ~np.isnan(stress) & ~np.isnan(closeness)
        slope, intercept = np.polyfit(stress[keep], closeness[keep], 1)
        x, y = chart.trends[partner].getData()
        np.testing.assert_allclose(y, intercept + slope * x)
        assert x.min() == stress[keep].min() and x.max() == stress[keep].max()
    labels = [entry.label for entry in chart.key.entries()]
    assert labels[0].startswith(demo.looks[0].name) and "days" in labels[0]


def test_a_range_limits_the_days_and_too_few_days_give_no_line(qapp: object, demo: DemoData) -> None:
    chart = StressClosenessScatter()
    end = demo.series.end_day
    chart.update(demo.series, demo.looks, day_range=(end - 29, end))
    keep = ~np.isnan(demo.series.stress[0, -30:]) & ~np.isnan(demo.series.closeness[0, -30:])
    assert len(chart.points[0].getData()[0]) == int(keep.sum())
    chart.update(demo.series, demo.looks, day_range=(end - 1, end))
    assert chart.fits == (None, None) or len(chart.trends[0].getData()[0]) in (0, 2)
    assert fit_trend(np.array([3.0, 3.0, 3.0]), np.array([1.0, 2.0, 3.0])) is None
    chart.clear()
    assert len(chart.points[0].getData()[0]) == 0


def test_print_markers_are_vector_paths_not_pixmaps(qapp: object, demo: DemoData) -> None:
    chart = StressClosenessScatter(print_style())
    chart.update(demo.series, demo.looks)
    svg = chart.to_svg(600, 450).decode()
    assert "<image" not in svg  # pixmap sprites would be embedded images
    outlines = re.findall(r'<path[^>]* d="([^"]*)"', svg)
    days = int((~np.isnan(demo.series.stress[0]) & ~np.isnan(demo.series.closeness[0])).sum())
    assert max(path.count("M") for path in outlines) >= days  # one closed outline per day
    assert "Stress that day (0–10)" in svg or "Stress that day" in svg
