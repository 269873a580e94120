"""Everything a couple wrote, read in one go for export: partners, tags, check-ins, events, bookmarks.

Read with a handful of Core queries (not row-by-row ORM loading), so a hundred years of
check-ins still export in seconds. The JSON form (:func:`to_document`) is Connectly's
full-fidelity exchange format: it keeps UUIDs and timestamps, so importing it into an empty
diary gives back the same logical content (``connectly.storage.dump.logical_dump``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectly import __version__
from connectly.domain.days import day_from_number
from connectly.domain.events import LifeEvent
from connectly.domain.partners import Partner
from connectly.storage.orm import BookmarkRow, CheckInRow, PartnerRow, TagRow, checkin_tag
from connectly.storage.repositories import LifeEventRepository, PartnerRepository, SettingRepository

FORMAT_NAME = "connectly-diary"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class ExportedCheckIn:
    """A check-in as exported: its partner by position, its time as naive UTC."""

    uuid: str
    position: int
    day: dt.date
    logged_at: dt.datetime
    stress: int
    closeness: int
    availability: int
    tags: tuple[str, ...]
    note: str | None


@dataclass(frozen=True, slots=True)
class DiaryContents:
    """The logical content of a diary, ordered by day."""

    partners: tuple[Partner, ...]
    tags: tuple[tuple[str, bool], ...]
    checkins: tuple[ExportedCheckIn, ...]
    events: tuple[LifeEvent, ...]
    bookmarks: tuple[tuple[dt.date, str | None], ...]
    settings: dict[str, Any]

    @property
    def is_empty(self) -> bool:
        """No check-ins, events or bookmarks (partners and default tags may exist)."""
        return not (self.checkins or self.events or self.bookmarks)


def read_contents(s: Session) -> DiaryContents:
    """Read the whole diary inside one read session."""
    tag_rows = s.execute(select(TagRow.name, TagRow.archived).order_by(TagRow.name))
    links: dict[int, list[str]] = defaultdict(list)
    link_stmt = select(checkin_tag.c.checkin_id, TagRow.name).join(TagRow, TagRow.id == checkin_tag.c.tag_id)
    for checkin_id, name in s.execute(link_stmt):
        links[checkin_id].append(name)
    stmt = (
        select(
            CheckInRow.id,
            CheckInRow.uuid,
            PartnerRow.position,
            CheckInRow.day,
            CheckInRow.logged_at,
            CheckInRow.stress,
            CheckInRow.closeness,
            CheckInRow.availability,
            CheckInRow.note,
        )
        .join(PartnerRow, PartnerRow.id == CheckInRow.partner_id)
        .order_by(CheckInRow.day, PartnerRow.position, CheckInRow.logged_at, CheckInRow.id)
    )
    checkins = tuple(
        ExportedCheckIn(
            uuid, pos, day_from_number(day), at, st, cl, av, tuple(sorted(links.get(i, ()))), note
        )
        for i, uuid, pos, day, at, st, cl, av, note in s.execute(stmt)
    )
    mark_stmt = (
        select(BookmarkRow.day, CheckInRow.uuid)
        .join(CheckInRow, CheckInRow.id == BookmarkRow.checkin_id, isouter=True)
        .order_by(BookmarkRow.day, CheckInRow.uuid)
    )
    bookmarks = tuple((day_from_number(d), u) for d, u in s.execute(mark_stmt))
    return DiaryContents(
        partners=PartnerRepository(s).list(),
        tags=tuple((n, bool(a)) for n, a in tag_rows),
        checkins=checkins,
        events=LifeEventRepository(s).list(),
        bookmarks=bookmarks,
        settings=SettingRepository(s).all(),
    )


def utc_text(moment: dt.datetime) -> str:
    """A naive-UTC time as ISO 8601 with microseconds and ``Z``."""
    return moment.isoformat(timespec="microseconds") + "Z"


def to_document(contents: DiaryContents, exported_at: dt.datetime | None = None) -> dict[str, Any]:
    """The JSON document of a diary's contents."""
    moment = (exported_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": utc_text(moment),
        "partners": [
            {"uuid": p.uuid, "position": p.position, "name": p.name, "colour": p.colour}
            for p in contents.partners
        ],
        "tags": [{"name": n, "archived": a} for n, a in contents.tags],
        "checkins": [
            {
                "uuid": c.uuid,
                "partner": c.position,
                "day": c.day.isoformat(),
                "logged_at": utc_text(c.logged_at),
                "stress": c.stress,
                "closeness": c.closeness,
                "availability": c.availability,
                "tags": list(c.tags),
                "note": c.note,
            }
            for c in contents.checkins
        ],
        "life_events": [
            {
                "uuid": e.uuid,
                "kind": e.kind.value,
                "title": e.title,
                "starts_on": e.starts_on.isoformat(),
                "ends_on": e.ends_on.isoformat() if e.ends_on else None,
                "note": e.note,
            }
            for e in contents.events
        ],
        "bookmarks": [{"day": d.isoformat(), "checkin": u} for d, u in contents.bookmarks],
        "settings": contents.settings,
    }
