"""Notes copied to the clipboard are marked secret and leave it again (ISSUE 7 hardening)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from connectly.services.locations import DiaryPaths
from connectly.ui.clipboard import (
    SECRET_HINT_MIME,
    SensitiveClipboard,
    clear_sensitive,
    copy_sensitive,
    sensitive_clipboard,
)
from tests.ui.conftest import PASSPHRASE, QUIET, ShellFactory, wait_for_screen
from tests.ui.test_unlock_and_lock import unlock_by_typing

pytestmark = pytest.mark.qt_log_ignore(*QUIET)


def _mime_hint() -> bytes:
    mime = QGuiApplication.clipboard().mimeData()
    return bytes(mime.data(SECRET_HINT_MIME).data()) if mime is not None else b""


def test_copied_text_is_marked_secret_and_cleared_after_the_timeout(qtbot: QtBot, canary: str) -> None:
    board = copy_sensitive(f"I felt {canary}", clear_after_ms=100)
    assert QGuiApplication.clipboard().text() == f"I felt {canary}"
    assert _mime_hint() == b"secret"
    with qtbot.waitSignal(board.sig_cleared, timeout=5000):
        pass
    assert QGuiApplication.clipboard().text() == ""


def test_something_copied_since_is_left_alone(qtbot: QtBot, canary: str) -> None:
    board = SensitiveClipboard()
    board.copy(canary, clear_after_ms=100)
    QGuiApplication.clipboard().setText("the user's own text")
    # Until the timer has run (not merely 300 ms, which a loaded machine may not give it).
    qtbot.waitUntil(lambda: not board._timer.isActive(), timeout=5000)
    assert QGuiApplication.clipboard().text() == "the user's own text"
    assert not board.clear_now()
    board.deleteLater()


def test_locking_clears_it_at_once(qtbot: QtBot, canary: str) -> None:
    copy_sensitive(canary)  # the default 45 s
    assert sensitive_clipboard().holds_our_text
    assert clear_sensitive()
    assert QGuiApplication.clipboard().text() == ""
    assert not clear_sensitive()  # nothing of ours left


def test_locking_the_app_clears_copied_diary_text(
    qtbot: QtBot, make_shell: ShellFactory, passphrase_diary: DiaryPaths, canary: str
) -> None:
    shell = make_shell(passphrase_diary)
    wait_for_screen(qtbot, shell, "unlock")
    unlock_by_typing(qtbot, shell, PASSPHRASE)
    wait_for_screen(qtbot, shell, "workspace")
    copy_sensitive(f"I felt {canary}")
    shell.session.lock()
    wait_for_screen(qtbot, shell, "unlock")
    assert QGuiApplication.clipboard().text() == ""
