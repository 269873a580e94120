"""One place that turns driver failures during a write into typed, plain-sentence errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from connectly.domain.errors import DamagedDatabaseError, DiaryBusyError, DiskFullError, StorageError
from connectly.storage.database import EncryptedDatabase


def translate(exc: DBAPIError) -> Exception:
    """The typed error for a failed statement; never includes the statement's parameters."""
    text = str(exc.orig).lower() if exc.orig is not None else ""
    if "full" in text:
        return DiskFullError()
    if "locked" in text or "busy" in text:
        return DiaryBusyError()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DamagedDatabaseError()
    if isinstance(exc, IntegrityError):
        return StorageError("That entry conflicts with one already in the diary; nothing was changed.")
    if isinstance(exc, OperationalError) and "readonly" in text.replace(" ", ""):
        return StorageError("The diary file cannot be written (it is read-only). Nothing was changed.")
    return StorageError()


@contextlib.contextmanager
def write_session(db: EncryptedDatabase) -> Iterator[Session]:
    """A session for one user action that writes: integrity gate, one transaction, typed errors."""
    db.require_integrity()
    try:
        with db.write_sessions.begin() as session:
            yield session
    except DBAPIError as exc:
        raise translate(exc) from None


@contextlib.contextmanager
def read_session(db: EncryptedDatabase) -> Iterator[Session]:
    """A session for one read-only user action."""
    try:
        with db.sessions.begin() as session:
            yield session
    except DBAPIError as exc:
        raise translate(exc) from None
