"""Check-ins: add, amend, delete and restore (for undo), filter, and fast bulk paths."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from connectly.domain.checkins import CheckIn, CheckInDraft, CheckInFilter
from connectly.domain.days import day_from_number, day_number
from connectly.domain.errors import NotFoundError
from connectly.storage.orm import BookmarkRow, CheckInRow, TagRow, checkin_tag, utcnow
from connectly.storage.repositories._ids import new_uuid
from connectly.storage.repositories.tags import TagRepository

checkin_table = CheckInRow.metadata.tables["checkin"]
_BULK_INSERT = (
    "INSERT INTO checkin (uuid, partner_id, day, logged_at, stress, closeness, availability, note, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_BULK_LINK = "INSERT INTO checkin_tag (checkin_id, tag_id) VALUES (?, ?)"


def sql_time(moment: dt.datetime) -> str:
    """A naive UTC time as SQLAlchemy's SQLite DateTime stores it (``2025-06-30 21:19:00.000000``)."""
    return moment.isoformat(sep=" ", timespec="microseconds")


def _as_utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC)


def to_checkin(row: CheckInRow, bookmarked: bool = False) -> CheckIn:
    return CheckIn(
        id=row.id,
        uuid=row.uuid,
        partner_id=row.partner_id,
        day=day_from_number(row.day),
        logged_at=_as_utc(row.logged_at),
        stress=row.stress,
        closeness=row.closeness,
        availability=row.availability,
        tags=tuple(t.name for t in row.tags),
        note=row.note,
        bookmarked=bookmarked,
    )


class CheckInRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._tags = TagRepository(session)

    # -- single rows ----------------------------------------------------------------------

    def add(
        self, draft: CheckInDraft, *, logged_at: dt.datetime | None = None, uuid: str | None = None
    ) -> CheckIn:
        """Insert one check-in with Core statements (the save path: no ORM unit of work)."""
        moment = (logged_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
        now = utcnow()
        values = {
            "uuid": uuid or new_uuid(),
            "partner_id": draft.partner_id,
            "day": day_number(draft.day),
            "logged_at": moment,
            "stress": draft.stress,
            "closeness": draft.closeness,
            "availability": draft.availability,
            "note": draft.note,
            "created_at": now,
            "updated_at": now,
        }
        conn = self._s.connection()
        key = conn.execute(insert(checkin_table).values(values)).inserted_primary_key
        assert key is not None
        new_id = int(key[0])
        tag_ids = self._tags.ids(draft.tags)
        if tag_ids:
            conn.execute(insert(checkin_tag), [{"checkin_id": new_id, "tag_id": t} for t in tag_ids])
        return CheckIn(
            id=new_id,
            uuid=str(values["uuid"]),
            partner_id=draft.partner_id,
            day=draft.day,
            logged_at=_as_utc(moment),
            stress=draft.stress,
            closeness=draft.closeness,
            availability=draft.availability,
            tags=tuple(sorted(draft.tags)),
            note=draft.note,
        )

    def get(self, checkin_id: int) -> CheckIn:
        return to_checkin(self._row(checkin_id), self._is_bookmarked(checkin_id))

    def update(self, checkin_id: int, draft: CheckInDraft) -> CheckIn:
        row = self._row(checkin_id)
        row.partner_id = draft.partner_id
        row.day = day_number(draft.day)
        row.stress, row.closeness, row.availability = draft.stress, draft.closeness, draft.availability
        row.note = draft.note
        row.tags = self._tags.ensure(draft.tags)
        row.updated_at = utcnow()
        self._s.flush()
        return to_checkin(row, self._is_bookmarked(checkin_id))

    def delete(self, checkin_id: int) -> CheckIn:
        """Delete and return what was deleted, so the caller can offer Undo."""
        row = self._row(checkin_id)
        gone = to_checkin(row, self._is_bookmarked(checkin_id))
        self._s.delete(row)
        self._s.flush()
        return gone

    def restore(self, checkin: CheckIn) -> CheckIn:
        """Put a deleted check-in back with its UUID, time and bookmark (Undo of delete)."""
        draft = CheckInDraft(
            partner_id=checkin.partner_id,
            day=checkin.day,
            stress=checkin.stress,
            closeness=checkin.closeness,
            availability=checkin.availability,
            tags=checkin.tags,
            note=checkin.note,
        )
        restored = self.add(draft, logged_at=checkin.logged_at, uuid=checkin.uuid)
        if checkin.bookmarked:
            self._s.add(BookmarkRow(uuid=new_uuid(), day=day_number(checkin.day), checkin_id=restored.id))
            self._s.flush()
        return self.get(restored.id)

    def for_day(self, day: dt.date, partner_id: int | None = None) -> tuple[CheckIn, ...]:
        return self.list(CheckInFilter(partner_id=partner_id, start=day, end=day))

    # -- lists ----------------------------------------------------------------------------

    def list(self, flt: CheckInFilter | None = None, *, limit: int | None = None) -> tuple[CheckIn, ...]:
        """Check-ins matching ``flt``, newest day first, then newest logged first.

        Reads plain columns and the matching tag links in two queries instead of loading ORM
        objects with their tag collections (10 years: ~1.3 s → a few tens of ms).
        """
        flt = flt or CheckInFilter()
        ids = select(CheckInRow.id).order_by(CheckInRow.day.desc(), CheckInRow.logged_at.desc())
        if flt.partner_id is not None:
            ids = ids.where(CheckInRow.partner_id == flt.partner_id)
        if flt.start is not None:
            ids = ids.where(CheckInRow.day >= day_number(flt.start))
        if flt.end is not None:
            ids = ids.where(CheckInRow.day <= day_number(flt.end))
        if flt.tag:
            ids = ids.where(CheckInRow.tags.any(TagRow.name == flt.tag))
        if flt.text:
            pattern = "%" + flt.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            ids = ids.where(
                CheckInRow.note.ilike(pattern, escape="\\")
                | CheckInRow.tags.any(TagRow.name.ilike(pattern, escape="\\"))
            )
        if limit is not None:
            ids = ids.limit(limit)
        wanted = ids.subquery()
        columns = (
            CheckInRow.id,
            CheckInRow.uuid,
            CheckInRow.partner_id,
            CheckInRow.day,
            CheckInRow.logged_at,
            CheckInRow.stress,
            CheckInRow.closeness,
            CheckInRow.availability,
            CheckInRow.note,
        )
        rows = self._s.execute(
            select(*columns)
            .join(wanted, wanted.c.id == CheckInRow.id)
            .order_by(CheckInRow.day.desc(), CheckInRow.logged_at.desc())
        ).all()
        tags: dict[int, builtins.list[str]] = {}
        links = (
            select(checkin_tag.c.checkin_id, TagRow.name)
            .join(TagRow, TagRow.id == checkin_tag.c.tag_id)
            .join(wanted, wanted.c.id == checkin_tag.c.checkin_id)
            .order_by(TagRow.name)
        )
        for checkin_id, name in self._s.execute(links):
            tags.setdefault(checkin_id, []).append(name)
        marked = self._bookmarked_ids()
        return tuple(
            CheckIn(
                id=r[0],
                uuid=r[1],
                partner_id=r[2],
                day=day_from_number(r[3]),
                logged_at=_as_utc(r[4]),
                stress=r[5],
                closeness=r[6],
                availability=r[7],
                tags=tuple(tags.get(r[0], ())),
                note=r[8],
                bookmarked=r[0] in marked,
            )
            for r in rows
        )

    def count(self) -> int:
        return int(self._s.scalar(select(func.count(CheckInRow.id))) or 0)

    def day_range(self) -> tuple[dt.date, dt.date] | None:
        lo, hi = self._s.execute(select(func.min(CheckInRow.day), func.max(CheckInRow.day))).one()
        if lo is None:
            return None
        return day_from_number(lo), day_from_number(hi)

    def existing_uuids(self, uuids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(uuids), 500):
            chunk = list(uuids[i : i + 500])
            found.update(self._s.scalars(select(CheckInRow.uuid).where(CheckInRow.uuid.in_(chunk))))
        return found

    # -- fast paths (PERFORMANCE.md item 6) -----------------------------------------------

    def rating_rows(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> builtins.list[tuple[int, int, int, int, int]]:
        """(day, partner position, stress, closeness, availability) per check-in, via the raw cursor.

        Building Row objects costs ~15× more than the driver's tuples; analysis needs only
        these five integers.
        """
        sql = (
            "SELECT c.day, p.position, c.stress, c.closeness, c.availability "
            "FROM checkin c JOIN partner p ON p.id = c.partner_id WHERE c.day BETWEEN ? AND ?"
        )
        lo = day_number(start) if start else -(10**9)
        hi = day_number(end) if end else 10**9
        result = self._s.connection().exec_driver_sql(sql, (lo, hi))
        return list(result.cursor.fetchall()) if result.cursor is not None else []

    def content_rows(self, first_day: int, last_day: int) -> builtins.list[tuple[object, ...]]:
        """(partner position, day, stress, closeness, availability, note or "") per check-in in
        the day range, via the raw cursor — what an import compares content against."""
        sql = (
            "SELECT p.position, c.day, c.stress, c.closeness, c.availability, COALESCE(c.note, '') "
            "FROM checkin c JOIN partner p ON p.id = c.partner_id WHERE c.day BETWEEN ? AND ?"
        )
        return [tuple(r) for r in self._s.connection().exec_driver_sql(sql, (first_day, last_day)).fetchall()]

    def all_uuids(self) -> set[str]:
        """Every check-in UUID in the diary."""
        return {u for (u,) in self._s.connection().exec_driver_sql("SELECT uuid FROM checkin").fetchall()}

    def bulk_add(self, rows: Sequence[Mapping[str, object]], tags: Sequence[Sequence[str]] = ()) -> int:
        """Insert many validated check-ins straight through the driver's ``executemany``.

        Each row has the checkin columns (uuid, partner_id, day as int, logged_at naive UTC,
        stress, closeness, availability, note); ``tags`` aligns with ``rows``. The ORM's bulk
        insert spends most of its time building parameters and converting three datetimes per
        row (100k rows: several seconds); plain tuples with each distinct time formatted once,
        and one id query for the tag links, keep 100k rows well under a second of SQL.
        """
        if not rows:
            return 0
        conn = self._s.connection()
        before = int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM checkin").scalar() or 0)
        now = sql_time(utcnow())
        times: dict[object, str] = {}

        def when(moment: object) -> str:
            text = times.get(moment)
            if text is None:
                assert isinstance(moment, dt.datetime)
                text = times[moment] = sql_time(moment)
            return text

        conn.exec_driver_sql(
            _BULK_INSERT,
            [
                (
                    r["uuid"],
                    r["partner_id"],
                    r["day"],
                    when(r["logged_at"]),
                    r["stress"],
                    r["closeness"],
                    r["availability"],
                    r.get("note"),
                    now,
                    now,
                )
                for r in rows
            ],
        )
        if any(tags):
            tag_ids = {t.name: t.id for t in self._tags.ensure(sorted({t for ts in tags for t in ts}))}
            found = conn.exec_driver_sql("SELECT uuid, id FROM checkin WHERE id > ?", (before,)).fetchall()
            ids = {uuid: checkin_id for uuid, checkin_id in found}
            links = [
                (ids[str(r["uuid"])], tag_ids[t])
                for r, ts in zip(rows, tags, strict=False)
                for t in dict.fromkeys(ts)
            ]
            if links:
                conn.exec_driver_sql(_BULK_LINK, links)
        return len(rows)

    def delete_all(self) -> None:
        self._s.execute(delete(CheckInRow))

    # -- internals ------------------------------------------------------------------------

    def _row(self, checkin_id: int) -> CheckInRow:
        row = self._s.get(CheckInRow, checkin_id)
        if row is None:
            raise NotFoundError("That check-in no longer exists.")
        return row

    def _is_bookmarked(self, checkin_id: int) -> bool:
        return self._s.scalar(select(BookmarkRow.id).where(BookmarkRow.checkin_id == checkin_id)) is not None

    def _bookmarked_ids(self) -> frozenset[int]:
        stmt = select(BookmarkRow.checkin_id).where(BookmarkRow.checkin_id.is_not(None))
        return frozenset(i for i in self._s.scalars(stmt) if i is not None)
