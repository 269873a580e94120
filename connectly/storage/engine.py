"""The SQLCipher engine: keying, per-connection settings and error translation.

SQLAlchemy's ``sqlite+pysqlcipher`` dialect always sends ``pragma key`` with the URL's
password, which SQLCipher rejects when empty; so we use a plain ``sqlite://`` URL with
``module=sqlcipher3.dbapi2`` and key each new connection in a ``connect`` listener
registered with ``insert=True`` so it runs before the dialect's own first queries
(SECURITY.md facts 1–9). The key is given raw as hex, never interpolated from user text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from connectly.domain.errors import InsecureDriverError, WrongKeyError

WRITE_OPTION = "connectly_write"
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")

# (pragma, expected value read back or None) — applied in this order on every connection.
CONNECTION_PRAGMAS: tuple[tuple[str, object], ...] = (
    ("foreign_keys = ON", None),
    ("synchronous = FULL", None),
    ("secure_delete = ON", None),
    ("temp_store = MEMORY", None),
    ("busy_timeout = 5000", None),
    ("trusted_schema = OFF", None),
)


def default_dbapi() -> ModuleType:
    """The SQLCipher DBAPI module (imported lazily; it is only needed to open a diary)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def key_connection(dbapi_conn: Any, key_hex: str) -> None:
    """Key a fresh DBAPI connection and apply the security settings, failing closed.

    Raises :class:`WrongKeyError` when the key does not decrypt page 1 (the caller tells a
    wrong key from damage using the key slots) and :class:`InsecureDriverError` when the
    driver is not SQLCipher (stdlib sqlite3 silently ignores ``PRAGMA key``).
    """
    if not _HEX_KEY.match(key_hex):
        raise ValueError("the data key must be 64 lower-case hex digits")
    cur = dbapi_conn.cursor()
    try:
        # SQLCipher logs decrypt failures to stderr by default; they carry no diary text but
        # alarm people for an ordinary wrong passphrase. NONE is safe (TRACE crashed: fact 11).
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(f"PRAGMA key = \"x'{key_hex}'\"")  # validated hex only, never user text
        cur.execute("PRAGMA cipher_compatibility = 4")
        cur.execute("PRAGMA cipher_version")
        row = cur.fetchone()
        if not row or not row[0]:
            raise InsecureDriverError()
        try:
            cur.execute("SELECT count(*) FROM sqlite_master")
            cur.fetchone()
        except Exception as exc:  # the driver's DatabaseError: "file is not a database"
            raise WrongKeyError() from exc
        for pragma, _ in CONNECTION_PRAGMAS:
            cur.execute(f"PRAGMA {pragma}")
        cur.execute("PRAGMA temp_store")
        if cur.fetchone()[0] != 2:
            raise InsecureDriverError("Connectly could not keep temporary data in memory; refusing to open.")
    finally:
        cur.close()


KeySource = str | Callable[[], str]


def key_text(key: KeySource) -> str:
    """The hex key now (a callable lets the key's owner wipe it: later connects then fail)."""
    return key() if callable(key) else key


def create_diary_engine(db_path: Path, key_hex: KeySource, *, dbapi: ModuleType | None = None) -> Engine:
    """An engine for the encrypted diary at ``db_path`` keyed with ``key_hex``.

    ``key_hex`` may be a callable returning the hex key, so that no copy of the key outlives
    the :class:`~connectly.security.datakey.DataKey` that owns it.

    Explicit ``QueuePool`` of two connections (the dialect would pick SingletonThreadPool),
    ``hide_parameters`` so errors never echo diary text, and connections usable from the
    worker thread that runs long reads.
    """
    module = dbapi or default_dbapi()
    engine = create_engine(
        f"sqlite:///{db_path}",
        module=module,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=0,
        pool_timeout=30,
        hide_parameters=True,
        connect_args={"check_same_thread": False, "isolation_level": None},
    )

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        key_connection(dbapi_conn, key_text(key_hex))

    # With isolation_level=None the driver is in autocommit; SQLAlchemy owns BEGIN/COMMIT, which
    # makes DDL transactional (one migration = one transaction). Writers take the write lock
    # up front (BEGIN IMMEDIATE), so a deferred read never has to be upgraded mid-transaction
    # (which fails at once with SQLITE_BUSY); readers stay deferred and never block writers in WAL.
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        writing = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def warm_up() -> None:
    """Load what the first open needs besides the key: the driver, the SQLite dialect, the mappers.

    Safe to call from any thread and more than once. Run while a key is being fetched or
    derived (the KDF releases the GIL), it leaves only keyed I/O for after the key is known.
    """
    default_dbapi()
    from sqlalchemy.dialects.sqlite import pysqlite  # noqa: F401 - what create_engine("sqlite://") loads
    from sqlalchemy.orm import configure_mappers

    from connectly.storage import orm  # noqa: F401 - the mapped classes to configure

    configure_mappers()
