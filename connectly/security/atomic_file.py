"""Atomic, owner-only file writes: the old file or the new one after a crash, never a mix.

The Electrum ``storage.write`` pattern: write a temp file in the same directory, created
0600 and chmod'ed *before* any data is written, fsync it, rename it over the target, then
fsync the directory so the rename itself survives a power cut (SECURITY.md promises 6, 12).
"""

from __future__ import annotations

import errno
import os
import secrets
from contextlib import suppress
from pathlib import Path

from connectly.domain.errors import ConnectlyError, DiaryExistsError, DiskFullError, StorageError

_FLAGS = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def write_atomically(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600, whatever the umask.

    ``exclusive=True`` creates the file and refuses (:class:`DiaryExistsError`) if it
    exists, without a window in which an existing file could be overwritten.
    Failures raise :class:`DiskFullError` or :class:`StorageError`; the target is then
    unchanged and the temp file removed.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        fd = os.open(temp, _FLAGS, 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if exclusive:
            _publish_new(temp, path)
        else:
            os.replace(temp, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError) and not isinstance(exc, ConnectlyError):
            raise _write_error(exc, path) from exc
        raise
    _fsync_directory(path.parent)
    _remove_stale_temps(path)


def _publish_new(temp: Path, path: Path) -> None:
    """Give ``temp`` the name ``path`` only if nothing has that name yet."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise DiaryExistsError() from None
    except OSError:
        # No hard links here (FAT, some network shares): check, then rename.
        if path.exists() or path.is_symlink():
            raise DiaryExistsError() from None
        os.replace(temp, path)
        return
    os.unlink(temp)


def _fsync_directory(directory: Path) -> None:
    """Make a rename durable. Best effort: the rename already happened either way."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files a killed writer left behind; they may hold superseded key wraps."""
    prefix, suffix = f".{path.name}.", ".tmp"
    with suppress(OSError):
        for entry in path.parent.iterdir():
            if entry.name.startswith(prefix) and entry.name.endswith(suffix):
                with suppress(OSError):
                    entry.unlink()


def _write_error(exc: OSError, path: Path) -> ConnectlyError:
    if exc.errno in _DISK_FULL:
        return DiskFullError(
            f"The disk is full, so {path.name} was not changed. Free some space and try again."
        )
    return StorageError(f"{path.name} could not be written. Nothing was changed.")
