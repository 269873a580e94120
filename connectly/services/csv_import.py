"""Planning a check-in CSV import: column mapping, validation of every row, a preview.

A file whose header is exactly ``day,partner,stress,closeness,availability,tags,note`` (what
``connectly export csv`` writes) needs no mapping. Any other file gets a guessed
:class:`ColumnMapping` that the user confirms or corrects; until every required column is
mapped the plan carries a ``problem`` and no rows.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from connectly.domain.checkins import RATING_MAX, RATING_MIN, CheckInDraft, clean_tag
from connectly.domain.days import local_today, parse_day, validate_past_or_today
from connectly.domain.errors import ValidationError
from connectly.domain.partners import Partner, resolve_partner
from connectly.domain.text import NOTE_MAX_CHARS
from connectly.services.csv_cells import restore
from connectly.services.import_plan import PREVIEW_ROWS, ImportPlan, PreviewRow, ValidRow, plan_rows

CANONICAL_HEADER = ("day", "partner", "stress", "closeness", "availability", "tags", "note")
MAX_FILE_BYTES = 200 * 1024 * 1024
REQUIRED = ("day", "stress", "closeness", "availability")

_SYNONYMS = {
    "day": ("day", "date", "full_date", "datum", "when"),
    "partner": ("partner", "person", "who", "name"),
    "stress": ("stress", "stressed"),
    "closeness": ("closeness", "close", "connection", "connected"),
    "availability": ("availability", "available", "capacity", "to give"),
    "tags": ("tags", "tag", "context", "activities"),
    "note": ("note", "notes", "comment", "comments", "journal"),
}


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column (by header text) holds each field of a check-in.

    ``partner_fixed`` (``"1"``, ``"2"`` or a name) assigns every row to one partner when the
    file has no partner column. ``day_format`` is a ``strptime`` format such as ``%d/%m/%Y``;
    None means ``YYYY-MM-DD``.
    """

    day: str | None = None
    partner: str | None = None
    stress: str | None = None
    closeness: str | None = None
    availability: str | None = None
    tags: str | None = None
    note: str | None = None
    partner_fixed: str | None = None
    day_format: str | None = None
    tag_separator: str = ";"

    @classmethod
    def canonical(cls) -> ColumnMapping:
        """The mapping of the file ``connectly export csv`` writes."""
        return cls(*CANONICAL_HEADER)

    @classmethod
    def guess(cls, headers: Sequence[str]) -> ColumnMapping:
        """Map what can be recognised from the header names (case-insensitive)."""
        found: dict[str, str] = {}
        for name, words in _SYNONYMS.items():
            for header in headers:
                if header.strip().casefold() in words and header not in found.values():
                    found[name] = header
                    break
        return cls(**found)

    @classmethod
    def parse(cls, text: str) -> ColumnMapping:
        """Read ``field=Column,field=Column,…`` (the CLI's ``--columns``)."""
        names = {f.name for f in dataclasses.fields(cls)}
        values: dict[str, str] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            key, sep, value = part.partition("=")
            key = key.strip().replace("-", "_")
            if not sep or key not in names:
                fields = ", ".join(sorted(names))
                raise ValidationError(f"Write the mapping as field=Column; fields are {fields}.")
            values[key] = value.strip()
        return cls(**values)

    def missing(self, headers: Sequence[str]) -> tuple[str, ...]:
        """Required fields not mapped to a column of ``headers``."""
        present = set(headers)
        gaps = [f for f in REQUIRED if getattr(self, f) not in present]
        if self.partner_fixed is None and self.partner not in present:
            gaps.insert(1, "partner")
        return tuple(gaps)

    def describe(self) -> str:
        """``field ← column`` pairs, for showing the mapping that will be used."""
        pairs = [f"{f} ← “{getattr(self, f)}”" for f in CANONICAL_HEADER if getattr(self, f)]
        if self.partner_fixed:
            pairs.append(f"every row → partner {self.partner_fixed}")
        return ", ".join(pairs)


