"""Creating, unlocking and locking a diary: the key slots meet the encrypted database.

The only module that hands a data key to storage. A missing keyring entry with an existing
diary is always "key missing → ask for the passphrase or recovery code", never "first run"
(DESIGN.md §5). Nothing here creates a new empty diary unless asked to by setup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from connectly.domain.errors import (
    DiaryExistsError,
    KeySlotsMissingError,
    NoDiaryError,
    StorageError,
    WrongKeyError,
)
from connectly.domain.partners import DEFAULT_COLOURS
from connectly.security.datakey import DataKey
from connectly.security.keyring_store import KeyringStore
from connectly.security.keyslots import KeySlots
from connectly.security.recovery import normalise_recovery_code
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths
from connectly.storage.database import EncryptedDatabase, create_database, open_database
from connectly.storage.files import ensure_private_dir, fsync_dir, sidecar_paths


@dataclass(frozen=True, slots=True)
class DiaryFacts:
    """What can be said about a diary without any secret (for choosing the first screen)."""

    exists: bool
    has_keyring_slot: bool
    has_passphrase: bool


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    usable: bool
    reason: str | None
    backend: str


class KeyringAccess:
    """The OS keyring as seen by the app: is it usable, and why not (for greying out a choice)."""

    def __init__(self, store: KeyringStore | None = None) -> None:
        self.store = store or KeyringStore()

    def status(self) -> KeyringStatus:
        reason = self.store.unusable_reason()
        return KeyringStatus(usable=reason is None, reason=reason, backend=self.store.backend_name)


def diary_facts(paths: DiaryPaths) -> DiaryFacts:
    """Exists? Which slots? Reads only the slot file's public part."""
    if not paths.exists():
        return DiaryFacts(False, False, False)
    try:
        slots = KeySlots.load(paths.key_slots)
    except KeySlotsMissingError:
        return DiaryFacts(True, False, False)
    return DiaryFacts(True, slots.has_keyring, slots.has_passphrase)


def create_diary(
    paths: DiaryPaths,
    *,
    names: tuple[str, str],
    colours: tuple[str, str] = DEFAULT_COLOURS,
    passphrase: str | None,
    keyring: KeyringAccess | None,
) -> tuple[OpenDiary, str]:
    """Set up a new diary; returns it open, and the recovery code to show once.

    The key file is written first and the database second; if the database cannot be
    made, the key file and keyring entry are removed again, so a failed setup leaves
    nothing behind and can simply be retried. The database is built under a temporary
    name and gets its real name only once complete (partners included), so a crash or
    kill -9 during setup never leaves a half-made diary that would look damaged.
    """
    if paths.exists():
        raise DiaryExistsError()
    ensure_private_dir(paths.data_dir)
    _set_aside_orphan_key_file(paths)
    key = DataKey.generate()
    store = keyring.store if keyring is not None else None
    slots, code = KeySlots.create(paths.key_slots, key, passphrase=passphrase, keyring_store=store)
    published = False
    try:
        _build_database(paths, key.hex, names, colours)
        published = True
        db = open_database(paths.database, key.hex, key_verified=True)
        diary = OpenDiary(paths, db, key, slots)
    except BaseException:
        if published:
            paths.database.unlink(missing_ok=True)
        paths.key_slots.unlink(missing_ok=True)
        if store is not None:
            with contextlib.suppress(Exception):
                store.delete(slots.diary_id)
        key.wipe()
        raise
    return diary, code


def _build_database(
    paths: DiaryPaths, key_hex: Callable[[], str], names: tuple[str, str], colours: tuple[str, str]
) -> None:
    """Make the complete new database under a temporary name, then give it the diary's name.

    The name is given with a hard link, which never replaces an existing diary.
    """
    from connectly.services.journal import JournalService

    _remove_unfinished_databases(paths)
    staging = paths.data_dir / f"{_STAGING_PREFIX}{os.getpid()}"
    try:
        db = create_database(staging, key_hex)
        try:
            JournalService(db).set_up(names, colours)
        finally:
            db.close()  # folds the WAL into the file
        wal, _shm = sidecar_paths(staging)
        if wal.exists() and wal.stat().st_size:
            raise StorageError("The new diary could not be finished (is the disk full?). Nothing was kept.")
        try:
            os.link(staging, paths.database)
        except FileExistsError:
            raise DiaryExistsError() from None
        except OSError:  # no hard links on this file system
            if paths.database.exists():
                raise DiaryExistsError() from None
            os.replace(staging, paths.database)
        fsync_dir(paths.data_dir)
    finally:
        for leftover in (staging, *sidecar_paths(staging)):
            leftover.unlink(missing_ok=True)


