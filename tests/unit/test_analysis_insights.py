"""Insight sentences and the JSON export: honesty rules, and no odd input can break them."""

from __future__ import annotations

import datetime as dt
import json
import re

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectly.analysis.insights import Insight, InsightKind, display_names
from connectly.analysis.report import AnalysisResult, analyse
from connectly.analysis.series import DailySeries, daily_series
from connectly.domain.days import day_from_number, day_number
from connectly.domain.events import LifeEvent, LifeEventKind

NAMES = ("Sam", "Alex")
START = day_number(dt.date(2025, 1, 6))
CAUSAL_OR_BLAMING = re.compile(
    r"\b(caus\w*|because|due to|fault\w*|blam\w*|made|makes|ruin\w*|should have|failed)\b", re.IGNORECASE
)


def couple(days: int, seed: int = 0, spike_every: int = 9) -> DailySeries:
    """Both partners every day; partner 0's stress spikes are followed next day by partner 1's dips."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(days):
        spike = i % spike_every == 8
        dip = i % spike_every == 0 and i > 0
        rows.append((START + i, 0, 9 if spike else int(rng.integers(2, 5)), int(rng.integers(6, 9)), 6))
        rows.append((START + i, 1, int(rng.integers(2, 5)), 2 if dip else int(rng.integers(6, 9)), 6))
    return daily_series(rows)


def assert_clean(result: AnalysisResult) -> None:
    """The honesty and safety rules every result must meet."""
    for item in result.insights:
        assert isinstance(item, Insight)
        lowered = item.text.lower()
        assert "nan" not in lowered
        assert "inf" not in lowered
        assert "None" not in item.text
        assert not CAUSAL_OR_BLAMING.search(item.text), item.text
        assert item.n >= 0
        assert item.tentative == ("tentative" in item.text)
    text = json.dumps(result.to_dict(), allow_nan=False)
    assert "NaN" not in text
    assert "Infinity" not in text


def test_below_fourteen_paired_days_one_sentence_says_how_many_more() -> None:
    result = analyse(couple(10), [], NAMES)
    assert result.paired_days == 10
    (only,) = result.insights
    assert only.kind is InsightKind.NOT_ENOUGH_DATA
    assert only.text == "Not enough data yet — 4 more days with both partners’ check-ins are needed."
    (one_more,) = analyse(couple(13), [], NAMES).insights
    assert "1 more day with both partners’ check-ins is needed" in one_more.text
    assert_clean(result)


def test_one_partner_alone_never_reaches_paired_days() -> None:
    rows = [(START + i, 0, 3, 7, 6) for i in range(200)]
    result = analyse(daily_series(rows), [], NAMES)
    assert result.paired_days == 0
    assert [i.kind for i in result.insights] == [InsightKind.NOT_ENOUGH_DATA]
    assert "14 more days" in result.insights[0].text


def test_few_paired_days_make_every_insight_tentative_and_say_so() -> None:
    result = analyse(couple(40), [], NAMES)
    assert result.paired_days == 40
    assert len(result.insights) > 1
    for item in result.insights:
        assert item.tentative
        assert "(tentative: only 40 paired days" in item.text
    assert_clean(result)


def test_link_sentence_reads_as_the_design_says() -> None:
    result = analyse(couple(400), [], NAMES)
    links = [i for i in result.insights if i.kind is InsightKind.LINK]
    cross = result.direction(0, 1)
    sentence = next(i for i in links if i.text.startswith(f"{cross.linked} of {cross.spikes} of Sam’s"))
    assert re.match(
        r"^\d+ of \d+ of Sam’s stress spikes were followed within 3 days by a dip in Alex’s closeness; "
        r"about \d+ would be expected by chance\. That is more often than chance alone would suggest "
        r"\(p < 0\.001, from 1,000 shifted comparisons\)\.$",
        sentence.text,
    ), sentence.text
    assert sentence.n == cross.spikes
    assert not sentence.tentative
    assert sentence.partners == (0, 1)
    assert sentence.day_range == (cross.links[0].spike_day, cross.links[-1].dip_day)
    spill = next(i for i in links if "Sam’s own closeness" in i.text)
    assert "no more often than chance" in spill.text or "not clearly more than chance" in spill.text
    assert_clean(result)


def test_insights_cover_every_analysis_and_never_blame() -> None:
    series = couple(500, seed=3)
    moved = LifeEvent(1, "u", LifeEventKind.RELOCATION, "Moved to Leeds", day_from_number(START + 250), None)
    result = analyse(series, [moved], NAMES)
    kinds = {i.kind for i in result.insights}
    assert {InsightKind.OVERVIEW, InsightKind.LINK, InsightKind.ASSOCIATION, InsightKind.MISMATCH} <= kinds
    assert InsightKind.TRANSITION in kinds
    transition = next(i for i in result.insights if i.kind is InsightKind.TRANSITION)
    assert "“Moved to Leeds” (relocation)" in transition.text
    assert "n = " in transition.text
    assert result.insights[0].kind is InsightKind.OVERVIEW
    assert "500 days with check-ins from both of you" in result.insights[0].text
    assert_clean(result)


def test_a_partner_without_spikes_is_told_so_kindly() -> None:
    rows = [(START + i, p, 3, 7, 6) for i in range(100) for p in (0, 1)]
    result = analyse(daily_series(rows), [], NAMES)
    quiet = [i for i in result.insights if i.kind is InsightKind.NO_SPIKES]
    assert [i.partners for i in quiet] == [(0,), (1,)]
    assert quiet[0].text.startswith("No stress spikes stood out from Sam’s usual level")
    assert not [i for i in result.insights if i.kind is InsightKind.LINK]
    assert_clean(result)


def test_blank_names_become_partner_numbers() -> None:
    assert display_names(("", "  ")) == ("Partner 1", "Partner 2")
    assert display_names(("Sam",)) == ("Sam", "Partner 2")
    result = analyse(couple(100), [], ("", "Alex"))
    assert any("Partner 1’s" in i.text for i in result.insights)


def test_to_dict_is_plain_json_with_iso_days() -> None:
    result = analyse(couple(200), [], NAMES)
    data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    assert data["period"] == {"start": "2025-01-06", "end": "2025-07-24", "days": 200, "paired_days": 200}
    assert data["partners"] == ["Sam", "Alex"]
    assert data["settings"]["baseline_window_days"] == 28
    link = data["links"][0]
    assert (link["from_partner"], link["to_partner"], link["kind"]) == (0, 1, "crossover")
    assert (
        link["links"][0]["spike_day"]
        == day_from_number(result.direction(0, 1).links[0].spike_day).isoformat()
    )
    assert data["spikes"][0]["day"].startswith("2025-")
    assert isinstance(data["insights"][0]["kind"], str)
    assert len(data["lagged_associations"]) == 24
    assert data["insights"][0]["day_range"][0] == "2025-01-06"


@st.composite
def check_in_rows(draw: st.DrawFn) -> tuple[list[tuple[int, int, int, int, int]], list[LifeEvent]]:
    """Odd diaries: empty, constant, one partner, a single day, gaps, sparse years."""
    base = draw(st.integers(day_number(dt.date(1901, 1, 1)), day_number(dt.date(2090, 1, 1))))
    positions = draw(st.sampled_from([(0,), (1,), (0, 1)]))
    constant = draw(st.booleans())
    span = draw(st.sampled_from([1, 20, 120, 400]))
    value = st.just(draw(st.integers(0, 10))) if constant else st.integers(0, 10)
    rows = draw(
        st.lists(
            st.tuples(st.integers(base, base + span - 1), st.sampled_from(positions), value, value, value),
            max_size=500,
        )
    )
    events = [
        LifeEvent(k, "u", kind, "Change", day_from_number(base + offset), None)
        for k, (offset, kind) in enumerate(
            draw(st.lists(st.tuples(st.integers(-100, 500), st.sampled_from(LifeEventKind)), max_size=3))
        )
    ]
    return rows, events


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(check_in_rows())
def test_no_input_breaks_the_analysis_or_its_sentences(
    drawn: tuple[list[tuple[int, int, int, int, int]], list[LifeEvent]],
) -> None:
    rows, events = drawn
    result = analyse(daily_series(rows), events, NAMES)
    assert_clean(result)
    if result.paired_days < 14:
        assert [i.kind for i in result.insights] == [InsightKind.NOT_ENOUGH_DATA]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.integers(0, 10), min_size=14, max_size=14),
    st.integers(0, 10),
    st.booleans(),
)
def test_a_dense_couple_with_any_ratings_gives_clean_sentences(
    pattern: list[int], constant: int, flat: bool
) -> None:
    rows = [
        (START + i, p, constant if flat else pattern[(i + 3 * p) % 14], pattern[(i * 5 + p) % 14], constant)
        for i in range(300)
        for p in (0, 1)
    ]
    assert_clean(analyse(daily_series(rows), [], NAMES))


def test_a_century_long_gap_is_analysed() -> None:
    rows = [(0, 0, 3, 7, 6), (0, 1, 3, 7, 6), (36_500, 0, 9, 1, 0), (36_500, 1, 0, 10, 10)]
    rows += [(36_400 + i, p, 3 + i % 3, 7 - i % 2, 6) for i in range(60) for p in (0, 1)]
    result = analyse(daily_series(rows), [], NAMES)
    assert result.n_days == 36_501
    assert_clean(result)
