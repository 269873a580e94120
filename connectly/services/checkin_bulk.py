"""Writing many imported check-ins at once, straight through the driver.

T7 asks for 100,000 check-ins in under a second. ``CheckInRepository.bulk_add`` goes through the
ORM's bulk insert, which spends most of its time building parameters and converting each
datetime (three per row) — several seconds for 100k rows. Here the rows go to SQLite's
``executemany`` as plain tuples with the times formatted once per distinct value, and tags are
linked with one id query for the whole batch. Same columns, same formats as the ORM writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from connectly.storage.orm import utcnow
from connectly.storage.repositories import TagRepository

if TYPE_CHECKING:  # import_plan uses this module
    from connectly.services.import_plan import ImportRow

_INSERT = (
    "INSERT INTO checkin (uuid, partner_id, day, logged_at, stress, closeness, availability, note, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_LINK = "INSERT INTO checkin_tag (checkin_id, tag_id) VALUES (?, ?)"


def sql_time(moment: dt.datetime) -> str:
    """A naive UTC time as SQLAlchemy's SQLite DateTime stores it (``2025-06-30 21:19:00.000000``)."""
    return moment.isoformat(sep=" ", timespec="microseconds")


def insert_checkins(session: Session, rows: Sequence[ImportRow], partner_ids: Mapping[int, int]) -> int:
    """Insert ``rows`` (already checked not to be in the diary) and link their tags; returns the count."""
    if not rows:
        return 0
    conn = session.connection()
    before = int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM checkin").scalar() or 0)
    now = sql_time(utcnow())
    times: dict[dt.datetime, str] = {}

    def when(moment: dt.datetime) -> str:
        text = times.get(moment)
        if text is None:
            text = times[moment] = sql_time(moment)
        return text

    conn.exec_driver_sql(
        _INSERT,
        [
            (
                r.uuid,
                partner_ids[r.position],
                r.key[1],
                when(r.logged_at),
                r.stress,
                r.closeness,
                r.availability,
                r.note,
                now,
                now,
            )
            for r in rows
        ],
    )
    tagged = [r for r in rows if r.tags]
    if tagged:
        names = sorted({tag for r in tagged for tag in r.tags})
        tag_ids = {row.name: row.id for row in TagRepository(session).ensure(names)}
        found = conn.exec_driver_sql("SELECT uuid, id FROM checkin WHERE id > ?", (before,)).fetchall()
        ids = {uuid: checkin_id for uuid, checkin_id in found}
        conn.exec_driver_sql(_LINK, [(ids[r.uuid], tag_ids[tag]) for r in tagged for tag in r.tags])
    return len(rows)
