"""Fixtures for the everyday pages: a real encrypted diary (Sam and Alex) in a DiarySession."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from connectly.services.access import create_diary
from connectly.services.locations import DiaryPaths
from connectly.ui.session import DiarySession
from connectly.ui.workers import wait_for_background_work
from tests.ui.everyday.helpers import PASSPHRASE


@pytest.fixture
def diary_session(tmp_path: Path) -> Iterator[DiarySession]:
    """An open DiarySession over a fresh diary for Sam (partner 1) and Alex (partner 2)."""
    paths = DiaryPaths(tmp_path / "d")
    diary, _code = create_diary(paths, names=("Sam", "Alex"), passphrase=PASSPHRASE, keyring=None)
    session = DiarySession(paths)
    session.open(diary)
    yield session
    wait_for_background_work()
    if session.is_open:
        session.lock()
