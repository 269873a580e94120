"""SECURITY.md promises 7 (backups are complete, encrypted, consistent) and 8 (rotation, disk space)."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectly.domain.backups import BackupReason, BackupSettings, BackupSpaceError
from connectly.domain.errors import ValidationError
from connectly.services.access import unlock_with_secret
from connectly.services.backup_rotation import backups_to_keep
from connectly.services.backups import BackupService, list_backups
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths
from connectly.storage.files import SQLITE_PLAINTEXT_HEADER
from connectly.storage.restore import inspect_backup
from tests.diaries import PASS, add_checkins, digest, dump, new_diary
from tests.sqlcipher_pages import decrypted_image

CHILD = Path(__file__).resolve().parents[1] / "faults" / "child.py"


@pytest.fixture
def paths(tmp_path: Path) -> DiaryPaths:
    return DiaryPaths(tmp_path / "home")


@pytest.fixture
def diary(paths: DiaryPaths) -> Iterator[OpenDiary]:
    opened, _ = new_diary(paths)
    add_checkins(opened, 60)
    yield opened
    opened.lock()


def _key(diary: OpenDiary) -> str:
    return diary.database.key_literal()[2:-1]


def test_backup_is_complete_and_opens_with_the_data_key(diary: OpenDiary) -> None:
    info = BackupService(diary).backup_now()
    assert info.reason is BackupReason.MANUAL and info.has_key_slots and info.size > 0
    assert info.path.parent == diary.paths.backups
    assert inspect_backup(info.path, _key(diary)) == diary.schema_version
    # The backup is the diary: restoring it gives back exactly what was written.
    before = dump(diary)
    restored, _ = BackupService(diary).restore(info.path)
    try:
        assert dump(restored) == before
    finally:
        restored.lock()


def test_backup_is_encrypted_and_owner_only(diary: OpenDiary, canary: str) -> None:
    add_checkins(diary, 1, note=f"I felt {canary} today", start=100)
    info = BackupService(diary).backup_now()
    raw = info.path.read_bytes()
    assert raw[:16] != SQLITE_PLAINTEXT_HEADER
    for blob in (raw, info.path.with_suffix(".keyslots.json").read_bytes()):
        assert canary.encode() not in blob
        assert canary.encode("utf-16-le") not in blob
    assert canary.encode() in decrypted_image(info.path, _key(diary))  # proves the search can succeed
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.with_suffix(".keyslots.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert [p.name for p in info.path.parent.iterdir() if p.name.startswith(".")] == []


def test_backup_keeps_the_key_slots_so_the_passphrase_opens_it(diary: OpenDiary, tmp_path: Path) -> None:
    info = BackupService(diary).backup_now()
    # A backup folder copied to a new machine: the passphrase opens it like the diary.
    elsewhere = DiaryPaths(tmp_path / "elsewhere")
    elsewhere.data_dir.mkdir(mode=0o700)
    elsewhere.database.write_bytes(info.path.read_bytes())
    elsewhere.key_slots.write_bytes(info.path.with_suffix(".keyslots.json").read_bytes())
    copy = unlock_with_secret(elsewhere, PASS)
    try:
        assert dump(copy) == dump(diary)
    finally:
        copy.lock()


def test_backup_is_consistent_while_another_process_writes(diary: OpenDiary, paths: DiaryPaths) -> None:
    """A writer process commits check-ins (each with a tag) during backups.

    Each backup must be a snapshot: both integrity checks pass, no foreign key dangles,
    check-in ids are a gap-free prefix and every check-in has its tag.
    """
    writer = subprocess.Popen(
        [sys.executable, str(CHILD), "checkins", str(paths.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write(_key(diary) + "\n")
    writer.stdin.close()
    acknowledged: list[str] = []
    reader = threading.Thread(target=lambda: acknowledged.extend(writer.stdout or []), daemon=True)
    reader.start()
    try:
        service = BackupService(diary)
        made = []
        while not acknowledged and writer.poll() is None:
            time.sleep(0.01)
        made.append(service.backup_now(BackupReason.BEFORE_IMPORT))
        # Wait for a check-in the first backup cannot hold (acknowledged after its commit), so
        # the later backups must hold more: the writer's pace alone does not promise that a
        # commit lands between the backups on a loaded machine.
        newest = _newest_checkin_id(made[0].path, _key(diary))
        deadline = time.monotonic() + 60
        while not any(line.strip().isdigit() and int(line) > newest for line in list(acknowledged)):
            assert writer.poll() is None and time.monotonic() < deadline, "the writer stopped committing"
            time.sleep(0.01)
        for _ in range(5):
            made.append(service.backup_now(BackupReason.BEFORE_IMPORT))
            time.sleep(0.02)
    finally:
        writer.kill()
        writer.wait()
        reader.join()
        writer.stdout.close()
    assert len(acknowledged) > 0, "the writer never committed"
    from sqlcipher3 import dbapi2

    counts = []
    for info in made:
        assert inspect_backup(info.path, _key(diary)) == diary.schema_version
        conn = dbapi2.connect(str(info.path))
        conn.execute(f"PRAGMA key = \"x'{_key(diary)}'\"")
        ids = [r[0] for r in conn.execute("SELECT id FROM checkin ORDER BY id")]
        untagged = conn.execute(
            "SELECT count(*) FROM checkin c WHERE c.note LIKE 'child %' AND NOT EXISTS "
            "(SELECT 1 FROM checkin_tag ct WHERE ct.checkin_id = c.id)"
        ).fetchone()[0]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()
        assert ids == list(range(1, len(ids) + 1))
        assert untagged == 0
        counts.append(len(ids))
    assert counts == sorted(counts)
    assert counts[-1] > counts[0], "no write landed between the backups"


def _newest_checkin_id(backup: Path, key: str) -> int:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(backup))
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        return int(conn.execute("SELECT coalesce(max(id), 0) FROM checkin").fetchone()[0])
    finally:
        conn.close()


def test_backup_refuses_when_free_space_is_below_twice_the_diary(diary: OpenDiary) -> None:
    size = diary.paths.database.stat().st_size
    service = BackupService(diary, free_space=lambda _folder: 2 * size - 4096)
    before = digest(diary.paths.backups)
    with pytest.raises(BackupSpaceError) as info:
        service.backup_now()
    assert "not enough free space" in info.value.user_message
    assert "Nothing was changed" in info.value.user_message
    assert digest(diary.paths.backups) == before


def test_daily_backup_is_made_once_a_day(diary: OpenDiary) -> None:
    service = BackupService(diary)
    today = dt.date.today()
    first = service.backup_if_due(today)
    assert first is not None and first.reason is BackupReason.DAILY and first.when.date() == today
    assert service.backup_if_due(today) is None
    assert service.backup_if_due(today + dt.timedelta(days=1)) is not None


def test_daily_backups_rotate_and_every_kept_one_opens(diary: OpenDiary) -> None:
    """Ninety days of first unlocks: a bounded set is kept, the oldest go, each one opens."""
    service = BackupService(diary)
    service.set_settings(BackupSettings(keep_daily=7, keep_weekly=4, keep_monthly=6))
    start = dt.date(2025, 1, 1)
    made = []
    for i in range(90):
        day = start + dt.timedelta(days=i)
        info = service.backup_if_due(day)
        assert info is not None
        made.append(info)
        assert len(service.list_backups()) <= 7 + 4 + 6
    kept = service.list_backups()
    assert {b.path for b in kept} == {b.path for b in backups_to_keep(made, service.settings())}
    days = sorted(b.when.date() for b in kept)
    assert days[-7:] == [start + dt.timedelta(days=i) for i in range(83, 90)]  # the last 7 days
    assert made[0].path not in {b.path for b in kept}  # the oldest was removed
    assert not made[0].path.with_suffix(".keyslots.json").exists()  # with its key slots
    assert len({(d.year, d.month) for d in days}) == 3  # one per month in January–March
    for b in kept:
        assert inspect_backup(b.path, _key(diary)) == diary.schema_version


def test_safety_copies_are_not_rotated_away_by_daily_backups(diary: OpenDiary) -> None:
    service = BackupService(diary)
    safety = service.backup_now(BackupReason.BEFORE_RESTORE)
    for i in range(10):
        service.backup_if_due(dt.date.today() + dt.timedelta(days=i + 1))
    assert safety.path in {b.path for b in service.list_backups()}


def test_backups_go_to_a_chosen_folder_and_other_files_there_are_left_alone(
    diary: OpenDiary, tmp_path: Path
) -> None:
    folder = tmp_path / "Synced" / "Connectly"
    (tmp_path / "Synced").mkdir()
    mine = tmp_path / "Synced" / "holiday.db"
    mine.write_bytes(b"not ours")
    service = BackupService(diary)
    service.set_settings(BackupSettings(keep_daily=1, keep_weekly=0, keep_monthly=0, folder=folder))
    assert service.settings().folder == folder
    foreign = folder / "notes.txt"
    foreign.write_text("keep me")
    for i in range(3):
        service.backup_if_due(dt.date(2025, 3, 1) + dt.timedelta(days=i))
    assert [b.when.date() for b in service.list_backups()] == [dt.date(2025, 3, 3)]
    assert foreign.read_text() == "keep me" and mine.read_bytes() == b"not ours"
    assert not diary.paths.backups.exists() or list_backups(diary.paths.backups) == []


def test_settings_are_validated_and_stored_encrypted(diary: OpenDiary) -> None:
    with pytest.raises(ValidationError):
        BackupSettings(keep_daily=0)
    with pytest.raises(ValidationError):
        BackupSettings(keep_weekly=-1)
    service = BackupService(diary)
    service.set_settings(BackupSettings(keep_daily=3, keep_weekly=2, keep_monthly=12))
    assert service.settings() == BackupSettings(keep_daily=3, keep_weekly=2, keep_monthly=12)


def test_a_half_written_backup_of_a_killed_process_is_cleaned_up(diary: OpenDiary) -> None:
    folder = diary.paths.backups
    folder.mkdir(mode=0o700, exist_ok=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = folder / f".connectly-20250101-000000-daily.db.partial-{int(dead.stdout)}"
    stale.write_bytes(os.urandom(8192))
    BackupService(diary).backup_now()
    assert not stale.exists()
    assert all(not p.name.startswith(".") for p in folder.iterdir())


def test_the_demo_diary_is_not_backed_up() -> None:
    from connectly.services.access import open_demo

    demo = open_demo(dt.date(2025, 6, 30))
    try:
        assert BackupService(demo).backup_if_due(dt.date.today()) is None
        with pytest.raises(ValidationError):
            BackupService(demo).backup_now()
    finally:
        demo.lock()


def test_locking_truncates_the_write_ahead_log(diary: OpenDiary) -> None:
    """Promise 17, lock side: after lock the WAL holds no page (absent or 0 bytes)."""
    add_checkins(diary, 5, start=200)
    wal = diary.paths.database.with_name("diary.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    diary.lock()
    assert not wal.exists() or wal.stat().st_size == 0


def test_an_import_is_preceded_by_a_backup(diary: OpenDiary, tmp_path: Path) -> None:
    from connectly.services.exchange import ExchangeService

    exchange = ExchangeService(diary)
    exported = exchange.export_json(tmp_path / "all.json")
    before = dump(diary)
    diary.journal.delete_checkin(1)
    exchange.import_json(exported)
    safety = [b for b in list_backups(diary.paths.backups) if b.reason is BackupReason.BEFORE_IMPORT]
    assert len(safety) == 1
    restored, _ = BackupService(diary).restore(safety[0].path)  # the state just before the import
    try:
        assert dump(restored)["checkin"] == [r for r in before["checkin"] if r in dump(restored)["checkin"]]
        assert len(dump(restored)["checkin"]) == len(before["checkin"]) - 1
    finally:
        restored.lock()
