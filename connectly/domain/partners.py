"""The two partners of a diary."""

from __future__ import annotations

import re
from dataclasses import dataclass

from connectly.domain.errors import InvalidTextError, UnknownPartnerError
from connectly.domain.text import clean_name

PARTNER_POSITIONS = (0, 1)
DEFAULT_COLOURS = ("#2f7ebc", "#d9822b")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class Partner:
    """One of the two people keeping the diary. ``position`` is 0 or 1 (shown as 1 and 2)."""

    id: int
    uuid: str
    name: str
    colour: str
    position: int

    @property
    def initials(self) -> str:
        """Initials for privacy-minded exports (“Alex Morgan” → “A.M.”)."""
        parts = [p for p in re.split(r"[\s\-]+", self.name) if p]
        return "".join(p[0].upper() + "." for p in parts) or f"P{self.position + 1}."

    @property
    def number(self) -> int:
        """1 or 2, as shown to people."""
        return self.position + 1


def clean_colour(value: str) -> str:
    """A ``#rrggbb`` colour, lower-cased."""
    if not isinstance(value, str) or not _COLOUR.match(value.strip()):
        raise InvalidTextError(f"“{value}” is not a colour; use the form #rrggbb.")
    return value.strip().lower()


def resolve_partner(ref: str | int, partners: tuple[Partner, ...] | list[Partner]) -> Partner:
    """Find a partner by number (1, 2) or by name (case-insensitive)."""
    text = str(ref).strip()
    if text in ("1", "2"):
        position = int(text) - 1
        for partner in partners:
            if partner.position == position:
                return partner
    for partner in partners:
        if partner.name.casefold() == text.casefold():
            return partner
    names = " or ".join(f"“{p.name}”" for p in partners) or "1 or 2"
    raise UnknownPartnerError(f"There is no partner “{text}”; use 1, 2, {names}.")


__all__ = ["DEFAULT_COLOURS", "PARTNER_POSITIONS", "Partner", "clean_colour", "clean_name", "resolve_partner"]
