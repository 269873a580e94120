"""The main window: navigation, shortcuts, pages by name, geometry, About, Export, accessibility, the demo."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from connectly.services.access import KeyringAccess, create_diary, open_demo, unlock_with_secret
from connectly.services.locations import DiaryPaths
from connectly.ui.application import build_main_window, demo_settings
from connectly.ui.dialogs.about import LICENCE, AboutDialog
from connectly.ui.main_window import MainWindow
from connectly.ui.pages.registry import PAGES, PageContext, PageSpec, PlaceholderPage
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import LAST_PAGE, UiSettings, settings_path
from connectly.ui.workers import wait_for_background_work
from tests.ui.conftest import NAMES, PASSPHRASE, QUIET, ShellFactory, provider_for, wait_for_screen

pytestmark = pytest.mark.qt_log_ignore(*QUIET)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QAbstractItemView,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
)


@pytest.fixture
def session(home: DiaryPaths) -> Iterator[DiarySession]:
    diary, _code = create_diary(home, names=NAMES, passphrase=PASSPHRASE, keyring=None)
    session = DiarySession(home)
    session.open(diary)
    yield session
    wait_for_background_work()
    session.lock()


def make_window(
    qtbot: QtBot, session: DiarySession, settings: UiSettings, keyring: KeyringAccess
) -> MainWindow:
    window = build_main_window(session, settings, provider_for(keyring))
    qtbot.addWidget(window)
    return window


def test_navigation_and_shortcuts(
    qtbot: QtBot, session: DiarySession, settings: UiSettings, keyring_none: KeyringAccess
) -> None:
    window = make_window(qtbot, session, settings, keyring_none)
    window.show()
    window.show_workspace()
    assert window.current_page_key == "today"
    assert window.page("insights") is None  # built only when first opened
    for spec in PAGES:
        assert window.page_actions[spec.key].shortcut().toString() == spec.shortcut
    window.page_actions["settings"].trigger()
    assert window.current_page_key == "settings"
    assert window.nav_buttons["settings"].isChecked()
    assert settings.get(LAST_PAGE) == "settings"
    window.nav_buttons["events"].click()
    assert window.current_page_key == "events"


def test_a_page_that_is_not_there_yet_shows_a_placeholder(
    qtbot: QtBot, session: DiarySession, settings: UiSettings, keyring_none: KeyringAccess
) -> None:
    specs = (
        *PAGES[:1],
        PageSpec("future", "Future", "Ctrl+9", "connectly.ui.pages.not_written_yet", "X", "later"),
    )
    window = MainWindow(PageContext(session, settings, provider_for(keyring_none)), pages=specs)
    qtbot.addWidget(window)
    page = window.ensure_page("future")
    assert isinstance(page, PlaceholderPage)
    assert "not part of this version" in page.label.text()


def test_geometry_and_last_page_are_restored(
    qtbot: QtBot, session: DiarySession, settings: UiSettings, keyring_none: KeyringAccess
) -> None:
    first = make_window(qtbot, session, settings, keyring_none)
    first.show()
    first.show_workspace()
    first.resize(780, 540)
    first.go_to("events")
    first.close()

    second = make_window(qtbot, session, settings, keyring_none)
    assert (second.width(), second.height()) == (780, 540)  # the offscreen screen is 800×600
    second.show()
    second.show_workspace()
    assert second.current_page_key == "events"


def test_export_waits_for_an_export_dialog(
    qtbot: QtBot, session: DiarySession, settings: UiSettings, keyring_none: KeyringAccess
) -> None:
    window = make_window(qtbot, session, settings, keyring_none)
    window.show_workspace()
    opened: list[bool] = []
    if window._export_opener is None:
        assert not window.action_export.isEnabled()
    window.register_export(lambda: opened.append(True))
    assert window.action_export.isEnabled()
    window.action_export.trigger()
    assert opened == [True]
    session.lock()
    window.show_screen(QWidget(window))
    assert not window.action_export.isEnabled()
    session.open(unlock_with_secret(session.paths, PASSPHRASE))


def test_about_tells_version_licence_place_and_privacy(qtbot: QtBot, tmp_path: Path) -> None:
    from connectly import __version__

    dialog = AboutDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.where)))
    assert __version__ in texts
    assert LICENCE in texts
    assert str(tmp_path / "data") in texts
    assert "never uses the network" in texts


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Visible controls a person operates; parts of a compound control (a spin box's inner
    line edit, a view's scroll bars and header) are named through their owner."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QScrollBar | QHeaderView)
        and not w.objectName().startswith("qt_")
        and w.isVisibleTo(root)
    ]


def test_every_interactive_widget_has_an_accessible_name(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths
) -> None:
    from tests.ui.test_unlock_and_lock import unlock_by_typing

    shell = make_shell(passphrase_diary)
    wait_for_screen(qtbot, shell, "unlock")
    unnamed: set[str] = set()

    def walk(where: str) -> None:
        for widget in interactive_widgets(shell.window):
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
            if not name.strip():
                unnamed.add(f"{where}: {type(widget).__name__} {widget.objectName()!r}")

    walk("unlock")
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")
    for spec in PAGES:
        shell.window.go_to(spec.key)
        walk(spec.key)
    assert not unnamed, sorted(unnamed)


def test_demo_touches_neither_keyring_nor_the_users_diary(
    qtbot: QtBot, make_shell: ShellFactory, home: DiaryPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    monkeypatch.setattr(
        "connectly.services.access.KeyringAccess.__init__",
        lambda *a, **k: pytest.fail("the demo must not touch the keyring"),
    )
    try:
        ui = demo_settings(settings_path())
        shell = make_shell(None, demo=True, ui_settings=ui)
        assert "Demo diary" in shell.window.windowTitle()
        assert shell.window.banner.isVisibleTo(shell.window)
        wait_for_screen(qtbot, shell, "workspace", timeout=30_000)
        assert shell.session.diary.journal.count() > 300
        assert shell.session.diary.throwaway
        shell.window.go_to("settings")
        shell.window.close()
        shell.shutdown()
        assert not home.data_dir.exists(), "the demo wrote into the user's CONNECTLY_HOME"
        assert not settings_path().exists(), "the demo wrote the user's settings"
    finally:
        keyring.set_keyring(previous)


def test_open_demo_is_a_fresh_throwaway_each_time() -> None:
    a, b = open_demo(), open_demo()
    try:
        assert a.paths.data_dir != b.paths.data_dir
    finally:
        a.lock()
        b.lock()


FIRST_FRAME_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from connectly.services.locations import DiaryPaths
    from connectly.ui.application import make_application, start_app
    from connectly.ui.settings_store import UiSettings
    app = make_application(sys.argv)
    shell = start_app(app, paths=DiaryPaths(__import__("pathlib").Path(sys.argv[1])),
                      settings=UiSettings(__import__("pathlib").Path(sys.argv[2])))
    heavy = [m for m in ("sqlalchemy", "sqlcipher3", "keyring", "numpy", "pyqtgraph", "cryptography",
                         "connectly.storage", "connectly.security", "connectly.analysis") if m in sys.modules]
    print("HEAVY", ",".join(heavy), "SCREEN", shell.screen, flush=True)
    QTimer.singleShot(0, app.quit)
    app.exec()
    """
)


def test_nothing_slow_is_imported_before_the_first_frame(
    passphrase_diary: DiaryPaths, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE, str(passphrase_diary.data_dir), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("HEAVY"))
    assert line == "HEAVY  SCREEN opening", line


def test_the_running_app_follows_a_theme_change(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths, settings: UiSettings
) -> None:
    from PySide6.QtGui import QPalette

    from connectly.ui.settings_store import THEME

    shell = make_shell(passphrase_diary)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings.set(THEME, "dark")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    settings.set(THEME, "light")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert shell.theme is not None and shell.theme.scheme == "light"
