"""Sentences about day-to-day patterns: stress and closeness together, availability, and gaps."""

from __future__ import annotations

from collections.abc import Sequence

from connectly.analysis import wording
from connectly.analysis.buffer import AvailabilityBuffer
from connectly.analysis.correlation import LagCorrelation
from connectly.analysis.insight import Insight, InsightKind
from connectly.analysis.mismatch import MismatchFit
from connectly.analysis.phrasing import Context, insight
from connectly.analysis.stats import normal_quantile, spearman_interval


def _rho(c: LagCorrelation, confidence: float) -> str:
    if c.rho is None or c.ci_low is None or c.ci_high is None:
        raise ValueError("A correlation without an estimate cannot be put into words.")
    level = f"{round(confidence * 100)}%"
    return (
        f"Spearman ρ = {wording.signed(c.rho)}, {level} CI {wording.signed(c.ci_low)} "
        f"to {wording.signed(c.ci_high)}; n = {wording.plural(c.n, 'partner-day')}"
    )


def _same_day(context: Context, c: LagCorrelation) -> Insight:
    stats = _rho(c, context.settings.confidence)
    if c.excludes_zero:
        direction = "lower" if (c.rho or 0) < 0 else "higher"
        text = (
            "On days when either of you was more stressed than usual, closeness that day "
            f"tended to be {direction} ({stats})."
        )
    else:
        text = f"In this period, same-day stress and closeness did not clearly move together ({stats})."
    return insight(
        InsightKind.ASSOCIATION,
        text,
        n=c.n,
        reasons=context.small_sample(c.n, "partner-days"),
        day_range=context.observed_range(),
        partners=(0, 1),
    )


def _clearly_negative(c: LagCorrelation, confidence: float) -> bool:
    if c.rho is None or c.rho >= 0:
        return False
    interval = spearman_interval(c.rho, c.n, confidence)
    return interval is not None and interval[1] < 0


def _later_days(context: Context, pooled: Sequence[LagCorrelation]) -> Insight | None:
    """The clearest negative lag from 1 day on, if it stands out even after looking at all lags.

    Picking the best of several lags finds *something* by chance too often, so a lag is only
    reported when its interval excludes zero at the Bonferroni-adjusted level
    (1 − (1 − confidence) / number of lags); the sentence still shows the usual interval.
    """
    lags = context.settings.max_association_lag_days
    adjusted = 1 - (1 - context.settings.confidence) / max(lags, 1)
    later = [c for c in pooled if c.lag >= 1 and c.ci_low is not None and _clearly_negative(c, adjusted)]
    if not later:
        return None
    best = min(later, key=lambda c: c.rho if c.rho is not None else 0.0)
    days = wording.plural(best.lag, "day")
    text = (
        f"The pattern reached into the following days: closeness tended to be lower {days} after "
        f"a more stressed day than usual, the clearest of lags 1 to "
        f"{context.settings.max_association_lag_days} ({_rho(best, context.settings.confidence)})."
    )
    return insight(
        InsightKind.ASSOCIATION,
        text,
        n=best.n,
        reasons=context.small_sample(best.n, "partner-days"),
        day_range=context.observed_range(),
        partners=(0, 1),
    )


def association_insights(context: Context, associations: Sequence[LagCorrelation]) -> list[Insight]:
    """Same-day association of both partners pooled, and the clearest later lag if any."""
    pooled = [c for c in associations if c.partner is None]
    same_day = next((c for c in pooled if c.lag == 0 and c.rho is not None and c.ci_low is not None), None)
    if same_day is None:
        return []
    found = [_same_day(context, same_day)]
    later = _later_days(context, pooled)
    if later is not None:
        found.append(later)
    return found


def _per_stress_point(slope: float, negligible: float) -> str:
    if slope <= -negligible:
        return f"{wording.points(slope)} points lower"
    if slope >= negligible:
        return f"{wording.points(slope)} points higher"
    return "hardly different"


