"""Create and open the encrypted diary file, telling every kind of failure apart.

Open path (cheap, on the critical path): refuse 0-byte, plaintext and cut-short files;
key and read page 1; check ``application_id``, the schema version and that the page
count matches the file size. The full ``quick_check`` and ``cipher_integrity_check``
run later through :meth:`EncryptedDatabase.verify_integrity` — right after the first
frame, and always before a backup, migration or restore (SECURITY.md fact 3).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from connectly.domain.errors import (
    DamagedDatabaseError,
    DiaryExistsError,
    NoDiaryError,
    NotADiaryError,
    OpenError,
    WrongKeyError,
)
from connectly.storage.engine import WRITE_OPTION, KeySource, create_diary_engine, default_dbapi, key_text
from connectly.storage.files import (
    APPLICATION_ID,
    PAGE_SIZE,
    create_private_file,
    ensure_private_dir,
    precheck_database_file,
    private_file_modes,
    sidecar_paths,
)
from connectly.storage.migrate import HEAD_SCHEMA_VERSION, check_not_newer, schema_version, upgrade_to_head


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]


class EncryptedDatabase:
    """An open SQLCipher diary: the engine, a session factory and the integrity gate."""

    def __init__(self, path: Path, engine: Engine, schema: int, key_hex: KeySource) -> None:
        self.path = path
        self._key: KeySource | None = key_hex
        self.engine = engine
        self.schema_version = schema
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._verified: IntegrityReport | None = None
        self.closed = False
        self._verify_lock = threading.Lock()

    # -- integrity ------------------------------------------------------------------------

    def verify_integrity(self) -> IntegrityReport:
        """Run ``quick_check`` and ``cipher_integrity_check`` once per session (cached)."""
        with self._verify_lock:
            if self._verified is None:
                self._verified = run_integrity_checks(self.engine)
            return self._verified

    def require_integrity(self) -> None:
        """Gate for the first write: raise :class:`DamagedDatabaseError` if checks failed."""
        if not self.verify_integrity().ok:
            raise DamagedDatabaseError()

    # -- lifecycle ------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it (deleted pages leave the WAL)."""
        raw = self.engine.raw_connection()  # autocommit: a checkpoint cannot run inside BEGIN
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def close(self) -> None:
        """Checkpoint and close every pooled connection (idempotent)."""
        if self.closed:
            return
        self.closed = True
        self._key = None
        try:
            # A full disk or a damaged file makes the checkpoint fail with the driver's own
            # error (raw connection, not wrapped by SQLAlchemy); closing must still finish,
            # or locking would keep the key. The WAL then stays and is read on next open.
            with contextlib.suppress(DBAPIError, OpenError, default_dbapi().Error):
                self.checkpoint()
        finally:
            self.engine.dispose()

    def session(self) -> Session:
        return self.sessions()

    def versions(self) -> tuple[str, str]:
        """(SQLCipher version, SQLite version), for diagnostics."""
        with self.engine.connect() as conn:
            cipher = str(conn.exec_driver_sql("PRAGMA cipher_version").scalar())
            sqlite = str(conn.exec_driver_sql("SELECT sqlite_version()").scalar())
        return cipher, sqlite

    def key_literal(self) -> str:
        """The ``x'…'`` literal for ``ATTACH … KEY ?`` when making an encrypted copy."""
        if self._key is None:
            raise RuntimeError("the diary is closed")
        return f"x'{key_text(self._key)}'"


def run_integrity_checks(engine: Engine) -> IntegrityReport:
    """Both checks of SECURITY.md fact 3; any error is reported as damage, not raised."""
    problems: list[str] = []
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
            problems += [str(r[0]) for r in rows if r[0] != "ok"]
            rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            problems += [str(r[0]) for r in rows]
    except DBAPIError as exc:
        problems.append(type(exc.orig).__name__ if exc.orig is not None else "error")
    return IntegrityReport(ok=not problems, problems=tuple(problems))


def create_database(path: Path, key_hex: KeySource, *, dbapi: ModuleType | None = None) -> EncryptedDatabase:
    """Create a new encrypted diary at ``path`` (0600 in a 0700 dir) at the newest schema."""
    ensure_private_dir(path.parent)
    if path.exists():
        raise DiaryExistsError()
    create_private_file(path)
    try:
        engine = create_diary_engine(path, key_hex, dbapi=dbapi)
        raw = engine.raw_connection()  # autocommit: journal_mode cannot change inside BEGIN
        try:
            raw.cursor().execute("PRAGMA journal_mode = WAL")
            raw.cursor().execute(f"PRAGMA application_id = {APPLICATION_ID}")
        finally:
            raw.close()
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            upgrade_to_head(conn)
        private_file_modes([path, *sidecar_paths(path)])
        return EncryptedDatabase(path, engine, HEAD_SCHEMA_VERSION, key_hex)
    except BaseException:
        path.unlink(missing_ok=True)
        for side in sidecar_paths(path):
            side.unlink(missing_ok=True)
        raise


def open_database(
    path: Path,
    key_hex: KeySource,
    *,
    key_verified: bool,
    dbapi: ModuleType | None = None,
    before_upgrade: Callable[[EncryptedDatabase], None] | None = None,
) -> EncryptedDatabase:
    """Open an existing diary; nothing is created, changed or re-keyed on failure.

    ``key_verified`` says whether the key slots proved this key belongs to this diary
    (then a page-1 failure is damage, not a wrong key). ``before_upgrade`` runs (e.g. a
    backup) before any migration of an older schema.
    """
    if not path.exists():
        raise NoDiaryError()
    precheck_database_file(path)
    engine = create_diary_engine(path, key_hex, dbapi=dbapi)
    try:
        version = _check_identity(engine, path, key_verified=key_verified)
        db = EncryptedDatabase(path, engine, version, key_hex)
        if version < HEAD_SCHEMA_VERSION:
            db.require_integrity()
            if before_upgrade is not None:
                before_upgrade(db)
            with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
                upgrade_to_head(conn)
            db.schema_version = HEAD_SCHEMA_VERSION
        private_file_modes([path, *sidecar_paths(path)])
        return db
    except BaseException:
        engine.dispose()
        raise


def _check_identity(engine: Engine, path: Path, *, key_verified: bool) -> int:
    try:
        with engine.connect() as conn:
            app_id = int(conn.exec_driver_sql("PRAGMA application_id").scalar_one())
            version = schema_version(conn)
            page_count = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
    except WrongKeyError:
        if key_verified:
            raise DamagedDatabaseError() from None
        raise
    except OperationalError as exc:
        raise DamagedDatabaseError() from exc
    except DBAPIError as exc:
        if isinstance(exc.orig, OpenError):
            raise exc.orig from None
        raise DamagedDatabaseError() from exc
    if app_id != APPLICATION_ID:
        raise NotADiaryError()
    check_not_newer(version)
    wal, _ = sidecar_paths(path)
    wal_pending = wal.exists() and wal.stat().st_size > 0
    expected = page_count * PAGE_SIZE
    size = path.stat().st_size
    if size < expected and not wal_pending:
        raise DamagedDatabaseError(
            "The diary file has been cut short. Nothing was changed; restore a backup."
        )
    return version
