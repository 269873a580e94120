"""Automatic and hand-made encrypted backups: make, list, rotate, and restore with an open diary.

Each backup is an encrypted SQLCipher copy made by ``sqlcipher_export`` (never a byte copy
of the live file), integrity-checked first, written atomically with mode 0600, with the
diary's key slots beside it, so it opens exactly like the diary did (SECURITY.md promise 7).
Backups are made on the first unlock of each day (:meth:`BackupService.backup_if_due`),
before every upgrade, restore and import, and on request. Rotation keeps a bounded number
(:mod:`connectly.services.backup_rotation`), and a backup is refused when free space is
below twice the diary's size, so backups never fill the disk (promise 8).

File names say when and why: ``connectly-20250314-081502-daily.db`` (+ ``.keyslots.json``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from connectly.domain.backups import (
    BackupError,
    BackupInfo,
    BackupKeyNeededError,
    BackupReason,
    BackupSettings,
    BackupSpaceError,
    RestoreOutcome,
)
from connectly.domain.errors import ConnectlyError, ValidationError
from connectly.services.backup_rotation import backups_to_remove
from connectly.services.diary import OpenDiary
from connectly.services.writing import read_session, write_session
from connectly.storage.backup import backup_database, key_slots_beside, remove_backup
from connectly.storage.database import EncryptedDatabase
from connectly.storage.files import ensure_private_dir, sidecar_paths
from connectly.storage.repositories import SettingRepository

SETTINGS_KEY = "backups"
_NAME = re.compile(r"^connectly-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.db$")
_PARTIAL = re.compile(r"^\.connectly-.*\.partial-(\d+)(?:-journal|-wal|-shm)?$")

FreeSpace = Callable[[Path], int]
Clock = Callable[[], dt.datetime]


def disk_free(folder: Path) -> int:
    """Bytes free for this user in the file system holding ``folder``."""
    return shutil.disk_usage(folder).free


def backup_file_name(when: dt.datetime, reason: BackupReason, serial: int = 0) -> str:
    """``connectly-YYYYMMDD-HHMMSS[-N]-reason.db``."""
    extra = f"-{serial}" if serial else ""
    return f"connectly-{when:%Y%m%d-%H%M%S}{extra}-{reason.value}.db"


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first; other files there are ignored (never touched)."""
    found: list[BackupInfo] = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _NAME.match(entry.name)
            if match is None or not entry.is_file():
                continue
            try:
                reason = BackupReason(match.group(3))
                when = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
                size = entry.stat().st_size
            except (ValueError, OSError):
                continue
            found.append(BackupInfo(entry, when, size, reason, key_slots_beside(entry).exists()))
    return sorted(found, key=lambda b: (b.when, b.path.name), reverse=True)


def diary_size(db_path: Path) -> int:
    """Bytes of the database and its write-ahead log."""
    total = 0
    for p in (db_path, sidecar_paths(db_path)[0]):
        with contextlib.suppress(FileNotFoundError):
            total += p.stat().st_size
    return total


def check_free_space(folder: Path, needed: int, free_space: FreeSpace = disk_free) -> None:
    """Refuse with :class:`BackupSpaceError` unless ``folder`` has at least ``needed`` bytes free."""
    free = free_space(folder)
    if free < needed:
        raise BackupSpaceError(
            f"There is not enough free space in {folder} for a backup: it needs about "
            f"{_mb(needed)} and {_mb(free)} are free. Nothing was changed; free some space and try again."
        )


def _mb(n: int) -> str:
    return f"{max(n, 0) / 1_000_000:.1f} MB"


@contextlib.contextmanager
def failures_as_backup_errors() -> Iterator[None]:
    """Turn the driver's and the file system's errors into typed errors with a plain sentence.

    The SQLCipher copy runs on a raw connection, so its errors are the driver's own; they
    never reach the user as a traceback (and never carry diary text: none is bound).
    """
    try:
        yield
    except ConnectlyError:
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise BackupSpaceError(
                "The disk filled up while the backup was written, so no backup was made. "
                "Nothing was changed; free some space and try again."
            ) from None
        raise BackupError(
            f"The backup could not be written ({(exc.strerror or 'the system refused').lower()}). "
            "Nothing was changed."
        ) from None
    except Exception as exc:
        if "full" in str(exc).lower():
            raise BackupSpaceError(
                "The disk filled up while the backup was written, so no backup was made. "
                "Nothing was changed; free some space and try again."
            ) from None
        raise BackupError() from None


