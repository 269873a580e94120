"""SECURITY.md promises 2 (never plaintext), 17 (deleted is gone) and the SQLCipher settings."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from connectly.domain.errors import InsecureDriverError
from connectly.services.journal import JournalService
from connectly.storage.database import EncryptedDatabase, create_database, open_database
from connectly.storage.files import SQLITE_PLAINTEXT_HEADER
from tests.sqlcipher_pages import decrypted_image

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def _journal_with_note(db: EncryptedDatabase, note: str) -> tuple[JournalService, int]:
    journal = JournalService(db)
    partners = journal.set_up(("Sam", "Alex"))
    entry = journal.add_checkin(
        partner_id=partners[0].id, day=YESTERDAY, stress=7, closeness=3, availability=4, note=note
    )
    return journal, entry.id


def test_stdlib_sqlite3_driver_is_refused_and_writes_nothing(tmp_path: Path, key_hex: str) -> None:
    path = tmp_path / "data" / "diary.db"
    with pytest.raises(InsecureDriverError):
        create_database(path, key_hex, dbapi=sqlite3)
    assert not path.exists()


def test_stdlib_driver_cannot_open_existing_diary(db: EncryptedDatabase, key_hex: str) -> None:
    path = db.path
    db.close()
    with pytest.raises(InsecureDriverError):
        open_database(path, key_hex, key_verified=True, dbapi=sqlite3)


def test_no_file_is_plaintext_and_canary_is_nowhere(db: EncryptedDatabase, canary: str) -> None:
    _journal_with_note(db, f"I felt {canary} today")
    # Leave the WAL un-checkpointed on purpose: it must be encrypted too.
    files = [p for p in db.path.parent.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for p in files:
        raw = p.read_bytes()
        assert not raw.startswith(SQLITE_PLAINTEXT_HEADER), p
        assert canary.encode() not in raw, p
        assert canary.encode("utf-16-le") not in raw, p


def test_decrypted_pages_hold_the_note_until_deleted(
    db: EncryptedDatabase, key_hex: str, canary: str
) -> None:
    journal, checkin_id = _journal_with_note(db, f"I felt {canary} today")
    db.checkpoint()
    assert canary.encode() in decrypted_image(db.path, key_hex)  # proves the page reader works
    journal.delete_checkin(checkin_id)
    db.checkpoint()
    assert canary.encode() not in decrypted_image(db.path, key_hex)


def test_every_connection_carries_the_security_settings(db: EncryptedDatabase) -> None:
    expected = {
        "foreign_keys": 1,
        "synchronous": 2,
        "secure_delete": 1,
        "temp_store": 2,
        "trusted_schema": 0,
        "busy_timeout": 5000,
        "journal_mode": "wal",
    }
    with db.engine.connect() as a, db.engine.connect() as b:  # two pooled connections
        for conn in (a, b):
            for pragma, value in expected.items():
                assert conn.exec_driver_sql(f"PRAGMA {pragma}").scalar() == value, pragma
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()


def test_sqlcipher_defaults_are_kept(db: EncryptedDatabase) -> None:
    with db.engine.connect() as conn:

        def pragma(name: str) -> str:
            return str(conn.exec_driver_sql(f"PRAGMA {name}").scalar())

        assert pragma("cipher_page_size") == "4096"
        assert pragma("cipher_use_hmac") == "1"
        assert pragma("cipher_default_kdf_iter") == "256000"  # a raw key skips the KDF itself
        assert pragma("cipher_hmac_algorithm") == "HMAC_SHA512"
        assert pragma("cipher_plaintext_header_size") == "0"


def test_errors_never_echo_parameters(db: EncryptedDatabase, canary: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as info, db.sessions.begin() as s:
        s.execute(
            text(
                "INSERT INTO checkin (uuid, partner_id, day, logged_at, stress, closeness, availability, note,"
                " created_at, updated_at) VALUES ('u', 999, 1, '2020-01-01', 99, 1, 1, :note, '2020-01-01', '2020-01-01')"
            ),
            {"note": canary},
        )
    assert canary not in str(info.value)
    assert canary not in repr(info.value)
