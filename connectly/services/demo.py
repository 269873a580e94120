"""Write the seeded demo year into a diary (the `demo-data` command and `connectly --demo`)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from connectly.domain.days import day_number
from connectly.services.demo_year import generate_demo_year
from connectly.services.diary import OpenDiary
from connectly.services.writing import write_session
from connectly.storage.repositories import CheckInRepository, LifeEventRepository, PartnerRepository


@dataclass(frozen=True, slots=True)
class DemoAdded:
    checkins: int
    events: int


def fill_with_demo_year(diary: OpenDiary, end: dt.date, *, seed: int = 7) -> DemoAdded:
    """Add a realistic year ending at ``end`` for the diary's two partners (set up if missing).

    Re-running with the same seed adds nothing twice: row UUIDs derive from the seed.
    """
    year = generate_demo_year(end, seed)
    if not diary.journal.partners():
        diary.journal.set_up(
            (year.partners[0].name, year.partners[1].name),
            (year.partners[0].colour, year.partners[1].colour),
        )
    now = dt.datetime.now(dt.UTC)
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"connectly-demo/{seed}/{end.isoformat()}")
    with write_session(diary.database) as s:
        ids = {p.position: p.id for p in PartnerRepository(s).list()}
        checkins = CheckInRepository(s)
        rows: list[dict[str, object]] = [
            {
                "uuid": uuid.uuid5(namespace, f"c{i}").hex,
                "partner_id": ids[c.position],
                "day": day_number(c.day),
                # an evening check-in of today's demo day must not be logged in the future
                "logged_at": min(c.logged_at_utc, now).astimezone(dt.UTC).replace(tzinfo=None),
                "stress": c.stress,
                "closeness": c.closeness,
                "availability": c.availability,
                "note": c.note,
            }
            for i, c in enumerate(year.checkins)
        ]
        present = checkins.existing_uuids([str(r["uuid"]) for r in rows])
        keep = [i for i, r in enumerate(rows) if r["uuid"] not in present]
        added = checkins.bulk_add([rows[i] for i in keep], [year.checkins[i].tags for i in keep])
        events = LifeEventRepository(s)
        known = events.existing_uuids()
        n_events = 0
        for j, draft in enumerate(year.events):
            event_uuid = uuid.uuid5(namespace, f"e{j}").hex
            if event_uuid not in known:
                events.add(draft, uuid=event_uuid)
                n_events += 1
    return DemoAdded(checkins=added, events=n_events)
