"""Round trips of every repository method through the services, on a real encrypted diary."""

from __future__ import annotations

import datetime as dt

import pytest

from connectly.domain.checkins import DEFAULT_TAGS, CheckInFilter
from connectly.domain.errors import DiaryExistsError, InvalidTextError, NotFoundError
from connectly.services.events import LifeEventService
from connectly.services.journal import JournalService
from connectly.storage.database import EncryptedDatabase
from connectly.storage.repositories import SettingRepository

D1 = dt.date(2026, 1, 5)
D2 = dt.date(2026, 1, 6)


@pytest.fixture
def journal(db: EncryptedDatabase) -> JournalService:
    j = JournalService(db)
    j.set_up(("Sam", "Alex"))
    return j


def test_set_up_creates_two_partners_and_default_tags(journal: JournalService) -> None:
    sam, alex = journal.partners()
    assert (sam.name, sam.position, alex.name, alex.position) == ("Sam", 0, "Alex", 1)
    assert set(journal.tags()) == set(DEFAULT_TAGS)
    with pytest.raises(DiaryExistsError):
        journal.set_up(("A", "B"))


def test_partners_need_different_names(db: EncryptedDatabase) -> None:
    with pytest.raises(InvalidTextError):
        JournalService(db).set_up(("Sam", "sam"))


def test_checkin_round_trip_update_delete_restore(journal: JournalService) -> None:
    sam, alex = journal.partners()
    added = journal.add_checkin(
        partner_id=sam.id,
        day=D1,
        stress=8,
        closeness=3,
        availability=2,
        tags=["work", "new tag"],
        note="I felt x",
    )
    got = journal.checkin(added.id)
    assert (got.stress, got.closeness, got.availability, got.tags, got.note, got.day) == (
        8,
        3,
        2,
        ("new tag", "work"),
        "I felt x",
        D1,
    )
    assert got.logged_at.tzinfo is not None
    assert "new tag" in journal.tags()

    updated = journal.update_checkin(
        added.id, partner_id=alex.id, day=D2, stress=1, closeness=9, availability=9, tags=[], note=None
    )
    assert (updated.partner_id, updated.day, updated.tags, updated.note) == (alex.id, D2, (), None)

    journal.set_checkin_bookmark(added.id, True)
    gone = journal.delete_checkin(added.id)
    assert gone.bookmarked
    with pytest.raises(NotFoundError):
        journal.checkin(added.id)
    back = journal.restore_checkin(gone)
    assert (back.uuid, back.stress, back.bookmarked, back.logged_at) == (gone.uuid, 1, True, gone.logged_at)


def test_filters(journal: JournalService) -> None:
    sam, alex = journal.partners()
    journal.add_checkin(partner_id=sam.id, day=D1, stress=5, closeness=5, availability=5, tags=["sleep"])
    journal.add_checkin(
        partner_id=alex.id, day=D2, stress=5, closeness=5, availability=5, note="100% fine_ok"
    )
    assert [c.partner_id for c in journal.checkins()] == [alex.id, sam.id]  # newest day first
    assert len(journal.checkins(CheckInFilter(partner_id=sam.id))) == 1
    assert len(journal.checkins(CheckInFilter(tag="sleep"))) == 1
    assert len(journal.checkins(CheckInFilter(text="SLEE"))) == 1  # tags match text too
    assert len(journal.checkins(CheckInFilter(text="100%"))) == 1
    assert len(journal.checkins(CheckInFilter(text="0%"))) == 1
    assert journal.checkins(CheckInFilter(text="_x")) == ()  # LIKE wildcards are escaped
    assert len(journal.checkins(CheckInFilter(start=D2, end=D2))) == 1
    assert journal.day_range() == (D1, D2)
    assert journal.count() == 2
    rows = journal.rating_rows()
    assert sorted(r[1] for r in rows) == [0, 1]


def test_tags_rename_merge_and_archive(journal: JournalService) -> None:
    sam, _ = journal.partners()
    c = journal.add_checkin(
        partner_id=sam.id, day=D1, stress=1, closeness=1, availability=1, tags=["work", "money"]
    )
    journal.rename_tag("money", "work")  # merging into an existing tag keeps one link
    assert journal.checkin(c.id).tags == ("work",)
    journal.archive_tag("work")
    assert "work" not in journal.tags()
    assert journal.checkin(c.id).tags == ("work",)


def test_day_bookmarks(journal: JournalService) -> None:
    journal.set_day_bookmark(D1, True)
    journal.set_day_bookmark(D1, True)
    assert journal.bookmarked_days() == (D1,)
    journal.set_day_bookmark(D1, False)
    assert journal.bookmarked_days() == ()


def test_life_events_round_trip(db: EncryptedDatabase) -> None:
    events = LifeEventService(db)
    e = events.add(kind="relocation", title="Moved", starts_on=D1, ends_on=D2, note="new city")
    assert events.events()[0].title == "Moved"
    changed = events.update(e.id, kind="career", title="New job", starts_on=D1)
    assert (changed.kind.value, changed.ends_on) == ("career", None)
    gone = events.delete(e.id)
    assert events.events() == ()
    assert events.restore(gone).uuid == gone.uuid


def test_settings_repository_round_trip(db: EncryptedDatabase) -> None:
    with db.write_sessions.begin() as s:
        SettingRepository(s).set("reminder", {"at": "21:00"})
    with db.sessions.begin() as s:
        assert SettingRepository(s).get("reminder") == {"at": "21:00"}
        assert SettingRepository(s).get("missing", 3) == 3
