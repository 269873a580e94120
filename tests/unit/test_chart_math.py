"""The numbers behind the charts: 7-day smoothing and where a link line changes pane (no Qt)."""

from __future__ import annotations

import numpy as np
import pytest

from connectly.charts.link_geometry import PaneScale, split_links
from connectly.charts.smoothing import rolling_nanmean


def reference_mean(values: np.ndarray, window: int, need: int) -> np.ndarray:
    half = window // 2
    out = np.full(values.shape, np.nan)
    for i in range(values.shape[0]):
        part = values[max(0, i - half) : i + half + 1]
        part = part[~np.isnan(part)]
        if part.size >= need:
            out[i] = part.mean()
    return out


@pytest.mark.parametrize("seed", range(5))
def test_rolling_mean_matches_a_plain_loop(seed: int) -> None:
    rng = np.random.default_rng(seed)
    values = rng.integers(0, 11, 200).astype(float)
    values[rng.random(200) < 0.3] = np.nan
    np.testing.assert_allclose(rolling_nanmean(values, 7), reference_mean(values, 7, 4))
    both = np.vstack([values, values[::-1]])
    np.testing.assert_allclose(rolling_nanmean(both, 7)[1], reference_mean(values[::-1], 7, 4))


def test_long_gaps_stay_gaps_and_short_ones_are_bridged() -> None:
    values = np.full(40, 5.0)
    values[10] = np.nan  # one missing day
    values[20:30] = np.nan  # ten missing days
    smooth = rolling_nanmean(values, 7)
    assert smooth[10] == 5.0
    assert np.isnan(smooth[22:28]).all()
    assert rolling_nanmean(np.empty((2, 0)), 7).shape == (2, 0)


def test_link_pieces_meet_where_the_straight_line_crosses_the_pane_edge() -> None:
    upper = PaneScale(0.0, 10.0, 200.0)
    lower = PaneScale(0.0, 10.0, 100.0)
    pieces = split_links(np.array([0.0]), np.array([5.0]), np.array([30.0]), np.array([5.0]), upper, lower)
    # 100 px from the spike down to the edge, 50 px from the edge down to the dip: 2/3 of the way.
    np.testing.assert_allclose(pieces.upper_x, [0.0, 20.0])
    np.testing.assert_allclose(pieces.upper_y, [5.0, 0.0])
    np.testing.assert_allclose(pieces.lower_x, [20.0, 30.0])
    np.testing.assert_allclose(pieces.lower_y, [10.0, 5.0])


def test_a_gap_between_panes_is_skipped_and_same_day_links_are_vertical() -> None:
    scale = PaneScale(0.0, 10.0, 100.0)
    pieces = split_links(
        np.array([0.0, 50.0]),
        np.array([10.0, 10.0]),
        np.array([40.0, 50.0]),
        np.array([0.0, 0.0]),
        scale,
        scale,
        gap_px=100.0,
    )
    np.testing.assert_allclose(pieces.upper_x, [0.0, 40 / 3, 50.0, 50.0])  # 100 px of 300 px
    np.testing.assert_allclose(pieces.lower_x, [80 / 3, 40.0, 50.0, 50.0])
    empty = split_links(np.empty(0), np.empty(0), np.empty(0), np.empty(0), scale, scale)
    assert empty.upper_x.size == 0
