"""Sentences about change over time: around life events, and slow drifts in calm stretches."""

from __future__ import annotations

from collections.abc import Sequence

from connectly.analysis import wording
from connectly.analysis.drift import DriftStretch
from connectly.analysis.insight import Insight, InsightKind
from connectly.analysis.phrasing import Context, insight
from connectly.analysis.transitions import Transition
from connectly.domain.checkins import Measure
from connectly.domain.events import LifeEventKind


def _change(difference: float, negligible: float) -> str:
    if difference <= -negligible:
        return f"a fall of {wording.points(difference)} points"
    if difference >= negligible:
        return f"a rise of {wording.points(difference)} points"
    return "about the same"


def transition_sentence(context: Context, transition: Transition) -> Insight | None:
    """Closeness of both partners in the days before vs after a life event began."""
    width = context.settings.transition_insight_window_days
    window = transition.window(Measure.CLOSENESS, width, None)
    if window is None or (window.n_before == 0 and window.n_after == 0):
        return None
    kind = "" if transition.kind is LifeEventKind.OTHER else f" ({transition.kind.value})"
    event = f"“{transition.title}”{kind}"
    counts = (
        f"n = {wording.count(window.n_after)} partner-days after and {wording.count(window.n_before)} before"
    )
    day_range = (transition.start_day - width, transition.start_day + width - 1)
    smaller = min(window.n_before, window.n_after)
    if (
        smaller < context.settings.min_transition_days
        or window.mean_before is None
        or window.mean_after is None
        or window.difference is None
    ):
        text = (
            f"There are too few check-ins around {event}, which began on "
            f"{wording.date(transition.start_day)}, to compare the {width} days before and after "
            f"({counts})."
        )
        return insight(
            InsightKind.TRANSITION,
            text,
            n=smaller,
            reasons=[],
            day_range=day_range,
            partners=(0, 1),
        )
    effect = "" if window.hedges_g is None else f", Hedges’ g = {wording.signed(window.hedges_g)}"
    # The period may end sooner than the window: say how many days "after" really covers.
    after_days = min(width, context.series.end_day - transition.start_day + 1)
    after = (
        f"In the {width} days after {event} began on {wording.date(transition.start_day)}"
        if after_days >= width
        else f"In the {wording.plural(after_days, 'day')} from {event} beginning on "
        f"{wording.date(transition.start_day)} to the end of this period"
    )
    text = (
        f"{after}, "
        f"closeness averaged {wording.rating(window.mean_after)} out of 10, against "
        f"{wording.rating(window.mean_before)} in the {width} days before — "
        f"{_change(window.difference, context.settings.negligible_points)}{effect} ({counts})."
    )
    if window.difference <= -context.settings.negligible_points:
        text += " Some distance is common while a couple adapts to a change."
    return insight(
        InsightKind.TRANSITION,
        text,
        n=window.n_before + window.n_after,
        reasons=context.small_sample(smaller, "partner-days on one side"),
        day_range=day_range,
        partners=(0, 1),
    )


def transition_insights(context: Context, transitions: Sequence[Transition]) -> list[Insight]:
    """One sentence per life event that has check-ins around it."""
    found = (transition_sentence(context, t) for t in transitions)
    return [item for item in found if item is not None]


def drift_sentence(context: Context, drift: DriftStretch) -> Insight:
    """A slow fall of one partner's closeness through a calm, event-free stretch."""
    span = wording.day_span(drift.start_day, drift.end_day)
    text = (
        f"{span[0].upper()}{span[1:]}, a calm stretch with no life events, "
        f"{context.owner(drift.partner)} closeness drifted down slowly — by about "
        f"{wording.points(drift.fall)} points over {wording.weeks(drift.length_days)} "
        f"({wording.plural(drift.n, 'day')} with check-ins). Calm stretches can be a good "
        "moment to choose each other on purpose."
    )
    return insight(
        InsightKind.DRIFT,
        text,
        n=drift.n,
        reasons=context.small_sample(drift.n, "days with check-ins"),
        day_range=(drift.start_day, drift.end_day),
        partners=(drift.partner,),
    )


def drift_insights(context: Context, drifts: Sequence[DriftStretch]) -> list[Insight]:
    """One sentence per drift stretch."""
    return [drift_sentence(context, d) for d in drifts]
