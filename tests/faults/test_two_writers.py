"""SECURITY.md promise 14, storage side: two processes writing one diary lose nothing.

(The single-instance hand-over of the desktop app is tested with the UI.) Two writer
processes commit check-ins into the same encrypted file at the same time; SQLite's locks
and ``busy_timeout`` serialise them. When the other side holds the write lock for longer
than the timeout, the write fails with :class:`DiaryBusyError` and changes nothing.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from connectly.domain.errors import DiaryBusyError
from connectly.services.locations import DiaryPaths
from connectly.storage.database import open_database
from tests.diaries import add_checkins, dump, new_diary
from tests.faults.killing import Child


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    key = diary.database.key_literal()[2:-1]
    diary.lock()
    writers = [Child("checkins", str(paths.database), secret=key) for _ in range(2)]
    for w in writers:
        w.wait_for(lambda t: len(t.lines) > 20)  # both are committing, concurrently
    trials = [w.kill() for w in writers]
    acknowledged = [{int(x) for x in t.steps} for t in trials]
    assert all(acknowledged) and not acknowledged[0] & acknowledged[1]  # no id handed out twice
    db = open_database(paths.database, key, key_verified=True)
    try:
        assert db.verify_integrity().ok
        with db.engine.connect() as conn:
            stored = {r[0] for r in conn.exec_driver_sql("SELECT id FROM checkin")}
    finally:
        db.close()
    assert acknowledged[0] | acknowledged[1] <= stored


def test_a_write_lock_held_too_long_is_a_busy_diary_and_nothing_changes(tmp_path: Path) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    add_checkins(diary, 3)
    key = diary.database.key_literal()[2:-1]
    other = open_database(paths.database, key, key_verified=True)  # a second engine, like a 2nd window
    with diary.database.engine.connect() as a, diary.database.engine.connect() as b:
        for conn in (a, b):  # wait 0.2 s instead of 5 s before giving up
            conn.exec_driver_sql("PRAGMA busy_timeout = 200")
    before = dump(diary)
    held = threading.Event()
    release = threading.Event()

    def hold_write_lock() -> None:
        with other.write_sessions.begin() as s:  # BEGIN IMMEDIATE: the write lock
            s.connection().exec_driver_sql("SELECT 1")
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold_write_lock)
    holder.start()
    try:
        assert held.wait(30)
        with pytest.raises(DiaryBusyError) as info:
            add_checkins(diary, 1, start=50)
        assert "busy" in info.value.user_message
        assert dump(diary) == before
    finally:
        release.set()
        holder.join()
    started = time.monotonic()
    add_checkins(diary, 1, start=60)  # once released, the same write goes through
    assert time.monotonic() - started < 30
    assert len(dump(diary)["checkin"]) == len(before["checkin"]) + 1
    other.close()
    diary.lock()
