"""``connectly export …`` / ``connectly import …`` on a real encrypted diary."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Protocol

import pytest

from connectly.cli.exchange_commands import DEFAULT_MOOD_MAP
from connectly.services import daylio
from tests import diaries

PASS = "a long enough passphrase 42"
NOT_ENCRYPTED = "NOT encrypted"


def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = PASS + "\n"
) -> tuple[int, str, str]:
    """A command with the passphrase on stdin (``init`` takes the new one the same way)."""
    return diaries.run_cli(
        monkeypatch, capsys, *([*args, "--passphrase-stdin"] if args[0] != "init" else args), stdin=stdin
    )


class Cli(Protocol):
    def __call__(self, *args: str, stdin: str = ...) -> tuple[int, str, str]: ...


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    code, _, _ = run_cli(
        monkeypatch, capsys, "init", "--no-keyring", "--passphrase-stdin", "--names", "Sam", "Alex"
    )
    assert code == 0

    def run(*args: str, stdin: str = PASS + "\n") -> tuple[int, str, str]:
        return run_cli(monkeypatch, capsys, *args, stdin=stdin)

    return run


def test_the_cli_mood_map_default_matches_the_service() -> None:
    assert DEFAULT_MOOD_MAP == daylio.DEFAULT_MOOD_MAP


def test_csv_import_shows_bad_lines_and_imports_only_with_yes(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "day,partner,stress,closeness,availability,tags,note\n"
        "2025-01-01,Sam,3,6,5,work,fine\n"
        "2025-01-02,Alex,12,6,5,,\n"
        "2025-01-03,Alex,2,6,5,,\n",
        encoding="utf-8",
    )
    code, out, _ = cli("import", "csv", str(source))
    assert code == 1
    assert "2 new check-ins ready to import" in out and "line 3: Stress must be from 0 to 10" in out
    assert "Nothing was imported" in out and "--yes" in out
    code, out, _ = cli("import", "csv", str(source), "--yes")
    assert code == 0 and "Imported 2 check-ins" in out
    code, out, _ = cli("import", "csv", str(source), "--yes")
    assert code == 0 and "Nothing to import" in out


def test_csv_import_with_a_column_mapping(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "mine.csv"
    source.write_text("Date;S;C;A\n04/03/2025;2;8;7\n", encoding="utf-8")
    code, out, _ = cli("import", "csv", str(source), "--yes")
    assert code == 1 and "Choose which column holds" in out and "Date, S, C, A" in out
    code, out, _ = cli(
        "import",
        "csv",
        str(source),
        "--yes",
        "--columns",
        "day=Date,stress=S,closeness=C,availability=A",
        "--day-format",
        "%d/%m/%Y",
        "--partner",
        "2",
    )
    assert code == 0 and "Imported 1 check-in." in out


def test_exports_are_private_and_say_they_are_not_encrypted(cli: Cli, tmp_path: Path) -> None:
    os.umask(0o022)
    cli(
        "checkin",
        "--partner",
        "1",
        "--stress",
        "3",
        "--closeness",
        "7",
        "--availability",
        "6",
        "--day",
        "2025-01-05",
        "--note",
        "=2+3 looks like a formula",
    )
    code, out, _ = cli("export", "csv", "-o", str(tmp_path / "all.csv"))
    assert code == 0 and NOT_ENCRYPTED in out and str(tmp_path / "all.csv") in out
    text = (tmp_path / "all.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "day,partner,stress,closeness,availability,tags,note"
    assert "'=2+3 looks like a formula" in text
    code, out, _ = cli("export", "json", "-o", str(tmp_path / "all.json"))
    assert code == 0 and NOT_ENCRYPTED in out
    for name in ("all.csv", "all-partners.csv", "all-life-events.csv", "all-bookmarks.csv", "all.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    assert json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["checkins"][0]["stress"] == 3
    code, out, _ = cli("import", "json", str(tmp_path / "all.json"))
    assert code == 0 and "Imported 0 check-ins" in out and "already in the diary" in out


def test_daylio_import_from_the_cli(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "daylio.csv"
    source.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2025-03-04,March 4,Tuesday,21:30,good,work | friends,,\n",
        encoding="utf-8",
    )
    code, out, _ = cli("import", "daylio", str(source), "--partner", "Alex", "--mood-map", "good=6", "--yes")
    assert code == 0 and "good 4/6/6" in out and "Imported 1 check-in." in out


def test_report_and_chart_exports_run_headless_in_a_fresh_process(cli: Cli, tmp_path: Path) -> None:
    assert cli("demo-data")[0] == 0
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "connectly", *args, "--passphrase-stdin"],
            input=PASS + "\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )

    report = tmp_path / "report.pdf"
    done = run("export", "report", "-o", str(report), "--initials", "--page-size", "Letter")
    assert done.returncode == 0, done.stderr
    assert "pages, Letter, without notes" in done.stdout and NOT_ENCRYPTED in done.stdout
    assert report.read_bytes().startswith(b"%PDF") and stat.S_IMODE(report.stat().st_mode) == 0o600
    png = tmp_path / "timeline.png"
    done = run(
        "export", "chart", "timeline", "-o", str(png), "--width", "640", "--height", "360", "--scale", "2"
    )
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = (
        int.from_bytes(png.read_bytes()[16:20], "big"),
        int.from_bytes(png.read_bytes()[20:24], "big"),
    )
    assert (width, height) == (1280, 720)
    done = run("export", "chart", "lag", "-o", str(tmp_path / "lag.txt"))
    assert done.returncode == 1 and ".png or .svg" in done.stderr
