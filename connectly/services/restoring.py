"""Restoring a backup: verify it, keep the current diary, then replace the file atomically.

Two ways in: :func:`restore_open_diary` (Settings → Backups, the diary is open) and
:func:`restore_into` (the unlock screen or ``connectly restore`` when the diary cannot be
opened, e.g. it is damaged). Both share one sequence, in an order chosen so that a crash or
kill -9 at any point leaves either the old diary or the restored one, never neither:

1. verify the backup read-only (it decrypts, it is Connectly's, schema not newer, both
   integrity checks) — nothing has changed yet;
2. refuse if another process has the diary open, or free space is short;
3. keep the current diary in the backup folder (an encrypted export when it is healthy,
   else a byte copy of the damaged files for a specialist) and fold its WAL into it;
4. export the backup into a private temp file beside the diary (re-keyed to the current
   key when that is known, so the key slots stay valid), check it, remove the old
   ``-wal``/``-shm`` and ``os.replace`` the temp file over the diary.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from connectly.domain.backups import (
    BackupKeyNeededError,
    BackupNotFoundError,
    BackupReason,
    RestoreOutcome,
)
from connectly.domain.errors import ConnectlyError, NotADiaryError, OpenError, ValidationError, WrongKeyError
from connectly.security.atomic_file import write_atomically
from connectly.security.datakey import DataKey
from connectly.security.keyslots import KeySlots
from connectly.security.recovery import normalise_recovery_code
from connectly.services.access import KeyringAccess
from connectly.services.backups import (
    FreeSpace,
    backup_file_name,
    check_free_space,
    diary_size,
    disk_free,
    failures_as_backup_errors,
    prepare_backup_folder,
    remove_stale_partials,
)
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths
from connectly.storage.backup import key_slots_beside
from connectly.storage.database import EncryptedDatabase, open_database
from connectly.storage.files import atomic_private_file, private_file_modes, sidecar_paths
from connectly.storage.restore import (
    checkpoint_file,
    export_into,
    inspect_backup,
    opens_with,
    precheck_backup,
    refuse_if_in_use,
)

WayIn = str | KeyringAccess
"""A passphrase or recovery code typed by the user, or the OS keyring."""
WaysIn = WayIn | Sequence[WayIn]
"""One way in, or several tried in order (e.g. the keyring, then what the user typed)."""

_NO_SLOTS = (
    "This file does not open with the diary’s key and has no key file ({name}) beside it: it is not "
    "a Connectly backup, or it belongs to another diary. It was left untouched; nothing was changed."
)


def restore_into(
    paths: DiaryPaths,
    backup: Path,
    way_in: WaysIn,
    *,
    now: dt.datetime | None = None,
    free_space: FreeSpace = disk_free,
) -> RestoreOutcome:
    """Restore ``backup`` without an open diary (the diary may be damaged or missing).

    ``way_in`` (one way in or several, tried in order) unlocks the current key slots and/or
    the backup's own key slots. When it opens the current slots, the restored diary keeps the
    current key (and passphrase); otherwise the backup's key slots are installed with it. The
    current diary, whatever its state, is kept in the data folder's ``backups`` first.
    """
    backup = _existing_backup(paths, backup)
    current_key, refusal = _current_key(paths, way_in)
    keys: list[DataKey] = [] if current_key is None else [current_key]
    try:
        if current_key is not None and opens_with(backup, current_key.hex()):
            source_key = current_key
        elif refusal is not None and not key_slots_beside(backup).exists():
            raise refusal  # the secret was wrong for the diary, and the backup has no slots to try
        else:
            source_key = _unlock(_backup_slots(backup), way_in)
            keys.append(source_key)
        schema = inspect_backup(backup, source_key.hex())
        target_key = current_key or source_key
        return _replace(
            paths,
            backup,
            source_key=source_key.hex(),
            target_key=target_key.hex(),
            current_key=current_key.hex() if current_key is not None else None,
            schema=schema,
            install_slots=None if current_key is not None else key_slots_beside(backup),
            folder=paths.backups,
            now=now or dt.datetime.now(),
            free_space=free_space,
        )
    finally:
        for key in keys:
            key.wipe()


def restore_open_diary(
    diary: OpenDiary,
    backup: Path,
    secret: str | None,
    *,
    folder: Path,
    now: dt.datetime,
    free_space: FreeSpace = disk_free,
) -> tuple[OpenDiary, RestoreOutcome]:
    """Restore into an open diary (see :meth:`BackupService.restore`)."""
    paths = diary.paths
    backup = _existing_backup(paths, backup)
    key = DataKey.from_hex(diary.database.key_literal()[2:-1])
    try:
        if opens_with(backup, key.hex()):
            source = key.hex()
        elif secret is None:
            _backup_slots(backup)  # none beside it: not a backup at all (or another diary's)
            raise BackupKeyNeededError()
        else:
            with _unlock(_backup_slots(backup), secret) as backup_key:
                source = backup_key.hex()
        schema = inspect_backup(backup, source)
        check_free_space(paths.data_dir, _space_needed(paths, backup), free_space)
        slots = diary.slots
        diary.lock()
        outcome = _replace(
            paths,
            backup,
            source_key=source,
            target_key=key.hex(),
            current_key=key.hex(),
            schema=schema,
            install_slots=None,
            folder=folder,
            now=now,
            free_space=free_space,
        )
        db = open_database(
            paths.database, key.hex(), key_verified=True, before_upgrade=_upgrade_backup(paths)
        )
    except BaseException:
        key.wipe()
        raise
    return OpenDiary(paths, db, key, slots), outcome


def keyring_may_open(paths: DiaryPaths, backup: Path) -> bool:
    """Whether the diary's or the backup's key slots say the OS keyring holds a key.

    Starting the keyring is slow (~140 ms); callers ask it only when it may help.
    """
    for slots_file in (paths.key_slots, key_slots_beside(Path(backup).absolute())):
        with contextlib.suppress(ConnectlyError):
            if KeySlots.load(slots_file).has_keyring:
                return True
    return False


# -- the shared sequence -------------------------------------------------------------------


def _replace(
    paths: DiaryPaths,
    backup: Path,
    *,
    source_key: str,
    target_key: str,
    current_key: str | None,
    schema: int,
    install_slots: Path | None,
    folder: Path,
    now: dt.datetime,
    free_space: FreeSpace,
) -> RestoreOutcome:
    refuse_if_in_use(paths.database)
    check_free_space(paths.data_dir, _space_needed(paths, backup), free_space)
    with failures_as_backup_errors():
        kept = _keep_current(paths, folder, current_key, now)
    if install_slots is not None:
        write_atomically(paths.key_slots, install_slots.read_bytes())
    with failures_as_backup_errors(), atomic_private_file(paths.database) as tmp:
        export_into(backup, source_key, tmp, target_key, schema_version=schema, wal=True)
        # The old WAL belongs to the old file (its content is in the kept copy): replayed
        # onto the restored file it would overwrite pages, so it goes before the swap.
        for side in sidecar_paths(paths.database):
            side.unlink(missing_ok=True)
    private_file_modes([paths.database, *sidecar_paths(paths.database)])
    return RestoreOutcome(backup, kept, install_slots is not None)


def _keep_current(paths: DiaryPaths, folder: Path, current_key: str | None, now: dt.datetime) -> Path | None:
    """Keep the diary about to be replaced: an encrypted export if healthy, else a byte copy."""
    if not paths.database.exists():
        return None
    prepare_backup_folder(folder, paths.backups)
    remove_stale_partials(folder)
    if current_key is not None:
        try:
            schema = inspect_backup(paths.database, current_key)
        except OpenError:
            pass  # damaged (or not this key): keep the bytes instead
        else:
            target = _free_name(folder, now, BackupReason.BEFORE_RESTORE)
            with atomic_private_file(target) as tmp:
                export_into(paths.database, current_key, tmp, current_key, schema_version=schema, wal=False)
            _copy_slots_beside(paths, target)
            # Fold any committed WAL frames into the old file, so that a crash before the
            # swap below leaves the old diary complete even without its WAL.
            checkpoint_file(paths.database, current_key)
            return target
    target = _free_name(folder, now, BackupReason.DAMAGED)
    with atomic_private_file(target) as tmp:
        shutil.copyfile(paths.database, tmp)
    wal = sidecar_paths(paths.database)[0]
    if wal.exists() and wal.stat().st_size:
        with atomic_private_file(target.with_name(target.name + "-wal")) as tmp:
            shutil.copyfile(wal, tmp)
    _copy_slots_beside(paths, target)
    return target


def _copy_slots_beside(paths: DiaryPaths, target: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        write_atomically(key_slots_beside(target), paths.key_slots.read_bytes())


def _free_name(folder: Path, when: dt.datetime, reason: BackupReason) -> Path:
    serial = 0
    while (folder / backup_file_name(when, reason, serial)).exists():
        serial += 1
    return folder / backup_file_name(when, reason, serial)


def _space_needed(paths: DiaryPaths, backup: Path) -> int:
    """The kept copy of the current diary plus the restored file, with room to spare."""
    return 2 * (diary_size(paths.database) + backup.stat().st_size)


# -- keys -----------------------------------------------------------------------------------


def _existing_backup(paths: DiaryPaths, backup: Path) -> Path:
    backup = Path(backup).expanduser().absolute()
    if not backup.is_file():
        raise BackupNotFoundError()
    if paths.database.exists() and backup.resolve() == paths.database.resolve():
        raise ValidationError("That is the diary itself, not a backup of it. Choose a backup file.")
    precheck_backup(backup)
    return backup


def _current_key(paths: DiaryPaths, way_in: WaysIn) -> tuple[DataKey | None, ConnectlyError | None]:
    """The current diary's key if ``way_in`` opens its key slots, else why not.

    The reason is kept only when the slots are readable but refused ``way_in`` (a wrong
    secret, a keyring without the key): then it is the error worth showing.
    """
    try:
        slots = KeySlots.load(paths.key_slots)
    except OpenError:
        return None, None  # missing or damaged: the backup's own slots are the way in
    try:
        return _unlock(slots, way_in), None
    except (OpenError, ValidationError) as exc:
        return None, exc


def _backup_slots(backup: Path) -> KeySlots:
    beside = key_slots_beside(backup)
    if not beside.exists():
        raise NotADiaryError(_NO_SLOTS.format(name=beside.name))
    return KeySlots.load(beside)


def _unlock(slots: KeySlots, way_in: WaysIn) -> DataKey:
    """The data key from ``slots`` by the first way in that works (else the last refusal)."""
    if isinstance(way_in, str | KeyringAccess):
        return _unlock_one(slots, way_in)
    refusal: ConnectlyError = WrongKeyError()
    for way in way_in:
        try:
            return _unlock_one(slots, way)
        except (OpenError, ValidationError) as exc:
            refusal = exc
    raise refusal


def _unlock_one(slots: KeySlots, way_in: WayIn) -> DataKey:
    """The data key from ``slots``: keyring, or a passphrase, or a recovery code."""
    if isinstance(way_in, KeyringAccess):
        return slots.unlock_with_keyring(way_in.store)
    first: ConnectlyError | None = None
    if slots.has_passphrase:
        try:
            return slots.unlock_with_passphrase(way_in)
        except WrongKeyError as exc:
            first = exc
    try:
        normalise_recovery_code(way_in)
    except Exception:
        raise first or WrongKeyError() from None
    return slots.unlock_with_recovery_code(way_in)


def _upgrade_backup(paths: DiaryPaths) -> Callable[[EncryptedDatabase], None]:
    """The hook that backs up an older restored diary before it is upgraded."""
    from connectly.services.access import backup_before_upgrade

    return lambda db: backup_before_upgrade(paths, db)
