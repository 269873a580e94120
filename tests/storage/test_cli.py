"""The scriptable CLI on a real encrypted diary: exit codes, one-sentence errors, no secrets printed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from connectly.cli.parser import build_parser
from tests.diaries import run_cli

PASS = "a long enough passphrase 42"


@pytest.fixture
def diary(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run_cli(
        monkeypatch,
        capsys,
        "init",
        "--no-keyring",
        "--passphrase-stdin",
        "--names",
        "Sam",
        "Alex",
        stdin=PASS + "\n",
    )
    assert code == 0
    return out


def test_init_prints_the_recovery_code_once_and_not_the_passphrase(diary: str, tmp_path: Path) -> None:
    assert "recovery code" in diary.lower()
    assert PASS not in diary
    home = tmp_path / "home"
    assert (home / "diary.db").exists()
    assert (home / "keyslots.json").exists()
    code_line = next(line.strip() for line in diary.splitlines() if line.count("-") >= 6)
    assert code_line.encode() not in (home / "keyslots.json").read_bytes()


def test_init_twice_is_refused(
    diary: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        monkeypatch, capsys, "init", "--no-keyring", "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert code == 1
    assert err.strip().count("\n") == 0 and "already" in err


def test_checkin_prints_id_and_is_stored(
    diary: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        monkeypatch,
        capsys,
        "checkin",
        "--partner",
        "Alex",
        "--stress",
        "7",
        "--closeness",
        "3",
        "--availability",
        "4",
        "--day",
        "2026-01-02",
        "--tag",
        "work",
        "--note",
        "I felt stretched",
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert code == 0
    checkin_id = int(out.strip())
    code, out, _ = run_cli(monkeypatch, capsys, "insights", "--json", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0
    figures = json.loads(out)
    assert figures["period"]["paired_days"] == 0
    assert checkin_id >= 1


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--stress", "11", "--closeness", "3", "--availability", "4"], "0 to 10"),
        (["--stress", "x", "--closeness", "3", "--availability", "4"], "whole number"),
        (["--stress", "1", "--closeness", "3", "--availability", "4", "--day", "2999-01-01"], "future"),
        (["--stress", "1", "--closeness", "3", "--availability", "4", "--day", "01/02/2026"], "YYYY-MM-DD"),
    ],
)
def test_bad_checkins_give_one_sentence_and_change_nothing(
    diary: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    fragment: str,
) -> None:
    code, out, err = run_cli(
        monkeypatch, capsys, "checkin", "--partner", "1", *args, "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert (code, out) == (1, "")
    assert fragment in err and err.count("\n") == 1
    code, out, _ = run_cli(monkeypatch, capsys, "doctor", "--passphrase-stdin", stdin=PASS + "\n")
    assert "Check-ins:             0" in out


def test_wrong_passphrase(
    diary: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(monkeypatch, capsys, "partners", "--passphrase-stdin", stdin="nope nope nope\n")
    assert (code, out) == (1, "")
    assert "does not open this diary" in err


def test_recovery_code_opens_and_can_be_replaced(
    diary: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code_text = next(line.strip() for line in diary.splitlines() if line.count("-") >= 6)
    code, out, _ = run_cli(
        monkeypatch,
        capsys,
        "partners",
        "--rename",
        "1=Sammy",
        "--passphrase-stdin",
        stdin=code_text.lower() + "\n",
    )
    assert code == 0 and "Sammy" in out
    code, out, _ = run_cli(monkeypatch, capsys, "recovery-code", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0
    code, _, _ = run_cli(monkeypatch, capsys, "partners", "--passphrase-stdin", stdin=code_text + "\n")
    assert code == 1  # the old code no longer works


def test_passphrase_change_keeps_the_database(
    diary: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db_file = tmp_path / "home" / "diary.db"
    before = db_file.read_bytes()
    new = "another long passphrase 7"
    code, out, _ = run_cli(monkeypatch, capsys, "passphrase", "--passphrase-stdin", stdin=f"{PASS}\n{new}\n")
    assert code == 0 and "changed" in out
    assert db_file.read_bytes() == before
    assert run_cli(monkeypatch, capsys, "partners", "--passphrase-stdin", stdin=PASS + "\n")[0] == 1
    assert run_cli(monkeypatch, capsys, "partners", "--passphrase-stdin", stdin=new + "\n")[0] == 0


def test_events_and_demo_data(
    diary: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run_cli(
        monkeypatch,
        capsys,
        "event",
        "add",
        "--kind",
        "loss",
        "--title",
        "Grandma",
        "--start",
        "2026-01-01",
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert code == 0
    code, out, _ = run_cli(monkeypatch, capsys, "event", "list", "--passphrase-stdin", stdin=PASS + "\n")
    assert "Grandma" in out and "loss" in out
    code, out, _ = run_cli(monkeypatch, capsys, "demo-data", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0 and "check-ins" in out
    code, out, _ = run_cli(monkeypatch, capsys, "demo-data", "--passphrase-stdin", stdin=PASS + "\n")
    assert "Added 0 check-ins and 0 life events" in out  # idempotent for the same seed and day
    code, out, _ = run_cli(monkeypatch, capsys, "insights", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0 and "expected by chance" in out


def test_no_diary_is_a_plain_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(monkeypatch, capsys, "doctor", "--passphrase-stdin", stdin=PASS + "\n")
    assert (code, out) == (1, "")
    assert "connectly init" in err


def test_every_command_has_help() -> None:
    parser = build_parser()
    actions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    choices = actions[0].choices
    assert choices is not None
    names = list(choices)
    assert {"init", "checkin", "partners", "event", "doctor", "passphrase", "demo-data", "insights"} <= set(
        names
    )
    for name in names:
        done = subprocess.run(
            [sys.executable, "-m", "connectly", name, "--help"], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, name
        assert "usage: connectly" in done.stdout


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "connectly", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("Connectly ")
