"""An import in two steps: a plan that changes nothing, then applying it once confirmed.

CSV and Daylio files become an :class:`ImportPlan`: every row validated with the domain's own
rules, bad rows listed with their line numbers, a preview, and how many rows are already in the
diary. Nothing is written until :func:`apply_plan` runs (SECURITY.md promise 16).

Imports are idempotent. Each row's UUID is derived from its content (partner, day, ratings,
note) and its ordinal among identical rows of the file, and a row also counts as present when
the diary already holds as many identical check-ins; so re-importing the same file — or a CSV
exported from this very diary — adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlalchemy.orm import Session

from connectly.domain.days import day_number
from connectly.services.checkin_bulk import insert_checkins
from connectly.services.writing import read_session, write_session
from connectly.storage.database import EncryptedDatabase
from connectly.storage.repositories import CheckInRepository, PartnerRepository

ContentKey = tuple[int, int, int, int, int, str]
"""(partner position, day number, stress, closeness, availability, note or "")."""

PREVIEW_ROWS = 12


class ImportRow(NamedTuple):
    """One validated check-in from a file, ready to insert (a tuple: 100k of them are cheap)."""

    line: int
    position: int
    day: dt.date
    logged_at: dt.datetime  # naive UTC
    stress: int
    closeness: int
    availability: int
    tags: tuple[str, ...]
    note: str | None
    uuid: str
    key: ContentKey
    ordinal: int  # how many equal rows (same key) came before it in the file


class ValidRow(NamedTuple):
    """A row that passed validation, before it gets its UUID."""

    line: int
    position: int
    day: dt.date
    stress: int
    closeness: int
    availability: int
    tags: tuple[str, ...]
    note: str | None
    logged_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """A row as the preview table shows it: the mapped values, or the problem with the row."""

    line: int
    day: str
    partner: str
    stress: str
    closeness: str
    availability: str
    tags: str
    note: str
    problem: str = ""


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do; nothing has been written yet.

    ``rows_ok`` are the valid rows, ``new_rows`` those not yet in the diary, ``bad_rows``
    ``(line, sentence)`` pairs. ``problem`` is set (and no rows are planned) when the file
    cannot be read at all or the column mapping is incomplete; ``sample`` holds the first raw
    rows so a mapping step can show them.
    """

    source: Path
    kind: str
    headers: tuple[str, ...]
    mapping: object
    rows_ok: tuple[ImportRow, ...]
    bad_rows: tuple[tuple[int, str], ...]
    preview: tuple[PreviewRow, ...]
    new_rows: tuple[ImportRow, ...] = ()
    problem: str | None = None
    sample: tuple[tuple[str, ...], ...] = ()

    @property
    def already_present(self) -> int:
        """Valid rows that the diary already holds (they will be skipped)."""
        return len(self.rows_ok) - len(self.new_rows)

    @property
    def can_apply(self) -> bool:
        """True when confirming would add at least one check-in."""
        return self.problem is None and bool(self.new_rows)

    def summary(self) -> str:
        """One or two plain sentences for the CLI and the dialog."""
        if self.problem:
            return self.problem
        parts = [f"{_count(len(self.new_rows), 'new check-in')} ready to import"]
        if self.already_present:
            parts.append(f"{self.already_present:,} already in the diary (skipped)")
        if self.bad_rows:
            parts.append(f"{_count(len(self.bad_rows), 'row')} with problems (left out)")
        return "; ".join(parts) + "."


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import added."""

    checkins: int = 0
    events: int = 0
    bookmarks: int = 0
    skipped: int = 0
    bad_rows: int = 0
    details: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        """A plain sentence: what was added and what was skipped."""
        text = f"Imported {_count(self.checkins, 'check-in')}"
        if self.events:
            text += f", {_count(self.events, 'life event')}"
        if self.bookmarks:
            text += f", {_count(self.bookmarks, 'bookmark')}"
        text += "."
        if self.skipped:
            text += f" {self.skipped:,} {'was' if self.skipped == 1 else 'were'} already in the diary."
        if self.bad_rows:
            text += f" {_count(self.bad_rows, 'row')} with problems left out."
        return text


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def row_uuid(key: ContentKey, ordinal: int, salt: str = "csv") -> str:
    """A UUID-sized hex id derived from a row's content and its ordinal among equal rows."""
    position, day, stress, closeness, availability, note = key
    text = (
        f"{salt}\x1f{position}\x1f{day}\x1f{stress}\x1f{closeness}\x1f{availability}\x1f{note}\x1f{ordinal}"
    )
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def noon_utc(day: dt.date) -> dt.datetime:
    """When an imported check-in without a time counts as logged: local noon, as naive UTC."""
    return dt.datetime.combine(day, dt.time(12)).astimezone(dt.UTC).replace(tzinfo=None)


