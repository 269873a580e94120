"""User-editable context tags."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from connectly.storage.orm import TagRow, checkin_tag


class TagRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def names(self, *, include_archived: bool = False) -> tuple[str, ...]:
        stmt = select(TagRow.name).order_by(TagRow.name)
        if not include_archived:
            stmt = stmt.where(TagRow.archived.is_(False))
        return tuple(self._s.scalars(stmt))

    def ensure(self, names: Iterable[str]) -> list[TagRow]:
        """The rows for ``names``, creating missing tags (and un-archiving used ones)."""
        wanted = list(dict.fromkeys(names))
        if not wanted:
            return []
        existing = {r.name: r for r in self._s.scalars(select(TagRow).where(TagRow.name.in_(wanted)))}
        rows = []
        for name in wanted:
            row = existing.get(name)
            if row is None:
                row = TagRow(name=name, archived=False)
                self._s.add(row)
            rows.append(row)
        self._s.flush()
        return rows

    def ids(self, names: Iterable[str]) -> list[int]:
        """Tag ids for ``names`` (in order, duplicates dropped), creating missing tags."""
        wanted = list(dict.fromkeys(names))
        if not wanted:
            return []
        stmt = select(TagRow.name, TagRow.id)
        found: dict[str, int] = {name: i for name, i in self._s.execute(stmt.where(TagRow.name.in_(wanted)))}
        missing = [n for n in wanted if n not in found]
        if missing:
            self.ensure(missing)
            found.update({name: i for name, i in self._s.execute(stmt.where(TagRow.name.in_(missing)))})
        return [found[n] for n in wanted]

    def rename(self, old: str, new: str) -> None:
        row = self._s.scalars(select(TagRow).where(TagRow.name == old)).one()
        target = self._s.scalars(select(TagRow).where(TagRow.name == new)).one_or_none()
        if target is None:
            row.name = new
        else:  # merge into the existing tag
            used = select(checkin_tag.c.checkin_id).where(checkin_tag.c.tag_id == target.id)
            self._s.execute(
                checkin_tag.update()
                .where(checkin_tag.c.tag_id == row.id, checkin_tag.c.checkin_id.not_in(used))
                .values(tag_id=target.id)
            )
            self._s.execute(checkin_tag.delete().where(checkin_tag.c.tag_id == row.id))
            self._s.delete(row)
        self._s.flush()

    def archive(self, name: str) -> None:
        """Hide a tag from the check-in form; past check-ins keep it."""
        row = self._s.scalars(select(TagRow).where(TagRow.name == name)).one()
        row.archived = True
        self._s.flush()

    def usage(self) -> dict[str, int]:
        stmt = (
            select(TagRow.name, func.count(checkin_tag.c.checkin_id))
            .join(checkin_tag, checkin_tag.c.tag_id == TagRow.id, isouter=True)
            .group_by(TagRow.name)
        )
        return {name: int(n) for name, n in self._s.execute(stmt)}
