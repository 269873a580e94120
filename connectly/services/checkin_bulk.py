"""Writing many imported check-ins at once (the fast path lives in CheckInRepository.bulk_add)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from connectly.storage.repositories import CheckInRepository

if TYPE_CHECKING:  # import_plan uses this module
    from connectly.services.import_plan import ImportRow


def insert_checkins(session: Session, rows: Sequence[ImportRow], partner_ids: Mapping[int, int]) -> int:
    """Insert ``rows`` (already checked not to be in the diary) and link their tags; returns the count."""
    values = [
        {
            "uuid": r.uuid,
            "partner_id": partner_ids[r.position],
            "day": r.key[1],
            "logged_at": r.logged_at,
            "stress": r.stress,
            "closeness": r.closeness,
            "availability": r.availability,
            "note": r.note,
        }
        for r in rows
    ]
    return CheckInRepository(session).bulk_add(values, [r.tags for r in rows])
