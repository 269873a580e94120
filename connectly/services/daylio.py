"""Importing a Daylio CSV export into one partner's check-ins.

Daylio records one mood per entry (``rad``, ``good``, ``meh``, ``bad``, ``awful`` by default,
or the user's own words) and a list of activities. Connectly asks three questions, so the user
decides what each mood means: either three numbers (stress/closeness/availability, e.g.
``good=3/7/7``) or one level N from 0 to 10 for "how good the day felt", which stands for
stress 10 − N, closeness N and availability N. The preview shows the result before anything is
written. Activities become context tags (optionally renamed or dropped).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from connectly.domain.checkins import RATING_MAX, CheckInDraft, validate_rating
from connectly.domain.days import local_today, parse_day
from connectly.domain.errors import ValidationError
from connectly.domain.partners import Partner, resolve_partner
from connectly.services.csv_cells import restore
from connectly.services.csv_import import preview_row, read_table
from connectly.services.import_plan import PREVIEW_ROWS, ImportPlan, PreviewRow, ValidRow, plan_rows

DAYLIO_HEADER = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
DEFAULT_MOOD_MAP = "rad=9,good=7,meh=5,bad=3,awful=1"
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*([aApP]\.?[mM]\.?)?\s*$")


@dataclass(frozen=True, slots=True)
class MoodRatings:
    """The three ratings a Daylio mood stands for."""

    stress: int
    closeness: int
    availability: int

    @classmethod
    def from_level(cls, level: int) -> MoodRatings:
        """One "how good was the day" level: stress 10 − level, closeness and availability = level."""
        return cls(RATING_MAX - level, level, level)

    def text(self) -> str:
        """``stress/closeness/availability``, as the mood map writes it."""
        return f"{self.stress}/{self.closeness}/{self.availability}"


@dataclass(frozen=True, slots=True)
class DaylioMapping:
    """How a Daylio file becomes check-ins of one partner.

    ``moods`` maps a mood word (case-insensitive) to its ratings; ``activities`` renames an
    activity to a tag ("" drops it); other activities become tags of their own name unless
    ``keep_other_activities`` is False.
    """

    partner: str
    moods: Mapping[str, MoodRatings]
    activities: Mapping[str, str] = field(default_factory=dict)
    keep_other_activities: bool = True
    include_notes: bool = True

    @staticmethod
    def parse_moods(text: str) -> dict[str, MoodRatings]:
        """Read ``rad=9,good=7`` or ``good=3/7/7`` (stress/closeness/availability)."""
        moods: dict[str, MoodRatings] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            word, sep, value = part.partition("=")
            if not sep or not word.strip():
                raise ValidationError(f"Write each mood as mood=N or mood=S/C/A, not “{part}”.")
            numbers = [validate_rating("mood rating", v) for v in value.split("/")]
            if len(numbers) == 1:
                moods[word.strip().casefold()] = MoodRatings.from_level(numbers[0])
            elif len(numbers) == 3:
                moods[word.strip().casefold()] = MoodRatings(*numbers)
            else:
                raise ValidationError(
                    f"Give one number or three (stress/closeness/availability) for “{word}”."
                )
        if not moods:
            raise ValidationError("The mood map is empty; map at least one mood.")
        return moods

    @staticmethod
    def parse_activities(text: str) -> dict[str, str]:
        """Read ``gym=health,date night=quality time,reading=`` (empty drops the activity)."""
        out: dict[str, str] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            name, sep, tag = part.partition("=")
            if not sep:
                raise ValidationError(f"Write each activity as activity=tag, not “{part}”.")
            out[name.strip().casefold()] = tag.strip()
        return out


def _logged_at(day: dt.date, text: str) -> dt.datetime:
    """Daylio's local time of day (``21:30`` or ``9:30 pm``) as naive UTC."""
    match = _TIME.match(text or "")
    if not match:
        hour, minute = 12, 0
    else:
        hour, minute = int(match.group(1)), int(match.group(2))
        suffix = (match.group(3) or "").lower().replace(".", "")
        if suffix == "pm" and hour < 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            raise ValidationError(f"“{text}” is not a time of day.")
    local = dt.datetime.combine(day, dt.time(hour, minute))
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _tags(cell: str, mapping: DaylioMapping) -> list[str]:
    tags: list[str] = []
    for activity in (a.strip() for a in cell.split("|")):
        if not activity:
            continue
        key = activity.casefold()
        if key in mapping.activities:
            tag = mapping.activities[key]
        elif mapping.keep_other_activities:
            tag = activity
        else:
            continue
        tag = tag.replace(";", ",").strip()[:32]
        if tag:
            tags.append(tag)
    return tags


