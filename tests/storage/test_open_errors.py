"""SECURITY.md promises 1 (wrong key) and 3 (damage is damage), plus foreign and newer files."""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from connectly.domain.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    NoDiaryError,
    NotADiaryError,
    OpenError,
    WrongKeyError,
)
from connectly.services.journal import JournalService
from connectly.storage.database import EncryptedDatabase, create_database, open_database
from connectly.storage.engine import create_diary_engine
from connectly.storage.files import PAGE_SIZE


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.fixture
def closed_diary(db: EncryptedDatabase) -> Path:
    """A diary with 400 check-ins with notes (many pages), closed and checkpointed."""
    import datetime as dt
    import uuid

    from connectly.domain.days import day_number
    from connectly.storage.repositories import CheckInRepository

    partners = JournalService(db).set_up(("Sam", "Alex"))
    start = dt.date.today() - dt.timedelta(days=400)
    now = dt.datetime(2026, 1, 1)
    rows: list[dict[str, object]] = [
        {
            "uuid": uuid.uuid4().hex,
            "partner_id": partners[i % 2].id,
            "day": day_number(start + dt.timedelta(days=i)),
            "logged_at": now,
            "stress": i % 11,
            "closeness": (i * 3) % 11,
            "availability": 5,
            "note": "I felt fine " * 20,
        }
        for i in range(400)
    ]
    with db.write_sessions.begin() as s:
        CheckInRepository(s).bulk_add(rows)
    path = db.path
    db.close()
    return path


def test_wrong_key_is_refused_and_nothing_changes(closed_diary: Path) -> None:
    before = _digest(closed_diary.parent)
    with pytest.raises(WrongKeyError):
        open_database(closed_diary, secrets.token_hex(32), key_verified=False)
    assert _digest(closed_diary.parent) == before


def test_right_key_opens(closed_diary: Path, key_hex: str) -> None:
    db = open_database(closed_diary, key_hex, key_verified=True)
    assert JournalService(db).count() == 400
    assert db.verify_integrity().ok
    db.close()


def _open_and_verify(path: Path, key_hex: str) -> None:
    """Open, then run the integrity gate that guards the first write (finds deeper damage)."""
    db = open_database(path, key_hex, key_verified=True)
    try:
        db.require_integrity()
    finally:
        db.close()


def _flip(offset_of: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[offset_of(len(data))] ^= 0x10
        path.write_bytes(bytes(data))

    return damage


def _truncate(size_of: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        size = size_of(path.stat().st_size)
        with open(path, "r+b") as fh:
            fh.truncate(size)

    return damage


DAMAGE = {
    "bit flip in page 1": _flip(lambda n: 100),
    "bit flip in a middle page": _flip(lambda n: (n // PAGE_SIZE // 2) * PAGE_SIZE + 200),
    "bit flip in the last page": _flip(lambda n: n - PAGE_SIZE + 300),
    "truncated to half (page boundary)": _truncate(lambda n: (n // PAGE_SIZE // 2) * PAGE_SIZE),
    "truncated by 1000 bytes": _truncate(lambda n: n - 1000),
    "truncated to 0 bytes": _truncate(lambda n: 0),
}


@pytest.mark.parametrize("how", list(DAMAGE))
def test_damage_is_reported_as_damage_and_file_untouched(closed_diary: Path, key_hex: str, how: str) -> None:
    DAMAGE[how](closed_diary)
    before = _digest(closed_diary.parent)
    with pytest.raises(DamagedDatabaseError):
        _open_and_verify(closed_diary, key_hex)
    assert _digest(closed_diary.parent) == before


def test_missing_file_is_no_diary(tmp_path: Path, key_hex: str) -> None:
    with pytest.raises(NoDiaryError):
        open_database(tmp_path / "nope.db", key_hex, key_verified=True)


def test_plaintext_sqlite_file_is_not_a_diary(tmp_path: Path, key_hex: str) -> None:
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADiaryError):
        open_database(path, key_hex, key_verified=True)
    assert path.read_bytes() == before


def test_random_bytes_are_refused(tmp_path: Path, key_hex: str) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(PAGE_SIZE * 3))
    with pytest.raises(OpenError):
        open_database(path, key_hex, key_verified=False)


def test_another_apps_sqlcipher_file_is_not_a_diary(tmp_path: Path, key_hex: str) -> None:
    path = tmp_path / "other.db"
    engine = create_diary_engine(path, key_hex)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE notes (x)")
    engine.dispose()
    with pytest.raises(NotADiaryError):
        open_database(path, key_hex, key_verified=True)


def test_newer_schema_is_refused_untouched(db: EncryptedDatabase, key_hex: str) -> None:
    with db.write_sessions.begin() as s:
        s.connection().exec_driver_sql("PRAGMA user_version = 999")
    path = db.path
    db.close()
    before = _digest(path.parent)
    with pytest.raises(NewerSchemaError):
        open_database(path, key_hex, key_verified=True)
    assert _digest(path.parent) == before


def test_create_refuses_existing_file(db: EncryptedDatabase, key_hex: str) -> None:
    from connectly.domain.errors import DiaryExistsError

    with pytest.raises(DiaryExistsError):
        create_database(db.path, key_hex)
