"""Every threshold of the analysis in one place, with the defaults of DESIGN.md §6.

Changing a number here changes it everywhere; the tests read the defaults from here
rather than repeating them, and ``tests/unit/test_analysis_settings.py`` pins the
design defaults so that a silent change fails.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    """Thresholds and sample-size rules for spikes, dips, links and the statistics built on them.

    Baselines and episodes
        ``baseline_window_days`` (28) previous days form a person's baseline on day t (day t
        itself excluded); at least ``baseline_min_values`` (7) of them must have a check-in.
        The spread is ``mad_scale`` (1.4826) × the median absolute deviation of the same
        window, floored at ``spread_floor`` (1 point), so a very steady person does not get
        spikes from a one-point wobble.
        A stress spike is stress ≥ baseline + max(``sensitivity`` × spread, ``min_deviation``);
        a closeness dip is closeness ≤ baseline − the same margin. ``sensitivity`` is the number
        of spreads (1.5 by default): a *larger* value asks for a bigger departure, so fewer
        days count as spikes or dips.

    Links and the permutation test
        A spike on day t is linked to a dip on day t+d for 0 ≤ d ≤ ``max_link_lag_days`` (3).
        Chance is estimated from ``permutations`` (≥ 1000) circular shifts of the dip series,
        drawn with ``seed`` so the same diary always gives the same p-value; shifts shorter
        than ``min_shift_days`` (7) are not drawn because they would mostly keep the real
        alignment and make chance look too good.

    Honesty rules
        Below ``min_paired_days`` (14) days with both partners' check-ins there are no insights
        at all. Results from fewer than ``tentative_paired_days`` (56, eight weeks) paired days,
        fewer than ``min_spikes_for_link`` spikes, or fewer than ``tentative_n`` observations are
        marked tentative. A statistic needs at least ``min_n`` observations to be reported.

    Statistics
        Lagged Spearman correlations at lags 0…``max_association_lag_days`` (7) with a
        ``confidence`` (95 %) interval; a link count or a buffer difference is called "more than
        chance" below ``significance`` (0.05); slopes, coefficients and changes smaller than
        ``negligible_points`` (which would print as 0.0) are worded as "hardly any", and gaps that
        account for less than ``mismatch_min_share`` of the closeness gap are not described one by one; availability split at each person's median with at
        least ``min_group_days`` per group; transitions compared over ``transition_windows_days``
        (30, 60, 90) before and after an event start, with ``transition_insight_window_days``
        used for the sentence and at least ``min_transition_days`` partner-days per side.

    Drift during stability
        A fall of closeness of at least ``drift_min_fall`` points (fitted line) over at least
        ``drift_min_days`` (42, six weeks), where every day's ``smoothing_days`` (7-day) mean
        stress is at or below the person's median, no life event lies within
        ``drift_event_margin_days`` (30) and at least ``drift_min_coverage`` of the days have a
        check-in.
    """

    baseline_window_days: int = 28
    baseline_min_values: int = 7
    mad_scale: float = 1.4826
    spread_floor: float = 1.0
    sensitivity: float = 1.5
    min_deviation: float = 2.0

    max_link_lag_days: int = 3
    permutations: int = 1000
    seed: int = 20_240_601
    min_shift_days: int = 7

    min_paired_days: int = 14
    tentative_paired_days: int = 56
    min_spikes_for_link: int = 5
    tentative_n: int = 30
    min_n: int = 10

    max_association_lag_days: int = 7
    confidence: float = 0.95
    significance: float = 0.05
    negligible_points: float = 0.05
    mismatch_min_share: float = 0.05
    min_group_days: int = 10

    transition_windows_days: tuple[int, ...] = (30, 60, 90)
    transition_insight_window_days: int = 60
    min_transition_days: int = 14

    smoothing_days: int = 7
    drift_min_days: int = 42
    drift_min_fall: float = 1.5
    drift_min_coverage: float = 0.5
    drift_event_margin_days: int = 30

    def __post_init__(self) -> None:
        problems: list[str] = []
        if self.baseline_window_days < 2:
            problems.append("the baseline window must be at least 2 days")
        if not 1 <= self.baseline_min_values <= self.baseline_window_days:
            problems.append("the baseline needs between 1 value and the whole window")
        if self.spread_floor <= 0 or self.mad_scale <= 0:
            problems.append("the spread scale and floor must be positive")
        if self.sensitivity <= 0 or self.min_deviation < 0:
            problems.append("the sensitivity must be positive and the minimum deviation not negative")
        if self.max_link_lag_days < 0 or self.max_association_lag_days < 0:
            problems.append("lags cannot be negative")
        if self.permutations < 1000:
            problems.append("the permutation test needs at least 1000 shifts")
        if self.min_shift_days < 1:
            problems.append("the shortest shift must be at least 1 day")
        if self.min_paired_days < 1 or self.min_n < 4:
            problems.append("minimum sample sizes are too small (paired days ≥ 1, statistics ≥ 4)")
        if not 0.5 <= self.confidence < 1:
            problems.append("the confidence level must be from 0.5 to below 1")
        if not 0 < self.significance < 0.5 or self.negligible_points < 0:
            problems.append("the significance level must be between 0 and 0.5")
        if not self.transition_windows_days or min(self.transition_windows_days) < 1:
            problems.append("transition windows must be positive")
        if self.transition_insight_window_days not in self.transition_windows_days:
            problems.append("the transition window used in sentences must be one of the windows")
        if self.smoothing_days < 1 or self.drift_min_days < 2 or self.drift_min_fall <= 0:
            problems.append("drift settings must be positive")
        if not 0 < self.drift_min_coverage <= 1:
            problems.append("drift coverage must be a fraction above 0")
        if problems:
            raise ValueError("Analysis settings are not valid: " + "; ".join(problems) + ".")

    @property
    def link_window_days(self) -> int:
        """How many days a spike's window covers (the spike day and the ``max_link_lag_days`` after)."""
        return self.max_link_lag_days + 1
