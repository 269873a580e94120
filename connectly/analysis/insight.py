"""One insight: a sentence for the couple with the facts a screen needs to show it honestly."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class InsightKind(enum.StrEnum):
    """What an insight is about (the UI groups and styles insights by it)."""

    NOT_ENOUGH_DATA = "not_enough_data"
    OVERVIEW = "overview"
    LINK = "link"
    NO_SPIKES = "no_spikes"
    ASSOCIATION = "association"
    BUFFER = "buffer"
    MISMATCH = "mismatch"
    TRANSITION = "transition"
    DRIFT = "drift"


@dataclass(frozen=True, slots=True)
class Insight:
    """One sentence for the couple.

    ``n`` is the sample size the sentence rests on; ``tentative`` marks small-sample results
    (the text then says so too); ``day_range`` is the first and last day number to zoom to when
    the insight is clicked (None for none); ``partners`` lists the positions it is about.
    """

    kind: InsightKind
    text: str
    n: int
    tentative: bool
    day_range: tuple[int, int] | None
    partners: tuple[int, ...]
