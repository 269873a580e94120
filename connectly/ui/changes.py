"""What a finished operation changed, so each page decides whether to refresh (Anki's pattern)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Changed(enum.Flag):
    NOTHING = 0
    CHECKINS = enum.auto()
    EVENTS = enum.auto()
    PARTNERS = enum.auto()
    TAGS = enum.auto()
    BOOKMARKS = enum.auto()
    SETTINGS = enum.auto()
    EVERYTHING = CHECKINS | EVENTS | PARTNERS | TAGS | BOOKMARKS | SETTINGS


@dataclass(frozen=True, slots=True)
class Changes:
    """Carried by ``DiarySession.sig_data_changed``; ``source`` is the page that made the change."""

    what: Changed
    source: object | None = None

    def touches(self, flags: Changed) -> bool:
        return bool(self.what & flags)
