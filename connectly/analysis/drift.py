"""Drift during stability: closeness slowly falling through calm, event-free weeks.

The essay warns that intimacy often declines not in crises but during stability, when
partners stop choosing each other. A stretch is flagged for a partner when, over at least
``drift_min_days`` (six weeks):

* no life event lies within ``drift_event_margin_days`` of any day (transitions have their own
  comparison, and the weeks after a move are not "stability");
* the person's stress is low: on every day the mean stress of the last ``smoothing_days`` days
  (where known) is at or below that person's own median stress;
* at least ``drift_min_coverage`` of the days have a check-in; and
* a least-squares line through the daily closeness falls by at least ``drift_min_fall`` points
  from the first to the last day — a fitted line, so one bad day cannot make a drift.

Every qualifying six-week window is found at once with running sums; overlapping windows are
merged into one stretch, whose fall is then re-fitted over the whole stretch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from connectly.analysis.series import DailySeries
from connectly.analysis.stats import fit_line
from connectly.analysis.thresholds import AnalysisSettings
from connectly.analysis.transitions import DatedEvent
from connectly.domain.days import day_number


@dataclass(frozen=True, slots=True)
class DriftStretch:
    """A calm stretch over which ``partner``'s closeness drifted down.

    ``fall`` is how many points the fitted line lost from ``start_day`` to ``end_day``;
    ``closeness_start`` / ``closeness_end`` are the fitted values there; ``n`` is the number of
    days with a check-in inside the stretch.
    """

    partner: int
    start_day: int
    end_day: int
    fall: float
    closeness_start: float
    closeness_end: float
    n: int

    @property
    def length_days(self) -> int:
        """Calendar days covered, both ends included."""
        return self.end_day - self.start_day + 1


def event_zone(series: DailySeries, events: Sequence[DatedEvent], margin: int) -> np.ndarray:
    """``(n_days,)`` booleans: True within ``margin`` days of any life event (start to end)."""
    zone = np.zeros(series.n_days, dtype=bool)
    for event in events:
        first = day_number(event.starts_on) - margin - series.start_day
        last_day = event.ends_on if event.ends_on is not None else event.starts_on
        last = day_number(last_day) + margin - series.start_day
        zone[max(first, 0) : max(min(last + 1, series.n_days), 0)] = True
    return zone


def _window_sums(values: np.ndarray, width: int) -> np.ndarray:
    running = np.concatenate([[0.0], np.cumsum(values, dtype=np.float64)])
    return running[width:] - running[:-width]


def _trailing_mean(values: np.ndarray, width: int) -> np.ndarray:
    present = ~np.isnan(values)
    padded = np.concatenate([np.zeros(width - 1), np.where(present, values, 0.0)])
    counts = _window_sums(np.concatenate([np.zeros(width - 1), present.astype(np.float64)]), width)
    sums = _window_sums(padded, width)
    mean = np.full(values.shape[0], np.nan)
    np.divide(sums, counts, out=mean, where=counts >= (width + 1) // 2)
    return mean


def _qualifying_starts(
    closeness: np.ndarray, unsettled: np.ndarray, settings: AnalysisSettings
) -> np.ndarray:
    width = settings.drift_min_days
    observed = ~np.isnan(closeness)
    x = np.arange(closeness.shape[0], dtype=np.float64)
    y = np.where(observed, closeness, 0.0)
    count = _window_sums(observed.astype(np.float64), width)
    sum_x = _window_sums(np.where(observed, x, 0.0), width)
    sum_y = _window_sums(y, width)
    sum_xx = _window_sums(np.where(observed, x * x, 0.0), width)
    sum_xy = _window_sums(x * y, width)
    denominator = count * sum_xx - sum_x * sum_x
    slope = np.zeros_like(count)
    fit = (count >= settings.drift_min_coverage * width) & (denominator > 1e-9)
    np.divide(count * sum_xy - sum_x * sum_y, denominator, out=slope, where=fit)
    calm = _window_sums(unsettled.astype(np.float64), width) < 0.5
    return np.flatnonzero(fit & calm & (-slope * (width - 1) >= settings.drift_min_fall))


def _merge(starts: np.ndarray, width: int) -> list[tuple[int, int]]:
    stretches: list[tuple[int, int]] = []
    for start in starts.tolist():
        if stretches and start <= stretches[-1][1] + 1:
            stretches[-1] = (stretches[-1][0], start + width - 1)
        else:
            stretches.append((start, start + width - 1))
    return stretches


def _partner_drifts(
    series: DailySeries, partner: int, zone: np.ndarray, settings: AnalysisSettings
) -> list[DriftStretch]:
    closeness, stress = series.closeness[partner], series.stress[partner]
    known_stress = stress[~np.isnan(stress)]
    if known_stress.size == 0 or series.n_days < settings.drift_min_days:
        return []
    recent_stress = _trailing_mean(stress, settings.smoothing_days)
    with np.errstate(invalid="ignore"):
        stressed = recent_stress > float(np.median(known_stress))
    unsettled = zone | stressed
    drifts: list[DriftStretch] = []
    for first, last in _merge(_qualifying_starts(closeness, unsettled, settings), settings.drift_min_days):
        part = closeness[first : last + 1]
        keep = ~np.isnan(part)
        line = fit_line(np.flatnonzero(keep).astype(np.float64), part[keep])
        if line is None:
            continue
        at_start, at_end = line.intercept, line.intercept + line.slope * (last - first)
        if at_start - at_end < settings.drift_min_fall:
            continue
        drifts.append(
            DriftStretch(
                partner=partner,
                start_day=series.start_day + first,
                end_day=series.start_day + last,
                fall=at_start - at_end,
                closeness_start=at_start,
                closeness_end=at_end,
                n=int(np.count_nonzero(keep)),
            )
        )
    return drifts


def find_drifts(
    series: DailySeries, events: Sequence[DatedEvent], settings: AnalysisSettings
) -> tuple[DriftStretch, ...]:
    """Every stretch of calm, event-free drift of closeness, for both partners, by start day."""
    zone = event_zone(series, events, settings.drift_event_margin_days)
    drifts = _partner_drifts(series, 0, zone, settings) + _partner_drifts(series, 1, zone, settings)
    return tuple(sorted(drifts, key=lambda d: (d.start_day, d.partner)))
