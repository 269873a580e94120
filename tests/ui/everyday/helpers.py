"""Helpers for the everyday-page tests: keys to whatever has focus, showing a page, test data."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from connectly.services.diary import OpenDiary
from connectly.ui.session import DiarySession

PASSPHRASE = "a long passphrase 123"
QUIET_OFFSCREEN = "This plugin does not support propagateSizeHints"
"""A harmless offscreen-platform warning when a top-level window gets size hints."""


def reopen(session: DiarySession) -> OpenDiary:
    """Unlock the session's diary again with the passphrase (after ``session.lock()``)."""
    from connectly.services.access import unlock_with_secret

    diary = unlock_with_secret(session.paths, PASSPHRASE)
    session.open(diary)
    return diary


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has the keyboard focus now (as a person would)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Type ``text`` into whatever has the keyboard focus now."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(target, text)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def add(
    session: DiarySession, partner: int, day: dt.date, ratings: tuple[int, int, int], **kw: object
) -> int:
    """Write a check-in directly through the journal (setup for a test); returns its id."""
    journal = session.diary.journal
    pid = journal.partner(partner).id
    s, c, a = ratings
    return journal.add_checkin(partner_id=pid, day=day, stress=s, closeness=c, availability=a, **kw).id  # type: ignore[arg-type]


def show(qtbot: QtBot, widget: QWidget, size: tuple[int, int] = (1280, 800)) -> None:
    """Show ``widget`` as an active window of ``size`` (keyboard focus works offscreen then)."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
