"""SECURITY.md promises 4, 6, 7 and 15 under kill -9: nothing acknowledged is lost, a way in remains.

A child process does real work on a real encrypted diary and prints a line after each
step that completed; the parent SIGKILLs it at a random moment. Afterwards both integrity
checks must pass, every acknowledged step must be there, and the diary must open — the old
state or the new one, never neither. A few trials run by default; ``-m long`` runs 50 each.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import time
from pathlib import Path

import pytest

from connectly.domain.backups import BackupReason
from connectly.security.keyslots import KeySlots
from connectly.services.access import create_diary, unlock_with_secret
from connectly.services.backups import BackupService, list_backups, make_backup
from connectly.services.locations import DiaryPaths
from connectly.storage.database import open_database
from connectly.storage.engine import create_diary_engine
from connectly.storage.files import APPLICATION_ID, create_private_file, ensure_private_dir
from connectly.storage.migrate import HEAD_SCHEMA_VERSION
from connectly.storage.restore import inspect_backup
from tests.diaries import FAST, PASS, add_checkins, digest, dump, new_diary
from tests.faults.child import ALT_PASSPHRASE
from tests.faults.killing import LONG_TRIALS, SHORT_TRIALS, Child, duration_of, run_and_kill

NOTE = re.compile(r"^child (\d+)( child \1){39}$")  # stored stripped


SHORT = pytest.mark.parametrize("trials", [SHORT_TRIALS])
# The long run: LONG_TRIALS per scenario in chunks of 10, each test well under the 120 s
# faulthandler timeout (``-m long``, run by .ci/run).
CHUNKS = LONG_TRIALS // 10


IN_CHUNKS = pytest.mark.parametrize("trials", [10] * CHUNKS, ids=[f"chunk{i}" for i in range(CHUNKS)])


# -- check-ins (promise 4) -------------------------------------------------------------------


def _checkins_survive(tmp_path: Path, trials: int) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    key = diary.database.key_literal()[2:-1]
    diary.lock()
    rng = random.Random(4)
    acknowledged: set[int] = set()
    for trial in range(trials):
        killed = run_and_kill("checkins", str(paths.database), secret=key, delay=rng.uniform(0.0, 0.4))
        acknowledged |= {int(x) for x in killed.steps}
        db = open_database(paths.database, key, key_verified=True)
        try:
            report = db.verify_integrity()
            assert report.ok, (trial, report.problems)
            with db.engine.connect() as conn:
                rows = conn.exec_driver_sql(
                    "SELECT c.id, c.note, (SELECT count(*) FROM checkin_tag ct WHERE ct.checkin_id = c.id) "
                    "FROM checkin c"
                ).fetchall()
        finally:
            db.close()
        stored = {r[0] for r in rows}
        assert acknowledged <= stored, f"trial {trial}: lost {sorted(acknowledged - stored)[:5]}"
        for _id, note, tags in rows:  # no half-written check-in: whole note, its tag
            assert NOTE.match(note) and tags == 1, (trial, _id)
    assert acknowledged, "no check-in was acknowledged in any trial"
    print(f"\ncheck-ins: {trials} kills, {len(acknowledged)} acknowledged, none lost")


@SHORT
def test_kill9_during_checkins_loses_nothing_acknowledged(tmp_path: Path, trials: int) -> None:
    _checkins_survive(tmp_path, trials)


@pytest.mark.long
@IN_CHUNKS
def test_kill9_during_checkins_long(tmp_path: Path, trials: int) -> None:
    _checkins_survive(tmp_path, trials)


# -- migration (promise 15) --------------------------------------------------------------------


def _schema_zero(path: Path, key: str) -> None:
    """An encrypted, marked, empty diary: what a Connectly older than every migration would leave."""
    ensure_private_dir(path.parent)
    create_private_file(path)
    engine = create_diary_engine(path, key)
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA journal_mode = WAL")
        raw.cursor().execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        raw.close()
    engine.dispose()


def _migration_survives(tmp_path: Path, trials: int) -> None:
    key = "ab" * 32
    rng = random.Random(15)
    probe = tmp_path / "probe" / "diary.db"
    _schema_zero(probe, key)
    took = duration_of("migrate", str(probe), str(probe.parent / "backups"), secret=key)
    outcomes = {"old": 0, "new": 0}
    for trial in range(trials):
        path = tmp_path / f"t{trial}" / "diary.db"
        _schema_zero(path, key)
        backups = path.parent / "backups"
        run_and_kill("migrate", str(path), str(backups), secret=key, delay=rng.uniform(0, took * 1.3))
        engine = create_diary_engine(path, key)
        with engine.connect() as conn:
            version = int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
        engine.dispose()
        assert version in (0, HEAD_SCHEMA_VERSION), (trial, version)
        outcomes["old" if version == 0 else "new"] += 1
        db = open_database(path, key, key_verified=True)  # finishes an interrupted upgrade
        try:
            assert db.schema_version == HEAD_SCHEMA_VERSION
            assert db.verify_integrity().ok, trial
            with db.engine.connect() as conn:
                tables = {
                    r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
                }
            assert {"checkin", "partner", "setting", "alembic_version"} <= tables
        finally:
            db.close()
        for info in list_backups(backups):  # a backup under its final name is always whole
            inspect_backup(info.path, key)
    assert sum(outcomes.values()) == trials
    print(
        f"\nmigration ({took * 1000:.0f} ms): {trials} kills, left old {outcomes['old']}, new {outcomes['new']}"
    )


@SHORT
def test_kill9_during_migration_leaves_the_old_or_the_new_schema(tmp_path: Path, trials: int) -> None:
    _migration_survives(tmp_path, trials)


@pytest.mark.long
@IN_CHUNKS
def test_kill9_during_migration_long(tmp_path: Path, trials: int) -> None:
    _migration_survives(tmp_path, trials)


# -- backups (promise 7) --------------------------------------------------------------------


def _backups_survive(tmp_path: Path, trials: int) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    add_checkins(diary, 300, note="I felt fine today. " * 30)
    before = dump(diary)
    key = diary.database.key_literal()[2:-1]
    diary.lock()
    folder = tmp_path / "backups"
    rng = random.Random(7)
    completed = 0
    for trial in range(trials):
        killed = run_and_kill(
            "backups", str(paths.database), str(folder), secret=key, delay=rng.uniform(0, 0.3)
        )
        completed += len(killed.steps)
        finals = list_backups(folder)
        assert {str(b.path) for b in finals} >= set(killed.steps)
        for info in finals:  # a partial backup is never left under a final name
            inspect_backup(info.path, key)
            info.path.unlink()
        reopened = unlock_with_secret(paths, PASS)
        try:
            assert reopened.verify_integrity().ok and dump(reopened) == before, trial
        finally:
            reopened.lock()
    # The next backup clears what a killed one left half-written.
    db = open_database(paths.database, key, key_verified=True)
    try:
        make_backup(db, folder, BackupReason.MANUAL, None, when=dt.datetime.now(), default_folder=folder)
    finally:
        db.close()
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    assert completed > 0
    print(f"\nbackups: {trials} kills, {completed} backups completed, diary intact every time")


@SHORT
def test_kill9_during_backups_leaves_the_diary_intact_and_no_partial_backup(
    tmp_path: Path, trials: int
) -> None:
    _backups_survive(tmp_path, trials)


@pytest.mark.long
@IN_CHUNKS
def test_kill9_during_backups_long(tmp_path: Path, trials: int) -> None:
    _backups_survive(tmp_path, trials)


# -- restore (promise 7) --------------------------------------------------------------------


def _restore_survives(tmp_path: Path, trials: int) -> None:
    template = DiaryPaths(tmp_path / "template")
    diary, _ = new_diary(template)
    add_checkins(diary, 150, note="before the backup " * 20)
    backup = BackupService(diary).backup_now().path
    state_b = dump(diary)
    add_checkins(diary, 150, note="after the backup " * 20, start=400)
    diary.journal.delete_checkin(3)
    state_a = dump(diary)
    diary.lock()

    def fresh(name: str) -> DiaryPaths:
        target = tmp_path / name
        shutil.copytree(template.data_dir, target)
        return DiaryPaths(target)

    probe = fresh("probe")
    took = duration_of("restore", str(probe.data_dir), str(probe.backups / backup.name), secret=PASS)
    rng = random.Random(77)
    outcomes = {"old": 0, "new": 0}
    for trial in range(trials):
        paths = fresh(f"t{trial}")
        run_and_kill(
            "restore",
            str(paths.data_dir),
            str(paths.backups / backup.name),
            secret=PASS,
            delay=rng.uniform(0, took * 1.3),
        )
        reopened = unlock_with_secret(paths, PASS)  # never neither
        try:
            assert reopened.verify_integrity().ok, trial
            state = dump(reopened)
        finally:
            reopened.lock()
        assert state in (state_a, state_b), trial
        outcomes["old" if state == state_a else "new"] += 1
        shutil.rmtree(paths.data_dir)
    assert sum(outcomes.values()) == trials
    print(
        f"\nrestore ({took * 1000:.0f} ms): {trials} kills, left old {outcomes['old']}, restored {outcomes['new']}"
    )


@SHORT
def test_kill9_during_restore_leaves_the_old_or_the_restored_diary(tmp_path: Path, trials: int) -> None:
    _restore_survives(tmp_path, trials)


@pytest.mark.long
@IN_CHUNKS
def test_kill9_during_restore_long(tmp_path: Path, trials: int) -> None:
    _restore_survives(tmp_path, trials)


# -- passphrase change (promise 6) ------------------------------------------------------------


def _passphrase_change_survives(tmp_path: Path, trials: int) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, code = new_diary(paths)
    diary.lock()
    database = digest(paths.data_dir)["diary.db"]
    rng = random.Random(6)
    last_set = PASS
    changes = 0
    for trial in range(trials):
        killed = run_and_kill("passphrase", str(paths.key_slots), secret=last_set, delay=rng.uniform(0, 0.3))
        sets = [line.removeprefix("SET ") for line in killed.steps]
        acknowledged = sets[-1] if sets else last_set
        following = ALT_PASSPHRASE if acknowledged == PASS else PASS
        slots = KeySlots.load(paths.key_slots, wrap_params=FAST)
        opened = []
        for candidate in (acknowledged, following):
            try:
                slots.unlock_with_passphrase(candidate).wipe()
                opened.append(candidate)
            except Exception:
                pass
        # The acknowledged passphrase, or the one a completed but unacknowledged change set.
        assert opened, f"trial {trial}: neither passphrase opens"
        slots.unlock_with_recovery_code(code).wipe()  # and the recovery code always works
        last_set = opened[0]
        assert digest(paths.data_dir)["diary.db"] == database  # the database is never rewritten
        changes += len(sets)
    print(f"\npassphrase: {trials} kills, {changes} acknowledged changes, a way in every time")


@SHORT
def test_kill9_during_passphrase_change_leaves_a_way_in(tmp_path: Path, trials: int) -> None:
    _passphrase_change_survives(tmp_path, trials)


@pytest.mark.long
@IN_CHUNKS
def test_kill9_during_passphrase_change_long(tmp_path: Path, trials: int) -> None:
    _passphrase_change_survives(tmp_path, trials)


# -- first-run setup ---------------------------------------------------------------------------


def _setup_survives(tmp_path: Path, trials: int) -> None:
    """Killed while the new diary is made: no diary (setup runs again) or a whole one, never damage."""
    rng = random.Random(1)
    probe = DiaryPaths(tmp_path / "probe")
    took = duration_of("setup", str(probe.data_dir), secret=PASS)
    outcomes = {"none": 0, "whole": 0}
    for trial in range(trials):
        paths = DiaryPaths(tmp_path / f"t{trial}")
        child = Child("setup", str(paths.data_dir), secret=PASS)
        child.wait_for(lambda t: "READY" in t.lines)
        while not paths.key_slots.exists() and not child.trial.done:  # the database comes after the keys
            time.sleep(0.001)
        time.sleep(rng.uniform(0, took * 0.6))
        child.kill()
        if paths.exists():
            opened = unlock_with_secret(paths, PASS)
            try:
                assert len(opened.journal.partners()) == 2 and opened.verify_integrity().ok, trial
            finally:
                opened.lock()
            outcomes["whole"] += 1
        else:
            again, _ = create_diary(paths, names=("Sam", "Alex"), passphrase=PASS, keyring=None)
            again.lock()
            leftovers = [p.name for p in paths.data_dir.iterdir() if ".creating-" in p.name]
            assert leftovers == [], trial
            outcomes["none"] += 1
    print(
        f"\nsetup ({took * 1000:.0f} ms): {trials} kills, no diary {outcomes['none']}, whole diary {outcomes['whole']}"
    )


@SHORT
def test_kill9_during_setup_leaves_no_diary_or_a_whole_one(tmp_path: Path, trials: int) -> None:
    _setup_survives(tmp_path, trials)


@pytest.mark.long
@IN_CHUNKS
def test_kill9_during_setup_long(tmp_path: Path, trials: int) -> None:
    _setup_survives(tmp_path, trials)
