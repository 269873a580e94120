"""Writing export files: atomically, owner-only, with one plain sentence when it fails.

Every export (CSV, JSON, PDF, PNG, SVG) goes through :func:`write_export`: the bytes are
written to a 0600 temp file beside the target, fsynced and renamed over it
(``atomic_private_file``), so an interrupted export leaves no partial file and the result is
never readable by other accounts (SECURITY.md promises 12 and 19). Exports are *not*
encrypted; :data:`NOT_ENCRYPTED` is the sentence every front-end shows.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from connectly.domain.errors import ConnectlyError, DiskFullError
from connectly.storage.files import atomic_private_file

NOT_ENCRYPTED = (
    "This file is NOT encrypted: anyone who can open it can read it. "
    "Keep it somewhere private and delete it when you no longer need it."
)


class ExportFailedError(ConnectlyError):
    """An export could not be written; no partial file was left behind."""

    default_message = "The export could not be written; nothing was left behind."


def write_export(target: Path, write: Callable[[Path], object]) -> Path:
    """Call ``write(tmp)`` to fill a private temp file, then move it onto ``target`` atomically.

    Returns the absolute path written. Raises :class:`ExportFailedError` (or
    :class:`DiskFullError`) with a sentence naming the file, never its content.
    """
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise ExportFailedError(f"{target} is a folder; choose a file name inside it.")
    if not target.parent.is_dir():
        raise ExportFailedError(f"The folder {target.parent} does not exist; nothing was written.")
    try:
        with atomic_private_file(target) as tmp:
            write(tmp)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(f"The disk is full, so {target.name} was not written.") from None
        reason = exc.strerror or "the system refused"
        raise ExportFailedError(f"{target.name} could not be written ({reason.lower()}).") from None
    return target


def write_text_export(target: Path, text: str) -> Path:
    """Write UTF-8 ``text`` to ``target`` via :func:`write_export`."""
    return write_export(target, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))


def write_bytes_export(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` via :func:`write_export`."""
    return write_export(target, lambda tmp: tmp.write_bytes(data))
