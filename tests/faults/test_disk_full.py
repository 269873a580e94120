"""SECURITY.md promise 5: a full disk gives a clear sentence, loses no saved entry, keeps the file whole.

Two ways to fill the disk: a real 4 MB tmpfs in a private mount namespace (``unshare -rm``,
no root needed where user namespaces are allowed), and SQLite's own page limit
(``max_page_count``), which returns the same ``SQLITE_FULL`` on any machine.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from connectly.domain.backups import BackupSpaceError
from connectly.domain.errors import DiskFullError
from connectly.services.backups import BackupService
from connectly.services.locations import DiaryPaths
from connectly.storage.database import run_integrity_checks
from tests.diaries import add_checkins, digest, dump, new_diary

CHILD = Path(__file__).resolve().parent / "disk_full_child.py"


def _can_mount_tmpfs(where: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs '{where}'"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def test_a_full_tmpfs_gives_a_plain_sentence_and_loses_nothing(tmp_path: Path, canary: str) -> None:
    root = tmp_path / "small-disk"
    root.mkdir()
    if not _can_mount_tmpfs(root):
        pytest.skip("cannot mount a tmpfs here (no user namespaces); the SQLITE_FULL test below still runs")
    done = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            f'mount -t tmpfs -o size=4m tmpfs \'{root}\' && exec "$0" "$@"',
            sys.executable,
            str(CHILD),
            str(root),
        ],
        input=canary + "\n",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["full_error"] == "DiskFullError"
    assert result["full_message"] == DiskFullError.default_message  # says the entry is kept
    assert result["backup_error"] == "BackupSpaceError"
    assert "not enough free space" in result["backup_message"]
    assert not any(".partial-" in name or name.endswith(".db") for name in result["backup_files"])
    assert result["locked"] is True
    assert result["integrity_ok"] is True
    assert sorted(result["stored"]) == sorted(result["acknowledged"])  # every saved entry, nothing else
    assert len(result["acknowledged"]) > 10  # some writes succeeded before the disk filled
    assert result["after_free"] and result["backup_after_free"].endswith("-manual.db")
    for text in (done.stdout, done.stderr):
        assert canary not in text


def test_sqlite_full_is_a_plain_sentence_and_changes_nothing(tmp_path: Path, canary: str) -> None:
    diary, _ = new_diary(DiaryPaths(tmp_path / "home"))
    acknowledged = add_checkins(diary, 5)
    db = diary.database

    def limit_pages(extra: int | None) -> None:
        with db.engine.connect() as a, db.engine.connect() as b:  # both pooled connections
            for conn in (a, b):
                pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
                cap = pages + extra if extra is not None else 2**30
                conn.exec_driver_sql(f"PRAGMA max_page_count = {cap}")

    limit_pages(3)

    def write_until_full() -> None:
        for i in range(200):
            acknowledged.extend(add_checkins(diary, 1, note=f"{canary} " + "x" * 3000, start=10 + i))

    with pytest.raises(DiskFullError) as info:
        write_until_full()
    assert len(acknowledged) > 5
    assert info.value.user_message == DiskFullError.default_message
    assert canary not in str(info.value) and canary not in repr(info.value)
    saved = dump(diary)
    assert sorted(c.id for c in diary.journal.checkins()) == sorted(acknowledged)
    limit_pages(None)  # space freed
    assert run_integrity_checks(db.engine).ok
    assert dump(diary) == saved
    add_checkins(diary, 1, note=f"{canary} again", start=900)  # the same kind of entry now saves
    assert diary.journal.count() == len(acknowledged) + 1
    diary.lock()


def test_a_backup_that_would_fill_the_disk_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    diary, _ = new_diary(DiaryPaths(tmp_path / "home"))
    add_checkins(diary, 5)
    service = BackupService(diary, free_space=lambda _folder: 10_000)
    before = digest(diary.paths.backups), digest(diary.paths.data_dir)
    with pytest.raises(BackupSpaceError) as info:
        service.backup_now()
    assert "free some space" in info.value.user_message
    assert isinstance(info.value, DiskFullError)
    assert digest(diary.paths.backups) == before[0] == {}
    assert digest(diary.paths.data_dir)["diary.db"] == before[1]["diary.db"]
    diary.lock()
