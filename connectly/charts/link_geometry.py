"""Where a link line crosses from the stress pane into the closeness pane.

A link joins a spike (day t, stress s) in the upper pane to a dip (day t + d, closeness c) in
the lower pane with one straight line *on screen*. Instead of drawing that line in scene
coordinates (and re-computing it on every pan and zoom), each pane draws its own piece in its
own data coordinates:

* both panes share one x mapping (same grid column, linked x ranges), and their y ranges are
  fixed; so along the on-screen line, the day changes linearly with the screen height, and the
  fraction of the line that lies in the upper pane depends only on the pane heights in pixels
  and the two values — not on the x range;
* the upper piece runs from (t, s) to (t + f·d, bottom of the upper pane), the lower piece from
  (t + f·d + g·d, top of the lower pane) to (t + d, c), where ``g`` is the share of a gap
  between the panes (zero when they touch).

So the pieces survive any pan or zoom untouched and only need re-computing when a pane's
height changes. Each pane clips its own piece.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class PaneScale:
    """A pane's fixed y range (data units) and its height in pixels."""

    y_min: float
    y_max: float
    height_px: float


@dataclass(frozen=True, slots=True)
class LinkPieces:
    """Segments in ``connect='pairs'`` layout: ``[x0, x1, x0', x1', …]`` per pane."""

    upper_x: np.ndarray
    upper_y: np.ndarray
    lower_x: np.ndarray
    lower_y: np.ndarray


def split_links(
    spike_x: np.ndarray,
    spike_y: np.ndarray,
    dip_x: np.ndarray,
    dip_y: np.ndarray,
    upper: PaneScale,
    lower: PaneScale,
    gap_px: float = 0.0,
) -> LinkPieces:
    """Split every spike→dip line into its upper-pane and lower-pane piece (vectorised).

    A pane without a height yet (not laid out) is treated as 100 px, so the pieces are sensible
    before the first layout too.
    """
    sx, sy = np.asarray(spike_x, dtype=np.float64), np.asarray(spike_y, dtype=np.float64)
    dx, dy = np.asarray(dip_x, dtype=np.float64), np.asarray(dip_y, dtype=np.float64)
    upper_h = upper.height_px if upper.height_px > 0 else 100.0
    lower_h = lower.height_px if lower.height_px > 0 else 100.0
    above = upper_h * np.clip(sy - upper.y_min, 0.0, None) / (upper.y_max - upper.y_min)
    below = lower_h * np.clip(lower.y_max - dy, 0.0, None) / (lower.y_max - lower.y_min)
    total = above + max(gap_px, 0.0) + below
    safe = np.where(total > 0, total, 1.0)
    leave = np.where(total > 0, above / safe, 0.5)
    enter = np.where(total > 0, (above + max(gap_px, 0.0)) / safe, 0.5)
    leave_x = sx + leave * (dx - sx)
    enter_x = sx + enter * (dx - sx)
    n = sx.shape[0]
    upper_x = np.empty(2 * n)
    upper_y = np.empty(2 * n)
    lower_x = np.empty(2 * n)
    lower_y = np.empty(2 * n)
    upper_x[0::2], upper_x[1::2] = sx, leave_x
    upper_y[0::2], upper_y[1::2] = sy, upper.y_min
    lower_x[0::2], lower_x[1::2] = enter_x, dx
    lower_y[0::2], lower_y[1::2] = lower.y_max, dy
    return LinkPieces(upper_x, upper_y, lower_x, lower_y)
