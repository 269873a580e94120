"""Unlocking (right, wrong, keyring lost, damaged, newer) and locking (Ctrl+L, idle, screen lock, demo)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectly.domain.errors import NewerSchemaError
from connectly.services.access import KeyringAccess, create_diary, unlock_with_secret
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths
from connectly.ui.pages.unlock import KEYRING_FAILED, UnlockPage
from connectly.ui.shell import AppShell
from tests.keyring_fakes import MemoryKeyring
from tests.ui.conftest import NAMES, PASSPHRASE, QUIET, ShellFactory, wait_for_screen

pytestmark = pytest.mark.qt_log_ignore(*QUIET)


def unlock_page(shell: AppShell) -> UnlockPage:
    assert isinstance(shell.unlock, UnlockPage)
    return shell.unlock


def unlock_by_typing(qtbot: QtBot, shell: AppShell, text: str) -> UnlockPage:
    page = unlock_page(shell)
    page.field.setFocus()
    qtbot.keyClicks(page.field, text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy_now, timeout=15_000)
    return page


def open_workspace(qtbot: QtBot, make_shell: ShellFactory, paths: DiaryPaths) -> tuple[AppShell, OpenDiary]:
    shell = make_shell(paths)
    wait_for_screen(qtbot, shell, "unlock")
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")
    return shell, shell.session.diary


def test_wrong_then_right_passphrase(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths
) -> None:
    shell = make_shell(passphrase_diary)
    assert shell.screen == "opening"  # the first frame comes before anything slow
    wait_for_screen(qtbot, shell, "unlock")
    page = unlock_by_typing(qtbot, shell, "not the passphrase")
    assert shell.screen == "unlock"
    assert not shell.session.is_open
    assert page.error.isVisibleTo(page)
    assert "does not open this diary" in page.error.text()
    assert page.field.hasFocus() or QApplication.focusWidget() in (None, page.field)
    assert page.field.selectedText() == "not the passphrase"  # typing again replaces it

    page.field.clear()
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")
    assert shell.session.is_open
    assert [p.name for p in shell.session.diary.journal.partners()] == list(NAMES)
    assert shell.window.current_page_key == "today"


def test_keyring_that_lost_the_key_asks_for_the_passphrase(
    qtbot: QtBot,
    make_shell: ShellFactory,
    home: DiaryPaths,
    keyring_ok: KeyringAccess,
    memory_keyring: MemoryKeyring,
) -> None:
    diary, _code = create_diary(home, names=NAMES, passphrase=PASSPHRASE, keyring=keyring_ok)
    diary.lock()
    memory_keyring.entries.clear()
    shell = make_shell(home, keyring_ok)
    wait_for_screen(qtbot, shell, "unlock")
    page = unlock_page(shell)
    assert page.error.text() == KEYRING_FAILED
    assert page.keyring_button.isVisibleTo(page)
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")


def test_newer_diary_gets_a_clear_sentence(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths
) -> None:
    diary = unlock_with_secret(passphrase_diary, PASSPHRASE)
    with diary.database.write_sessions.begin() as s:
        s.connection().exec_driver_sql("PRAGMA user_version = 999")
    diary.lock()
    shell = make_shell(passphrase_diary)
    wait_for_screen(qtbot, shell, "unlock")
    page = unlock_by_typing(qtbot, shell, PASSPHRASE)
    assert page.error.text() == NewerSchemaError.default_message
    assert not shell.session.is_open
    assert not page.restore_button.isVisibleTo(page)  # hidden until a backup service plugs in


def test_damage_found_after_opening_switches_to_the_damaged_screen(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths
) -> None:
    from connectly.services.demo import fill_with_demo_year

    diary = unlock_with_secret(passphrase_diary, PASSPHRASE)
    fill_with_demo_year(diary, dt.date(2025, 6, 30))
    diary.lock()
    data = bytearray(passphrase_diary.database.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 200
    data[middle] ^= 0x10
    passphrase_diary.database.write_bytes(bytes(data))

    shell = make_shell(passphrase_diary)
    wait_for_screen(qtbot, shell, "unlock")
    page = unlock_by_typing(qtbot, shell, PASSPHRASE)
    # Page 1 is fine, so the diary opens; the background integrity check then finds the damage.
    assert not page.error.isVisibleTo(page)
    wait_for_screen(qtbot, shell, "damaged")
    assert not shell.session.is_open
    assert shell.notice.title.text() == "The diary file looks damaged"
    assert shell.notice.button("Open the data folder") is not None


def test_ctrl_l_locks_drops_the_key_and_keeps_the_pages(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths
) -> None:
    shell, diary = open_workspace(qtbot, make_shell, passphrase_diary)
    window = shell.window
    today = window.page("today")
    assert today is not None
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert not shell.session.is_open
    assert diary.is_locked  # the key bytes are zeroed
    assert diary._db.closed  # and the pool closed
    assert shell.screen == "unlock"
    assert unlock_page(shell).title.text() == "The diary is locked"
    assert window.page("today") is today  # pages survive a lock (drafts stay in memory)
    assert not window.action_lock.isEnabled()

    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")
    assert window.page("today") is today


def test_idle_timeout_locks(qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths) -> None:
    shell, diary = open_workspace(qtbot, make_shell, passphrase_diary)
    shell.locker.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: not shell.session.is_open, timeout=10_000)
    assert diary.is_locked
    assert shell.screen == "unlock"


def test_idle_lock_follows_the_setting(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths
) -> None:
    from connectly.ui.settings_store import IDLE_LOCK_MINUTES

    shell, _diary = open_workspace(qtbot, make_shell, passphrase_diary)
    assert shell.locker.idle.timeout_ms == 10 * 60_000  # the default
    assert shell.locker.idle.timer.isActive()
    shell.window.settings.set(IDLE_LOCK_MINUTES, 0)
    assert not shell.locker.idle.timer.isActive()
    shell.window.settings.set(IDLE_LOCK_MINUTES, 3)
    assert shell.locker.idle.timeout_ms == 3 * 60_000
    assert shell.locker.idle.timer.isActive()


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A throwaway D-Bus daemon (its address), standing in for the desktop's session bus."""
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(10)
    proc.stdout.close()


