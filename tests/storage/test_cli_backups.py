"""``connectly backup``, ``backups``, ``restore`` and the daily backup on a real encrypted diary."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.diaries import digest, run_cli

PASS = "a long enough passphrase 42"


cli = run_cli


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _, err = cli(monkeypatch, capsys, "init", "--no-keyring", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0, err
    for day in ("2025-01-01", "2025-01-02"):
        code, _, err = cli(
            monkeypatch,
            capsys,
            "checkin",
            "--partner",
            "1",
            "--stress",
            "7",
            "--closeness",
            "3",
            "--availability",
            "4",
            "--day",
            day,
            "--passphrase-stdin",
            stdin=PASS + "\n",
        )
        assert code == 0, err
    return tmp_path / "home"


def _checkin_count(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> int:
    code, out, err = cli(monkeypatch, capsys, "doctor", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0, err
    line = next(line for line in out.splitlines() if line.startswith("Check-ins:"))
    return int(line.split()[1])


def test_first_unlock_of_the_day_makes_one_daily_backup(home: Path) -> None:
    daily = sorted(p.name for p in (home / "backups").glob("*-daily.db"))
    assert len(daily) == 1  # two commands ran today, one backup
    assert (home / "backups" / daily[0].replace(".db", ".keyslots.json")).exists()


def test_backup_prints_the_path_and_backups_lists_it(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(monkeypatch, capsys, "backup", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0 and err == ""
    path = Path(out.strip())
    assert path.is_file() and path.name.endswith("-manual.db") and path.parent == home / "backups"
    code, out, _ = cli(monkeypatch, capsys, "backups", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0 and str(path) in out and "daily" in out
    assert PASS not in out
    # Listing a folder needs no unlocking at all.
    code, out, _ = cli(monkeypatch, capsys, "backups", "--folder", str(home / "backups"))
    assert code == 0 and str(path) in out


def test_restore_repairs_a_damaged_diary(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(monkeypatch, capsys, "backup", "--passphrase-stdin", stdin=PASS + "\n")
    backup = out.strip()
    db = home / "diary.db"
    data = bytearray(db.read_bytes())
    data[64] ^= 0x01  # page 1: the diary no longer opens
    db.write_bytes(bytes(data))
    code, _, err = cli(monkeypatch, capsys, "doctor", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 1 and "damaged" in err
    code, out, err = cli(
        monkeypatch, capsys, "restore", backup, "--yes", "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert code == 0, err
    assert "Restored the diary" in out and "kept as" in out
    assert _checkin_count(monkeypatch, capsys) == 2


def test_restore_needs_confirmation_without_a_terminal(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(monkeypatch, capsys, "backup", "--passphrase-stdin", stdin=PASS + "\n")
    before = digest(home), digest(home / "backups")
    code, _, err = cli(monkeypatch, capsys, "restore", out.strip(), "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 1 and "--yes" in err and len(err.strip().splitlines()) == 1
    assert (digest(home), digest(home / "backups")) == before


def test_restore_refuses_a_file_that_is_not_a_backup(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    before = digest(home), digest(home / "backups")
    code, _, err = cli(
        monkeypatch, capsys, "restore", str(junk), "--yes", "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert code == 1 and len(err.strip().splitlines()) == 1 and "untouched" in err
    assert (digest(home), digest(home / "backups")) == before
    code, _, err = cli(monkeypatch, capsys, "restore", str(tmp_path / "missing.db"), "--yes")
    assert code == 1 and "no backup file" in err.lower()
