"""Check-ins: how stressed, how close and how available a partner felt on a day."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from connectly.domain.days import validate_past_or_today
from connectly.domain.errors import InvalidRatingError, InvalidTextError
from connectly.domain.text import TAG_MAX_CHARS, clean_note, clean_text

RATING_MIN = 0
RATING_MAX = 10


class Measure(enum.Enum):
    """The three ratings of a check-in, with the question and anchor words shown to people."""

    STRESS = "stress"
    CLOSENESS = "closeness"
    AVAILABILITY = "availability"

    @property
    def question(self) -> str:
        return _QUESTIONS[self]

    @property
    def anchors(self) -> tuple[str, str]:
        """The words at 0 and at 10."""
        return _ANCHORS[self]

    @property
    def label(self) -> str:
        return self.value.capitalize()


_QUESTIONS = {
    Measure.STRESS: "How stressed did you feel?",
    Measure.CLOSENESS: "How close did you feel to your partner?",
    Measure.AVAILABILITY: "How much did you have to give to the relationship?",
}
_ANCHORS = {
    Measure.STRESS: ("calm", "overwhelmed"),
    Measure.CLOSENESS: ("distant", "deeply connected"),
    Measure.AVAILABILITY: ("nothing left", "fully present"),
}

DEFAULT_TAGS = (
    "work",
    "money",
    "health",
    "sleep",
    "family",
    "kids",
    "conflict",
    "quality time",
    "physical intimacy",
    "travel",
)


def validate_rating(measure: Measure | str, value: object) -> int:
    """Return ``value`` as an int 0–10, or raise :class:`InvalidRatingError`."""
    name = measure.value if isinstance(measure, Measure) else str(measure)
    if isinstance(value, bool):
        raise InvalidRatingError(f"{name.capitalize()} must be a whole number from 0 to 10.")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        text = value.strip()
        if not text.lstrip("-").isdigit():
            raise InvalidRatingError(
                f"{name.capitalize()} must be a whole number from 0 to 10, not “{value}”."
            )
        value = int(text)
    if not isinstance(value, int):
        raise InvalidRatingError(f"{name.capitalize()} must be a whole number from 0 to 10.")
    if not RATING_MIN <= value <= RATING_MAX:
        raise InvalidRatingError(f"{name.capitalize()} must be from 0 to 10, not {value}.")
    return value


def clean_tag(value: str) -> str:
    """A tag: one line, lower-case, at most 32 characters."""
    text = clean_text(value, what="tag", max_chars=TAG_MAX_CHARS, allow_newlines=False)
    if not text:
        raise InvalidTextError("A tag cannot be empty.")
    if ";" in text:
        raise InvalidTextError("A tag cannot contain “;”.")
    return text.casefold()


@dataclass(frozen=True, slots=True)
class CheckInDraft:
    """What a partner enters; validated on construction."""

    partner_id: int
    day: dt.date
    stress: int
    closeness: int
    availability: int
    tags: tuple[str, ...] = ()
    note: str | None = None

    @classmethod
    def create(
        cls,
        *,
        partner_id: int,
        day: dt.date,
        stress: object,
        closeness: object,
        availability: object,
        tags: tuple[str, ...] | list[str] = (),
        note: str | None = None,
        today: dt.date | None = None,
    ) -> CheckInDraft:
        """Validate every field and return a draft, or raise a typed ValidationError."""
        return cls(
            partner_id=partner_id,
            day=validate_past_or_today(day, today),
            stress=validate_rating(Measure.STRESS, stress),
            closeness=validate_rating(Measure.CLOSENESS, closeness),
            availability=validate_rating(Measure.AVAILABILITY, availability),
            tags=tuple(dict.fromkeys(clean_tag(t) for t in tags)),
            note=clean_note(note),
        )


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A stored check-in."""

    id: int
    uuid: str
    partner_id: int
    day: dt.date
    logged_at: dt.datetime
    stress: int
    closeness: int
    availability: int
    tags: tuple[str, ...] = field(default=())
    note: str | None = None
    bookmarked: bool = False

    def rating(self, measure: Measure) -> int:
        return int(getattr(self, measure.value))


@dataclass(frozen=True, slots=True)
class CheckInFilter:
    """What History shows: every field optional; text matches notes and tags."""

    partner_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    tag: str | None = None
    text: str | None = None
