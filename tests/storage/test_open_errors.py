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
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def closed_diary(db: EncryptedDatabase) -> Path:
    """A diary with a few hundred check-ins (several pages), closed and checkpointed."""
    journal = JournalService(db)
    partners = journal.set_up(("Sam", "Alex"))
    import datetime as dt

    start = dt.date.today() - dt.timedelta(days=400)
    for i in range(400):
        journal.add_checkin(
            partner_id=partners[i % 2].id,
            day=start + dt.timedelta(days=i),
            stress=i % 11,
            closeness=(i * 3) % 11,
            availability=5,
            note="I felt fine " * 20,
        )
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
        db = open_database(closed_diary, key_hex, key_verified=True)
        try:  # damage deeper in the file is found by the integrity gate, before any write
            db.require_integrity()
        finally:
            db.close()
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
