"""SECURITY.md promise 11: logs, errors and crash output hold no diary text, key or passphrase.

Canaries go into a note and into the passphrase; then every kind of failure is triggered —
opening, a wrong passphrase, bad input, a constraint error, a full disk, an unhandled
exception in the main and in a worker thread — with all logging on at DEBUG. Everything
printed, logged or written to the data folder is searched for the canaries and the key.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from connectly.crash import safe_report
from connectly.domain.errors import ConnectlyError, DiskFullError, StorageError, WrongKeyError
from connectly.security.keyslots import KeySlots
from connectly.services.locations import DiaryPaths
from connectly.services.writing import write_session
from connectly.storage.database import open_database
from tests.diaries import add_checkins, new_diary

FAULTS = Path(__file__).resolve().parent


def _cli(home: Path, script: str, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONNECTLY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(FAULTS / script), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_cli_output_and_files_hold_no_note_passphrase_or_key(tmp_path: Path, canary: str) -> None:
    home = tmp_path / "home"
    passphrase = f"pass {canary}-P words"
    note = f"I felt {canary}-N today"
    wrong = f"wrong {canary}-W guess"
    checkin = ["checkin", "--partner", "1", "--stress", "6", "--closeness", "4", "--availability", "5"]
    outputs = []

    init = _cli(home, "netless.py", "init", "--no-keyring", "--passphrase-stdin", stdin=passphrase + "\n")
    assert init.returncode == 0, init.stderr[-2000:]
    outputs.append(init.stderr)  # stdout shows the recovery code, once, on purpose
    runs = [
        ("netless.py", [*checkin, "--note", note, "--passphrase-stdin"], passphrase, 0),
        ("netless.py", ["doctor", "--passphrase-stdin"], wrong, 1),  # wrong passphrase
        (
            "netless.py",
            [
                *checkin[:3],
                "--stress",
                "99",
                "--closeness",
                "4",
                "--availability",
                "5",
                "--note",
                note,
                "--passphrase-stdin",
            ],
            passphrase,
            1,
        ),  # bad input
        ("crashing.py", [*checkin, "--note", note, "--passphrase-stdin"], passphrase, 1),  # crash
        ("netless.py", ["backup", "--passphrase-stdin"], passphrase, 0),
    ]
    for script, args, secret, expected in runs:
        done = _cli(home, script, *args, stdin=secret + "\n")
        assert done.returncode == expected, (args, done.stderr[-2000:])
        outputs += [done.stdout, done.stderr]
    crash = outputs[-3]
    assert "Connectly stopped because of an unexpected problem" in crash
    assert "RuntimeError" in crash and "ValueError" in crash  # main thread and worker thread

    slots = KeySlots.load(home / "keyslots.json")
    key = slots.unlock_with_passphrase(passphrase)
    secrets = [f"{canary}-N", f"{canary}-P", f"{canary}-W", key.hex(), key.hex().upper()]
    for out in outputs:
        for secret in secrets:
            assert secret not in out, secret[:12]
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" and p.parent.name == "backups" for p in files)
    for p in files:
        raw = p.read_bytes()
        for secret in secrets[:3]:
            assert secret.encode() not in raw and secret.encode("utf-16-le") not in raw, p
        assert key.raw() not in raw and key.hex().encode() not in raw, p
    key.wipe()


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


def test_errors_and_logs_in_process_hold_no_note_or_key(
    tmp_path: Path, canary: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    diary, _ = new_diary(DiaryPaths(tmp_path / "home"))
    key = diary.database.key_literal()[2:-1]
    add_checkins(diary, 3, note=f"{canary} ok")
    errors: list[BaseException] = []

    # A constraint error with the canary bound as a parameter.
    with pytest.raises(StorageError) as constraint, write_session(diary.database) as s:
        s.execute(
            text(
                "INSERT INTO checkin (uuid, partner_id, day, logged_at, stress, closeness, availability,"
                " note, created_at, updated_at) VALUES ('x', 1, 1, '2020-01-01', 99, 1, 1, :note,"
                " '2020-01-01', '2020-01-01')"
            ),
            {"note": f"{canary} constraint"},
        )
    errors.append(constraint.value)

    # A full disk (SQLite's page limit) while saving a note with the canary.
    with diary.database.engine.connect() as a, diary.database.engine.connect() as b:
        for conn in (a, b):
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError) as full:
        add_checkins(diary, 1, note=f"{canary} " + "x" * 8000, start=50)
    errors.append(full.value)
    diary.lock()

    # A wrong key at open.
    with pytest.raises(WrongKeyError) as wrong:
        open_database(diary.paths.database, "0" * 64, key_verified=False)
    errors.append(wrong.value)

    for exc in errors:
        assert isinstance(exc, ConnectlyError)
        for shown in (str(exc), repr(exc), exc.user_message, safe_report(exc)):
            assert canary not in shown and key not in shown and "0" * 64 not in shown
    assert canary not in debug_logs.text and key not in debug_logs.text
