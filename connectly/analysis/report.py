"""The whole analysis in one call: :func:`analyse` → :class:`AnalysisResult`.

Ten years of two partners' daily data, including the 1000-shift permutation test of all four
link directions, take a few tens of milliseconds (target T4: ≤ 100 ms; see
``tests/perf/bench_analysis.py``). Still, callers in the GUI run it off the GUI thread
(CONVENTIONS.md item 4).
"""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from connectly.analysis.buffer import AvailabilityBuffer, availability_buffers
from connectly.analysis.correlation import LagCorrelation, lagged_associations
from connectly.analysis.drift import DriftStretch, find_drifts
from connectly.analysis.episodes import ClosenessDip, Episodes, StressSpike, find_episodes
from connectly.analysis.insights import Insight, build_insights, display_names
from connectly.analysis.links import LinkDirection, find_links
from connectly.analysis.mismatch import MismatchFit, explain_mismatch
from connectly.analysis.permutation import draw_shifts
from connectly.analysis.series import DailySeries
from connectly.analysis.thresholds import AnalysisSettings
from connectly.analysis.transitions import DatedEvent, Transition, compare_transitions
from connectly.domain.days import day_from_number

# Fields holding a day number; to_dict() writes them as ISO dates.
_DAY_FIELDS = frozenset({"day", "start_day", "end_day", "spike_day", "dip_day"})


@dataclass(frozen=True, eq=False)
class AnalysisResult:
    """Everything the analysis found, for charts, sentences, the report and ``--json``.

    ``links`` holds the four directions 0→1, 1→0, 0→0, 1→1; ``lagged`` the Spearman
    correlations (pooled, then partner 0, then partner 1; lags 0…7 each); ``buffers`` partner 0,
    partner 1, pooled. ``episodes`` keeps the baselines and masks the linked timeline draws.
    """

    settings: AnalysisSettings
    names: tuple[str, str]
    start_day: int
    end_day: int
    n_days: int
    paired_days: int
    episodes: Episodes
    spikes: tuple[StressSpike, ...]
    dips: tuple[ClosenessDip, ...]
    links: tuple[LinkDirection, ...]
    lagged: tuple[LagCorrelation, ...]
    buffers: tuple[AvailabilityBuffer, ...]
    mismatch: MismatchFit
    transitions: tuple[Transition, ...]
    drifts: tuple[DriftStretch, ...]
    insights: tuple[Insight, ...]

    def direction(self, from_partner: int, to_partner: int) -> LinkDirection:
        """The links from ``from_partner``'s spikes to ``to_partner``'s dips."""
        for item in self.links:
            if item.from_partner == from_partner and item.to_partner == to_partner:
                return item
        raise KeyError((from_partner, to_partner))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: days as ISO dates, enums as their values, NaN/inf as None.

        ``json.dumps(result.to_dict(), allow_nan=False)`` always succeeds. The per-day arrays
        (baselines, masks) are left out; they belong to charts, not to an export.
        """
        empty = self.n_days == 0
        return {
            "period": {
                "start": None if empty else _iso(self.start_day),
                "end": None if empty else _iso(self.end_day),
                "days": self.n_days,
                "paired_days": self.paired_days,
            },
            "partners": list(self.names),
            "settings": _plain(self.settings),
            "insights": _plain(self.insights),
            "spikes": _plain(self.spikes),
            "dips": _plain(self.dips),
            "links": [{**_plain(d), "kind": d.kind.value} for d in self.links],
            "lagged_associations": _plain(self.lagged),
            "availability_buffer": [
                {**_plain(b), "difference": _number(b.difference), "z": _number(b.z)} for b in self.buffers
            ],
            "mismatch": _plain(self.mismatch),
            "transitions": _plain(self.transitions),
            "drifts": _plain(self.drifts),
        }


def _iso(day: int) -> str:
    return day_from_number(day).isoformat()


def _number(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), 6)


def _plain(value: Any, key: str = "") -> Any:
    """Recursively turn dataclasses, tuples, enums and numbers into JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name), f.name) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (tuple, list)):
        if key == "day_range" and len(value) == 2:
            return [_iso(int(value[0])), _iso(int(value[1]))]
        return [_plain(item) for item in value]
    if isinstance(value, int) or (hasattr(value, "dtype") and value.dtype.kind in "iu"):
        return _iso(int(value)) if key in _DAY_FIELDS else int(value)
    if isinstance(value, float) or hasattr(value, "dtype"):
        return _number(float(value))
    raise TypeError(f"Cannot export {type(value).__name__} to JSON.")


def analyse(
    series: DailySeries,
    events: Sequence[DatedEvent],
    names: tuple[str, str],
    settings: AnalysisSettings = AnalysisSettings(),  # noqa: B008 — frozen, so sharing is safe
    lead_in: DailySeries | None = None,
) -> AnalysisResult:
    """Run the whole analysis of DESIGN.md §6 on ``series``.

    ``events`` are life events (``LifeEvent`` or ``LifeEventDraft``); ``names`` the partners'
    names in position order, used only in sentences. ``lead_in``, the days just before
    ``series`` (see :func:`lead_in_range`), feeds two things only: the baselines of the first
    weeks, and the "before" side of life events early in the range. No spike, dip, link or
    association is looked for in it. Never raises for odd data: an empty, constant or one-sided
    series gives empty statistics and the "not enough data" sentence.
    """
    episodes = find_episodes(series, settings, lead_in)
    links = find_links(episodes, series.start_day, draw_shifts(series.n_days, settings), settings)
    lagged = lagged_associations(series, settings)
    buffers = availability_buffers(series, settings)
    mismatch = explain_mismatch(series, settings)
    transitions = compare_transitions(series if lead_in is None else lead_in.joined(series), events, settings)
    drifts = find_drifts(series, events, settings)
    shown = display_names(names)
    insights = build_insights(
        series=series,
        names=shown,
        settings=settings,
        episodes=episodes,
        links=links,
        associations=lagged,
        buffers=buffers,
        mismatch=mismatch,
        transitions=transitions,
        drifts=drifts,
    )
    return AnalysisResult(
        settings=settings,
        names=shown,
        start_day=series.start_day,
        end_day=series.end_day,
        n_days=series.n_days,
        paired_days=series.paired_days,
        episodes=episodes,
        spikes=episodes.spikes,
        dips=episodes.dips,
        links=links,
        lagged=lagged,
        buffers=buffers,
        mismatch=mismatch,
        transitions=transitions,
        drifts=drifts,
        insights=insights,
    )


def lead_in_range(start_day: int, settings: AnalysisSettings) -> tuple[int, int]:
    """The days (first, last; inclusive) before a range starting on ``start_day`` that its
    analysis reads: enough for a baseline and for the longest "before" of a life event."""
    days = max(settings.baseline_window_days, *settings.transition_windows_days)
    return start_day - days, start_day - 1
