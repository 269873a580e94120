"""Restoring a backup (promise 7) and refusing bad restore input (promises 3, 15): nothing changes.

Each refusal is checked against the diary's files and the candidate file: byte for byte
unchanged, and no safety copy or temp file left behind.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from connectly.domain.backups import BackupError, BackupKeyNeededError, BackupNotFoundError, BackupReason
from connectly.domain.errors import (
    DamagedDatabaseError,
    DiaryBusyError,
    NewerSchemaError,
    NotADiaryError,
    OpenError,
    ValidationError,
    WrongKeyError,
)
from connectly.services.access import KeyringAccess, unlock_with_keyring, unlock_with_secret
from connectly.services.backups import BackupService, list_backups
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths
from connectly.services.restoring import restore_into
from connectly.storage.engine import create_diary_engine
from connectly.storage.files import PAGE_SIZE
from tests.diaries import PASS, add_checkins, digest, dump, new_diary
from tests.keyring_fakes import MemoryKeyring, trusting

CHILD = Path(__file__).resolve().parents[1] / "faults" / "child.py"


@pytest.fixture
def paths(tmp_path: Path) -> DiaryPaths:
    return DiaryPaths(tmp_path / "home")


@pytest.fixture
def diary(paths: DiaryPaths) -> Iterator[OpenDiary]:
    opened, _ = new_diary(paths)
    add_checkins(opened, 40, note="I felt fine today. " * 20)
    yield opened
    opened.lock()


def _key(diary: OpenDiary) -> str:
    return diary.database.key_literal()[2:-1]


def _state(paths: DiaryPaths) -> tuple[dict[str, str], dict[str, str]]:
    """Digests of the data and backup folders (the shared-memory index changes on every read)."""
    files = {k: v for k, v in digest(paths.data_dir).items() if not k.endswith("-shm")}
    return files, digest(paths.backups)


def test_restore_brings_back_exactly_the_backup_and_keeps_the_replaced_diary(diary: OpenDiary) -> None:
    service = BackupService(diary)
    backup = service.backup_now()
    at_backup = dump(diary)
    add_checkins(diary, 10, start=500, note="written after the backup")
    diary.journal.delete_checkin(1)
    latest = dump(diary)
    restored, outcome = service.restore(backup.path)
    try:
        assert diary.is_locked
        assert dump(restored) == at_backup
        assert restored.verify_integrity().ok
        assert outcome.restored_from == backup.path and not outcome.key_slots_replaced
        kept = outcome.previous_kept_at
        assert kept is not None and "before-restore" in kept.name
    finally:
        restored.lock()
    # The replaced diary was kept as an encrypted backup that restores the latest state.
    again = unlock_with_secret(diary.paths, PASS)
    restored_back, _ = BackupService(again).restore(kept)
    try:
        assert dump(restored_back) == latest
    finally:
        restored_back.lock()


def _plaintext_sqlite(path: Path, _key: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE checkin (x)")
    conn.commit()
    conn.close()


def _random_file(path: Path, _key: str) -> None:
    path.write_bytes(os.urandom(PAGE_SIZE * 4))


def _empty_file(path: Path, _key: str) -> None:
    path.write_bytes(b"")


def _another_apps_sqlcipher_file(path: Path, key: str) -> None:
    engine = create_diary_engine(path, key)  # even with the very same key
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE notes (x)")
    engine.dispose()


def _newer_schema(path: Path, key: str) -> None:
    engine = create_diary_engine(path, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 999")
    engine.dispose()


def _flip(where: Callable[[int], int]) -> Callable[[Path, str], None]:
    def damage(path: Path, _key: str) -> None:
        data = bytearray(path.read_bytes())
        data[where(len(data))] ^= 0x04
        path.write_bytes(bytes(data))

    return damage


def _cut(size: Callable[[int], int]) -> Callable[[Path, str], None]:
    def damage(path: Path, _key: str) -> None:
        with open(path, "r+b") as fh:
            fh.truncate(size(path.stat().st_size))

    return damage


BAD_BACKUPS: dict[str, tuple[Callable[[Path, str], None], type[Exception], bool]] = {
    # name: (how the candidate is made, expected error, start from a real backup?)
    "plaintext SQLite file": (_plaintext_sqlite, NotADiaryError, False),
    "random bytes": (_random_file, OpenError, False),
    "0 bytes": (_empty_file, DamagedDatabaseError, False),
    "another app's SQLCipher file": (_another_apps_sqlcipher_file, NotADiaryError, False),
    "newer schema": (_newer_schema, NewerSchemaError, True),
    "bit flip in page 1": (_flip(lambda n: 200), OpenError, True),
    "bit flip in a middle page": (
        _flip(lambda n: (n // PAGE_SIZE // 2) * PAGE_SIZE + 300),
        DamagedDatabaseError,
        True,
    ),
    "bit flip in the last page": (_flip(lambda n: n - PAGE_SIZE + 500), DamagedDatabaseError, True),
    "truncated to half": (_cut(lambda n: (n // PAGE_SIZE // 2) * PAGE_SIZE), DamagedDatabaseError, True),
    "truncated by 1000 bytes": (_cut(lambda n: n - 1000), DamagedDatabaseError, True),
}


@pytest.mark.parametrize("case", list(BAD_BACKUPS))
def test_a_bad_backup_is_refused_before_anything_changes(diary: OpenDiary, tmp_path: Path, case: str) -> None:
    make, expected, from_backup = BAD_BACKUPS[case]
    candidate = tmp_path / "candidate.db"
    if from_backup:
        made = BackupService(diary).backup_now()
        candidate.write_bytes(made.path.read_bytes())
        candidate.with_suffix(".keyslots.json").write_bytes(
            made.path.with_suffix(".keyslots.json").read_bytes()
        )
    make(candidate, _key(diary))
    before_candidate = digest(tmp_path)
    before = _state(diary.paths)
    content = dump(diary)
    with pytest.raises(expected) as info:
        BackupService(diary).restore(candidate, secret=PASS)
    assert isinstance(info.value, OpenError | BackupError)
    assert info.value.user_message.endswith(".")
    assert not diary.is_locked and dump(diary) == content
    assert _state(diary.paths) == before
    assert digest(tmp_path) == before_candidate
    # The same refusal when the diary itself cannot be opened.
    diary.lock()
    closed = _state(diary.paths)
    with pytest.raises(expected):
        restore_into(diary.paths, candidate, PASS)
    assert _state(diary.paths) == closed
    assert digest(tmp_path) == before_candidate


def test_missing_backup_and_the_diary_itself_are_refused(diary: OpenDiary, tmp_path: Path) -> None:
    with pytest.raises(BackupNotFoundError):
        BackupService(diary).restore(tmp_path / "nope.db")
    with pytest.raises(ValidationError):
        BackupService(diary).restore(diary.paths.database)


def test_a_backup_of_another_diary_needs_its_secret_and_is_rekeyed(diary: OpenDiary, tmp_path: Path) -> None:
    other, _ = new_diary(
        DiaryPaths(tmp_path / "other"), passphrase="the other diary's passphrase", names=("Kim", "Lee")
    )
    add_checkins(other, 7)
    theirs = dump(other)
    backup = BackupService(other).backup_now()
    other.lock()
    before = _state(diary.paths)
    with pytest.raises(BackupKeyNeededError):
        BackupService(diary).restore(backup.path)
    with pytest.raises(WrongKeyError):
        BackupService(diary).restore(backup.path, secret="not it at all, sorry")
    assert _state(diary.paths) == before and not diary.is_locked
    restored, outcome = BackupService(diary).restore(backup.path, secret="the other diary's passphrase")
    assert dump(restored) == theirs and not outcome.key_slots_replaced
    restored.lock()
    # Re-keyed into this diary's key: its own passphrase still opens it.
    again = unlock_with_secret(diary.paths, PASS)
    assert dump(again) == theirs
    again.lock()


def _damage_page_one(paths: DiaryPaths) -> None:
    data = bytearray(paths.database.read_bytes())
    data[64] ^= 0x01
    paths.database.write_bytes(bytes(data))


def test_restore_into_a_damaged_diary(diary: OpenDiary) -> None:
    backup = BackupService(diary).backup_now()
    expected = dump(diary)
    diary.lock()
    _damage_page_one(diary.paths)
    damaged = diary.paths.database.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        unlock_with_secret(diary.paths, PASS)
    outcome = restore_into(diary.paths, backup.path, PASS)
    assert outcome.previous_kept_at is not None
    assert outcome.previous_kept_at.read_bytes() == damaged  # kept byte for byte for a specialist
    assert [b.reason for b in list_backups(diary.paths.backups)].count(BackupReason.DAMAGED) == 1
    reopened = unlock_with_secret(diary.paths, PASS)
    try:
        assert dump(reopened) == expected and reopened.verify_integrity().ok
    finally:
        reopened.lock()


def test_restore_into_with_the_key_file_lost_installs_the_backups_key_slots(diary: OpenDiary) -> None:
    backup = BackupService(diary).backup_now()
    expected = dump(diary)
    diary.lock()
    diary.paths.key_slots.unlink()
    outcome = restore_into(diary.paths, backup.path, PASS)
    assert outcome.key_slots_replaced
    reopened = unlock_with_secret(diary.paths, PASS)
    assert dump(reopened) == expected
    reopened.lock()


def test_restore_into_with_a_wrong_secret_changes_nothing(diary: OpenDiary) -> None:
    backup = BackupService(diary).backup_now()
    diary.lock()
    before = _state(diary.paths)
    with pytest.raises(WrongKeyError):
        restore_into(diary.paths, backup.path, "this is not the passphrase")
    assert _state(diary.paths) == before


def test_restore_into_with_the_keyring(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    paths = DiaryPaths(tmp_path / "kr")
    opened, _ = new_diary(paths, passphrase=None, keyring_store=trusting(backend))
    add_checkins(opened, 5)
    backup = BackupService(opened).backup_now()
    expected = dump(opened)
    add_checkins(opened, 5, start=50)
    opened.lock()
    restore_into(paths, backup.path, KeyringAccess(trusting(backend)))
    reopened = unlock_with_keyring(paths, KeyringAccess(trusting(backend)))
    assert dump(reopened) == expected
    reopened.lock()


def test_restore_is_refused_while_another_process_has_the_diary_open(diary: OpenDiary) -> None:
    backup = BackupService(diary).backup_now()
    key = _key(diary)
    diary.lock()
    holder = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(diary.paths.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        holder.stdin.write(key + "\n")
        holder.stdin.close()
        assert holder.stdout.readline().strip() == "READY"
        before = _state(diary.paths)
        with pytest.raises(DiaryBusyError):
            restore_into(diary.paths, backup.path, PASS)
        assert _state(diary.paths) == before
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    restore_into(diary.paths, backup.path, PASS)  # once it is closed, restoring works


def test_restored_files_are_owner_only(diary: OpenDiary) -> None:
    backup = BackupService(diary).backup_now()
    restored, _ = BackupService(diary).restore(backup.path)
    add_checkins(restored, 1, start=900)  # WAL and SHM exist again
    for p in [*restored.paths.data_dir.rglob("*"), restored.paths.data_dir]:
        mode = p.stat().st_mode & 0o777
        assert mode == (0o700 if p.is_dir() else 0o600), p
    assert [p.name for p in restored.paths.data_dir.iterdir() if ".partial-" in p.name] == []
    restored.lock()