def test_screen_lock_signal_locks(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths, private_bus: str
) -> None:
    from PySide6.QtDBus import QDBusConnection

    shell, diary = open_workspace(qtbot, make_shell, passphrase_diary)
    bus = QDBusConnection.connectToBus(private_bus, f"test-{id(shell)}")
    try:
        watcher = shell.locker.screen
        watcher.sources.clear()
        assert watcher.watch(session_bus=bus, system_bus=None)
        subprocess.run(
            [
                "dbus-send",
                f"--bus={private_bus}",
                "--type=signal",
                "/org/gnome/ScreenSaver",
                "org.gnome.ScreenSaver.ActiveChanged",
                "boolean:true",
            ],
            check=True,
        )
        qtbot.waitUntil(lambda: not shell.session.is_open, timeout=10_000)
        assert diary.is_locked
    finally:
        QDBusConnection.disconnectFromBus(f"test-{id(shell)}")


def test_locking_the_demo_ends_it(qtbot: QtBot, make_shell: ShellFactory) -> None:
    shell = make_shell(None, demo=True)
    wait_for_screen(qtbot, shell, "workspace", timeout=30_000)
    folder = shell.session.diary.paths.data_dir.parent
    assert folder.exists()
    shell.session.sig_lock_requested.emit()
    assert shell.screen == "demo-ended"
    assert not Path(folder).exists()  # the throwaway diary is gone
    button = shell.notice.button("Start a fresh demo")
    assert button is not None
    button.click()
    wait_for_screen(qtbot, shell, "workspace", timeout=30_000)
    assert shell.session.is_open
