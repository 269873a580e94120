"""Data in and out: CSV and JSON export of everything, CSV / Daylio / JSON import.

Exports are written atomically with mode 0600 and are not encrypted (the caller tells the
user, :data:`NOT_ENCRYPTED`). CSV cells that could start a spreadsheet formula are neutralised
(:mod:`connectly.services.csv_cells`).

The check-in CSV has the header ``day,partner,stress,closeness,availability,tags,note``
(partner by name, tags separated by ``;``) and imports back with no mapping step. A CSV export
also writes three small sibling files — ``<name>-partners.csv``, ``<name>-life-events.csv`` and
``<name>-bookmarks.csv`` — because one CSV table cannot hold four kinds of record. JSON is the
full-fidelity format (UUIDs, times, archived tags, settings).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from connectly.domain.errors import ValidationError
from connectly.services.csv_cells import neutralise
from connectly.services.csv_import import CANONICAL_HEADER, ColumnMapping, plan_checkin_csv
from connectly.services.daylio import DaylioMapping, plan_daylio
from connectly.services.diary import OpenDiary
from connectly.services.diary_contents import DiaryContents, read_contents, to_document
from connectly.services.export_files import NOT_ENCRYPTED, write_text_export
from connectly.services.import_plan import ImportPlan, ImportResult, apply_plan, new_rows_of
from connectly.services.json_import import parse_document, write_document
from connectly.services.writing import read_session
from connectly.storage.dump import logical_dump

__all__ = ["NOT_ENCRYPTED", "CsvExport", "ExchangeService"]


@dataclass(frozen=True, slots=True)
class CsvExport:
    """The files a CSV export wrote (check-ins first) and how many check-ins it holds."""

    checkins: Path
    partners: Path
    life_events: Path
    bookmarks: Path
    count: int

    @property
    def files(self) -> tuple[Path, ...]:
        return (self.checkins, self.partners, self.life_events, self.bookmarks)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV with every text cell neutralised against formula injection."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(v) if isinstance(v, str) else ("" if v is None else v) for v in row])
    return out.getvalue()


def sibling(target: Path, what: str) -> Path:
    """``report.csv`` → ``report-partners.csv``."""
    return target.with_name(f"{target.stem}-{what}{target.suffix or '.csv'}")


class ExchangeService:
    """Export and import for one open diary. Each method is one user action."""

    def __init__(self, diary: OpenDiary) -> None:
        self._diary = diary

    # -- export ---------------------------------------------------------------------------

    def contents(self) -> DiaryContents:
        """Everything in the diary, read in one session."""
        with read_session(self._diary.database) as s:
            return read_contents(s)

    def export_json(self, target: Path) -> Path:
        """Write the full-fidelity JSON export; returns the absolute path."""
        document = to_document(self.contents())
        text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
        return write_text_export(target, text)

    def export_csv(self, target: Path) -> CsvExport:
        """Write the check-in CSV and its three sibling files (see module docstring)."""
        data = self.contents()
        names = {p.position: p.name for p in data.partners}
        checkins = csv_text(
            CANONICAL_HEADER,
            (
                (
                    c.day.isoformat(),
                    names.get(c.position, str(c.position + 1)),
                    c.stress,
                    c.closeness,
                    c.availability,
                    ";".join(c.tags),
                    c.note,
                )
                for c in data.checkins
            ),
        )
        partners = csv_text(
            ("number", "name", "colour"), ((p.number, p.name, p.colour) for p in data.partners)
        )
        events = csv_text(
            ("kind", "title", "starts_on", "ends_on", "note"),
            (
                (
                    e.kind.value,
                    e.title,
                    e.starts_on.isoformat(),
                    e.ends_on.isoformat() if e.ends_on else "",
                    e.note,
                )
                for e in data.events
            ),
        )
        by_uuid = {c.uuid: c for c in data.checkins}
        marks = []
        for day, uuid in data.bookmarks:
            c = by_uuid.get(uuid) if uuid else None
            what = "day" if c is None else "check-in"
            partner = names.get(c.position, "") if c else ""
            time = c.logged_at.strftime("%H:%M UTC") if c else ""
            marks.append((day.isoformat(), what, partner, time))
        bookmarks = csv_text(("day", "bookmarked", "partner", "logged_at"), marks)
        target = Path(target)
        written = [
            write_text_export(path, text)
            for path, text in (
                (sibling(target, "partners"), partners),
                (sibling(target, "life-events"), events),
                (sibling(target, "bookmarks"), bookmarks),
                (target, checkins),
            )
        ]
        return CsvExport(written[3], written[0], written[1], written[2], len(data.checkins))

    # -- import ---------------------------------------------------------------------------

    def plan_csv_import(self, path: Path, mapping: ColumnMapping | None = None) -> ImportPlan:
        """Read and validate a check-in CSV; nothing is written (see :func:`apply_import`)."""
        plan = plan_checkin_csv(Path(path), mapping, self._diary.journal.partners())
        return self._with_new_rows(plan)

    def plan_daylio_import(self, path: Path, mapping: DaylioMapping) -> ImportPlan:
        """Read and validate a Daylio CSV for one partner; nothing is written."""
        plan = plan_daylio(Path(path), mapping, self._diary.journal.partners())
        return self._with_new_rows(plan)

    def apply_import(self, plan: ImportPlan) -> ImportResult:
        """Write a confirmed plan's valid rows that are not yet in the diary (one transaction)."""
        if plan.can_apply:
            self._backup_before_import()
        return apply_plan(self._diary.database, plan)

    def import_json(self, path: Path) -> ImportResult:
        """Validate a JSON export whole, then write it (records already present are skipped)."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                f"{path.name} could not be read ({(exc.strerror or 'refused').lower()})."
            ) from None
        document = parse_document(data, path.name)
        self._backup_before_import()
        return write_document(self._diary.database, document)

    def _backup_before_import(self) -> None:
        """An import changes many rows at once: keep the diary as it was first (not the demo)."""
        if not self._diary.throwaway:
            from connectly.domain.backups import BackupReason
            from connectly.services.backups import BackupService

            BackupService(self._diary).backup_now(BackupReason.BEFORE_IMPORT)

    # -- checks ---------------------------------------------------------------------------

    def fingerprint(self) -> dict[str, list[tuple[object, ...]]]:
        """The diary's logical dump (content without row ids), to prove round trips lose nothing."""
        with self._diary.database.engine.connect() as conn:
            return logical_dump(conn)

    def _with_new_rows(self, plan: ImportPlan) -> ImportPlan:
        if plan.problem is not None or not plan.rows_ok:
            return plan
        return dataclasses.replace(plan, new_rows=new_rows_of(self._diary.database, plan.rows_ok))
