"""Backups as the user sees them: why one was made, when, how big, and how many are kept.

Pure data and the typed errors a backup or a restore can end in; the work itself is done by
:mod:`connectly.services.backups` and :mod:`connectly.services.restoring`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path

from connectly.domain.errors import ConnectlyError, DiskFullError, NotFoundError, ValidationError


class BackupReason(enum.Enum):
    """Why a backup was made (also the last word of its file name)."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    BEFORE_IMPORT = "before-import"
    DAMAGED = "damaged"
    """A byte copy of a damaged diary, kept when a backup replaced it (for a specialist)."""

    @property
    def label(self) -> str:
        """A few words for the list of backups."""
        return _LABELS[self]

    @property
    def is_safety_copy(self) -> bool:
        """Made automatically just before something replaced or changed the whole diary."""
        return self not in (BackupReason.DAILY, BackupReason.MANUAL)


_LABELS = {
    BackupReason.DAILY: "Daily",
    BackupReason.MANUAL: "Made by you",
    BackupReason.BEFORE_UPGRADE: "Before an update of Connectly",
    BackupReason.BEFORE_RESTORE: "Before restoring a backup",
    BackupReason.BEFORE_IMPORT: "Before an import",
    BackupReason.DAMAGED: "The damaged diary, kept aside",
}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file (its key slots, if any, lie beside it)."""

    path: Path
    when: dt.datetime
    """Local time the backup was made (naive)."""
    size: int
    """Bytes of the database file."""
    reason: BackupReason
    has_key_slots: bool


@dataclass(frozen=True, slots=True)
class BackupSettings:
    """How many automatic backups are kept, and where (None = the data folder's ``backups``)."""

    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 6
    folder: Path | None = None

    def __post_init__(self) -> None:
        for name in ("keep_daily", "keep_weekly", "keep_monthly"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 366:
                raise ValidationError("The number of backups to keep must be a whole number from 0 to 366.")
        if self.keep_daily < 1:
            raise ValidationError("At least one daily backup must be kept.")


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """What a restore did: the backup it used and where the replaced diary was kept."""

    restored_from: Path
    previous_kept_at: Path | None
    key_slots_replaced: bool
    """True when the backup's own key slots were installed (its passphrase now opens the diary)."""


class BackupError(ConnectlyError):
    """A backup could not be made or used; the diary was not changed."""

    default_message = "The backup could not be made. The diary was not changed."


class BackupSpaceError(BackupError, DiskFullError):
    """Not enough free space for a backup (we refuse before the disk fills up)."""

    default_message = "There is not enough free space for a backup. Nothing was changed."


class BackupNotFoundError(BackupError, NotFoundError):
    default_message = "That backup file does not exist (any more). Nothing was changed."


class BackupKeyNeededError(BackupError):
    """The backup belongs to another diary or an older key: its passphrase or code is needed."""

    default_message = (
        "This backup does not open with the diary’s current key. "
        "Enter the passphrase or recovery code the diary had when the backup was made."
    )
