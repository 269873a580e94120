"""Stress spikes and closeness dips: days that stand out from a person's own baseline.

A spike or dip is judged against the same person's recent days only, never against the
other partner or a population norm: "high for you, lately" is what matters (DESIGN.md §1,
autonomy). Every day is judged on its own, so two stressful days in a row are two spikes;
the permutation test keeps runs intact, so this does not inflate the evidence for links.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from connectly.analysis.baseline import Baseline, rolling_baseline
from connectly.analysis.series import DailySeries
from connectly.analysis.thresholds import AnalysisSettings
from connectly.domain.checkins import Measure


@dataclass(frozen=True, slots=True)
class StressSpike:
    """A day on which ``partner``'s stress ``value`` reached ``threshold`` above their ``baseline``."""

    partner: int
    day: int
    value: float
    baseline: float
    threshold: float


@dataclass(frozen=True, slots=True)
class ClosenessDip:
    """A day on which ``partner``'s closeness ``value`` fell to ``threshold`` below their ``baseline``."""

    partner: int
    day: int
    value: float
    baseline: float
    threshold: float


@dataclass(frozen=True, eq=False)
class Episodes:
    """Spikes and dips of both partners, as ``(2, n_days)`` masks and as lists.

    ``spike_evaluable`` / ``dip_evaluable`` mark days on which a spike / dip *could* have been
    seen (a check-in and a baseline). A spike followed by days without the other partner's
    check-ins cannot be called "not followed by a dip", so link counts use these masks.
    """

    stress_baseline: Baseline
    closeness_baseline: Baseline
    spike_mask: np.ndarray
    dip_mask: np.ndarray
    spike_evaluable: np.ndarray
    dip_evaluable: np.ndarray
    spike_threshold: np.ndarray
    dip_threshold: np.ndarray
    spikes: tuple[StressSpike, ...]
    dips: tuple[ClosenessDip, ...]

    def spike_count(self, partner: int) -> int:
        """How many spike days ``partner`` had."""
        return int(np.count_nonzero(self.spike_mask[partner]))

    def dip_count(self, partner: int) -> int:
        """How many dip days ``partner`` had."""
        return int(np.count_nonzero(self.dip_mask[partner]))


def find_episodes(
    series: DailySeries, settings: AnalysisSettings, lead_in: DailySeries | None = None
) -> Episodes:
    """Find every stress spike and closeness dip of both partners in ``series``.

    Spike: stress ≥ baseline + max(sensitivity × spread, min_deviation).
    Dip: closeness ≤ baseline − max(sensitivity × spread, min_deviation).
    Days without a baseline (fewer than ``baseline_min_values`` earlier values) have neither.
    ``lead_in`` is the series of the days just before ``series``: it feeds the first days'
    baselines only; no spike or dip is looked for in it.
    """
    stress_base = rolling_baseline(series.stress, settings, _before(lead_in, series, Measure.STRESS))
    closeness_base = rolling_baseline(series.closeness, settings, _before(lead_in, series, Measure.CLOSENESS))
    spike_threshold = stress_base.level + stress_base.margin(settings)
    dip_threshold = closeness_base.level - closeness_base.margin(settings)

    spike_evaluable = ~np.isnan(series.stress) & ~np.isnan(spike_threshold)
    dip_evaluable = ~np.isnan(series.closeness) & ~np.isnan(dip_threshold)
    spike_mask = np.zeros_like(spike_evaluable)
    dip_mask = np.zeros_like(dip_evaluable)
    np.greater_equal(series.stress, spike_threshold, out=spike_mask, where=spike_evaluable)
    np.less_equal(series.closeness, dip_threshold, out=dip_mask, where=dip_evaluable)

    spikes = tuple(
        StressSpike(
            partner=int(p),
            day=series.start_day + int(t),
            value=float(series.stress[p, t]),
            baseline=float(stress_base.level[p, t]),
            threshold=float(spike_threshold[p, t]),
        )
        for p, t in zip(*np.nonzero(spike_mask), strict=True)
    )
    dips = tuple(
        ClosenessDip(
            partner=int(p),
            day=series.start_day + int(t),
            value=float(series.closeness[p, t]),
            baseline=float(closeness_base.level[p, t]),
            threshold=float(dip_threshold[p, t]),
        )
        for p, t in zip(*np.nonzero(dip_mask), strict=True)
    )
    return Episodes(
        stress_baseline=stress_base,
        closeness_baseline=closeness_base,
        spike_mask=spike_mask,
        dip_mask=dip_mask,
        spike_evaluable=spike_evaluable,
        dip_evaluable=dip_evaluable,
        spike_threshold=spike_threshold,
        dip_threshold=dip_threshold,
        spikes=tuple(sorted(spikes, key=lambda s: (s.day, s.partner))),
        dips=tuple(sorted(dips, key=lambda d: (d.day, d.partner))),
    )


def _before(lead_in: DailySeries | None, series: DailySeries, measure: Measure) -> np.ndarray | None:
    """The lead-in's values of ``measure`` when it ends on the day before ``series`` starts."""
    if lead_in is None or lead_in.n_days == 0:
        return None
    if lead_in.end_day != series.start_day - 1:
        raise ValueError("The lead-in must end on the day before the series starts.")
    return lead_in.measure(measure)
