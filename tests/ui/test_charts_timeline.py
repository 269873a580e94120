"""The linked timeline, checked on its item data (not pixels) with the analysed demo year."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from connectly.charts.smoothing import rolling_nanmean
from connectly.charts.style import print_style
from connectly.charts.timebase import DAY_SECONDS, day_x
from connectly.charts.timeline import LinkedTimeline
from connectly.domain.days import day_number
from tests.ui.chart_data import QUIET_OFFSCREEN, DemoData, demo_data, host

pytestmark = pytest.mark.qt_log_ignore(QUIET_OFFSCREEN)


@pytest.fixture
def demo() -> DemoData:
    return demo_data()


@pytest.fixture
def timeline(qtbot: QtBot, demo: DemoData) -> Iterator[LinkedTimeline]:
    chart = LinkedTimeline()
    chart.update(demo.result, demo.series, demo.events, demo.looks)
    view = host(qtbot, chart.layout)  # the view owns the scene: keep it alive for the test
    yield chart
    view.close()


def test_each_partner_has_a_line_per_pane_with_missing_days_as_gaps(
    timeline: LinkedTimeline, demo: DemoData
) -> None:
    series = demo.series
    assert np.isnan(series.stress).any(), "the demo year should have days without a check-in"
    last = series.end_day
    timeline.set_range(last - 59, last)  # few enough days that nothing is downsampled
    for pane, values in ((timeline.stress, series.stress), (timeline.closeness, series.closeness)):
        for partner, curve in enumerate(pane.curves):
            x, y = curve.getOriginalDataset()
            np.testing.assert_array_equal(x, day_x(series.days))
            np.testing.assert_array_equal(y, values[partner])  # NaN where missing, never 0
            assert curve.opts["connect"] == "finite"
            shown_x, shown_y = curve.getData()
            days = np.rint(shown_x / DAY_SECONDS).astype(int)
            np.testing.assert_array_equal(shown_y, values[partner, days - series.start_day])
            assert np.isnan(shown_y).any() == np.isnan(values[partner, -60:]).any()


def test_spike_and_dip_markers_sit_on_the_days_the_analysis_found(
    timeline: LinkedTimeline, demo: DemoData
) -> None:
    result = demo.result
    assert result.spikes and result.dips
    for partner in range(2):
        x, y = timeline.spike_markers[partner].getData()
        spikes = [s for s in result.spikes if s.partner == partner]
        np.testing.assert_array_equal(x, day_x([s.day for s in spikes]))
        np.testing.assert_array_equal(y, [s.value for s in spikes])
        x, y = timeline.dip_markers[partner].getData()
        dips = [d for d in result.dips if d.partner == partner]
        np.testing.assert_array_equal(x, day_x([d.day for d in dips]))
        np.testing.assert_array_equal(y, [d.value for d in dips])
    assert timeline.spike_markers[0].opts["symbol"] == "t1"  # pointing up
    assert timeline.dip_markers[0].opts["symbol"] == "t"  # pointing down


def test_one_line_per_link_from_the_spike_to_its_dip(timeline: LinkedTimeline, demo: DemoData) -> None:
    links = [link for direction in demo.result.links for link in direction.links]
    assert len(links) > 10
    assert timeline.link_count() == len(links)
    starts, ends = set(), set()
    for upper, lower in ((timeline.links_upper, timeline.links_lower),):
        ux, uy = upper.getData()
        lx, ly = lower.getData()
        starts |= set(
            zip(np.rint(ux[0::2] / DAY_SECONDS).astype(int).tolist(), uy[0::2].tolist(), strict=True)
        )
        ends |= set(zip(np.rint(lx[1::2] / DAY_SECONDS).astype(int).tolist(), ly[1::2].tolist(), strict=True))
    series = demo.series
    for link in links:
        spike = float(series.stress[link.from_partner, link.spike_day - series.start_day])
        dip = float(series.closeness[link.to_partner, link.dip_day - series.start_day])
        assert (link.spike_day, spike) in starts
        assert (link.dip_day, dip) in ends


@pytest.mark.parametrize("days_shown", [20, 120, 365])
def test_the_two_pieces_of_a_link_meet_on_screen_at_any_zoom(
    timeline: LinkedTimeline, demo: DemoData, days_shown: int
) -> None:
    timeline.set_range(demo.series.end_day - days_shown + 1, demo.series.end_day)
    timeline.layout.scene().prepareForPaint()
    upper_view, lower_view = timeline.stress.view, timeline.closeness.view
    for upper, lower in ((timeline.links_upper, timeline.links_lower),):
        ux, uy = upper.getData()
        lx, ly = lower.getData()
        for i in range(1, len(ux), 2):
            leaves = upper_view.mapViewToScene(QPointF(ux[i], uy[i]))
            enters = lower_view.mapViewToScene(QPointF(lx[i - 1], ly[i - 1]))
            assert abs(leaves.x() - enters.x()) < 0.5
            assert abs(leaves.y() - enters.y()) < 0.5


def test_life_events_are_shaded_over_their_days_in_every_pane(
    timeline: LinkedTimeline, demo: DemoData
) -> None:
    assert demo.events
    first = day_x([day_number(e.starts_on) for e in demo.events])
    last = day_x([day_number(e.ends_on or e.starts_on) for e in demo.events])
    timeline.set_availability_shown(True)
    for pane in timeline.panes:
        starts, ends = pane.spans.getData()
        np.testing.assert_array_equal(starts, first - DAY_SECONDS / 2)
        np.testing.assert_array_equal(ends, last + DAY_SECONDS / 2)
    _x, titles = timeline.titles.getData()
    assert titles == tuple(e.title for e in demo.events)


def test_smoothing_draws_seven_day_means_and_leaves_the_markers(
    timeline: LinkedTimeline, demo: DemoData
) -> None:
    raw = timeline.closeness.curves[0].getOriginalDataset()[1].copy()
    markers = timeline.dip_markers[0].getData()[1].copy()
    timeline.update(demo.result, demo.series, demo.events, demo.looks, smoothing=True)
    smooth = timeline.closeness.curves[0].getOriginalDataset()[1]
    np.testing.assert_allclose(smooth, rolling_nanmean(demo.series.closeness, 7)[0])
    assert not np.allclose(np.nan_to_num(smooth), np.nan_to_num(raw))
    np.testing.assert_array_equal(timeline.dip_markers[0].getData()[1], markers)
    assert "7-day averages" in timeline.caption.text()


def test_availability_is_a_third_pane_that_comes_and_goes(
    qtbot: QtBot, timeline: LinkedTimeline, demo: DemoData
) -> None:
    grid = timeline.layout.layout
    in_layout = {grid.itemAt(i) for i in range(grid.count())}
    assert timeline.availability.view not in in_layout
    assert timeline.date_axis.linkedView() is timeline.closeness.view
    timeline.update(demo.result, demo.series, demo.events, demo.looks, show_availability=True)
    in_layout = {grid.itemAt(i) for i in range(grid.count())}
    assert timeline.availability.view in in_layout
    assert timeline.date_axis.linkedView() is timeline.availability.view  # still one date axis, at the bottom
    timeline.set_range(demo.series.end_day - 30, demo.series.end_day)
    qtbot.waitUntil(lambda: timeline.availability.view.height() > 20)
    stress_x = timeline.stress.view.viewRange()[0]
    assert timeline.availability.view.viewRange()[0] == pytest.approx(stress_x)
    y = timeline.availability.curves[1].getOriginalDataset()[1]
    np.testing.assert_array_equal(y, demo.series.availability[1])
    timeline.set_availability_shown(False)
    assert timeline.availability.view not in {grid.itemAt(i) for i in range(grid.count())}


def test_range_pan_and_zoom_move_all_panes_together(timeline: LinkedTimeline, demo: DemoData) -> None:
    end = demo.series.end_day
    timeline.set_range(end - 89, end)
    assert timeline.visible_days() == (end - 89, end)
    assert timeline.closeness.view.viewRange()[0] == pytest.approx(timeline.stress.view.viewRange()[0])
    timeline.pan(-0.5)
    first, last = timeline.visible_days()
    assert (first, last) == (end - 89 - 45, end - 45)
    timeline.zoom(2.0)
    first, last = timeline.visible_days()
    assert last - first + 1 == pytest.approx(45, abs=1)
    timeline.zoom(100.0)  # cannot zoom in beyond a week
    first, last = timeline.visible_days()
    assert last - first + 1 >= 7


def test_key_names_partners_and_caption_says_how_to_read_it(timeline: LinkedTimeline, demo: DemoData) -> None:
    labels = [entry.label for entry in timeline.key.entries()]
    assert labels[:2] == [demo.looks[0].name, demo.looks[1].name]
    assert {"stress spike", "closeness dip", "life event"} <= set(labels)
    assert "within 3 days" in timeline.caption.text()
    assert timeline.stress.axis.labelText == "Stress (0–10)"
    assert timeline.closeness.axis.labelText == "Closeness (0–10)"


def test_hover_reads_the_days_values(timeline: LinkedTimeline, demo: DemoData) -> None:
    series = demo.series
    day = series.end_day - 3
    reading = timeline.reading(day)
    assert reading is not None
    for p in range(2):
        value = series.stress[p, day - series.start_day]
        assert reading.stress[p] == (None if np.isnan(value) else value)
    assert timeline.reading(series.end_day + 10) is None
    timeline.set_range(day - 10, day + 2)
    timeline.layout.scene().prepareForPaint()
    scene_pos = timeline.closeness.view.mapViewToScene(QPointF(float(day_x(day)), 5.0))
    assert timeline.day_at(scene_pos) == day
    timeline.show_hover(day)
    assert timeline.stress.hover.isVisible() and timeline.stress.hover.value() == day_x(day)


def test_clear_empties_every_item_without_removing_it(timeline: LinkedTimeline) -> None:
    timeline.clear()
    assert timeline.link_count() == 0
    for pane in timeline.panes:
        for curve in pane.curves:
            assert curve.getOriginalDataset()[0] is None or len(curve.getOriginalDataset()[0]) == 0
        assert len(pane.spans.getData()[0]) == 0
    assert len(timeline.spike_markers[0].getData()[0]) == 0
    assert timeline.reading(0) is None


def test_print_style_renders_without_a_window(qapp: object, demo: DemoData) -> None:
    chart = LinkedTimeline(print_style(), interactive=False)
    chart.update(demo.result, demo.series, demo.events, demo.looks)
    chart.show_all()
    assert chart.layout.scene() is None  # never shown anywhere
    image = chart.to_image(1200, 600)
    assert (image.width(), image.height()) == (1200, 600)
    assert image.pixelColor(2, 2).name() == "#ffffff"
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20  # lines, markers, spans and text were painted
    assert chart.link_count() == sum(len(d.links) for d in demo.result.links)