_STAGING_PREFIX = ".diary.db.creating-"


def _remove_unfinished_databases(paths: DiaryPaths) -> None:
    """Delete databases a setup that was killed left half-made (never the diary itself)."""
    for entry in paths.data_dir.glob(f"{_STAGING_PREFIX}*"):
        pid = entry.name.removeprefix(_STAGING_PREFIX).split("-")[0]
        if pid.isdigit() and int(pid) != os.getpid():
            entry.unlink(missing_ok=True)


def unlock_with_keyring(paths: DiaryPaths, keyring: KeyringAccess) -> OpenDiary:
    """Open with the key from the OS keyring (raises KeyMissing/KeyringLocked/… to ask instead)."""
    slots = _slots(paths)
    return _open(paths, slots, slots.unlock_with_keyring(keyring.store))


def unlock_with_secret(paths: DiaryPaths, text: str) -> OpenDiary:
    """Open with a passphrase or a recovery code (whichever ``text`` turns out to be)."""
    slots = _slots(paths)
    key = _unwrap(slots, text)
    return _open(paths, slots, key)


def open_demo(end: dt.date | None = None) -> OpenDiary:
    """A throwaway encrypted diary in a temp dir, filled with the demo year; no keyring, no slots.

    Its folder is removed when the diary is locked or the app exits.
    """
    from connectly.services.demo import fill_with_demo_year

    folder = Path(tempfile.mkdtemp(prefix="connectly-demo-"))
    paths = DiaryPaths(folder / "data")
    key = DataKey.generate()
    db = create_database(paths.database, key.hex)
    diary = OpenDiary(paths, db, key, None, throwaway=True)
    fill_with_demo_year(diary, end or dt.date.today())
    return diary


def _slots(paths: DiaryPaths) -> KeySlots:
    if not paths.exists():
        raise NoDiaryError()
    return KeySlots.load(paths.key_slots)


def _unwrap(slots: KeySlots, text: str) -> DataKey:
    """Try the passphrase slot, then (if the text has the shape of one) the recovery code."""
    first: WrongKeyError | None = None
    if slots.has_passphrase:
        try:
            return slots.unlock_with_passphrase(text)
        except WrongKeyError as exc:
            first = exc
    try:
        normalise_recovery_code(text)
    except Exception:
        raise first or WrongKeyError() from None
    try:
        return slots.unlock_with_recovery_code(text)
    except WrongKeyError:
        raise WrongKeyError(
            "That passphrase or recovery code does not open this diary." if first else None
        ) from None


def _open(paths: DiaryPaths, slots: KeySlots, key: DataKey) -> OpenDiary:
    try:
        db: EncryptedDatabase = open_database(
            paths.database,
            key.hex,
            key_verified=True,
            before_upgrade=lambda old: backup_before_upgrade(paths, old),
        )
    except BaseException:
        key.wipe()
        raise
    return OpenDiary(paths, db, key, slots)


def backup_before_upgrade(paths: DiaryPaths, db: EncryptedDatabase) -> None:
    """The automatic backup made before an older diary is upgraded (listed and rotated like others)."""
    from connectly.domain.backups import BackupReason
    from connectly.services.backups import make_backup

    make_backup(
        db,
        paths.backups,
        BackupReason.BEFORE_UPGRADE,
        paths.key_slots,
        when=dt.datetime.now(),
        default_folder=paths.backups,
    )


def _set_aside_orphan_key_file(paths: DiaryPaths) -> None:
    """A key file without a database is an unfinished setup; keep it aside, never delete it."""
    if paths.key_slots.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        shutil.move(paths.key_slots, paths.data_dir / f"keyslots.unfinished-{stamp}.json")
