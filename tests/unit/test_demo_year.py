"""The demo year: deterministic, valid, and rich enough that the analysis finds real links."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from connectly.analysis.insights import InsightKind
from connectly.analysis.report import analyse
from connectly.analysis.series import daily_series
from connectly.domain.checkins import DEFAULT_TAGS, CheckInDraft
from connectly.domain.events import LifeEventDraft, LifeEventKind
from connectly.domain.partners import clean_colour
from connectly.services.demo_year import DemoYear, generate_demo_year

END = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def year() -> DemoYear:
    return generate_demo_year(END)


def test_same_seed_same_year_other_seed_other_year(year: DemoYear) -> None:
    assert generate_demo_year(END) == year
    assert generate_demo_year(END, seed=8).checkins != year.checkins


def test_a_year_ending_on_the_given_day(year: DemoYear) -> None:
    assert year.end == END
    assert year.start == END - dt.timedelta(days=364)
    days = {c.day for c in year.checkins}
    assert min(days) >= year.start
    assert max(days) <= END
    assert len(days) > 340
    per_partner_day = Counter((c.position, c.day) for c in year.checkins)
    assert set(per_partner_day.values()) <= {1, 2}
    for position in (0, 1):
        logged = sum(1 for (p, _) in per_partner_day if p == position)
        assert 290 <= logged < 365  # some days are missed
        assert 1.1 <= sum(n for (p, _), n in per_partner_day.items() if p == position) / logged <= 1.6


def test_every_record_is_valid(year: DemoYear) -> None:
    assert [(p.position, p.name) for p in year.partners] == [(0, "Sam"), (1, "Alex")]
    for partner in year.partners:
        assert clean_colour(partner.colour) == partner.colour
    for c in year.checkins:
        draft = CheckInDraft.create(
            partner_id=c.position + 1,
            day=c.day,
            stress=c.stress,
            closeness=c.closeness,
            availability=c.availability,
            tags=c.tags,
            note=c.note,
            today=END,
        )
        assert draft.tags == c.tags
        assert draft.note == c.note
        assert set(c.tags) <= set(DEFAULT_TAGS)
        assert c.logged_at_utc.tzinfo is not None
        assert c.logged_at_utc.utcoffset() == dt.timedelta(0)
    for e in year.events:
        again = LifeEventDraft.create(
            kind=e.kind, title=e.title, starts_on=e.starts_on, ends_on=e.ends_on, note=e.note
        )
        assert again == e


def test_notes_tags_and_events_look_like_a_real_year(year: DemoYear) -> None:
    notes = [c.note for c in year.checkins if c.note]
    assert 0.1 <= len(notes) / len(year.checkins) <= 0.2
    assert all(note.startswith(("I ", "I’", "Quiet", "Deadline", "An ordinary")) for note in notes)
    assert sum("I felt" in note for note in notes) > 0.7 * len(notes)
    tags = Counter(tag for c in year.checkins for tag in c.tags)
    assert {"work", "health", "quality time", "travel"} <= set(tags)
    assert {e.kind for e in year.events} == {LifeEventKind.RELOCATION, LifeEventKind.CAREER}
    assert all(year.start <= e.starts_on <= year.end for e in year.events)


def test_local_times_follow_the_given_offset() -> None:
    shifted = generate_demo_year(END, utc_offset=dt.timedelta(hours=2))
    plain = generate_demo_year(END)
    first, same = shifted.checkins[0], plain.checkins[0]
    assert same.logged_at_utc - first.logged_at_utc == dt.timedelta(hours=2)


def test_the_analysis_finds_links_well_above_chance(year: DemoYear) -> None:
    result = analyse(daily_series(year.analysis_rows()), year.events, ("Sam", "Alex"))
    assert result.paired_days > 250
    for source, target in ((0, 1), (1, 0)):
        direction = result.direction(source, target)
        assert direction.p_value is not None
        assert direction.expected is not None
        assert direction.p_value < 0.05
        assert direction.linked > 2 * direction.expected
    links = [i for i in result.insights if i.kind is InsightKind.LINK]
    assert len(links) == 4
    assert not any(i.tentative for i in links)
    assert "more often than chance alone would suggest" in links[0].text
    kinds = {i.kind for i in result.insights}
    assert {InsightKind.TRANSITION, InsightKind.DRIFT, InsightKind.MISMATCH, InsightKind.BUFFER} <= kinds
    assert sum(not i.tentative for i in result.insights) >= 8
