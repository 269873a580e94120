"""A short range (a four-week report) judges its first days against the days before it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from connectly.analysis.insight import InsightKind
from connectly.analysis.report import AnalysisResult
from connectly.domain.checkins import Measure
from connectly.domain.days import day_from_number, day_number
from connectly.services.diary import OpenDiary
from connectly.services.insights import InsightService
from connectly.services.report_data import ReportRequest, ReportService
from tests.storage.diaries import new_diary

FIRST = dt.date(2025, 3, 1)
START = FIRST + dt.timedelta(days=40)  # the range: 14 days after 40 calm ones
END = START + dt.timedelta(days=13)
SPIKE = START + dt.timedelta(days=1)  # partner 0's stress
DIP = START + dt.timedelta(days=2)  # partner 1's closeness
EARLY_SPIKE = FIRST + dt.timedelta(days=35)  # in the lead-in: feeds baselines, is never reported


def fill(diary: OpenDiary, first: dt.date) -> None:
    sam, alex = diary.journal.partners()
    day = first
    while day <= END:
        stress = 9 if day in (SPIKE, EARLY_SPIKE) else 3 + day.day % 2
        closeness = 2 if day == DIP else 7 + day.day % 2
        diary.journal.add_checkin(partner_id=sam.id, day=day, stress=stress, closeness=7, availability=5)
        diary.journal.add_checkin(partner_id=alex.id, day=day, stress=3, closeness=closeness, availability=5)
        day += dt.timedelta(days=1)


def found(result: AnalysisResult) -> tuple[list[tuple[int, dt.date]], list[tuple[int, dt.date]]]:
    spikes = [(s.partner, day_from_number(s.day)) for s in result.spikes]
    dips = [(d.partner, day_from_number(d.day)) for d in result.dips]
    return spikes, dips


def test_the_first_days_of_a_range_are_judged_against_the_days_before_it(tmp_path: Path) -> None:
    diary = new_diary(tmp_path)
    fill(diary, FIRST)
    result = InsightService(diary).analyse(START, END)
    assert found(result) == ([(0, SPIKE)], [(1, DIP)])
    assert (result.start_day, result.end_day) == (day_number(START), day_number(END))
    assert result.direction(0, 1).linked == 1  # the spike was followed by the other's dip
    report = ReportService(diary).build(ReportRequest(START, END))
    assert found(report.analysis) == found(result)
    assert report.checkins == 2 * 14  # the lead-in feeds baselines only, nothing is counted twice


def test_without_earlier_days_the_same_range_finds_nothing_in_its_first_week(tmp_path: Path) -> None:
    diary = new_diary(tmp_path)
    fill(diary, START)
    assert found(InsightService(diary).analyse(START, END)) == ([], [])


def test_a_range_speaks_only_of_life_events_that_touch_it(tmp_path: Path) -> None:
    diary = new_diary(tmp_path)
    fill(diary, FIRST)
    diary.events.add(kind="career", title="Old job ended", starts_on=FIRST + dt.timedelta(days=5))
    diary.events.add(kind="relocation", title="Moved", starts_on=START + dt.timedelta(days=6))
    diary.events.add(
        kind="health",
        title="Long illness",
        starts_on=FIRST + dt.timedelta(days=2),
        ends_on=START + dt.timedelta(days=1),
    )
    in_range = InsightService(diary).analyse(START, END)
    assert sorted(t.title for t in in_range.transitions) == ["Long illness", "Moved"]
    everything = InsightService(diary).analyse()
    assert sorted(t.title for t in everything.transitions) == ["Long illness", "Moved", "Old job ended"]
    report = ReportService(diary).build(ReportRequest(START, END))
    assert sorted(e.title for e in report.events) == ["Long illness", "Moved"]


def test_a_life_event_early_in_a_range_is_compared_with_the_days_before_the_range(tmp_path: Path) -> None:
    diary = new_diary(tmp_path)
    fill(diary, FIRST)
    moved = START + dt.timedelta(days=6)
    diary.events.add(kind="relocation", title="Moved", starts_on=moved)
    for result in (
        InsightService(diary).analyse(START, END),
        ReportService(diary).build(ReportRequest(START, END)).analysis,
    ):
        (transition,) = result.transitions
        window = transition.window(Measure.CLOSENESS, 30, 1)
        assert window is not None
        assert (window.n_before, window.n_after) == (30, (END - moved).days + 1)  # not 6 days before
        assert window.mean_before is not None and window.mean_before > 7  # calm days of the lead-in


def test_a_life_event_near_the_end_of_a_range_says_how_many_days_after_it_covers(tmp_path: Path) -> None:
    diary = new_diary(tmp_path)
    fill(diary, FIRST)
    diary.events.add(kind="relocation", title="Moved", starts_on=START + dt.timedelta(days=6))
    result = InsightService(diary).analyse(START, END)
    (sentence,) = [i.text for i in result.insights if i.kind is InsightKind.TRANSITION]
    assert "In the 8 days from “Moved” (relocation) beginning on" in sentence
    assert "to the end of this period" in sentence and "in the 60 days before" in sentence
