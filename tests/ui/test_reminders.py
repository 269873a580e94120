"""The daily check-in reminder: when it fires, how it arrives, and that it reveals nothing.

CI has neither a system tray nor a notification server, so the in-app banner path runs with a
reminder a fraction of a second away; the desktop-notification path runs against a stand-in
notification server on a private D-Bus (tests/ui/fake_notifications.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from connectly.services.access import KeyringAccess, create_diary
from connectly.services.locations import DiaryPaths
from connectly.ui.reminders import (
    BODY,
    SNOOZE,
    TITLE,
    DesktopNotifier,
    ReminderBanner,
    ReminderClock,
    Reminders,
    next_due,
    start_reminders_later,
)
from connectly.ui.settings_store import LAST_PAGE, REMINDER_ENABLED, REMINDER_TIME, UiSettings
from connectly.ui.shell import AppShell
from tests.ui.conftest import NAMES, QUIET, ShellFactory, wait_for_screen

pytestmark = pytest.mark.qt_log_ignore(*QUIET)

FAKE_SERVER = Path(__file__).with_name("fake_notifications.py")


class SteppingClock:
    """Wall-clock time that starts where a test wants and then runs at real speed.

    It starts running when it is first read (when the reminder is worked out), not when it
    is made: building the window and the reminders in between can take longer than the
    fraction of a second before the reminder time on a loaded machine, which would move the
    reminder to tomorrow.
    """

    def __init__(self, start: dt.datetime) -> None:
        self.start = start
        self.t0: float | None = None

    def __call__(self) -> dt.datetime:
        if self.t0 is None:
            self.t0 = time.monotonic()
        return self.start + dt.timedelta(seconds=time.monotonic() - self.t0)


def just_before(clock_time: str, seconds: float = 0.3) -> SteppingClock:
    at = dt.datetime.combine(dt.date.today(), dt.time.fromisoformat(clock_time))
    return SteppingClock(at - dt.timedelta(seconds=seconds))


@pytest.fixture
def no_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No session bus at all (as in CI): desktop notifications cannot be delivered."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")


@pytest.fixture
def open_shell(
    make_shell: ShellFactory, home: DiaryPaths, keyring_ok: KeyringAccess, qtbot: QtBot
) -> AppShell:
    """The app on a diary that opens with the keyring, showing its pages."""
    diary, _code = create_diary(home, names=NAMES, passphrase=None, keyring=keyring_ok)
    diary.lock()
    shell = make_shell(home, keyring_ok)
    wait_for_screen(qtbot, shell, "workspace")
    return shell


def test_next_due_is_later_today_or_tomorrow() -> None:
    evening = dt.time(21, 0)
    assert next_due(dt.datetime(2026, 3, 1, 20, 59), evening) == dt.datetime(2026, 3, 1, 21, 0)
    assert next_due(dt.datetime(2026, 3, 1, 21, 0), evening) == dt.datetime(2026, 3, 2, 21, 0)
    assert next_due(dt.datetime(2026, 12, 31, 23, 0), evening) == dt.datetime(2027, 1, 1, 21, 0)


def test_clock_fires_at_the_chosen_time_then_waits_for_tomorrow(qtbot: QtBot, settings: UiSettings) -> None:
    settings.set(REMINDER_TIME, "21:00")
    now = just_before("21:00")
    clock = ReminderClock(settings, now)
    with qtbot.waitSignal(clock.sig_due, timeout=10_000):
        clock.start()
    assert clock.due is not None
    assert clock.due.time() == dt.time(21, 0)
    assert clock.due.date() == now().date() + dt.timedelta(days=1)


def test_turning_reminders_off_cancels_the_next_one(qtbot: QtBot, settings: UiSettings) -> None:
    clock = ReminderClock(settings, just_before("21:00"))
    clock.start()
    assert clock.due is not None
    settings.set(REMINDER_ENABLED, False)
    assert clock.due is None
    settings.set(REMINDER_ENABLED, True)
    assert clock.due is not None


def test_in_app_banner_when_there_is_no_tray_and_no_notification_server(
    open_shell: AppShell, qtbot: QtBot, no_bus: None
) -> None:
    window = open_shell.window
    window.settings.set(REMINDER_TIME, "21:00")
    reminders = Reminders(
        window, open_shell.session, window.settings, use_tray=False, now=just_before("21:00")
    )
    with (
        qtbot.waitSignal(reminders.sig_reminded, timeout=10_000) as shown,
        qtbot.waitSignal(reminders.sig_notification_sent, timeout=10_000) as sent,
    ):
        reminders.start()
    assert shown.args == ["banner+desktop"]
    assert sent.args == [False]  # no server: the banner is the reminder
    assert reminders.banner.isVisible()
    assert reminders.banner.title.text() == TITLE

    window.go_to("insights")
    qtbot.mouseClick(reminders.banner.check_in, Qt.MouseButton.LeftButton)
    assert not reminders.banner.isVisible()
    assert window.current_page_key == "today"


def test_snooze_hides_the_banner_and_reminds_again_in_an_hour(
    open_shell: AppShell, qtbot: QtBot, no_bus: None
) -> None:
    window = open_shell.window
    now = just_before("21:00", seconds=3600 * 3)
    reminders = Reminders(window, open_shell.session, window.settings, use_tray=False, now=now)
    reminders.start()
    with qtbot.waitSignal(reminders.sig_notification_sent, timeout=10_000):
        reminders.remind()
    assert reminders.banner.isVisible()
    qtbot.mouseClick(reminders.banner.snooze, Qt.MouseButton.LeftButton)
    assert not reminders.banner.isVisible()
    assert reminders.clock.due is not None
    assert abs((reminders.clock.due - now()) - SNOOZE) < dt.timedelta(seconds=30)


def test_no_reminder_once_both_partners_checked_in_today(open_shell: AppShell, no_bus: None) -> None:
    today = dt.date.today()
    journal = open_shell.session.diary.journal
    for partner in journal.partners():
        journal.add_checkin(partner_id=partner.id, day=today, stress=3, closeness=7, availability=6)
    window = open_shell.window
    # The reminder's "today" is the day of the check-ins, also when the test runs over midnight.
    evening = dt.datetime.combine(today, dt.time(21, 0))
    reminders = Reminders(window, open_shell.session, window.settings, use_tray=False, now=lambda: evening)
    reminders.remind()
    assert not reminders.banner.isVisible()


def test_a_locked_diary_is_reminded_in_words_that_reveal_nothing(
    open_shell: AppShell, qtbot: QtBot, no_bus: None
) -> None:
    window = open_shell.window
    reminders = Reminders(window, open_shell.session, window.settings, use_tray=False)
    open_shell.session.sig_lock_requested.emit()
    qtbot.waitUntil(lambda: not open_shell.session.is_open)
    with qtbot.waitSignal(reminders.sig_notification_sent, timeout=10_000):
        reminders.remind()
    shown = " ".join(label.text() for label in (reminders.banner.title, reminders.banner.body))
    assert reminders.banner.isVisible()
    for name in NAMES:
        assert name not in shown
    qtbot.mouseClick(reminders.banner.check_in, Qt.MouseButton.LeftButton)
    assert open_shell.screen == "unlock"  # no way past the lock; Today comes after unlocking
    assert window.settings.get(LAST_PAGE) == "today"


@pytest.fixture
def notification_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private session bus with a stand-in notification server; yields its log file."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    log = tmp_path / "notifications.jsonl"
    server = subprocess.Popen(
        [sys.executable, str(FAKE_SERVER), str(log)],
        env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    try:
        assert server.stdout.readline().strip() == "ready"
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield log
    finally:
        for process in (server, bus):
            process.kill()
            process.communicate(timeout=10)


def test_desktop_notification_reaches_the_notification_server(notification_server: Path) -> None:
    assert DesktopNotifier().send()
    (sent,) = [json.loads(line) for line in notification_server.read_text().splitlines()]
    assert sent["signature"] == "susssasa{sv}i"  # what real servers insist on (uint32 replaces_id)
    assert sent["app"] == "Connectly"
    assert (sent["summary"], sent["body"]) == (TITLE, BODY)
    assert "desktop-entry" in sent["hints"]


def test_reminder_over_an_open_diary_notifies_the_desktop_without_diary_content(
    open_shell: AppShell, qtbot: QtBot, notification_server: Path
) -> None:
    window = open_shell.window
    reminders = Reminders(window, open_shell.session, window.settings, use_tray=False)
    with qtbot.waitSignal(reminders.sig_notification_sent, timeout=10_000) as sent:
        reminders.remind()
    assert sent.args == [True]
    text = notification_server.read_text()
    for name in NAMES:
        assert name not in text


def test_reminders_are_set_up_after_the_first_frame(open_shell: AppShell, qtbot: QtBot) -> None:
    window = open_shell.window
    start_reminders_later(window, open_shell.session, window.settings, delay_ms=50)
    assert window.findChild(ReminderBanner) is None  # nothing before the event loop runs
    qtbot.waitUntil(lambda: window.findChild(ReminderBanner) is not None)
    banner = window.findChild(ReminderBanner)
    assert banner is not None
    assert not banner.isVisible()  # only shown when due
