"""Restoring from the screens: the unlock page and the damaged-diary screen offer it; Settings lists backups."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from connectly.domain.errors import DamagedDatabaseError
from connectly.services.access import unlock_with_secret
from connectly.services.backups import BackupService
from connectly.services.demo import fill_with_demo_year
from connectly.services.locations import DiaryPaths
from connectly.storage.dump import logical_dump
from connectly.ui.dialogs.backups_dialog import BackupsDialog
from connectly.ui.pages.settings import SettingsPage
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import UiSettings
from connectly.ui.shell import AppShell
from connectly.ui.workers import wait_for_background_work
from tests.ui.conftest import PASSPHRASE, QUIET, ShellFactory, provider_for, wait_for_screen
from tests.ui.test_unlock_and_lock import unlock_by_typing

pytestmark = pytest.mark.qt_log_ignore(*QUIET)


def _backed_up_then_damaged(paths: DiaryPaths, where: str) -> dict[str, list[tuple[object, ...]]]:
    diary = unlock_with_secret(paths, PASSPHRASE)
    fill_with_demo_year(diary, dt.date(2025, 6, 30))
    BackupService(diary).backup_now()
    with diary.database.engine.connect() as conn:
        content = logical_dump(conn)
    diary.lock()
    data = bytearray(paths.database.read_bytes())
    offset = 64 if where == "page 1" else (len(data) // 4096 // 2) * 4096 + 200
    data[offset] ^= 0x10
    paths.database.write_bytes(bytes(data))
    return content


def _restore_in_dialog(qtbot: QtBot, shell: AppShell) -> None:
    qtbot.waitUntil(lambda: shell.window.findChild(BackupsDialog) is not None)
    dialog = shell.window.findChild(BackupsDialog)
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog._confirm = lambda described: True  # type: ignore[method-assign]
    dialog._ask_secret = lambda why: PASSPHRASE  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.sig_restored, timeout=20_000):
        dialog.restore_selected()


def test_the_unlock_page_offers_restore_for_a_damaged_diary(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths
) -> None:
    content = _backed_up_then_damaged(passphrase_diary, "page 1")
    shell = make_shell(passphrase_diary)
    wait_for_screen(qtbot, shell, "unlock")
    page = unlock_by_typing(qtbot, shell, PASSPHRASE)
    assert page.error.text() == DamagedDatabaseError.default_message
    assert page.restore_button.isVisibleTo(page)
    page.restore_button.click()
    _restore_in_dialog(qtbot, shell)
    wait_for_screen(qtbot, shell, "unlock")  # the restored diary opens like any other
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")
    with shell.session.diary.database.engine.connect() as conn:
        assert logical_dump(conn) == content


def test_the_damaged_screen_offers_restore(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths
) -> None:
    _backed_up_then_damaged(passphrase_diary, "a middle page")
    shell = make_shell(passphrase_diary)
    wait_for_screen(qtbot, shell, "unlock")
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "damaged")  # found by the background integrity check
    button = shell.notice.button("Restore a backup…")
    assert button is not None
    button.click()
    _restore_in_dialog(qtbot, shell)
    wait_for_screen(qtbot, shell, "unlock")
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")
    assert shell.session.diary.verify_integrity().ok


def test_settings_opens_the_backups_of_the_open_diary(
    qtbot: QtBot, passphrase_diary: DiaryPaths, settings: UiSettings, keyring_none: object
) -> None:
    session = DiarySession(passphrase_diary)
    session.open(unlock_with_secret(passphrase_diary, PASSPHRASE))
    page = SettingsPage(session, settings, provider_for(keyring_none))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    page.load()
    assert page.backups_button.isVisibleTo(page)
    page.backups_button.click()
    dialog = page.findChild(BackupsDialog)
    assert isinstance(dialog, BackupsDialog) and dialog.session is session
    assert dialog.backup_button.isVisibleTo(dialog)
    dialog.reject()
    session.lock()


def test_the_first_unlock_of_the_day_makes_the_daily_backup(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths
) -> None:
    shell = make_shell(passphrase_diary)
    wait_for_screen(qtbot, shell, "unlock")
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")
    daily = passphrase_diary.backups
    qtbot.waitUntil(lambda: len(list(daily.glob("*-daily.db"))) == 1, timeout=15_000)
    shell.session.lock()
    wait_for_screen(qtbot, shell, "unlock")
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")
    for _ in range(3):  # the integrity check, then the backup it starts
        wait_for_background_work()
        qtbot.wait(50)
    assert len(list(daily.glob("*-daily.db"))) == 1  # once a day, not once per unlock
