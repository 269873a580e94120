"""Importing Connectly's JSON export: validated whole, then written in one transaction.

Every record is checked with the domain's rules first; a file with any bad record imports
nothing and says which records are wrong. Records are matched by UUID, so importing the same
file twice adds nothing. Into an *empty* diary (no check-ins, events or bookmarks) the file's
partners, tag list and settings are adopted as they are, which makes export → import a
lossless round trip (same logical dump).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from connectly.domain.checkins import CheckInDraft, clean_tag
from connectly.domain.days import day_number, local_today, parse_day
from connectly.domain.errors import ValidationError
from connectly.domain.events import LifeEventDraft
from connectly.domain.partners import clean_colour, clean_name
from connectly.services.diary_contents import FORMAT_NAME, FORMAT_VERSION
from connectly.services.import_plan import ImportResult
from connectly.services.writing import write_session
from connectly.storage.database import EncryptedDatabase
from connectly.storage.orm import BookmarkRow, CheckInRow, LifeEventRow, PartnerRow, TagRow, checkin_tag
from connectly.storage.repositories import (
    BookmarkRepository,
    CheckInRepository,
    LifeEventRepository,
    PartnerRepository,
    SettingRepository,
)

_UUID = re.compile(r"^[0-9a-f]{32}$")
MAX_PROBLEMS_SHOWN = 5


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """A validated JSON export, ready to write."""

    partners: tuple[tuple[str, int, str, str], ...]
    tags: tuple[tuple[str, bool], ...]
    checkins: tuple[tuple[str, int, CheckInDraft, dt.datetime], ...]
    events: tuple[tuple[str, LifeEventDraft], ...]
    bookmarks: tuple[tuple[dt.date, str | None], ...]
    settings: dict[str, Any]


def _uuid(value: object) -> str:
    if not isinstance(value, str) or not _UUID.match(value):
        raise ValidationError("its uuid is not 32 hex digits.")
    return value


def _moment(value: object) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"“{value}” is not a time.") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _position(value: object) -> int:
    if value not in (0, 1) or isinstance(value, bool):
        raise ValidationError("its partner must be 0 or 1.")
    return int(value)  # type: ignore[call-overload]


def _list(doc: dict[str, Any], key: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ValidationError(f"The file's “{key}” is not a list; nothing was imported.")
    return value


def parse_document(data: bytes, name: str) -> ParsedDocument:
    """Validate a JSON export; raise :class:`ValidationError` naming the bad records."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError(f"{name} is not a JSON file; nothing was imported.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise ValidationError(f"{name} is not a Connectly export; nothing was imported.")
    if not isinstance(doc.get("version"), int) or doc["version"] > FORMAT_VERSION:
        raise ValidationError(f"{name} was written by a newer Connectly; update Connectly to import it.")
    problems: list[str] = []
    today = local_today() + dt.timedelta(days=1)  # an export from a time zone ahead of ours

    def record(what: str, build: Any) -> Any:
        try:
            return build()
        except (ValidationError, KeyError, TypeError, AttributeError) as exc:
            reason = exc.user_message if isinstance(exc, ValidationError) else "a field is missing or wrong."
            problems.append(f"{what}: {reason}")
            return None

    partners = [
        record(
            f"partner {i + 1}",
            lambda p=p: (
                _uuid(p["uuid"]),
                _position(p["position"]),
                clean_name(p["name"]),
                clean_colour(p["colour"]),
            ),
        )
        for i, p in enumerate(_list(doc, "partners"))
    ]
    tags = [
        record(f"tag {i + 1}", lambda t=t: (clean_tag(t["name"]), bool(t.get("archived", False))))
        for i, t in enumerate(_list(doc, "tags"))
    ]
    checkins = [
        record(
            f"check-in {i + 1}",
            lambda c=c: (
                _uuid(c["uuid"]),
                _position(c["partner"]),
                CheckInDraft.create(
                    partner_id=-1,
                    day=parse_day(c["day"]),
                    stress=c["stress"],
                    closeness=c["closeness"],
                    availability=c["availability"],
                    tags=list(c.get("tags") or []),
                    note=c.get("note"),
                    today=today,
                ),
                _moment(c["logged_at"]),
            ),
        )
        for i, c in enumerate(_list(doc, "checkins"))
    ]
    events = [
        record(
            f"life event {i + 1}",
            lambda e=e: (
                _uuid(e["uuid"]),
                LifeEventDraft.create(
                    kind=e["kind"],
                    title=e["title"],
                    starts_on=parse_day(e["starts_on"]),
                    ends_on=parse_day(e["ends_on"]) if e.get("ends_on") else None,
                    note=e.get("note"),
                ),
            ),
        )
        for i, e in enumerate(_list(doc, "life_events"))
    ]
    bookmarks = [
        record(
            f"bookmark {i + 1}",
            lambda b=b: (parse_day(b["day"]), _uuid(b["checkin"]) if b.get("checkin") else None),
        )
        for i, b in enumerate(_list(doc, "bookmarks"))
    ]
    settings = doc.get("settings", {})
    if not isinstance(settings, dict) or not all(isinstance(k, str) and len(k) <= 64 for k in settings):
        problems.append("settings: they are not a list of named values.")
    positions = sorted(p[1] for p in partners if p)
    if partners and positions != [0, 1]:
        problems.append("partners: the file must hold exactly the two partners (positions 0 and 1).")
    if problems:
        shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = (
            f" (and {len(problems) - MAX_PROBLEMS_SHOWN} more)" if len(problems) > MAX_PROBLEMS_SHOWN else ""
        )
        raise ValidationError(f"{name} has {len(problems)} problem(s){more}; nothing was imported. {shown}")
    return ParsedDocument(
        partners=tuple(partners),
        tags=tuple(tags),
        checkins=tuple(checkins),
        events=tuple(events),
        bookmarks=tuple(bookmarks),
        settings=dict(settings),
    )


