"""Life events: the transitions drawn on every chart."""

from __future__ import annotations

import datetime as dt

from connectly.domain.events import LifeEvent, LifeEventDraft, LifeEventKind
from connectly.services.writing import read_session, write_session
from connectly.storage.database import EncryptedDatabase
from connectly.storage.repositories import LifeEventRepository


class LifeEventService:
    def __init__(self, db: EncryptedDatabase) -> None:
        self._db = db

    def events(self) -> tuple[LifeEvent, ...]:
        with read_session(self._db) as s:
            return LifeEventRepository(s).list()

    def add(
        self,
        *,
        kind: LifeEventKind | str,
        title: str,
        starts_on: dt.date,
        ends_on: dt.date | None = None,
        note: str | None = None,
    ) -> LifeEvent:
        draft = LifeEventDraft.create(kind=kind, title=title, starts_on=starts_on, ends_on=ends_on, note=note)
        with write_session(self._db) as s:
            return LifeEventRepository(s).add(draft)

    def update(
        self,
        event_id: int,
        *,
        kind: LifeEventKind | str,
        title: str,
        starts_on: dt.date,
        ends_on: dt.date | None = None,
        note: str | None = None,
    ) -> LifeEvent:
        draft = LifeEventDraft.create(kind=kind, title=title, starts_on=starts_on, ends_on=ends_on, note=note)
        with write_session(self._db) as s:
            return LifeEventRepository(s).update(event_id, draft)

    def delete(self, event_id: int) -> LifeEvent:
        with write_session(self._db) as s:
            return LifeEventRepository(s).delete(event_id)

    def restore(self, event: LifeEvent) -> LifeEvent:
        draft = LifeEventDraft(event.kind, event.title, event.starts_on, event.ends_on, event.note)
        with write_session(self._db) as s:
            return LifeEventRepository(s).add(draft, uuid=event.uuid)
