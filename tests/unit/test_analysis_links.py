"""Spikes, dips and links on a hand-built series whose answers are known by construction."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from connectly.analysis.episodes import find_episodes
from connectly.analysis.links import Link, LinkDirection, LinkKind, find_links
from connectly.analysis.permutation import draw_shifts
from connectly.analysis.series import DailySeries, daily_series
from connectly.analysis.thresholds import AnalysisSettings

START = 19_000
N = 100
# Steady days (stress 3, closeness 7) give a baseline of exactly 3 / 7 and a margin of 2 points.
SPIKES = {0: (30, 60), 1: (45, 80)}
DIPS = {0: (45, 84), 1: (31, 47, 62, 63)}


def build(
    spikes: Mapping[int, tuple[int, ...]],
    dips: Mapping[int, tuple[int, ...]],
    missing: Mapping[int, range] | None = None,
) -> DailySeries:
    rows = []
    for position in (0, 1):
        for i in range(N):
            if missing and i in missing.get(position, ()):
                continue
            stress = 7 if i in spikes[position] else 3
            closeness = 3 if i in dips[position] else 7
            rows.append((START + i, position, stress, closeness, 5))
    return daily_series(rows)


def links_of(series: DailySeries) -> dict[tuple[int, int], LinkDirection]:
    s = AnalysisSettings()
    episodes = find_episodes(series, s)
    found = find_links(episodes, series.start_day, draw_shifts(series.n_days, s), s)
    return {(d.from_partner, d.to_partner): d for d in found}


def test_spikes_and_dips_are_found_on_the_planted_days() -> None:
    episodes = find_episodes(build(SPIKES, DIPS), AnalysisSettings())
    assert [(x.partner, x.day - START) for x in episodes.spikes] == [(0, 30), (1, 45), (0, 60), (1, 80)]
    dips = sorted((x.partner, x.day - START) for x in episodes.dips)
    assert dips == sorted((p, d) for p, days in DIPS.items() for d in days)
    spike = episodes.spikes[0]
    assert (spike.value, spike.baseline, spike.threshold) == (7.0, 3.0, 5.0)
    assert episodes.spike_mask.sum() == 4
    assert episodes.dip_mask[1, 31]


def test_a_rise_just_below_the_margin_is_not_a_spike() -> None:
    series = build({0: (), 1: ()}, {0: (), 1: ()})
    series.stress[0, 50] = 4.9  # baseline 3, margin 2 → needs 5
    series.stress[1, 50] = 5.0
    episodes = find_episodes(series, AnalysisSettings())
    assert [(x.partner, x.day - START) for x in episodes.spikes] == [(1, 50)]


def test_four_directions_with_exact_links() -> None:
    d = links_of(build(SPIKES, DIPS))
    cross = d[(0, 1)]
    assert cross.kind is LinkKind.CROSSOVER
    assert (cross.spikes, cross.linked) == (2, 2)
    # The spike on day 60 links to the nearest dip (62), not to 63.
    assert cross.links == (Link(0, 1, START + 30, START + 31, 1), Link(0, 1, START + 60, START + 62, 2))

    back = d[(1, 0)]
    assert (back.spikes, back.linked) == (2, 1)  # 80 → 84 is 4 days: too late
    assert back.links == (Link(1, 0, START + 45, START + 45, 0),)

    own0 = d[(0, 0)]
    assert own0.kind is LinkKind.SPILLOVER
    assert (own0.spikes, own0.linked, own0.links) == (2, 0, ())

    own1 = d[(1, 1)]
    assert own1.links == (Link(1, 1, START + 45, START + 47, 2),)
    for direction in d.values():
        assert direction.shifts == AnalysisSettings().permutations
        assert direction.p_value is not None
        assert 1 / 1001 <= direction.p_value <= 1


def test_a_spike_with_no_later_check_ins_of_the_other_partner_is_not_counted() -> None:
    # Partner 1 has no check-ins on days 58–66, so Sam's spike on day 60 cannot be judged.
    series = build(SPIKES, {0: DIPS[0], 1: (31, 47)}, missing={1: range(58, 67)})
    d = links_of(series)
    assert (d[(0, 1)].spikes, d[(0, 1)].linked) == (1, 1)
    assert d[(0, 0)].spikes == 2  # partner 0's own closeness was there to be seen


def test_maximum_lag_is_a_setting() -> None:
    series = build(SPIKES, DIPS)
    s = AnalysisSettings(max_link_lag_days=4)
    found = find_links(find_episodes(series, s), series.start_day, draw_shifts(N, s), s)
    back = next(x for x in found if (x.from_partner, x.to_partner) == (1, 0))
    assert back.linked == 2
    assert back.links[-1].lag == 4


def test_no_spikes_means_nothing_to_test() -> None:
    d = links_of(build({0: (), 1: ()}, DIPS))
    assert all(x.spikes == 0 and x.p_value is None and x.expected is None for x in d.values())


def test_sensitivity_scales_the_spread() -> None:
    rng = np.random.default_rng(5)
    rows = [(i, p, int(rng.integers(0, 11)), int(rng.integers(0, 11)), 5) for i in range(200) for p in (0, 1)]
    series = daily_series(rows)
    loose = find_episodes(series, AnalysisSettings(sensitivity=0.5, min_deviation=0))
    strict = find_episodes(series, AnalysisSettings(sensitivity=2.5, min_deviation=0))
    assert loose.spike_mask.sum() > strict.spike_mask.sum()
    assert not (strict.spike_mask & ~loose.spike_mask).any()
