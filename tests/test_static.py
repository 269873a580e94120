"""The code's shape is part of the test suite: layer contracts, lint, formatting and types."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return path


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_layer_contracts_hold() -> None:
    done = _run(_tool("lint-imports"), "--no-cache")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_ruff_lint_is_clean() -> None:
    done = _run(_tool("ruff"), "check", "connectly", "tests")
    assert done.returncode == 0, done.stdout[-4000:]


def test_ruff_format_is_clean() -> None:
    done = _run(_tool("ruff"), "format", "--check", "connectly", "tests")
    assert done.returncode == 0, done.stdout[-4000:]


def test_types_check() -> None:
    done = _run(_tool("mypy"), "--no-error-summary")
    assert done.returncode == 0, done.stdout[-6000:]
