"""Sentences about the period covered and about spikes followed by dips."""

from __future__ import annotations

from collections.abc import Sequence

from connectly.analysis import wording
from connectly.analysis.episodes import Episodes
from connectly.analysis.insight import Insight, InsightKind
from connectly.analysis.links import LinkDirection, LinkKind
from connectly.analysis.phrasing import Context, insight


def overview(context: Context) -> Insight:
    """Which days the insights rest on, and how many of them have both partners' check-ins."""
    span = context.observed_range()
    paired = context.paired_days
    reasons = context.few_paired_days()
    if span is None:  # unreachable with enough paired days; kept for safety
        text = "There are no check-ins in this period yet."
    else:
        total = span[1] - span[0] + 1
        text = (
            f"These insights rest on the days {wording.day_span(*span)}: "
            f"{wording.plural(paired, 'day')} with check-ins from both of you, "
            f"out of {wording.plural(total, 'day')}."
        )
    return insight(InsightKind.OVERVIEW, text, n=paired, reasons=reasons, day_range=span, partners=(0, 1))


def _window(max_lag: int) -> str:
    if max_lag == 0:
        return "on the same day"
    return "within a day" if max_lag == 1 else f"within {max_lag} days"


def _verdict(direction: LinkDirection, expected: float, p: float, significance: float) -> str:
    if direction.linked > expected and p < significance:
        return (
            " That is more often than chance alone would suggest "
            f"({wording.p_value(p)}, from {wording.count(direction.shifts)} shifted comparisons)."
        )
    if direction.linked > expected:
        return f" In this period that is not clearly more than chance ({wording.p_value(p)})."
    return " In this period that is no more often than chance would give."


def link_sentence(context: Context, direction: LinkDirection) -> Insight | None:
    """The sentence for one direction: "9 of 12 of Sam’s stress spikes were followed …"."""
    if direction.spikes == 0 or direction.expected is None or direction.p_value is None:
        return None
    source, target = direction.from_partner, direction.to_partner
    whose = (
        f"{context.owner(target)} closeness"
        if direction.kind is LinkKind.CROSSOVER
        else f"{context.owner(source)} own closeness"
    )
    verb = "was" if direction.linked == 1 else "were"
    text = (
        f"{wording.count(direction.linked)} of {wording.count(direction.spikes)} of "
        f"{context.owner(source)} stress spikes {verb} followed "
        f"{_window(context.settings.max_link_lag_days)} by a dip in {whose}; "
        f"about {wording.about(direction.expected)} would be expected by chance."
    )
    text += _verdict(direction, direction.expected, direction.p_value, context.settings.significance)
    reasons = context.few_paired_days()
    if direction.spikes < context.settings.min_spikes_for_link:
        reasons.append(f"only {wording.plural(direction.spikes, 'spike')}")
    if direction.links:
        first = min(link.spike_day for link in direction.links)
        last = max(link.dip_day for link in direction.links)
        day_range: tuple[int, int] | None = (first, last)
    else:
        day_range = context.observed_range()
    return insight(
        InsightKind.LINK,
        text,
        n=direction.spikes,
        reasons=reasons,
        day_range=day_range,
        partners=tuple(sorted({source, target})),
    )


def no_spikes_sentence(context: Context, episodes: Episodes, partner: int) -> Insight | None:
    """Say so when a partner's stress never stood out from their own baseline."""
    checked = int(episodes.spike_evaluable[partner].sum())
    if episodes.spike_count(partner) or checked == 0:
        return None
    text = (
        f"No stress spikes stood out from {context.owner(partner)} usual level in this period "
        f"({wording.plural(checked, 'day')} compared with {context.owner(partner)} recent baseline)."
    )
    return insight(
        InsightKind.NO_SPIKES,
        text,
        n=checked,
        reasons=context.small_sample(checked, "days with a baseline"),
        day_range=context.observed_range(),
        partners=(partner,),
    )


def link_insights(context: Context, episodes: Episodes, directions: Sequence[LinkDirection]) -> list[Insight]:
    """Crossover then spillover link sentences, and a "no spikes" sentence where fitting."""
    found: list[Insight] = []
    for partner in (0, 1):
        quiet = no_spikes_sentence(context, episodes, partner)
        if quiet is not None:
            found.append(quiet)
    for direction in directions:
        sentence = link_sentence(context, direction)
        if sentence is not None:
            found.append(sentence)
    return found