def daylio_vocabulary(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The distinct moods and activities in a Daylio file (for building a mapping)."""
    records, problem = read_table(Path(path))
    if problem or not records:
        return (), ()
    headers = [h.strip().casefold() for h in records[0][1]]
    if "mood" not in headers:
        return (), ()
    mood_i = headers.index("mood")
    act_i = headers.index("activities") if "activities" in headers else None
    moods: dict[str, None] = {}
    activities: dict[str, None] = {}
    for _, cells in records[1:]:
        if mood_i < len(cells) and cells[mood_i].strip():
            moods[cells[mood_i].strip().casefold()] = None
        if act_i is not None and act_i < len(cells):
            for a in cells[act_i].split("|"):
                if a.strip():
                    activities[a.strip()] = None
    return tuple(moods), tuple(sorted(activities, key=str.casefold))


def plan_daylio(path: Path, mapping: DaylioMapping, partners: Sequence[Partner]) -> ImportPlan:
    """Validate every entry of a Daylio CSV against ``mapping``; the diary is not touched."""
    path = Path(path)
    records, problem = read_table(path)
    if problem is not None:
        return ImportPlan(path, "daylio", (), mapping, (), (), (), problem=problem)
    headers = tuple(h.strip().casefold() for h in records[0][1])
    sample = tuple(tuple(c) for _, c in records[1 : 1 + PREVIEW_ROWS])
    missing = [h for h in ("full_date", "time", "mood") if h not in headers]
    if missing:
        text = (
            f"{path.name} does not look like a Daylio export (no {', '.join(missing)} column). "
            "Nothing was imported."
        )
        return ImportPlan(path, "daylio", headers, mapping, (), (), (), problem=text, sample=sample)
    try:
        partner = resolve_partner(mapping.partner, list(partners))
    except ValidationError as exc:
        return ImportPlan(
            path, "daylio", headers, mapping, (), (), (), problem=exc.user_message, sample=sample
        )
    col = {h: i for i, h in enumerate(headers)}
    moods = {k.casefold(): v for k, v in mapping.moods.items()}
    today = local_today()

    def cell(cells: Sequence[str], name: str) -> str:
        i = col.get(name)
        return "" if i is None or i >= len(cells) else restore(cells[i].strip())

    good: list[ValidRow] = []
    bad: list[tuple[int, str]] = []
    preview: list[PreviewRow] = []
    for line, cells in records[1:]:
        try:
            day = parse_day(cell(cells, "full_date"))
            mood = cell(cells, "mood")
            ratings = moods.get(mood.casefold())
            if ratings is None:
                raise ValidationError(f"The mood “{mood}” has no ratings in the mood map.")
            title, note = cell(cells, "note_title"), cell(cells, "note")
            text = "\n".join(t for t in (title, note) if t) if mapping.include_notes else ""
            draft = CheckInDraft.create(
                partner_id=partner.id,
                day=day,
                stress=ratings.stress,
                closeness=ratings.closeness,
                availability=ratings.availability,
                tags=_tags(cell(cells, "activities"), mapping),
                note=text or None,
                today=today,
            )
            logged = _logged_at(draft.day, cell(cells, "time"))
        except ValidationError as exc:
            bad.append((line, exc.user_message))
            if len(preview) < PREVIEW_ROWS:
                preview.append(preview_row(None, "", line, exc.user_message))
            continue
        row = ValidRow(
            line,
            partner.position,
            draft.day,
            draft.stress,
            draft.closeness,
            draft.availability,
            draft.tags,
            draft.note,
            logged,
        )
        good.append(row)
        if len(preview) < PREVIEW_ROWS:
            preview.append(preview_row(row, partner.name))
    rows = plan_rows(good, "daylio")
    return ImportPlan(
        path, "daylio", headers, mapping, tuple(rows), tuple(bad), tuple(preview), sample=sample
    )
