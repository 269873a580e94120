"""First-run setup, by keyboard, into a real encrypted diary: passphrase or keyring, plus the recovery code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectly.services.access import KeyringAccess, diary_facts, unlock_with_secret
from connectly.services.locations import DiaryPaths
from connectly.ui.pages.setup import SetupPage
from connectly.ui.pages.setup_steps import passphrase_hint
from connectly.ui.settings_store import REMINDER_TIME, UiSettings
from tests.keyring_fakes import MemoryKeyring
from tests.ui.conftest import PASSPHRASE, QUIET, ShellFactory, wait_for_screen

pytestmark = pytest.mark.qt_log_ignore(*QUIET)
Key = Qt.Key


def press(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(target, text)


def activate(qtbot: QtBot, shell_window: object) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(shell_window, QWidget)
    qtbot.waitExposed(shell_window)
    shell_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell_window)


def setup_page(shell: object) -> SetupPage:
    page = getattr(shell, "setup", None)
    assert isinstance(page, SetupPage)
    return page


def finish_code_step(qtbot: QtBot, page: SetupPage) -> str:
    """On the recovery-code step: Tab to the checkbox, Space, Enter. Returns the code shown."""
    qtbot.waitUntil(lambda: page.step is page.code_step, timeout=15_000)
    code = page.code_step.view.code
    assert len(code) == 34
    assert QApplication.focusWidget() is page.code_step.view.copy_button
    press(qtbot, Key.Key_Enter)  # not yet: the box is not ticked
    assert page.step is page.code_step
    while QApplication.focusWidget() is not page.code_step.saved:
        press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Return)
    return code


def test_setup_with_a_passphrase_by_keyboard(
    qtbot: QtBot,
    make_shell: ShellFactory,
    home: DiaryPaths,
    keyring_none: KeyringAccess,
    settings: UiSettings,
) -> None:
    shell = make_shell(home, keyring_none)
    assert shell.screen == "setup"
    activate(qtbot, shell.window)
    page = setup_page(shell)
    assert QApplication.focusWidget() is page.names_step.names[0]
    type_text(qtbot, "Sam")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Alex")
    press(qtbot, Key.Key_Return)
    assert page.step is page.protect_step
    qtbot.waitUntil(lambda: page.protect_step.keyring_note.text() != "")
    assert QApplication.focusWidget() is page.protect_step.passphrase
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Key.Key_Return)
    assert page.step is page.reminder_step
    press(qtbot, Key.Key_Return)  # "Create diary"
    code = finish_code_step(qtbot, page)

    wait_for_screen(qtbot, shell, "workspace")
    assert shell.session.is_open
    partners = shell.session.diary.journal.partners()
    assert [p.name for p in partners] == ["Sam", "Alex"]
    facts = diary_facts(home)
    assert facts.has_passphrase and not facts.has_keyring_slot
    assert settings.get(REMINDER_TIME) == "21:00"
    assert page.code_step.view.code == ""  # the code is not kept once setup is done
    shell.session.lock()
    unlock_with_secret(home, PASSPHRASE).lock()
    unlock_with_secret(home, code).lock()


def test_setup_with_the_keyring(
    qtbot: QtBot,
    make_shell: ShellFactory,
    home: DiaryPaths,
    keyring_ok: KeyringAccess,
    memory_keyring: MemoryKeyring,
) -> None:
    shell = make_shell(home, keyring_ok)
    activate(qtbot, shell.window)
    page = setup_page(shell)
    type_text(qtbot, "Robin")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Kai")
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: page.protect_step.keyring_choice.isEnabled())
    assert page.protect_step.uses_keyring  # offered first when it works
    assert not page.protect_step.fields.isVisibleTo(page)
    press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_Return)
    finish_code_step(qtbot, page)
    wait_for_screen(qtbot, shell, "workspace")

    facts = diary_facts(home)
    assert facts.has_keyring_slot and not facts.has_passphrase
    assert memory_keyring.entries, "the data key was stored in the keyring"
    shell.session.lock()

    again = make_shell(home, keyring_ok)
    assert again.screen == "opening"
    wait_for_screen(qtbot, again, "workspace")  # no typing: the keyring opened it
    assert again.session.is_open


def test_keyring_option_is_greyed_out_with_its_reason(
    qtbot: QtBot, make_shell: ShellFactory, home: DiaryPaths, keyring_none: KeyringAccess
) -> None:
    shell = make_shell(home, keyring_none)
    page = setup_page(shell)
    reason = keyring_none.status().reason
    assert reason
    qtbot.waitUntil(lambda: page.protect_step.keyring_note.text() == reason)
    assert not page.protect_step.keyring_choice.isEnabled()
    assert page.protect_step.passphrase_choice.isChecked()


def test_setup_refuses_what_would_not_work(
    qtbot: QtBot, make_shell: ShellFactory, home: DiaryPaths, keyring_none: KeyringAccess
) -> None:
    shell = make_shell(home, keyring_none)
    page = setup_page(shell)
    page.names_step.names[0].setText("Sam")
    page.names_step.names[1].setText(" sam ")
    page.advance()
    assert page.step is page.names_step
    assert page.error.isVisibleTo(page)
    assert "different names" in page.error.text()
    page.names_step.names[1].setText("Alex")
    page.advance()
    assert page.step is page.protect_step
    page.protect_step.passphrase.setText("short")
    page.advance()
    assert "At least 8 characters" in page.error.text()
    page.protect_step.passphrase.setText(PASSPHRASE)
    page.protect_step.repeat.setText(PASSPHRASE + "x")
    page.advance()
    assert "differ" in page.error.text()
    assert page.step is page.protect_step
    assert not home.exists()


def test_passphrase_hint_grows_with_length() -> None:
    assert passphrase_hint("abc")[0] is False
    assert passphrase_hint("abcdefgh") == (True, "Fair. A couple more words would make it much stronger.")
    assert passphrase_hint("correct horse battery staple")[1] == "Strong."