def prepare_backup_folder(folder: Path, default: Path) -> Path:
    """Create the folder if needed; the default one is made owner-only (0700).

    A folder the user chose (e.g. a synced folder) keeps its own permissions; every backup
    file inside it is 0600 regardless.
    """
    if folder == default:
        return ensure_private_dir(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def remove_stale_partials(folder: Path) -> None:
    """Delete half-written backups left by a process that was killed while writing one."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _PARTIAL.match(entry.name)
            if match and not _process_alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    entry.unlink()


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def make_backup(
    db: EncryptedDatabase,
    folder: Path,
    reason: BackupReason,
    key_slots: Path | None,
    *,
    when: dt.datetime,
    default_folder: Path,
    free_space: FreeSpace = disk_free,
) -> BackupInfo:
    """Write one encrypted, integrity-checked backup of ``db`` into ``folder``.

    Used directly before an upgrade (when the diary is not yet an :class:`OpenDiary`);
    everything else goes through :class:`BackupService`.
    """
    prepare_backup_folder(folder, default_folder)
    remove_stale_partials(folder)
    check_free_space(folder, 2 * diary_size(db.path), free_space)
    serial = 0
    while (folder / backup_file_name(when, reason, serial)).exists():
        serial += 1
    with failures_as_backup_errors():
        target = backup_database(db, folder / backup_file_name(when, reason, serial), key_slots)
    return BackupInfo(target, when, target.stat().st_size, reason, key_slots_beside(target).exists())


class BackupService:
    """Backups of one open diary: settings, backup now / if due, list, rotate, restore."""

    def __init__(
        self,
        diary: OpenDiary,
        *,
        clock: Clock = dt.datetime.now,
        free_space: FreeSpace = disk_free,
    ) -> None:
        self._diary = diary
        self._clock = clock
        self._free_space = free_space

    # -- settings -------------------------------------------------------------------------

    def settings(self) -> BackupSettings:
        """The stored settings (defaults when none were saved)."""
        with read_session(self._diary.database) as s:
            raw = SettingRepository(s).get(SETTINGS_KEY, {})
        values = raw if isinstance(raw, dict) else {}
        try:
            folder = values.get("folder")
            return BackupSettings(
                keep_daily=values.get("keep_daily", 7),
                keep_weekly=values.get("keep_weekly", 4),
                keep_monthly=values.get("keep_monthly", 6),
                folder=Path(folder) if isinstance(folder, str) and folder else None,
            )
        except ValidationError:
            return BackupSettings()

    def set_settings(self, settings: BackupSettings) -> None:
        """Store how many backups to keep and where (the folder is created if missing)."""
        folder = settings.folder
        if folder is not None:
            folder = folder.expanduser().absolute()
            if folder.exists() and not folder.is_dir():
                raise ValidationError(f"{folder} is a file, not a folder; choose a folder for backups.")
            try:
                prepare_backup_folder(folder, self._diary.paths.backups)
            except OSError:
                raise ValidationError(f"The folder {folder} cannot be created or written.") from None
        value = {
            "keep_daily": settings.keep_daily,
            "keep_weekly": settings.keep_weekly,
            "keep_monthly": settings.keep_monthly,
            "folder": str(folder) if folder is not None else None,
        }
        with write_session(self._diary.database) as s:
            SettingRepository(s).set(SETTINGS_KEY, value)

    def folder(self) -> Path:
        """Where this diary's backups go."""
        return self.settings().folder or self._diary.paths.backups

    # -- backups --------------------------------------------------------------------------

    def list_backups(self) -> list[BackupInfo]:
        """This diary's backups, newest first."""
        return list_backups(self.folder())

    def backup_now(self, reason: BackupReason | str = BackupReason.MANUAL) -> BackupInfo:
        """Make a backup now (after checking the diary's integrity); rotates regular backups."""
        return self._backup(BackupReason(reason), self._clock())

    def backup_if_due(self, today: dt.date) -> BackupInfo | None:
        """The daily backup: made on the first unlock of ``today``; None if one exists already."""
        if self._diary.throwaway:
            return None
        if any(b.reason is BackupReason.DAILY and b.when.date() == today for b in self.list_backups()):
            return None
        return self._backup(BackupReason.DAILY, dt.datetime.combine(today, self._clock().time()))

    def rotate(self) -> list[Path]:
        """Remove the backups the rotation no longer keeps; returns what was removed."""
        settings = self.settings()
        folder = settings.folder or self._diary.paths.backups
        removed = []
        for info in backups_to_remove(list_backups(folder), settings):
            remove_backup(info.path)
            removed.append(info.path)
        return removed

    def _backup(self, reason: BackupReason, when: dt.datetime) -> BackupInfo:
        if self._diary.throwaway:
            raise ValidationError("The demo diary is not backed up; it is deleted when you close it.")
        paths = self._diary.paths
        info = make_backup(
            self._diary.database,
            self.folder(),
            reason,
            paths.key_slots,
            when=when,
            default_folder=paths.backups,
            free_space=self._free_space,
        )
        if not reason.is_safety_copy:
            self.rotate()
        return info

    # -- restore --------------------------------------------------------------------------

    def restore(self, backup: Path, secret: str | None = None) -> tuple[OpenDiary, RestoreOutcome]:
        """Replace the diary with ``backup``; returns the diary reopened, and what was done.

        The backup is verified before anything changes; the current diary is kept as a
        backup first. ``secret`` (the passphrase or recovery code the backup's own key slots
        accept) is needed only when the backup does not open with the current key
        (:class:`BackupKeyNeededError`). The diary given is locked; use the one returned.
        """
        from connectly.services.restoring import restore_open_diary

        if self._diary.throwaway:
            raise ValidationError("The demo diary cannot be replaced by a backup.")
        return restore_open_diary(
            self._diary,
            Path(backup),
            secret,
            folder=self.folder(),
            now=self._clock(),
            free_space=self._free_space,
        )


__all__ = [
    "BackupInfo",
    "BackupKeyNeededError",
    "BackupReason",
    "BackupService",
    "BackupSettings",
    "RestoreOutcome",
    "list_backups",
]
