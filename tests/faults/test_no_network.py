"""SECURITY.md promise 10, at run time: a whole GUI-less session touches no network.

Every command runs in its own process under an audit hook that refuses (and records) any
socket other than AF_UNIX and any name lookup; afterwards no network module may be loaded.
``.ci/run`` also runs the whole suite inside ``unshare -rn`` (a namespace with no network).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

NETLESS = Path(__file__).resolve().parent / "netless.py"
PASS = "a long enough passphrase 42"


def _run(home: Path, *args: str, stdin: str = PASS + "\n") -> dict[str, object]:
    env = {**os.environ, "CONNECTLY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(NETLESS), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, (args, done.stdout[-2000:], done.stderr[-3000:])
    return report


def test_a_full_cli_session_uses_no_network(tmp_path: Path) -> None:
    home = tmp_path / "home"
    sessions = [
        ("init", "--no-keyring", "--passphrase-stdin", "--names", "Sam", "Alex"),
        ("demo-data", "--passphrase-stdin"),
        (
            "checkin",
            "--partner",
            "1",
            "--stress",
            "6",
            "--closeness",
            "4",
            "--availability",
            "5",
            "--note",
            "a note",
            "--tag",
            "work",
            "--passphrase-stdin",
        ),
        ("insights", "--json", "--passphrase-stdin"),
        ("doctor", "--passphrase-stdin"),
        ("backup", "--passphrase-stdin"),
    ]
    # Dependencies import some stdlib network modules without using them: SQLAlchemy imports
    # asyncio, which imports ssl; keyring imports jaraco.context, which imports urllib.request
    # (for a download helper keyring never calls). The app's own modules import none (checked
    # statically by tests/unit/test_no_network_imports.py and the import-linter contract); the
    # real proof is that no socket was opened and no name looked up.
    baseline = set(_loaded_by_the_dependencies_alone())
    assert baseline <= {"ssl", "http", "http.client", "urllib.request"}
    for args in sessions:
        report = _run(home, *args)
        assert report["attempts"] == [], args
        loaded = report["network_modules"]
        assert isinstance(loaded, list), args
        assert set(loaded) <= baseline, args


def _loaded_by_the_dependencies_alone() -> list[str]:
    code = (
        "import sys, json, sqlalchemy, keyring; from netless import NETWORK_MODULES;"
        "print(json.dumps(sorted(m for m in sys.modules if m in NETWORK_MODULES)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=NETLESS.parent
    )
    return list(json.loads(done.stdout))


def test_the_hook_does_catch_a_network_attempt(tmp_path: Path) -> None:
    """The guard itself works: a plain TCP socket is refused and recorded."""
    code = (
        f"import sys, socket; sys.path.insert(0, {str(NETLESS.parent)!r}); import netless;"
        "sys.addaudithook(netless._hook)\n"
        "try:\n    socket.socket(socket.AF_INET, socket.SOCK_STREAM)\nexcept RuntimeError:\n    pass\n"
        "print(netless.ATTEMPTS)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "socket.__new__" in done.stdout
