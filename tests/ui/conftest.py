"""Fixtures for the app shell: a shell factory over the isolated CONNECTLY_HOME, settings, keyrings.

Every shell runs the real flow (real encrypted diary files, real key slots); only the
keyring is a fake from tests/keyring_fakes.py, handed in through ``KeyringAccess(store)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectly.services.access import KeyringAccess, create_diary
from connectly.services.locations import DiaryPaths
from connectly.ui.application import start_app
from connectly.ui.pages.registry import KeyringProvider
from connectly.ui.settings_store import UiSettings
from connectly.ui.shell import AppShell
from connectly.ui.workers import wait_for_background_work
from tests.keyring_fakes import MemoryKeyring, trusting

PASSPHRASE = "correct horse battery staple"
NAMES = ("Sam", "Alex")
QUIET = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
"""Harmless offscreen-platform warnings."""


def provider_for(access: KeyringAccess) -> KeyringProvider:
    return lambda: access


@pytest.fixture
def home() -> DiaryPaths:
    """The user's diary location, as ``run()`` resolves it (CONNECTLY_HOME, isolated per test)."""
    return DiaryPaths(Path(os.environ["CONNECTLY_HOME"]))


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "config" / "settings.ini")


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def keyring_ok(memory_keyring: MemoryKeyring) -> KeyringAccess:
    """A working, trusted keyring (in memory)."""
    return KeyringAccess(trusting(memory_keyring))


@pytest.fixture
def keyring_none() -> KeyringAccess:
    """No keyring at all (keyring's own fail backend, as on a headless machine)."""
    from keyring.backends.fail import Keyring as FailKeyring

    return KeyringAccess(trusting(FailKeyring()))


@pytest.fixture
def passphrase_diary(home: DiaryPaths) -> DiaryPaths:
    """An existing diary that opens with a passphrase only (closed again)."""
    diary, _code = create_diary(home, names=NAMES, passphrase=PASSPHRASE, keyring=None)
    diary.lock()
    return home


@pytest.fixture
def restore_look() -> Iterator[None]:
    """Themes change the application-wide style and palette: put them back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), app.palette()
    yield
    app.setStyle(style)
    app.setPalette(palette)


ShellFactory = Callable[..., AppShell]


@pytest.fixture
def make_shell(qtbot: QtBot, settings: UiSettings, restore_look: None) -> Iterator[ShellFactory]:
    """Start the app shell as ``run()`` does (window shown, diary opened after the first paint)."""
    shells: list[AppShell] = []

    def make(
        paths: DiaryPaths | None,
        keyring: KeyringAccess | None = None,
        *,
        demo: bool = False,
        ui_settings: UiSettings | None = None,
    ) -> AppShell:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        shell = start_app(
            app,
            paths=paths,
            settings=ui_settings or settings,
            keyring=provider_for(keyring) if keyring is not None else None,
            demo=demo,
        )
        qtbot.addWidget(shell.window)
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.shutdown()
    wait_for_background_work()


def wait_for_screen(qtbot: QtBot, shell: AppShell, name: str, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: shell.screen == name, timeout=timeout)
