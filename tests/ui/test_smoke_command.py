"""The hidden ``--smoke-test`` and ``--startup-probe`` commands CI runs against the installed app.

They run as real child processes (offscreen), as CI runs them, so a change that breaks the
desktop start, the Insights page or the exports fails here before it fails in packaging.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QImage

from connectly.services.access import create_diary
from connectly.services.locations import DiaryPaths


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_smoke_test_opens_the_demo_and_writes_a_screenshot_a_chart_and_the_report(tmp_path: Path) -> None:
    out = tmp_path / "smoke"
    result = subprocess.run(
        [sys.executable, "-m", "connectly", "--smoke-test", str(out)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke ok (python, offscreen):")
    for name in ("insights-window.png", "timeline.png"):
        image = QImage(str(out / name))
        assert not image.isNull()
        assert image.width() >= 800
    report = out / "report.pdf"
    if "report.pdf skipped" not in result.stdout:
        assert report.read_bytes().startswith(b"%PDF-")


def test_startup_probe_reports_the_first_interactive_screen(tmp_path: Path) -> None:
    home = DiaryPaths(Path(os.environ["CONNECTLY_HOME"]))
    diary, _code = create_diary(home, names=("Sam", "Alex"), passphrase="a long passphrase 42", keyring=None)
    diary.lock()
    result = subprocess.run(
        [sys.executable, "-m", "connectly", "--startup-probe", repr(time.time())],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    fields = dict(part.split("=") for part in result.stdout.split())
    assert fields["screen"] == "unlock"  # a passphrase diary, no keyring: the unlock screen
    assert int(fields["interactive_ms"]) > 0
