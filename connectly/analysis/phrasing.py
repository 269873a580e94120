"""What every insight sentence shares: the names, the settings, and the "tentative" rule."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from connectly.analysis import wording
from connectly.analysis.insight import Insight, InsightKind
from connectly.analysis.series import DailySeries
from connectly.analysis.thresholds import AnalysisSettings


@dataclass(frozen=True, eq=False)
class Context:
    """The series, display names and settings a sentence builder needs."""

    series: DailySeries
    names: tuple[str, str]
    settings: AnalysisSettings

    @property
    def paired_days(self) -> int:
        """Days with check-ins from both partners."""
        return self.series.paired_days

    def name(self, partner: int) -> str:
        """A partner's display name."""
        return self.names[partner]

    def owner(self, partner: int) -> str:
        """A partner's name in the possessive ("Sam’s")."""
        return wording.possessive(self.names[partner])

    def observed_range(self) -> tuple[int, int] | None:
        """The first and last day with any check-in, or None."""
        present = np.flatnonzero(self.series.present_mask().any(axis=0))
        if present.size == 0:
            return None
        return self.series.start_day + int(present[0]), self.series.start_day + int(present[-1])

    def few_paired_days(self) -> list[str]:
        """["only 18 paired days"] below ``tentative_paired_days``, else []."""
        if self.paired_days < self.settings.tentative_paired_days:
            return [f"only {wording.plural(self.paired_days, 'paired day')}"]
        return []

    def small_sample(self, n: int, what: str) -> list[str]:
        """Reasons to call a result tentative: few paired days overall, or few ``what`` here."""
        reasons = self.few_paired_days()
        note = f"only {wording.count(n)} {what}"
        if n < self.settings.tentative_n and note not in reasons:
            reasons.append(note)
        return reasons


def insight(
    kind: InsightKind,
    text: str,
    *,
    n: int,
    reasons: list[str],
    day_range: tuple[int, int] | None,
    partners: tuple[int, ...],
) -> Insight:
    """An :class:`Insight`; with reasons, the text ends in "(tentative: …)" and it is marked so."""
    if reasons:
        body = text[:-1] if text.endswith(".") else text
        text = f"{body} (tentative: {'; '.join(reasons)})."
    return Insight(
        kind=kind,
        text=text,
        n=int(n),
        tentative=bool(reasons),
        day_range=day_range,
        partners=partners,
    )
