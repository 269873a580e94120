"""How many linked spikes chance alone would give: a circular-shift permutation test.

Why circular shifts: stress spikes and closeness dips both come in clusters (a hard week, a
calm month). Shuffling days one by one would break those clusters and make any alignment look
significant. Shifting the whole dip series round in time keeps its clusters, its weekly rhythm
and its missing days, and only breaks the timing relative to the spikes — exactly the thing
the question is about.

The count for every shift is computed at once: over the dip series written three times end
to end, a running sum gives, for every day u, whether a window of ℓ days from u holds a dip;
a spike on day t under shift s looks that up at u = t + n − s. That is one gather over a
(shifts × spikes) matrix, no loop over shifts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from connectly.analysis.thresholds import AnalysisSettings

# Bound the (shifts × spikes) working matrix to a few megabytes even for a century of data.
_MAX_CELLS = 2_000_000


@dataclass(frozen=True, slots=True)
class ShiftTest:
    """The result of comparing an observed count with its circularly shifted counterparts.

    ``expected`` is the mean count over the shifts (what chance alone would give), ``p_value``
    is ``(1 + #{shifted count ≥ observed}) / (1 + shifts)`` — never zero, as is proper for a
    Monte-Carlo test — and ``shifts`` is how many shifts were drawn.
    """

    observed: int
    expected: float
    p_value: float
    shifts: int


def draw_shifts(n_days: int, settings: AnalysisSettings) -> np.ndarray:
    """``settings.permutations`` shifts (in days) for a series of ``n_days``, drawn with ``settings.seed``.

    Shifts lie in ``[min_shift_days, n_days − min_shift_days]`` so that the dips move at least a
    week away in either direction; on a series too short for that, any non-zero shift is used.
    Returns an empty array when the series is shorter than two days.
    """
    if n_days < 2:
        return np.empty(0, dtype=np.int64)
    low, high = settings.min_shift_days, n_days - settings.min_shift_days
    if high < low:
        low, high = 1, n_days - 1
    rng = np.random.default_rng(settings.seed)
    return rng.integers(low, high + 1, size=settings.permutations, dtype=np.int64)


def linked_counts(
    spike_index: np.ndarray,
    window_length: np.ndarray,
    dips: np.ndarray,
    shifts: np.ndarray,
) -> np.ndarray:
    """For each shift, how many spikes have at least one (shifted) dip inside their window.

    ``spike_index`` holds the spikes' positions in the series, ``window_length`` the number of
    days each spike's window covers (shorter at the end of the series), ``dips`` the boolean
    dip series and ``shifts`` the shifts in days, each in ``[0, n)`` (0 gives the observed count).
    """
    n = dips.shape[0]
    counts = np.zeros(shifts.shape[0], dtype=np.int64)
    if n == 0 or spike_index.size == 0 or shifts.size == 0:
        return counts
    # The dip series three times end to end: a spike at t under shift s looks at days from
    # t + n − s, which always lies in the middle copy's reach, so no modulo is needed.
    running = np.zeros(3 * n + 1, dtype=np.int64)
    np.cumsum(np.tile(dips, 3), out=running[1:])
    for length in np.unique(window_length).tolist():
        # has_dip[u]: at least one dip on days u … u + length − 1 of the tripled series.
        has_dip = running[length:] - running[:-length] > 0
        starts = spike_index[window_length == length] + n
        chunk = max(1, _MAX_CELLS // starts.size)
        for first in range(0, shifts.shape[0], chunk):
            part = shifts[first : first + chunk]
            counts[first : first + chunk] += np.count_nonzero(
                has_dip[starts[None, :] - part[:, None]], axis=1
            )
    return counts


def shift_test(
    spike_index: np.ndarray,
    window_length: np.ndarray,
    dips: np.ndarray,
    shifts: np.ndarray,
) -> ShiftTest | None:
    """Compare the observed number of linked spikes with the counts under ``shifts``.

    Returns None when there is nothing to test (no spikes, or no shifts for a tiny series).
    """
    if spike_index.size == 0 or shifts.size == 0:
        return None
    observed = int(linked_counts(spike_index, window_length, dips, np.zeros(1, dtype=np.int64))[0])
    null = linked_counts(spike_index, window_length, dips, shifts)
    return ShiftTest(
        observed=observed,
        expected=float(null.mean()),
        p_value=float((1 + np.count_nonzero(null >= observed)) / (1 + null.size)),
        shifts=int(null.size),
    )
