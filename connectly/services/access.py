"""Creating, unlocking and locking a diary: the key slots meet the encrypted database.

The only module that hands a data key to storage. A missing keyring entry with an existing
diary is always "key missing → ask for the passphrase or recovery code", never "first run"
(DESIGN.md §5). Nothing here creates a new empty diary unless asked to by setup.

Choosing the first screen (:func:`diary_facts`) and asking the keyring need only the standard
library and the key-slot file; the storage stack (SQLAlchemy, SQLCipher, the ORM: ~0.3 s of
imports) is imported by the functions that open a database. :func:`prefetch_storage` starts
that import on a background thread right after the first frame, so it overlaps the keyring
query or the typing of a passphrase; the key derivation overlaps whatever is left of it
(PERFORMANCE.md §1–2).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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
from connectly.security.recovery import recovery_code_entropy
from connectly.services.locations import DiaryPaths

if TYPE_CHECKING:  # the storage stack is imported where a database is opened (see the module docstring)
    from connectly.services.diary import OpenDiary
    from connectly.storage.database import EncryptedDatabase


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
    from connectly.services.diary import OpenDiary
    from connectly.storage.database import open_database
    from connectly.storage.files import ensure_private_dir

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
    from connectly.storage.database import create_database
    from connectly.storage.files import fsync_dir, sidecar_paths

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
    """Open with the key from the OS keyring (raises KeyMissing/KeyringLocked/… to ask instead).

    The storage stack loads on a background thread while the keyring is asked.
    """
    slots = _slots(paths)
    prefetch_storage()
    key = slots.unlock_with_keyring(keyring.store)
    try:
        load_storage()
    except BaseException:
        key.wipe()
        raise
    return _open(paths, slots, key)


def unlock_with_secret(paths: DiaryPaths, text: str) -> OpenDiary:
    """Open with a passphrase or a recovery code (whichever ``text`` turns out to be).

    While the storage stack still has to be loaded, the key derivation (~0.1 s; it releases
    the GIL) runs on a thread of its own and this thread loads the stack meanwhile.
    """
    slots = _slots(paths)
    if _storage_ready.is_set():
        return _open(paths, slots, _unwrap(slots, text))
    unwrapping = _UnwrapInBackground(slots, text)
    try:
        load_storage()
    except BaseException:
        unwrapping.discard()
        raise
    return _open(paths, slots, unwrapping.key())


def open_demo(end: dt.date | None = None) -> OpenDiary:
    """A throwaway encrypted diary in a temp dir, filled with the demo year; no keyring, no slots.

    Its folder is removed when the diary is locked or the app exits.
    """
    from connectly.services.demo import fill_with_demo_year
    from connectly.services.diary import OpenDiary
    from connectly.storage.database import create_database

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
    """The key for a passphrase or recovery code, with one key derivation where one can tell.

    Text with the shape of a recovery code (28 symbols and a matching 12-bit checksum: about
    one shaped text in 4096 passes by chance) is tried on the recovery slot first, and on the
    passphrase slot only if that fails; any other text only on the passphrase slot. Each
    derivation costs ~0.1 s, so a correct code or passphrase pays exactly one.
    """
    try:
        recovery_code_entropy(text)  # shape and checksum only; no key derivation
    except WrongKeyError:
        if not slots.has_passphrase:
            raise WrongKeyError() from None
        return slots.unlock_with_passphrase(text)
    try:
        return slots.unlock_with_recovery_code(text)
    except WrongKeyError:
        if not slots.has_passphrase:
            raise WrongKeyError() from None
    try:
        return slots.unlock_with_passphrase(text)
    except WrongKeyError:
        raise WrongKeyError("That passphrase or recovery code does not open this diary.") from None


class _UnwrapInBackground:
    """:func:`_unwrap` on a thread of its own; :meth:`key` waits for it and returns or raises."""

    def __init__(self, slots: KeySlots, text: str) -> None:
        self._outcome: DataKey | BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(slots, text), name="connectly-unwrap", daemon=True
        )
        self._thread.start()

    def _run(self, slots: KeySlots, text: str) -> None:
        try:
            self._outcome = _unwrap(slots, text)
        except BaseException as exc:  # handed to the caller by key()
            self._outcome = exc

    def key(self) -> DataKey:
        self._thread.join()
        outcome, self._outcome = self._outcome, None
        if isinstance(outcome, BaseException):
            raise outcome
        assert outcome is not None
        return outcome

    def discard(self) -> None:
        """Wait, and wipe the key if one was unwrapped (the caller failed before using it)."""
        with contextlib.suppress(Exception):
            self.key().wipe()


# -- the storage stack: imported when first needed, or ahead of time on a background thread ---

_storage_ready = threading.Event()
_prefetch_lock = threading.Lock()
_prefetch_started: list[threading.Thread] = []


def load_storage() -> None:
    """Import SQLAlchemy, SQLCipher and the ORM and warm them up (once per process; blocks).

    If :func:`prefetch_storage` is already loading them, Python's import lock makes this wait
    for it rather than import twice.
    """
    if _storage_ready.is_set():
        return
    from connectly.services import diary  # noqa: F401 - the ORM, repositories and services
    from connectly.storage.engine import warm_up

    warm_up()
    _storage_ready.set()


def prefetch_storage() -> None:
    """Start :func:`load_storage` on a background thread, once; returns at once.

    The shell calls it right after the first frame; opening later finds the stack loaded.
    A failure is left for the real import to raise where it is needed.
    """
    with _prefetch_lock:
        if _prefetch_started or _storage_ready.is_set():
            return
        thread = threading.Thread(target=_prefetch, name="connectly-storage-prefetch", daemon=True)
        _prefetch_started.append(thread)
    thread.start()


def _prefetch() -> None:
    with contextlib.suppress(Exception):
        load_storage()


def _open(paths: DiaryPaths, slots: KeySlots, key: DataKey) -> OpenDiary:
    from connectly.services.diary import OpenDiary
    from connectly.storage.database import open_database

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
