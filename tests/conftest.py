"""Shared fixtures. Real SQLCipher files in temp dirs; never a mocked database."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists (ECOSYSTEM.md): offscreen unless a pass asks for xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

from connectly.storage.database import EncryptedDatabase, create_database


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own data/config dirs and the common desktop umask 022."""
    monkeypatch.setenv("CONNECTLY_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def key_hex() -> str:
    return secrets.token_hex(32)


@pytest.fixture
def db(tmp_path: Path, key_hex: str) -> Iterator[EncryptedDatabase]:
    """A fresh encrypted diary (schema at head, no partners)."""
    database = create_database(tmp_path / "data" / "diary.db", key_hex)
    yield database
    database.close()


@pytest.fixture
def canary() -> str:
    """A unique string to search for in bytes on disk and in logs."""
    return "CANARY-" + secrets.token_hex(8)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard while Qt still runs: Qt frees its QMimeData at process exit,
    after Python has torn down the objects behind it, and that crashes the interpreter."""
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