def buffer_sentence(context: Context, b: AvailabilityBuffer) -> Insight | None:
    """Did closeness fall less with stress on days this partner had more to give?"""
    if b.partner is None or b.slope_high is None or b.slope_low is None or b.split is None:
        return None
    name, owner = context.name(b.partner), context.owner(b.partner)
    counts = f"n = {wording.count(b.n_high)} and {wording.count(b.n_low)} days"
    reasons = context.small_sample(min(b.n_high, b.n_low), "days on one side")
    negligible = context.settings.negligible_points
    if b.slope_low > -negligible:
        text = (
            f"For {name}, closeness did not tend to fall with stress on days with less to give, "
            f"so there was little for availability to soften in this period ({counts})."
        )
    elif b.slope_high > b.slope_low:
        text = (
            f"On days when {name} had more to give than usual (availability above "
            f"{wording.rating(b.split)}), {owner} closeness tended to dip less with stress: it was "
            f"{_per_stress_point(b.slope_high, negligible)} per extra point of stress, against "
            f"{_per_stress_point(b.slope_low, negligible)} on other days ({counts})."
        )
        if b.z is None or abs(b.z) < normal_quantile(1 - context.settings.significance):
            reasons.append("the difference is within what chance could give")
    else:
        text = (
            f"For {name}, having more to give did not seem to soften how closeness moved with "
            f"stress in this period: it was {_per_stress_point(b.slope_high, negligible)} per extra point of "
            f"stress on fuller days and {_per_stress_point(b.slope_low, negligible)} on other days ({counts})."
        )
    return insight(
        InsightKind.BUFFER,
        text,
        n=b.n_high + b.n_low,
        reasons=reasons,
        day_range=context.observed_range(),
        partners=(b.partner,),
    )


def buffer_insights(context: Context, buffers: Sequence[AvailabilityBuffer]) -> list[Insight]:
    """One availability sentence per partner who has enough days on both sides of their median."""
    found = (buffer_sentence(context, b) for b in buffers)
    return [item for item in found if item is not None]


def _gap_patterns(fit: MismatchFit, negligible: float) -> list[str]:
    patterns = []
    if fit.stress_coefficient is not None and abs(fit.stress_coefficient) >= negligible:
        closer = "less close" if fit.stress_coefficient < 0 else "closer"
        patterns.append(f"the partner who was more stressed that day tended to feel the {closer} of the two")
    if fit.availability_coefficient is not None and abs(fit.availability_coefficient) >= negligible:
        closer = "closer" if fit.availability_coefficient > 0 else "less close"
        patterns.append(f"the partner with more to give tended to feel the {closer} one")
    return patterns


def mismatch_insights(context: Context, fit: MismatchFit) -> list[Insight]:
    """How much of the day-to-day closeness gap the stress and availability gaps account for."""
    if fit.r_squared is None:
        return []
    share = wording.percent(fit.r_squared)
    share = share if share.startswith("under") else f"about {share}"
    used = [
        name
        for name, coefficient in (
            ("stress", fit.stress_coefficient),
            ("availability", fit.availability_coefficient),
        )
        if coefficient is not None
    ]
    text = (
        f"On the {wording.plural(fit.n, 'day')} you both checked in, differences in {' and '.join(used)} "
        f"went with {share} of the day-to-day differences in how close each of you felt."
    )
    minor = fit.r_squared < context.settings.mismatch_min_share
    if minor:
        text = text[:-1] + ", so other things mattered more in this period."
    patterns = _gap_patterns(fit, context.settings.negligible_points)
    if patterns and not minor:
        text += " On those days, " + " and ".join(patterns) + "."
    return [
        insight(
            InsightKind.MISMATCH,
            text,
            n=fit.n,
            reasons=context.small_sample(fit.n, "paired days"),
            day_range=context.observed_range(),
            partners=(0, 1),
        )
    ]