def _is_empty(s: Session) -> bool:
    counts = [s.scalar(select(func.count()).select_from(t)) for t in (CheckInRow, LifeEventRow, BookmarkRow)]
    return not any(counts)


def _partners(s: Session, doc: ParsedDocument, empty: bool) -> dict[int, int]:
    repo = PartnerRepository(s)
    present = repo.list()
    if not present:
        if not doc.partners:
            raise ValidationError(
                "The diary has no partners yet and the file names none; nothing was imported."
            )
        for uuid, position, name, colour in sorted(doc.partners, key=lambda p: p[1]):
            repo.add(name=name, colour=colour, position=position, uuid=uuid)
    elif empty and doc.partners:
        by_position = {p.position: p for p in present}
        for uuid, position, name, colour in doc.partners:
            row = s.get(PartnerRow, by_position[position].id)
            if row is not None:
                row.uuid, row.name, row.colour = uuid, name, colour
        s.flush()
    return {p.position: p.id for p in repo.list()}


def _tags(s: Session, doc: ParsedDocument, empty: bool) -> None:
    existing = {r.name: r for r in s.scalars(select(TagRow))}
    wanted = dict(doc.tags)
    for name, archived in wanted.items():
        row = existing.get(name)
        if row is None:
            s.add(TagRow(name=name, archived=archived))
        elif empty:
            row.archived = archived
    if empty and wanted:
        used = set(s.scalars(select(checkin_tag.c.tag_id)))
        for name, row in existing.items():
            if name not in wanted and row.id not in used:
                s.delete(row)
    s.flush()


def write_document(db: EncryptedDatabase, doc: ParsedDocument) -> ImportResult:
    """Write a validated document in one transaction; records already present are skipped."""
    with write_session(db) as s:
        empty = _is_empty(s)
        ids = _partners(s, doc, empty)
        _tags(s, doc, empty)
        checkins = CheckInRepository(s)
        known = checkins.existing_uuids([c[0] for c in doc.checkins])
        fresh = [c for c in doc.checkins if c[0] not in known]
        values: list[dict[str, object]] = [
            {
                "uuid": uuid,
                "partner_id": ids[position],
                "day": day_number(d.day),
                "logged_at": logged_at,
                "stress": d.stress,
                "closeness": d.closeness,
                "availability": d.availability,
                "note": d.note,
            }
            for uuid, position, d, logged_at in fresh
        ]
        added = checkins.bulk_add(values, [d.tags for _, _, d, _ in fresh])
        events = LifeEventRepository(s)
        known_events = events.existing_uuids()
        new_events = [(u, d) for u, d in doc.events if u not in known_events]
        for uuid, draft in new_events:
            events.add(draft, uuid=uuid)
        marks = _bookmarks(s, doc)
        settings = SettingRepository(s)
        present = settings.all()
        for key, value in doc.settings.items():
            if empty or key not in present:
                settings.set(key, value)
    skipped = len(doc.checkins) - added + len(doc.events) - len(new_events)
    return ImportResult(checkins=added, events=len(new_events), bookmarks=marks, skipped=skipped)


def _bookmarks(s: Session, doc: ParsedDocument) -> int:
    repo = BookmarkRepository(s)
    wanted_uuids = [u for _, u in doc.bookmarks if u]
    by_uuid: dict[str, int] = {}
    for i in range(0, len(wanted_uuids), 500):
        chunk = wanted_uuids[i : i + 500]
        found = s.execute(select(CheckInRow.uuid, CheckInRow.id).where(CheckInRow.uuid.in_(chunk)))
        by_uuid.update((uuid, checkin_id) for uuid, checkin_id in found)
    before = s.scalar(select(func.count()).select_from(BookmarkRow)) or 0
    for day, uuid in doc.bookmarks:
        if uuid is None:
            repo.add_day(day)
        elif uuid in by_uuid:
            repo.add_checkin(by_uuid[uuid], day)
    after = s.scalar(select(func.count()).select_from(BookmarkRow)) or 0
    return int(after - before)
