"""SECURITY.md promise 16 at the storage level: bad input gets a typed error and changes nothing.

Through the services (what the app and the CLI call) every refusal is a ValidationError
subclass with a plain sentence, and the diary's logical content is unchanged. Below the
services, the schema's CHECK constraints and foreign keys refuse the same out-of-range
values in raw SQL, so no other code path can store them either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from connectly.domain.errors import (
    ConnectlyError,
    InvalidDayError,
    InvalidRatingError,
    InvalidTextError,
    StorageError,
    UnknownPartnerError,
    ValidationError,
)
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths
from connectly.services.writing import write_session
from tests.diaries import add_checkins, dump, new_diary

YESTERDAY = dt.date.today() - dt.timedelta(days=1)
GOOD = {"stress": 5, "closeness": 5, "availability": 5}


def tomorrow() -> dt.date:
    """Read when the test runs, not at import: a run that passes midnight would make an
    import-time "tomorrow" today, a day that is rightly accepted."""
    return dt.date.today() + dt.timedelta(days=1)


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[OpenDiary]:
    opened, _ = new_diary(DiaryPaths(tmp_path / "home"))
    add_checkins(opened, 3)
    opened.events.add(kind="career", title="New job", starts_on=YESTERDAY)
    yield opened
    opened.lock()


BAD_CHECKINS: dict[str, tuple[dict[str, object], type[ConnectlyError]]] = {
    "stress 11": ({"stress": 11}, InvalidRatingError),
    "closeness -1": ({"closeness": -1}, InvalidRatingError),
    "availability 2.5": ({"availability": 2.5}, InvalidRatingError),
    "stress '7a'": ({"stress": "7a"}, InvalidRatingError),
    "stress True": ({"stress": True}, InvalidRatingError),
    "stress None": ({"stress": None}, InvalidRatingError),
    "tomorrow": ({"day": tomorrow}, InvalidDayError),
    "lone surrogate in the note": ({"note": "I felt \ud800 today"}, InvalidTextError),
    "NUL in the note": ({"note": "I felt\x00 today"}, InvalidTextError),
    "a 5 MB note": ({"note": "x" * 5_000_000}, InvalidTextError),
    "NUL in a tag": ({"tags": ["wo\x00rk"]}, InvalidTextError),
    "an unknown partner": ({"partner_id": 999}, StorageError),
}


@pytest.mark.parametrize("case", list(BAD_CHECKINS))
def test_a_bad_checkin_is_refused_and_nothing_changes(diary: OpenDiary, case: str) -> None:
    change, error = BAD_CHECKINS[case]
    change = {name: value() if callable(value) else value for name, value in change.items()}
    partner = diary.journal.partners()[0]
    fields = {"partner_id": partner.id, "day": YESTERDAY, **GOOD, **change}
    before = dump(diary)
    with pytest.raises(error) as info:
        diary.journal.add_checkin(**fields)  # type: ignore[arg-type]
    assert info.value.user_message.endswith(".") and len(info.value.user_message) < 200
    existing = diary.journal.checkins()[0]
    with pytest.raises(error):
        diary.journal.update_checkin(existing.id, **fields)  # type: ignore[arg-type]
    assert dump(diary) == before


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"kind": "holiday"}, ValidationError),
        ({"title": ""}, InvalidTextError),
        ({"title": "a\x00b"}, InvalidTextError),
        ({"ends_on": YESTERDAY - dt.timedelta(days=3)}, InvalidDayError),
    ],
)
def test_a_bad_life_event_is_refused_and_nothing_changes(diary: OpenDiary, change: dict, error: type) -> None:
    fields = {"kind": "health", "title": "Surgery", "starts_on": YESTERDAY, **change}
    before = dump(diary)
    with pytest.raises(error):
        diary.events.add(**fields)
    assert dump(diary) == before


@pytest.mark.parametrize(
    ("ref", "change", "error"),
    [
        ("3", {}, UnknownPartnerError),
        ("1", {"name": "\ud83d"}, InvalidTextError),
        ("1", {"name": "x" * 500}, InvalidTextError),
        ("1", {"colour": "red; drop table"}, ValidationError),
    ],
)
def test_bad_partner_changes_are_refused(diary: OpenDiary, ref: str, change: dict, error: type) -> None:
    before = dump(diary)
    with pytest.raises(error):
        diary.journal.update_partner(diary.journal.partner(ref).id, **change)
    assert dump(diary) == before


RAW = (
    "INSERT INTO checkin (uuid, partner_id, day, logged_at, stress, closeness, availability, note, "
    "created_at, updated_at) VALUES (:uuid, :partner, 1, '2020-01-01', :stress, :closeness, :availability, "
    "NULL, '2020-01-01', '2020-01-01')"
)


@pytest.mark.parametrize(
    "values",
    [
        {"stress": 11, "closeness": 5, "availability": 5, "partner": 1},
        {"stress": 5, "closeness": -1, "availability": 5, "partner": 1},
        {"stress": 5, "closeness": 5, "availability": 100, "partner": 1},
        {"stress": None, "closeness": 5, "availability": 5, "partner": 1},
        {"stress": 5, "closeness": 5, "availability": 5, "partner": 999},  # foreign key
    ],
)
def test_the_schema_refuses_out_of_range_values_in_raw_sql(diary: OpenDiary, values: dict) -> None:
    before = dump(diary)
    with pytest.raises(StorageError), write_session(diary.database) as s:
        s.execute(text(RAW), {"uuid": "raw", **values})
    assert dump(diary) == before


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO partner (uuid, name, colour, position, created_at) VALUES ('p', 'Kim', '#000000', 2, '2020-01-01')",
        "INSERT INTO life_event (uuid, kind, title, starts_on, ends_on, created_at, updated_at) "
        "VALUES ('e', 'holiday', 't', 1, NULL, '2020-01-01', '2020-01-01')",
        "INSERT INTO life_event (uuid, kind, title, starts_on, ends_on, created_at, updated_at) "
        "VALUES ('e', 'loss', 't', 10, 5, '2020-01-01', '2020-01-01')",
    ],
)
def test_the_schema_refuses_bad_partners_and_events_in_raw_sql(diary: OpenDiary, sql: str) -> None:
    before = dump(diary)
    with pytest.raises(StorageError), write_session(diary.database) as s:
        s.execute(text(sql))
    assert dump(diary) == before
