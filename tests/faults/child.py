"""A child process for the fault tests: does one kind of work until it is killed.

    python tests/faults/child.py MODE ARGS...   (secrets arrive on stdin, one per line)

Modes (each prints ``READY`` right before the work that may be interrupted, and a line
after each step that has fully completed — the parent kills it with SIGKILL at random):

- ``checkins DB``: commit check-ins forever (each with a tag and a note); print each id
  only after its commit returned. stdin: the data key (hex).
- ``migrate DB BACKUPS``: open a schema-0 diary, which backs it up and upgrades it. stdin: key.
- ``backups DB BACKUPS``: make backups one after another; print each path once written.
- ``restore DATA_DIR BACKUP``: restore the backup into the diary. stdin: the passphrase.
- ``passphrase SLOTS``: change the passphrase back and forth between two; print each one
  set once the new slot file is in place. stdin: the first passphrase.
- ``hold DB``: open the diary and keep it open (for "in use" and "busy" tests). stdin: key.
- ``setup DATA_DIR``: create a new diary (as the first-run setup does). stdin: the passphrase.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ALT_PASSPHRASE = "another long passphrase 43"


def _say(line: str) -> None:
    print(line, flush=True)


def _open(db_path: str, key: str):  # type: ignore[no-untyped-def]
    from connectly.storage.database import open_database

    return open_database(Path(db_path), key, key_verified=True)


def checkins(db_path: str, key: str) -> None:
    from connectly.services.journal import JournalService

    journal = JournalService(_open(db_path, key))
    partners = journal.partners()
    day = dt.date.today() - dt.timedelta(days=1)
    _say("READY")
    i = 0
    while True:
        entry = journal.add_checkin(
            partner_id=partners[i % 2].id,
            day=day,
            stress=i % 11,
            closeness=(i * 3) % 11,
            availability=(i * 7) % 11,
            tags=["work"],
            note=f"child {i} " * 40,
        )
        _say(str(entry.id))  # only after the commit returned
        i += 1


def migrate(db_path: str, backups: str, key: str) -> None:
    from connectly.domain.backups import BackupReason
    from connectly.services.backups import make_backup
    from connectly.storage.database import open_database

    folder = Path(backups)

    def backup(db):  # type: ignore[no-untyped-def]
        make_backup(
            db, folder, BackupReason.BEFORE_UPGRADE, None, when=dt.datetime.now(), default_folder=folder
        )

    _say("READY")
    started = time.perf_counter()
    db = open_database(Path(db_path), key, key_verified=True, before_upgrade=backup)
    _say(f"DONE {time.perf_counter() - started:.4f}")
    db.engine.dispose()
    time.sleep(60)


def backups(db_path: str, folder: str, key: str) -> None:
    from connectly.domain.backups import BackupReason
    from connectly.services.backups import make_backup

    db = _open(db_path, key)
    _say("READY")
    while True:
        info = make_backup(
            db, Path(folder), BackupReason.MANUAL, None, when=dt.datetime.now(), default_folder=Path(folder)
        )
        _say(str(info.path))


def restore(data_dir: str, backup: str, passphrase: str) -> None:
    from connectly.services.locations import DiaryPaths
    from connectly.services.restoring import restore_into

    paths = DiaryPaths(Path(data_dir))
    _say("READY")
    started = time.perf_counter()
    restore_into(paths, Path(backup), passphrase)
    _say(f"DONE {time.perf_counter() - started:.4f}")
    time.sleep(60)


def passphrase(slots_path: str, first: str) -> None:
    from connectly.security.keyslots import KeySlots
    from tests.diaries import FAST

    slots = KeySlots.load(Path(slots_path), wrap_params=FAST)
    key = slots.unlock_with_passphrase(first)
    _say("READY")
    current, other = first, ALT_PASSPHRASE
    while True:
        slots.set_passphrase(key, other)
        current, other = other, current
        _say(f"SET {current}")


def setup(data_dir: str, passphrase: str) -> None:
    from connectly.services.access import create_diary
    from connectly.services.locations import DiaryPaths

    _say("READY")
    started = time.perf_counter()
    create_diary(DiaryPaths(Path(data_dir)), names=("Sam", "Alex"), passphrase=passphrase, keyring=None)
    _say(f"DONE {time.perf_counter() - started:.4f}")
    time.sleep(60)


def hold(db_path: str, key: str) -> None:
    db = _open(db_path, key)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM checkin").fetchall()
        _say("READY")
        time.sleep(120)


def main() -> None:
    mode, *args = sys.argv[1:]
    secret = sys.stdin.readline().rstrip("\n")
    modes: dict[str, Callable[..., None]] = {
        "checkins": checkins,
        "migrate": migrate,
        "backups": backups,
        "restore": restore,
        "passphrase": passphrase,
        "hold": hold,
        "setup": setup,
    }
    modes[mode](*args, secret)


if __name__ == "__main__":
    main()
