"""Daylio CSV import: moods mapped to ratings, activities to tags, notes kept, idempotent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from connectly.domain.errors import ValidationError
from connectly.services.daylio import DEFAULT_MOOD_MAP, DaylioMapping, MoodRatings, daylio_vocabulary
from connectly.services.exchange import ExchangeService
from tests.storage.diaries import new_diary

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    '2025-03-04,March 4,Tuesday,21:30,good,work | Date Night,,"Long day, then dinner together"\n'
    "2025-03-04,March 4,Tuesday,9:05 am,meh,sleep,Morning,\n"
    "2025-03-05,March 5,Wednesday,10:15 pm,rad,,Best day,We laughed a lot\n"
    "2025-03-06,March 6,Thursday,20:00,great,work,,\n"
    "2025-03-07,March 7,Friday,20:00,awful,gym,,\n"
)


def test_daylio_moods_become_ratings_and_activities_tags(tmp_path: Path) -> None:
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    diary = new_diary(tmp_path / "d")
    try:
        moods = DaylioMapping.parse_moods(DEFAULT_MOOD_MAP + ",meh=6/5/4")
        assert moods["good"] == MoodRatings(3, 7, 7) and moods["meh"] == MoodRatings(6, 5, 4)
        mapping = DaylioMapping(
            partner="Alex",
            moods=moods,
            activities=DaylioMapping.parse_activities("date night=quality time,gym="),
        )
        service = ExchangeService(diary)
        plan = service.plan_daylio_import(path, mapping)
        assert plan.bad_rows == ((5, "The mood “great” has no ratings in the mood map."),)
        assert diary.journal.count() == 0
        assert service.apply_import(plan).checkins == 4
        alex = diary.journal.partner("Alex")
        day = sorted(diary.journal.day(dt.date(2025, 3, 4)), key=lambda c: c.logged_at)
        assert [(c.stress, c.closeness, c.availability) for c in day] == [(6, 5, 4), (3, 7, 7)]
        assert all(c.partner_id == alex.id for c in day)
        assert set(day[1].tags) == {"work", "quality time"} and day[0].note == "Morning"
        assert day[1].logged_at.astimezone().hour == 21
        assert diary.journal.day(dt.date(2025, 3, 7))[0].tags == ()  # "gym=" dropped the activity
        best = diary.journal.day(dt.date(2025, 3, 5))[0]
        assert best.note == "Best day\nWe laughed a lot" and best.logged_at.astimezone().hour == 22
        again = service.plan_daylio_import(path, mapping)
        assert (len(again.new_rows), again.already_present) == (0, 4)
        assert daylio_vocabulary(path) == (
            ("good", "meh", "rad", "great", "awful"),
            ("Date Night", "gym", "sleep", "work"),
        )
    finally:
        diary.lock()


def test_a_file_that_is_not_from_daylio_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("day,partner,stress,closeness,availability,tags,note\n", encoding="utf-8")
    diary = new_diary(tmp_path / "d")
    try:
        plan = ExchangeService(diary).plan_daylio_import(
            path, DaylioMapping("1", DaylioMapping.parse_moods("good=7"))
        )
        assert plan.problem is not None and "Daylio" in plan.problem
    finally:
        diary.lock()


@pytest.mark.parametrize("text", ["", "good", "good=11", "good=1/2", "=5"])
def test_bad_mood_maps_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        DaylioMapping.parse_moods(text)