def read_table(path: Path) -> tuple[list[tuple[int, list[str]]], str | None]:
    """The file's records with their first line numbers, or a sentence saying why it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return [], f"{path.name} is {size // 2**20:,} MB; the largest file Connectly imports is 200 MB."
        data = path.read_bytes()
    except FileNotFoundError:
        return [], f"There is no file {path}."
    except OSError as exc:
        return [], f"{path.name} could not be read ({(exc.strerror or 'refused').lower()})."
    encodings = (
        ("utf-16",)
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        else ("utf-8-sig", "cp1252")
    )
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return [], f"{path.name} is not a text file Connectly can read; save it as UTF-8 CSV."
    if text.count("\x00") > len(text) // 100:
        return [], f"{path.name} is not a CSV file (it contains binary data)."
    # The header line decides the delimiter: whichever of , ; tab splits it into most columns
    # (a sniffer guesses wrong when tags are separated by ";").
    first = text[: text.find("\n")] if "\n" in text else text
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        records = _records(text, delimiter)
    except csv.Error as exc:
        return [], f"{path.name} is not a well-formed CSV file ({exc})."
    if not records:
        return [], f"{path.name} is empty."
    return records, None


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Non-blank records with the line each starts on.

    Fast path: when no cell spans lines, record *i* is line *i + 1*. Otherwise the reader's line
    counter is followed record by record (a note with line breaks moves later rows down).
    """
    try:
        every = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error:
        every = []  # the careful pass below says on which line
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if every and len(every) == lines:
        return [(i + 1, cells) for i, cells in enumerate(every) if cells and "".join(cells).strip()]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            if cells and "".join(cells).strip():
                records.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise csv.Error(f"line {line}: {exc}") from None
    return records


_RATINGS = {str(i): i for i in range(RATING_MIN, RATING_MAX + 1)}
# Characters the domain refuses in a note (control characters other than tab/newline/CR, and lone
# surrogates). A note without them and within the length limit is accepted by clean_note as
# note.strip(); anything else takes the slow path, so messages always come from the domain.
_REFUSED_IN_NOTE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


