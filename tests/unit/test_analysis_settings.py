"""The analysis thresholds: DESIGN.md §6 defaults, in one place, and refusal of nonsense."""

from __future__ import annotations

import dataclasses

import pytest

from connectly.analysis.thresholds import AnalysisSettings


def test_defaults_are_the_design_defaults() -> None:
    s = AnalysisSettings()
    assert (s.baseline_window_days, s.baseline_min_values) == (28, 7)
    assert (s.mad_scale, s.spread_floor) == (1.4826, 1.0)
    assert (s.sensitivity, s.min_deviation) == (1.5, 2.0)
    assert s.max_link_lag_days == 3
    assert s.link_window_days == 4
    assert s.permutations >= 1000
    assert s.min_paired_days == 14
    assert s.max_association_lag_days == 7
    assert s.transition_windows_days == (30, 60, 90)
    assert s.drift_min_days >= 42


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        AnalysisSettings().sensitivity = 2.0  # type: ignore[misc]


@pytest.mark.parametrize(
    "change",
    [
        {"permutations": 999},
        {"baseline_min_values": 0},
        {"baseline_min_values": 29},
        {"sensitivity": 0},
        {"max_link_lag_days": -1},
        {"confidence": 1.0},
        {"transition_windows_days": ()},
        {"transition_insight_window_days": 45},
        {"drift_min_coverage": 0},
    ],
)
def test_nonsense_settings_are_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="not valid"):
        AnalysisSettings(**change)  # type: ignore[arg-type]
