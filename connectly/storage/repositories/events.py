"""Life events."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectly.domain.days import day_from_number, day_number
from connectly.domain.errors import NotFoundError
from connectly.domain.events import LifeEvent, LifeEventDraft, LifeEventKind
from connectly.storage.orm import LifeEventRow, utcnow
from connectly.storage.repositories._ids import new_uuid


def to_event(row: LifeEventRow) -> LifeEvent:
    return LifeEvent(
        id=row.id,
        uuid=row.uuid,
        kind=LifeEventKind(row.kind),
        title=row.title,
        starts_on=day_from_number(row.starts_on),
        ends_on=day_from_number(row.ends_on) if row.ends_on is not None else None,
        note=row.note,
    )


class LifeEventRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> tuple[LifeEvent, ...]:
        rows = self._s.scalars(select(LifeEventRow).order_by(LifeEventRow.starts_on, LifeEventRow.id))
        return tuple(to_event(r) for r in rows)

    def add(self, draft: LifeEventDraft, *, uuid: str | None = None) -> LifeEvent:
        row = LifeEventRow(uuid=uuid or new_uuid())
        self._apply(row, draft)
        self._s.add(row)
        self._s.flush()
        return to_event(row)

    def get(self, event_id: int) -> LifeEvent:
        return to_event(self._row(event_id))

    def update(self, event_id: int, draft: LifeEventDraft) -> LifeEvent:
        row = self._row(event_id)
        self._apply(row, draft)
        row.updated_at = utcnow()
        self._s.flush()
        return to_event(row)

    def delete(self, event_id: int) -> LifeEvent:
        row = self._row(event_id)
        gone = to_event(row)
        self._s.delete(row)
        self._s.flush()
        return gone

    def existing_uuids(self) -> set[str]:
        return set(self._s.scalars(select(LifeEventRow.uuid)))

    @staticmethod
    def _apply(row: LifeEventRow, draft: LifeEventDraft) -> None:
        row.kind = draft.kind.value
        row.title = draft.title
        row.starts_on = day_number(draft.starts_on)
        row.ends_on = day_number(draft.ends_on) if draft.ends_on else None
        row.note = draft.note

    def _row(self, event_id: int) -> LifeEventRow:
        row = self._s.get(LifeEventRow, event_id)
        if row is None:
            raise NotFoundError("That life event no longer exists.")
        return row
