"""Links: a stress spike of one partner followed within a few days by a closeness dip.

Definition used throughout (and in the sentences):

* A spike of partner X on day t is **linked** to partner Y when Y has at least one closeness
  dip on a day t+d with 0 ≤ d ≤ ``max_link_lag_days``. The reported :class:`Link` is to the
  nearest such dip (smallest d). Several spikes may link to the same dip.
* A spike **counts** in a direction only if Y had at least one day in that window on which a
  dip could have been seen (a check-in and a baseline). Otherwise "not followed" would just
  mean "not written down".
* Four directions: 0→0 and 1→1 (*spillover*, within one person) and 0→1, 1→0 (*crossover*,
  between partners).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np

from connectly.analysis.episodes import Episodes
from connectly.analysis.permutation import shift_test
from connectly.analysis.thresholds import AnalysisSettings

DIRECTIONS: tuple[tuple[int, int], ...] = ((0, 1), (1, 0), (0, 0), (1, 1))


class LinkKind(enum.StrEnum):
    """Spillover stays within one person; crossover goes from one partner to the other."""

    SPILLOVER = "spillover"
    CROSSOVER = "crossover"


@dataclass(frozen=True, slots=True)
class Link:
    """A spike of ``from_partner`` on ``spike_day`` followed by a dip of ``to_partner`` ``lag`` days later."""

    from_partner: int
    to_partner: int
    spike_day: int
    dip_day: int
    lag: int


@dataclass(frozen=True, slots=True)
class LinkDirection:
    """Links from one partner's spikes to one partner's dips, with the chance comparison.

    ``spikes`` counts the spikes that could be followed (see module docstring), ``linked`` how
    many of them were, ``links`` one :class:`Link` per linked spike. ``expected`` and
    ``p_value`` come from the circular-shift test (None when there were no spikes to test);
    ``shifts`` is how many shifts that test used.
    """

    from_partner: int
    to_partner: int
    spikes: int
    linked: int
    links: tuple[Link, ...]
    expected: float | None
    p_value: float | None
    shifts: int

    @property
    def kind(self) -> LinkKind:
        """Spillover (same person) or crossover (between partners)."""
        return LinkKind.SPILLOVER if self.from_partner == self.to_partner else LinkKind.CROSSOVER


def _window_lengths(spike_index: np.ndarray, n: int, settings: AnalysisSettings) -> np.ndarray:
    return np.minimum(settings.link_window_days, n - spike_index)


def _any_in_window(flags: np.ndarray, index: np.ndarray, length: np.ndarray) -> np.ndarray:
    running = np.concatenate([[0], np.cumsum(flags, dtype=np.int64)])
    return running[index + length] - running[index] > 0


def link_direction(
    episodes: Episodes,
    from_partner: int,
    to_partner: int,
    start_day: int,
    shifts: np.ndarray,
    settings: AnalysisSettings,
) -> LinkDirection:
    """Links from ``from_partner``'s spikes to ``to_partner``'s dips, tested against ``shifts``."""
    dips = episodes.dip_mask[to_partner]
    n = dips.shape[0]
    spike_index = np.flatnonzero(episodes.spike_mask[from_partner])
    length = _window_lengths(spike_index, n, settings)
    countable = _any_in_window(episodes.dip_evaluable[to_partner], spike_index, length)
    spike_index, length = spike_index[countable], length[countable]

    # Nearest dip at or after each day: index of the next True, or n when there is none.
    candidates = np.where(dips, np.arange(n), n)
    next_dip = np.minimum.accumulate(candidates[::-1])[::-1] if n else candidates
    lag = next_dip[spike_index] - spike_index
    is_linked = lag < length
    links = tuple(
        Link(
            from_partner=from_partner,
            to_partner=to_partner,
            spike_day=start_day + int(t),
            dip_day=start_day + int(t + d),
            lag=int(d),
        )
        for t, d in zip(spike_index[is_linked], lag[is_linked], strict=True)
    )
    test = shift_test(spike_index, length, dips, shifts)
    return LinkDirection(
        from_partner=from_partner,
        to_partner=to_partner,
        spikes=int(spike_index.size),
        linked=len(links),
        links=links,
        expected=None if test is None else test.expected,
        p_value=None if test is None else test.p_value,
        shifts=0 if test is None else test.shifts,
    )


def find_links(
    episodes: Episodes, start_day: int, shifts: np.ndarray, settings: AnalysisSettings
) -> tuple[LinkDirection, ...]:
    """All four directions, crossover first (0→1, 1→0), then spillover (0→0, 1→1)."""
    return tuple(
        link_direction(episodes, source, target, start_day, shifts, settings) for source, target in DIRECTIONS
    )
