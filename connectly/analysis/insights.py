"""Insight sentences: what the numbers say, in plain, kind, associational language.

The honesty rules of DESIGN.md §6 live here:

* no insight at all from fewer than ``min_paired_days`` paired days — one sentence saying how
  many more days are needed instead;
* every number is given with its n ("9 of 12", "n = 240 days");
* wording is associational ("tended to", "in this period", "went with"), never causal
  ("caused", "made", "because"), and never blames a partner — mismatch sentences speak of
  "the partner who was more stressed that day", not of a person;
* results from small samples carry "(tentative: …)" in the text and ``tentative=True``.

Sentences are built only from finite numbers (each builder checks for None first), so no
sentence can contain "nan", "inf" or "None".
"""

from __future__ import annotations

from collections.abc import Sequence

from connectly.analysis import change_sentences, link_sentences, pattern_sentences
from connectly.analysis.buffer import AvailabilityBuffer
from connectly.analysis.correlation import LagCorrelation
from connectly.analysis.drift import DriftStretch
from connectly.analysis.episodes import Episodes
from connectly.analysis.insight import Insight, InsightKind
from connectly.analysis.links import LinkDirection
from connectly.analysis.mismatch import MismatchFit
from connectly.analysis.phrasing import Context
from connectly.analysis.series import DailySeries
from connectly.analysis.thresholds import AnalysisSettings
from connectly.analysis.transitions import Transition

__all__ = ["Insight", "InsightKind", "build_insights", "display_names", "not_enough_data"]


def display_names(names: Sequence[str]) -> tuple[str, str]:
    """The two names for sentences, with "Partner 1" / "Partner 2" for a blank or missing one."""
    padded = [*list(names)[:2], "", ""]
    first, second = (str(name or "").strip() for name in padded[:2])
    return (first or "Partner 1", second or "Partner 2")


def not_enough_data(paired_days: int, settings: AnalysisSettings) -> Insight:
    """The single insight shown below ``min_paired_days`` paired days."""
    missing = settings.min_paired_days - paired_days
    days = "1 more day" if missing == 1 else f"{missing:,} more days"
    verb = "is" if missing == 1 else "are"
    return Insight(
        kind=InsightKind.NOT_ENOUGH_DATA,
        text=f"Not enough data yet — {days} with both partners’ check-ins {verb} needed.",
        n=paired_days,
        tentative=False,
        day_range=None,
        partners=(0, 1),
    )


def build_insights(
    *,
    series: DailySeries,
    names: Sequence[str],
    settings: AnalysisSettings,
    episodes: Episodes,
    links: Sequence[LinkDirection],
    associations: Sequence[LagCorrelation],
    buffers: Sequence[AvailabilityBuffer],
    mismatch: MismatchFit,
    transitions: Sequence[Transition],
    drifts: Sequence[DriftStretch],
) -> tuple[Insight, ...]:
    """All insight sentences, most general first: overview, links, association, buffer,
    mismatch, transitions, drift. Below ``min_paired_days`` only the "not enough data" one."""
    paired_days = series.paired_days
    if paired_days < settings.min_paired_days:
        return (not_enough_data(paired_days, settings),)
    context = Context(series=series, names=display_names(names), settings=settings)
    found: list[Insight] = [link_sentences.overview(context)]
    found += link_sentences.link_insights(context, episodes, links)
    found += pattern_sentences.association_insights(context, associations)
    found += pattern_sentences.buffer_insights(context, buffers)
    found += pattern_sentences.mismatch_insights(context, mismatch)
    found += change_sentences.transition_insights(context, transitions)
    found += change_sentences.drift_insights(context, drifts)
    return tuple(found)
