"""Life events: transitions that test intimacy (relocation, parenthood, career, loss, …)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from connectly.domain.errors import InvalidDayError, InvalidTextError
from connectly.domain.text import TITLE_MAX_CHARS, clean_note, clean_text


class LifeEventKind(enum.Enum):
    RELOCATION = "relocation"
    PARENTHOOD = "parenthood"
    CAREER = "career"
    LOSS = "loss"
    HEALTH = "health"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @classmethod
    def parse(cls, value: str) -> LifeEventKind:
        try:
            return cls(str(value).strip().casefold())
        except ValueError:
            kinds = ", ".join(k.value for k in cls)
            raise InvalidTextError(f"“{value}” is not a kind of life event; use one of {kinds}.") from None


@dataclass(frozen=True, slots=True)
class LifeEventDraft:
    kind: LifeEventKind
    title: str
    starts_on: dt.date
    ends_on: dt.date | None = None
    note: str | None = None

    @classmethod
    def create(
        cls,
        *,
        kind: LifeEventKind | str,
        title: str,
        starts_on: dt.date,
        ends_on: dt.date | None = None,
        note: str | None = None,
    ) -> LifeEventDraft:
        kind = kind if isinstance(kind, LifeEventKind) else LifeEventKind.parse(kind)
        clean_title = clean_text(title, what="title", max_chars=TITLE_MAX_CHARS, allow_newlines=False)
        if not clean_title:
            raise InvalidTextError("A life event needs a title.")
        if ends_on is not None and ends_on < starts_on:
            raise InvalidDayError("A life event cannot end before it starts.")
        return cls(kind, clean_title, starts_on, ends_on, clean_note(note))


@dataclass(frozen=True, slots=True)
class LifeEvent:
    id: int
    uuid: str
    kind: LifeEventKind
    title: str
    starts_on: dt.date
    ends_on: dt.date | None
    note: str | None = None
