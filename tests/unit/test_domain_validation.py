"""SECURITY.md promise 16 at the domain level: bad input gets a typed error with a plain sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from connectly.domain.checkins import CheckInDraft, Measure, clean_tag, validate_rating
from connectly.domain.days import day_from_number, day_number, parse_day
from connectly.domain.errors import (
    InvalidDayError,
    InvalidRatingError,
    InvalidTextError,
    UnknownPartnerError,
)
from connectly.domain.events import LifeEventDraft
from connectly.domain.partners import Partner, clean_colour, resolve_partner
from connectly.domain.text import NOTE_MAX_CHARS

TODAY = dt.date(2026, 3, 10)


def _draft(**over: object) -> CheckInDraft:
    fields: dict[str, object] = {
        "partner_id": 1,
        "day": TODAY,
        "stress": 5,
        "closeness": 5,
        "availability": 5,
        "today": TODAY,
    }
    fields.update(over)
    return CheckInDraft.create(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [-1, 11, 100, 5.5, "7.0", "x", None, True, [], "", "1e1"])
def test_bad_ratings_are_refused(value: object) -> None:
    with pytest.raises(InvalidRatingError) as info:
        validate_rating(Measure.STRESS, value)
    assert "0 to 10" in info.value.user_message


@pytest.mark.parametrize(("value", "expected"), [(0, 0), (10, 10), ("7", 7), (" 3 ", 3), (4.0, 4)])
def test_good_ratings_are_whole_numbers(value: object, expected: int) -> None:
    assert validate_rating(Measure.CLOSENESS, value) == expected


def test_future_day_is_refused() -> None:
    with pytest.raises(InvalidDayError, match="future"):
        _draft(day=TODAY + dt.timedelta(days=1))


@pytest.mark.parametrize("note", ["a\x00b", "broken \ud800 char", "bell\x07"])
def test_unstorable_characters_in_notes_are_refused(note: str) -> None:
    with pytest.raises(InvalidTextError):
        _draft(note=note)


def test_a_5_mb_note_is_refused_with_the_limit_named() -> None:
    with pytest.raises(InvalidTextError) as info:
        _draft(note="x" * 5_000_000)
    assert f"{NOTE_MAX_CHARS:,}" in info.value.user_message


def test_note_keeps_newlines_and_empty_note_is_none() -> None:
    assert _draft(note="I felt\n\tseen").note == "I felt\n\tseen"
    assert _draft(note="   ").note is None


def test_tags_are_cleaned_and_deduplicated() -> None:
    assert _draft(tags=["Work", "work", " sleep "]).tags == ("work", "sleep")
    with pytest.raises(InvalidTextError):
        clean_tag("a;b")


def test_days_round_trip_as_numbers() -> None:
    for day in (dt.date(1970, 1, 1), dt.date(2000, 2, 29), dt.date(2099, 12, 31)):
        assert day_from_number(day_number(day)) == day
    assert day_number(dt.date(1970, 1, 2)) == 1
    with pytest.raises(InvalidDayError):
        parse_day("31/12/2025")


def test_partner_reference_by_number_or_name() -> None:
    partners = (Partner(1, "u1", "Sam", "#000000", 0), Partner(2, "u2", "Alex Morgan", "#ffffff", 1))
    assert resolve_partner("2", partners).name == "Alex Morgan"
    assert resolve_partner("sam", partners).position == 0
    assert partners[1].initials == "A.M."
    with pytest.raises(UnknownPartnerError):
        resolve_partner("Jo", partners)
    with pytest.raises(InvalidTextError):
        clean_colour("red")


def test_life_event_cannot_end_before_it_starts() -> None:
    with pytest.raises(InvalidDayError):
        LifeEventDraft.create(
            kind="career", title="New job", starts_on=TODAY, ends_on=TODAY - dt.timedelta(1)
        )
    with pytest.raises(InvalidTextError):
        LifeEventDraft.create(kind="holiday", title="Trip", starts_on=TODAY)
