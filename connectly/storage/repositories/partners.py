"""The two partners."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectly.domain.errors import NotFoundError
from connectly.domain.partners import Partner
from connectly.storage.orm import PartnerRow
from connectly.storage.repositories._ids import new_uuid


def to_partner(row: PartnerRow) -> Partner:
    return Partner(id=row.id, uuid=row.uuid, name=row.name, colour=row.colour, position=row.position)


class PartnerRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> tuple[Partner, ...]:
        rows = self._s.scalars(select(PartnerRow).order_by(PartnerRow.position))
        return tuple(to_partner(r) for r in rows)

    def add(self, *, name: str, colour: str, position: int, uuid: str | None = None) -> Partner:
        row = PartnerRow(uuid=uuid or new_uuid(), name=name, colour=colour, position=position)
        self._s.add(row)
        self._s.flush()
        return to_partner(row)

    def update(self, partner_id: int, *, name: str | None = None, colour: str | None = None) -> Partner:
        row = self._s.get(PartnerRow, partner_id)
        if row is None:
            raise NotFoundError("That partner does not exist.")
        if name is not None:
            row.name = name
        if colour is not None:
            row.colour = colour
        self._s.flush()
        return to_partner(row)
