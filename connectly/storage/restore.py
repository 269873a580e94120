"""Check a backup file without changing it, and copy it into a new diary file (SQLCipher-level).

A backup is opened read-only (``mode=ro``) on a raw DBAPI connection keyed like every other
connection; checks: not 0 bytes, not plaintext, whole pages, it decrypts, ``application_id``,
schema not newer, page count matches the size, ``quick_check`` and ``cipher_integrity_check``
(SECURITY.md fact 3). The copy is made by ``sqlcipher_export`` from the backup (attached
read-only) into a fresh 0600 file, optionally under another key, then checked again.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from connectly.domain.errors import (
    DamagedDatabaseError,
    DiaryBusyError,
    NotADiaryError,
    OpenError,
    WrongKeyError,
)
from connectly.storage.engine import default_dbapi, key_connection
from connectly.storage.files import APPLICATION_ID, PAGE_SIZE, precheck_database_file, sidecar_paths
from connectly.storage.migrate import check_not_newer

_DAMAGED = "This backup is damaged, so it was not used. Nothing was changed; choose another backup."
_NOT_OURS = "This file is not a Connectly backup; it was left untouched and nothing was changed."
# SQLite's WAL-index lock that every open connection holds shared (``UNIX_SHM_DMS``).
_SHM_DMS_BYTE = 128


_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/._-~")


def _uri(path: Path, mode: str) -> str:
    """A SQLite ``file:`` URI for ``path`` (every unsafe byte percent-encoded)."""
    raw = os.fsencode(path.resolve())
    quoted = "".join(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in raw)
    return f"file:{quoted}?mode={mode}"


@contextlib.contextmanager
def _connection(path: Path, key_hex: str, *, mode: str, dbapi: ModuleType | None) -> Iterator[Any]:
    """A keyed raw connection (no pool, no SQLAlchemy): used once, then closed."""
    module = dbapi or default_dbapi()
    conn = module.connect(_uri(path, mode), uri=True, isolation_level=None, check_same_thread=False)
    try:
        key_connection(conn, key_hex)
        yield conn
    finally:
        conn.close()


def precheck_backup(path: Path) -> None:
    """The cheap refusals (0 bytes, plaintext SQLite, not whole pages), worded for a backup."""
    try:
        precheck_database_file(path)
    except NotADiaryError:
        raise NotADiaryError(_NOT_OURS) from None
    except DamagedDatabaseError:
        raise DamagedDatabaseError(_DAMAGED) from None


def inspect_backup(
    path: Path, key_hex: str, *, key_verified: bool = True, dbapi: ModuleType | None = None
) -> int:
    """Check ``path`` is a healthy Connectly diary this key opens; return its schema version.

    Read-only: the file is never changed. Raises :class:`NotADiaryError`,
    :class:`NewerSchemaError` or :class:`DamagedDatabaseError` — each with a sentence about
    the backup. ``key_verified`` says the key is known to be this file's (it opened page 1
    before, or the backup's key slots vouched for it): then a page that does not decrypt is
    damage; otherwise it is :class:`WrongKeyError`.
    """
    precheck_backup(path)
    try:
        with _connection(path, key_hex, mode="ro", dbapi=dbapi) as conn:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            if app_id != APPLICATION_ID:
                raise NotADiaryError(_NOT_OURS)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            check_not_newer(version)
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            wal, _ = sidecar_paths(path)
            if pages * PAGE_SIZE > path.stat().st_size and not (wal.exists() and wal.stat().st_size):
                raise DamagedDatabaseError(_DAMAGED)
            problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
            problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            if problems:
                raise DamagedDatabaseError(_DAMAGED)
    except WrongKeyError:
        if key_verified:
            raise DamagedDatabaseError(_DAMAGED) from None
        raise
    except OpenError:  # NotADiaryError, NewerSchemaError: already typed
        raise
    except Exception as exc:  # the driver's DatabaseError/OperationalError: unreadable pages
        raise DamagedDatabaseError(_DAMAGED) from exc
    return version


def opens_with(path: Path, key_hex: str, *, dbapi: ModuleType | None = None) -> bool:
    """Whether ``key_hex`` decrypts page 1 of ``path`` (read-only; no other check)."""
    try:
        with _connection(path, key_hex, mode="ro", dbapi=dbapi):
            return True
    except WrongKeyError:
        return False
    except Exception:
        return False


def export_into(
    source: Path,
    source_key: str,
    target: Path,
    target_key: str,
    *,
    schema_version: int,
    wal: bool,
    dbapi: ModuleType | None = None,
) -> None:
    """Copy the diary ``source`` into the empty file ``target`` under ``target_key``.

    ``target`` must exist, be empty and private (the caller's atomic temp file). ``wal``
    puts it in WAL mode (a live diary); a backup file stays in rollback mode, so that
    reading it never creates files beside it. The copy is checked with both integrity
    checks before this returns.
    """
    with _connection(target, target_key, mode="rw", dbapi=dbapi) as conn:
        # The caller fsyncs the finished file before renaming it; syncing every statement
        # of the export as well costs ~40x the time and protects nothing more.
        conn.execute("PRAGMA main.synchronous = OFF")
        conn.execute("ATTACH DATABASE ? AS src KEY ?", (_uri(source, "ro"), f"x'{source_key}'"))
        try:
            conn.execute("SELECT sqlcipher_export('main', 'src')")
        finally:
            conn.execute("DETACH DATABASE src")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {int(schema_version)}")
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if problems:
            raise DamagedDatabaseError(_DAMAGED)
    for side in sidecar_paths(target):  # closing the last connection folded the WAL back
        side.unlink(missing_ok=True)


def checkpoint_file(path: Path, key_hex: str, *, dbapi: ModuleType | None = None) -> None:
    """Fold the WAL of the closed diary at ``path`` into it and truncate the WAL."""
    with _connection(path, key_hex, mode="rw", dbapi=dbapi) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def refuse_if_in_use(db_path: Path) -> None:
    """Raise :class:`DiaryBusyError` when another process has the diary open.

    Every SQLite connection to a WAL database holds a shared lock on one byte of the
    ``-shm`` file for as long as it is open; if we cannot lock that byte exclusively,
    someone else is using the diary and replacing the file under them would lose their
    writes. Call only while this process has no connection to the diary (POSIX locks are
    per process, and closing our descriptor drops this process's locks on the file).
    """
    try:
        import fcntl
    except ImportError:  # not a POSIX system: SQLite locks differently there
        return
    _, shm = sidecar_paths(db_path)
    try:
        fd = os.open(shm, os.O_RDWR)
    except FileNotFoundError:
        return
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
        except OSError:
            raise DiaryBusyError(
                "The diary is open in another Connectly window or command. "
                "Close it there, then restore again; nothing was changed."
            ) from None
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE)
    finally:
        os.close(fd)
