"""Where one diary's files live. Resolved once by the composition root and handed down."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class DiaryPaths:
    """The data directory (0700) and the files inside it."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "diary.db"

    @property
    def key_slots(self) -> Path:
        return self.data_dir / "keyslots.json"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    def exists(self) -> bool:
        """True when a diary database is here (the key file alone is an unfinished setup)."""
        return self.database.exists()
