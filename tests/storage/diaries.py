"""Real encrypted diaries for export/import tests (no key slots, no keyring: fast to make)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from connectly.security.datakey import DataKey
from connectly.services.demo import fill_with_demo_year
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths
from connectly.storage.database import create_database

DEMO_END = dt.date(2025, 6, 30)


def new_diary(folder: Path, names: tuple[str, str] | None = ("Sam", "Alex")) -> OpenDiary:
    """A fresh encrypted diary in ``folder``; set up with ``names`` unless None (then empty)."""
    paths = DiaryPaths(folder / "data")
    key = DataKey.generate()
    diary = OpenDiary(paths, create_database(paths.database, key.hex), key, None)
    if names is not None:
        diary.journal.set_up(names)
    return diary


def demo_diary(folder: Path, end: dt.date = DEMO_END) -> OpenDiary:
    """A diary holding the seeded demo year ending at ``end``."""
    diary = new_diary(folder, names=None)
    fill_with_demo_year(diary, end)
    return diary
