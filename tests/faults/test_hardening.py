"""SECURITY.md promise 18: no core dumps with decrypted pages (RLIMIT_CORE 0, not dumpable)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPORT = (
    "import json, resource, ctypes;"
    "libc = ctypes.CDLL(None);"
    "print(json.dumps({'core': resource.getrlimit(resource.RLIMIT_CORE), 'dumpable': libc.prctl(3, 0, 0, 0, 0)}))"
)


def _state(code: str, env: dict[str, str] | None = None) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{REPORT}"], capture_output=True, text=True, check=True, env=env
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_plain_python_process_would_dump_core() -> None:
    """The control: without hardening the process is dumpable (so the tests below can fail)."""
    assert _state("pass")["dumpable"] == 1


def test_harden_process_turns_core_dumps_off() -> None:
    state = _state("from connectly.hardening import harden_process; harden_process()")
    assert state == {"core": [0, 0], "dumpable": 0}


def test_the_cli_is_hardened_once_it_has_started(tmp_path: Path) -> None:
    env = {**os.environ, "CONNECTLY_HOME": str(tmp_path / "home")}
    code = f"from connectly.cli import main; main(['backups', '--folder', {str(tmp_path)!r}])"
    assert _state(code, env) == {"core": [0, 0], "dumpable": 0}