def plan_rows(valid: Sequence[ValidRow], salt: str) -> list[ImportRow]:
    """ImportRows with content-derived UUIDs (see module docstring); one tight loop for 100k rows."""
    numbers: dict[dt.date, int] = {}
    noons: dict[dt.date, dt.datetime] = {}
    seen: dict[ContentKey, int] = {}
    blake = hashlib.blake2b
    make = tuple.__new__
    rows: list[ImportRow] = []
    append = rows.append
    for line, position, day, stress, closeness, availability, tags, note, logged in valid:
        number = numbers.get(day)
        if number is None:
            number = numbers[day] = day_number(day)
        text = note or ""
        key = (position, number, stress, closeness, availability, text)
        rank = seen.get(key, 0)
        seen[key] = rank + 1
        if logged is None:
            logged = noons.get(day)
            if logged is None:
                logged = noons[day] = noon_utc(day)
        uuid = blake(
            f"{salt}\x1f{position}\x1f{number}\x1f{stress}\x1f{closeness}\x1f{availability}\x1f{text}\x1f{rank}".encode(
                "utf-8", "surrogatepass"
            ),
            digest_size=16,
        ).hexdigest()
        append(
            make(  # type: ignore[arg-type]
                ImportRow,
                (line, position, day, logged, stress, closeness, availability, tags, note, uuid, key, rank),
            )
        )
    return rows


def existing_content(session: Session, rows: Sequence[ImportRow]) -> tuple[Counter[ContentKey], set[str]]:
    """How many check-ins with each content key the diary holds, and every check-in UUID in it.

    Read through the raw cursor (two queries), which keeps planning 100k rows fast.
    """
    if not rows:
        return Counter(), set()
    days = [r.key[1] for r in rows]
    repo = CheckInRepository(session)
    counts: Counter[ContentKey] = Counter(repo.content_rows(min(days), max(days)))  # type: ignore[arg-type]
    return counts, repo.all_uuids()


def not_present(rows: Sequence[ImportRow], counts: Counter[ContentKey], uuids: set[str]) -> list[ImportRow]:
    """The rows the diary does not hold yet (see module docstring)."""
    if not counts:
        return [r for r in rows if r.uuid not in uuids]
    return [r for r in rows if r.uuid not in uuids and r.ordinal >= counts[r.key]]


def new_rows_of(db: EncryptedDatabase, rows: Sequence[ImportRow]) -> tuple[ImportRow, ...]:
    """The subset of ``rows`` not yet in the diary (read-only)."""
    with read_session(db) as s:
        counts, uuids = existing_content(s, rows)
    return tuple(not_present(rows, counts, uuids))


def apply_plan(db: EncryptedDatabase, plan: ImportPlan) -> ImportResult:
    """Insert the plan's valid rows that are not yet in the diary, in one transaction.

    Presence is checked again inside the transaction, so applying a plan twice, or a plan made
    before another import, still adds nothing twice.
    """
    if plan.problem is not None:
        return ImportResult(bad_rows=len(plan.bad_rows))
    with write_session(db) as s:
        counts, uuids = existing_content(s, plan.rows_ok)
        rows = not_present(plan.rows_ok, counts, uuids)
        ids = {p.position: p.id for p in PartnerRepository(s).list()}
        added = insert_checkins(s, rows, ids)
    return ImportResult(checkins=added, skipped=len(plan.rows_ok) - added, bad_rows=len(plan.bad_rows))
