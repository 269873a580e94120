"""Days and check-ins marked “to discuss”."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from connectly.domain.days import day_from_number, day_number
from connectly.storage.orm import BookmarkRow
from connectly.storage.repositories._ids import new_uuid


class BookmarkRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_day(self, day: dt.date) -> None:
        n = day_number(day)
        exists = self._s.scalar(
            select(BookmarkRow.id).where(BookmarkRow.day == n, BookmarkRow.checkin_id.is_(None))
        )
        if exists is None:
            self._s.add(BookmarkRow(uuid=new_uuid(), day=n, checkin_id=None))
            self._s.flush()

    def add_checkin(self, checkin_id: int, day: dt.date) -> None:
        exists = self._s.scalar(select(BookmarkRow.id).where(BookmarkRow.checkin_id == checkin_id))
        if exists is None:
            self._s.add(BookmarkRow(uuid=new_uuid(), day=day_number(day), checkin_id=checkin_id))
            self._s.flush()

    def remove_day(self, day: dt.date) -> None:
        self._s.execute(delete(BookmarkRow).where(BookmarkRow.day == day_number(day)))

    def remove_checkin(self, checkin_id: int) -> None:
        self._s.execute(delete(BookmarkRow).where(BookmarkRow.checkin_id == checkin_id))

    def days(self, start: dt.date | None = None, end: dt.date | None = None) -> tuple[dt.date, ...]:
        stmt = select(BookmarkRow.day).distinct().order_by(BookmarkRow.day)
        if start is not None:
            stmt = stmt.where(BookmarkRow.day >= day_number(start))
        if end is not None:
            stmt = stmt.where(BookmarkRow.day <= day_number(end))
        return tuple(day_from_number(n) for n in self._s.scalars(stmt))

    def checkin_ids(self) -> frozenset[int]:
        stmt = select(BookmarkRow.checkin_id).where(BookmarkRow.checkin_id.is_not(None))
        return frozenset(i for i in self._s.scalars(stmt) if i is not None)