class RowReader:
    """Turns one record into a :class:`ValidRow` or a sentence, using a mapping.

    :meth:`fast` validates a plain row with cached look-ups (days, partners and tag lists repeat
    a lot); whatever it is unsure about goes through :meth:`read`, the domain's own validation,
    which raises the sentence for the user. 100k rows validate in a fraction of a second.
    """

    def __init__(self, headers: Sequence[str], mapping: ColumnMapping, partners: Sequence[Partner]) -> None:
        index = {h: i for i, h in enumerate(headers)}
        self._width = len(headers)
        self._columns = {f: index.get(getattr(mapping, f) or "") for f in CANONICAL_HEADER}
        self._mapping = mapping
        self._all = list(partners)
        self._fixed = resolve_partner(mapping.partner_fixed, self._all) if mapping.partner_fixed else None
        self.today = local_today()
        self._days: dict[str, dt.date | None] = {}
        self._partners: dict[str, int | None] = {}
        self._tag_lists: dict[str, tuple[str, ...] | None] = {}

    def cell(self, cells: Sequence[str], name: str) -> str:
        i = self._columns[name]
        return "" if i is None or i >= len(cells) else restore(cells[i].strip())

    def partner(self, cells: Sequence[str]) -> Partner:
        if self._fixed is not None:
            return self._fixed
        return resolve_partner(self.cell(cells, "partner"), self._all)

    def day(self, cells: Sequence[str]) -> dt.date:
        text = self.cell(cells, "day")
        fmt = self._mapping.day_format
        if not fmt:
            return parse_day(text)
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            raise ValidationError(f"“{text}” is not a date in the form {fmt}.") from None

    def tags(self, cells: Sequence[str]) -> list[str]:
        sep = self._mapping.tag_separator or ";"
        return [t for t in (x.strip() for x in self.cell(cells, "tags").split(sep)) if t]

    def read(self, line: int, cells: Sequence[str]) -> ValidRow:
        """Validate one record with the domain's rules; raise ValidationError with the reason."""
        extra = cells[self._width :]
        if len(cells) < self._width or any(c.strip() for c in extra):
            raise ValidationError(f"This row has {len(cells)} cells; the header has {self._width}.")
        partner = self.partner(cells)
        draft = CheckInDraft.create(
            partner_id=partner.id,
            day=self.day(cells),
            stress=self.cell(cells, "stress"),
            closeness=self.cell(cells, "closeness"),
            availability=self.cell(cells, "availability"),
            tags=self.tags(cells),
            note=self.cell(cells, "note") or None,
            today=self.today,
        )
        return ValidRow(
            line,
            partner.position,
            draft.day,
            draft.stress,
            draft.closeness,
            draft.availability,
            draft.tags,
            draft.note,
            None,
        )

    def fast_all(self, body: Sequence[tuple[int, list[str]]]) -> list[ValidRow | None]:
        """Each record as a ValidRow if it is plainly valid, else None (:meth:`read` then decides).

        One tight loop with cached look-ups: days, partners and tag lists repeat a lot, so each
        distinct text is validated once by the domain's own functions.
        """
        col, width = self._columns, self._width
        i_day, i_partner, i_tags, i_note = col["day"], col["partner"], col["tags"], col["note"]
        i_s, i_c, i_a = col["stress"], col["closeness"], col["availability"]
        assert i_day is not None and i_s is not None and i_c is not None and i_a is not None
        fixed = self._fixed.position if self._fixed is not None else None
        days: dict[str, Any] = self._days
        partners: dict[str, Any] = self._partners
        tag_lists: dict[str, Any] = self._tag_lists
        ratings, refused, limit = _RATINGS, _REFUSED_IN_NOTE.search, NOTE_MAX_CHARS
        missing: Any = object()
        out: list[ValidRow | None] = []
        append = out.append
        for line, cells in body:
            if len(cells) != width:
                append(None)
                continue
            day = days.get(cells[i_day], missing)
            if day is missing:
                day = self._remember(days, cells, i_day, self._checked_day)
            position: Any = fixed
            if position is None and i_partner is not None:
                position = partners.get(cells[i_partner], missing)
                if position is missing:
                    position = self._remember(partners, cells, i_partner, lambda c: self.partner(c).position)
            tags = () if i_tags is None else tag_lists.get(cells[i_tags], missing)
            if tags is missing:
                tags = self._remember(tag_lists, cells, i_tags, self._clean_tags)
            stress, closeness, availability = (
                ratings.get(cells[i_s]),
                ratings.get(cells[i_c]),
                ratings.get(cells[i_a]),
            )
            note = cells[i_note] if i_note is not None else ""
            if (
                day is None
                or position is None
                or tags is None
                or stress is None
                or closeness is None
                or availability is None
                or (note and (note[0] == "'" or len(note) > limit or refused(note)))
            ):
                append(None)
                continue
            append(
                ValidRow(
                    line, position, day, stress, closeness, availability, tags, note.strip() or None, None
                )
            )
        return out

    def _checked_day(self, cells: Sequence[str]) -> dt.date:
        return validate_past_or_today(self.day(cells), self.today)

    def _clean_tags(self, cells: Sequence[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(map(clean_tag, self.tags(cells))))

    @staticmethod
    def _remember(
        cache: dict[str, Any],
        cells: Sequence[str],
        index: int | None,
        compute: Callable[[Sequence[str]], Any],
    ) -> Any:
        """Validate one distinct cell text with the domain (None when refused) and cache it."""
        try:
            value = compute(cells)
        except ValidationError:
            value = None
        cache["" if index is None else cells[index]] = value
        return value


def preview_row(row: ValidRow | None, partner: str, line: int = 0, problem: str = "") -> PreviewRow:
    """A preview line for a valid row, or for a problem."""
    if row is None:
        return PreviewRow(line, "", "", "", "", "", "", "", problem)
    note = (row.note or "").replace("\n", " ")
    return PreviewRow(
        line=row.line,
        day=row.day.isoformat(),
        partner=partner,
        stress=str(row.stress),
        closeness=str(row.closeness),
        availability=str(row.availability),
        tags="; ".join(row.tags),
        note=note if len(note) <= 60 else note[:59] + "…",
    )


def plan_checkin_csv(path: Path, mapping: ColumnMapping | None, partners: Sequence[Partner]) -> ImportPlan:
    """Read and validate every row of ``path``; the diary is not touched (see module docstring)."""
    path = Path(path)
    records, problem = read_table(path)
    if problem is not None:
        return ImportPlan(path, "csv", (), mapping, (), (), (), problem=problem)
    headers = tuple(h.strip() for h in records[0][1])
    body = records[1:]
    sample = tuple(tuple(c) for _, c in body[:PREVIEW_ROWS])
    if mapping is None:
        exact = tuple(h.casefold() for h in headers) == CANONICAL_HEADER
        mapping = ColumnMapping.canonical() if exact else ColumnMapping.guess(headers)
    gaps = mapping.missing(headers)
    if len(partners) != 2:
        gaps = ("the diary's two partners (set up the diary first)",)
    if gaps:
        text = f"Choose which column holds: {', '.join(gaps)}. Nothing was imported."
        return ImportPlan(path, "csv", headers, mapping, (), (), (), problem=text, sample=sample)
    try:
        reader = RowReader(headers, mapping, partners)
    except ValidationError as exc:
        return ImportPlan(path, "csv", headers, mapping, (), (), (), problem=exc.user_message, sample=sample)
    names = {p.position: p.name for p in partners}
    good: list[ValidRow] = []
    bad: list[tuple[int, str]] = []
    preview: list[PreviewRow] = []
    for (line, cells), row in zip(body, reader.fast_all(body), strict=True):
        if row is None:
            try:
                row = reader.read(line, cells)
            except ValidationError as exc:
                bad.append((line, exc.user_message))
                if len(preview) < PREVIEW_ROWS:
                    preview.append(preview_row(None, "", line, exc.user_message))
                continue
        good.append(row)
        if len(preview) < PREVIEW_ROWS:
            preview.append(preview_row(row, names[row.position]))
    rows = plan_rows(good, "csv")
    return ImportPlan(path, "csv", headers, mapping, tuple(rows), tuple(bad), tuple(preview), sample=sample)
