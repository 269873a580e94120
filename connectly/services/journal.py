"""The daily journal: partners, tags, check-ins and bookmarks. One method = one user action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypedDict, Unpack

from connectly.domain.checkins import DEFAULT_TAGS, CheckIn, CheckInDraft, CheckInFilter, clean_tag
from connectly.domain.errors import DiaryExistsError, InvalidTextError
from connectly.domain.partners import (
    DEFAULT_COLOURS,
    PARTNER_POSITIONS,
    Partner,
    clean_colour,
    clean_name,
    resolve_partner,
)
from connectly.services.writing import read_session, write_session
from connectly.storage.database import EncryptedDatabase
from connectly.storage.repositories import (
    BookmarkRepository,
    CheckInRepository,
    PartnerRepository,
    TagRepository,
)

__all__ = ["CheckInFilter", "JournalService"]  # the UI filters History with CheckInFilter


class _RequiredFields(TypedDict):
    partner_id: int
    day: dt.date
    stress: object
    closeness: object
    availability: object


class CheckInFields(_RequiredFields, total=False):
    """What a partner enters for one check-in (ratings are validated, so any type is accepted)."""

    tags: Sequence[str]
    note: str | None


def _draft(fields: CheckInFields) -> CheckInDraft:
    return CheckInDraft.create(
        partner_id=fields["partner_id"],
        day=fields["day"],
        stress=fields["stress"],
        closeness=fields["closeness"],
        availability=fields["availability"],
        tags=list(fields.get("tags", ())),
        note=fields.get("note"),
    )


class JournalService:
    """Check-ins and what belongs to them, for both partners."""

    def __init__(self, db: EncryptedDatabase) -> None:
        self._db = db

    # -- partners -------------------------------------------------------------------------

    def partners(self) -> tuple[Partner, ...]:
        with read_session(self._db) as s:
            return PartnerRepository(s).list()

    def set_up(
        self, names: tuple[str, str], colours: tuple[str, str] = DEFAULT_COLOURS
    ) -> tuple[Partner, ...]:
        """First run: the two partners and the default context tags."""
        clean = [clean_name(n, what="partner’s name") for n in names]
        if clean[0].casefold() == clean[1].casefold():
            raise InvalidTextError("The two partners need different names.")
        hues = [clean_colour(c) for c in colours]
        with write_session(self._db) as s:
            repo = PartnerRepository(s)
            if repo.list():
                raise DiaryExistsError("This diary already has its two partners.")
            for position in PARTNER_POSITIONS:
                repo.add(name=clean[position], colour=hues[position], position=position)
            TagRepository(s).ensure(DEFAULT_TAGS)
            return repo.list()

    def partner(self, ref: str | int) -> Partner:
        """A partner by number (1, 2) or name."""
        return resolve_partner(ref, self.partners())

    def update_partner(
        self, partner_id: int, *, name: str | None = None, colour: str | None = None
    ) -> Partner:
        clean = clean_name(name, what="partner’s name") if name is not None else None
        hue = clean_colour(colour) if colour is not None else None
        with write_session(self._db) as s:
            return PartnerRepository(s).update(partner_id, name=clean, colour=hue)

    # -- tags -----------------------------------------------------------------------------

    def tags(self) -> tuple[str, ...]:
        with read_session(self._db) as s:
            return TagRepository(s).names()

    def add_tag(self, name: str) -> str:
        tag = clean_tag(name)
        with write_session(self._db) as s:
            repo = TagRepository(s)
            row = repo.ensure([tag])[0]
            row.archived = False
        return tag

    def rename_tag(self, old: str, new: str) -> None:
        with write_session(self._db) as s:
            TagRepository(s).rename(old, clean_tag(new))

    def archive_tag(self, name: str) -> None:
        with write_session(self._db) as s:
            TagRepository(s).archive(name)

    # -- check-ins ------------------------------------------------------------------------

    def add_checkin(self, **fields: Unpack[CheckInFields]) -> CheckIn:
        """Validate and commit one check-in; returns it only after the commit succeeded."""
        draft = _draft(fields)
        with write_session(self._db) as s:
            return CheckInRepository(s).add(draft)

    def update_checkin(self, checkin_id: int, **fields: Unpack[CheckInFields]) -> CheckIn:
        """Validate and amend one check-in (same fields as :meth:`add_checkin`)."""
        draft = _draft(fields)
        with write_session(self._db) as s:
            return CheckInRepository(s).update(checkin_id, draft)

    def delete_checkin(self, checkin_id: int) -> CheckIn:
        """Delete; the returned check-in can be given to :meth:`restore_checkin` to undo."""
        with write_session(self._db) as s:
            return CheckInRepository(s).delete(checkin_id)

    def restore_checkin(self, checkin: CheckIn) -> CheckIn:
        with write_session(self._db) as s:
            return CheckInRepository(s).restore(checkin)

    def checkin(self, checkin_id: int) -> CheckIn:
        with read_session(self._db) as s:
            return CheckInRepository(s).get(checkin_id)

    def checkins(self, flt: CheckInFilter | None = None, *, limit: int | None = None) -> tuple[CheckIn, ...]:
        with read_session(self._db) as s:
            return CheckInRepository(s).list(flt, limit=limit)

    def day(self, day: dt.date) -> tuple[CheckIn, ...]:
        """Every check-in of ``day`` (both partners), newest first."""
        with read_session(self._db) as s:
            return CheckInRepository(s).for_day(day)

    def count(self) -> int:
        with read_session(self._db) as s:
            return CheckInRepository(s).count()

    def day_range(self) -> tuple[dt.date, dt.date] | None:
        with read_session(self._db) as s:
            return CheckInRepository(s).day_range()

    def rating_rows(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[tuple[int, int, int, int, int]]:
        """(day number, partner position, stress, closeness, availability) per check-in."""
        with read_session(self._db) as s:
            return CheckInRepository(s).rating_rows(start, end)

    # -- bookmarks ------------------------------------------------------------------------

    def set_day_bookmark(self, day: dt.date, marked: bool) -> None:
        with write_session(self._db) as s:
            repo = BookmarkRepository(s)
            if marked:
                repo.add_day(day)
            else:
                repo.remove_day(day)

    def set_checkin_bookmark(self, checkin_id: int, marked: bool) -> None:
        with write_session(self._db) as s:
            repo = BookmarkRepository(s)
            if marked:
                repo.add_checkin(checkin_id, CheckInRepository(s).get(checkin_id).day)
            else:
                repo.remove_checkin(checkin_id)

    def bookmarked_days(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> tuple[dt.date, ...]:
        with read_session(self._db) as s:
            return BookmarkRepository(s).days(start, end)
