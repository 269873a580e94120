"""Write an encrypted fixture diary at the current schema (run once per released schema).

    python -m tests.storage.make_fixture tests/fixtures/diary_schema1.db

The key below is a test key for that fixture only.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from connectly.services.events import LifeEventService
from connectly.services.journal import JournalService
from connectly.storage.database import create_database

FIXTURE_KEY = "5eed" * 16


def main(target: str) -> None:
    db = create_database(Path(target), FIXTURE_KEY)
    journal = JournalService(db)
    sam, alex = journal.set_up(("Sam", "Alex"))
    start = dt.date(2025, 1, 1)
    for i in range(60):
        day = start + dt.timedelta(days=i)
        for p in (sam, alex):
            entry = journal.add_checkin(
                partner_id=p.id,
                day=day,
                stress=(i * 7 + p.position) % 11,
                closeness=(i * 5) % 11,
                availability=(i * 3) % 11,
                tags=["work"] if i % 3 == 0 else [],
                note="I felt heard today." if i % 10 == 0 else None,
            )
            if i == 20:
                journal.set_checkin_bookmark(entry.id, True)
    LifeEventService(db).add(kind="relocation", title="Moved to Leeds", starts_on=dt.date(2025, 2, 1))
    journal.set_day_bookmark(dt.date(2025, 2, 10), True)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1])
