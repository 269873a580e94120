"""Owner-only files and the cheap checks that tell a Connectly diary from anything else.

Everything the app writes lives in a 0700 directory and is created 0600 before any byte
is written (SECURITY.md promise 12), whatever the process umask.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from connectly.domain.errors import DamagedDatabaseError, NotADiaryError

PAGE_SIZE = 4096
SQLITE_PLAINTEXT_HEADER = b"SQLite format 3\x00"
# "CNCT" — marks the file as Connectly's (PRAGMA application_id).
APPLICATION_ID = 0x434E4354


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600; fail if it already exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def fsync_dir(path: Path) -> None:
    """Make a rename or creation inside ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_private_file(target: Path) -> Iterator[Path]:
    """Yield a 0600 temp path beside ``target``; on success it replaces ``target`` atomically.

    The temp file is created 0600 before anything is written (Electrum's pattern), fsynced,
    then ``os.replace``d; on failure it is removed, so no partial file is ever left
    (SECURITY.md promise 19).
    """
    tmp = target.with_name(f".{target.name}.partial-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    create_private_file(tmp)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def precheck_database_file(path: Path) -> None:
    """Refuse files that cannot be a healthy Connectly diary, without opening them.

    A 0-byte file would open as a healthy empty database and a plaintext SQLite file
    would be refused with a misleading "wrong key" (SECURITY.md facts 2–3).
    """
    size = path.stat().st_size
    if size == 0:
        raise DamagedDatabaseError(
            "The diary file is empty (0 bytes). Nothing was changed; restore a backup."
        )
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == SQLITE_PLAINTEXT_HEADER:
        raise NotADiaryError(
            "This is an unencrypted SQLite file, not a Connectly diary; it was left untouched."
        )
    if size % PAGE_SIZE:
        raise DamagedDatabaseError(
            "The diary file has been cut short (its size is not a whole number of pages). "
            "Nothing was changed; restore a backup."
        )


def sidecar_paths(db_path: Path) -> tuple[Path, Path]:
    """The WAL and shared-memory files SQLite keeps beside ``db_path``."""
    return db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")


def private_file_modes(paths: list[Path]) -> None:
    """Tighten existing files to 0600 (WAL/SHM are created by SQLite with the umask)."""
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(p, 0o600)
