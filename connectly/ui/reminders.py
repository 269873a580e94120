"""The daily check-in reminder: at the chosen time, a gentle nudge with “Check in now” and “Snooze”.

When the reminder is due (Settings ▸ reminder time, ``reminder/enabled``), Connectly

- shows an in-app banner at the top of the window with **Check in now** (goes to Today) and
  **Snooze 1 hour** — always, so the buttons are there whichever way the nudge arrived;
- shows a tray message when the desktop has a system tray (Qt then uses the platform's own
  notifications), otherwise
- sends a desktop notification to ``org.freedesktop.Notifications`` when a notification
  server is running (Linux).

Nothing is sent when both partners have already checked in today. Every text is generic
(“Time for today’s check-in”): no names, numbers or notes, so a reminder over a locked diary,
on a lock screen or in a notification history reveals nothing of the diary.

Why the notification is sent with jeepney rather than QtDBus: the ``Notify`` call needs an
unsigned 32-bit ``replaces_id``, and PySide6 marshals a Python ``int`` as ``int32`` (or
``uint16`` through ``QDBusArgument``); notification servers reject the call for that
signature. jeepney (already installed with ``keyring`` on Linux) states the signature
exactly. It talks to the session bus over its local socket only — no network.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
)

from connectly import APP_ID, APP_NAME
from connectly.domain.errors import ConnectlyError
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import LAST_PAGE, REMINDER_ENABLED, REMINDER_TIME, UiSettings, parse_clock
from connectly.ui.workers import run_in_background

CONTEXT = "Reminders"
TITLE = str(QT_TRANSLATE_NOOP("Reminders", "Time for today’s check-in"))
BODY = str(
    QT_TRANSLATE_NOOP(
        "Reminders", "A minute for how today felt — stress, closeness and what you had to give."
    )
)
SNOOZE = dt.timedelta(hours=1)
MAX_WAIT = dt.timedelta(minutes=10)
"""The timer re-checks the clock at least this often (clock changes, suspend and resume)."""

Clock = Callable[[], dt.datetime]


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Reminders", …) in the user's language
    (connectly/ui/i18n.py installs the translator)."""
    return QCoreApplication.translate(CONTEXT, text)


def next_due(now: dt.datetime, at: dt.time) -> dt.datetime:
    """The next moment the clock shows ``at``: later today, or tomorrow when it has passed."""
    today = dt.datetime.combine(now.date(), at)
    return today if today > now else today + dt.timedelta(days=1)


class ReminderClock(QObject):
    """Says when the reminder is due: daily at the chosen time, or once after a snooze."""

    sig_due = Signal()
    """The reminder time (or the end of a snooze) has come."""

    def __init__(
        self, settings: UiSettings, now: Clock = dt.datetime.now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._now = now
        self._snoozed_until: dt.datetime | None = None
        self._due: dt.datetime | None = None
        self._timer = QTimer(self, singleShot=True)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._tick)
        self._settings.sig_changed.connect(self._on_setting_changed)

    @property
    def due(self) -> dt.datetime | None:
        """When the reminder comes next (None when reminders are off)."""
        return self._due

    def start(self) -> None:
        """Work out the next reminder from the settings and wait for it."""
        at = parse_clock(self._settings.get(REMINDER_TIME))
        daily = next_due(self._now(), at) if self._settings.get(REMINDER_ENABLED) and at else None
        candidates = [t for t in (daily, self._snoozed_until) if t is not None]
        self._due = min(candidates) if candidates else None
        self._arm()

    def stop(self) -> None:
        """No more reminders until :meth:`start`."""
        self._timer.stop()
        self._due = None

    def snooze(self, delay: dt.timedelta = SNOOZE) -> None:
        """Remind again after ``delay`` (on top of the daily time)."""
        self._snoozed_until = self._now() + delay
        self.start()

    def _arm(self) -> None:
        self._timer.stop()
        if self._due is None:
            return
        wait = min(self._due - self._now(), MAX_WAIT)
        self._timer.start(max(0, int(wait.total_seconds() * 1000)))

    def _tick(self) -> None:
        if self._due is None:
            return
        now = self._now()
        if now < self._due:  # woken early to re-check the clock
            self._arm()
            return
        if self._snoozed_until is not None and self._snoozed_until <= now:
            self._snoozed_until = None
        self.start()  # the next one, from now
        self.sig_due.emit()

    def _on_setting_changed(self, key: str) -> None:
        if key in (REMINDER_ENABLED.key, REMINDER_TIME.key):
            self.start()


class ReminderBanner(QFrame):
    """The in-app reminder across the top of the window."""

    sig_check_in_requested = Signal()
    """“Check in now” was chosen."""
    sig_snooze_requested = Signal()
    """“Snooze 1 hour” was chosen."""

    def __init__(self, parent: QMainWindow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Check-in reminder"))
        self.setAccessibleDescription(translated(BODY))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.title = QLabel(translated(TITLE), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(translated(BODY), self)
        self.body.setWordWrap(True)
        self.check_in = QPushButton(self.tr("&Check in now"), self)
        self.check_in.setAccessibleName(self.tr("Check in now"))
        self.check_in.setAccessibleDescription(self.tr("Open Today to check in"))
        self.snooze = QPushButton(self.tr("S&nooze 1 hour"), self)
        self.snooze.setAccessibleName(self.tr("Snooze 1 hour"))
        self.snooze.setAccessibleDescription(self.tr("Remind again in one hour"))
        self.dismiss = QPushButton(self.tr("Not today"), self)
        self.dismiss.setAccessibleName(self.tr("Dismiss the reminder"))
        self.dismiss.setAccessibleDescription(self.tr("Hide this reminder until tomorrow"))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.body)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(8)
        row.addLayout(texts, 1)
        for button in (self.check_in, self.snooze, self.dismiss):
            row.addWidget(button)
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.check_in.clicked.connect(self.sig_check_in_requested.emit)
        self.snooze.clicked.connect(self.sig_snooze_requested.emit)
        self.dismiss.clicked.connect(self.hide)


class DesktopNotifier:
    """Sends the reminder to the desktop's notification server (org.freedesktop.Notifications)."""

    NAME = "org.freedesktop.Notifications"
    PATH = "/org/freedesktop/Notifications"

    def send(self, title: str = TITLE, body: str = BODY) -> bool:
        """Show a notification if a server is running or can be started; False otherwise.

        Blocking (a short D-Bus round trip): call it off the GUI thread.
        """
        if not sys.platform.startswith("linux"):
            return False
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return False
        try:
            with open_dbus_connection(bus="SESSION") as conn:
                owned = conn.send_and_get_reply(message_bus.NameHasOwner(self.NAME), timeout=2).body[0]
                if not owned:
                    names = conn.send_and_get_reply(message_bus.ListActivatableNames(), timeout=2).body[0]
                    if self.NAME not in names:
                        return False
                address = DBusAddress(self.PATH, bus_name=self.NAME, interface=self.NAME)
                hints = {"desktop-entry": ("s", APP_ID), "urgency": ("y", 1)}
                call = new_method_call(
                    address, "Notify", "susssasa{sv}i", (APP_NAME, 0, APP_ID, title, body, [], hints, -1)
                )
                conn.send_and_get_reply(call, timeout=5)
        except (OSError, KeyError, ValueError, TimeoutError, ConnectionError) as exc:
            print(f"Connectly: desktop notification not shown ({type(exc).__name__})", file=sys.stderr)
            return False
        return True


class Reminders(QObject):
    """Wires the clock to the banner, the tray or a desktop notification (see module docstring)."""

    sig_reminded = Signal(str)
    """A reminder was shown; the text says how: "banner+tray" or "banner+desktop"."""
    sig_notification_sent = Signal(bool)
    """The desktop notification was delivered (True) or no notification server took it (False)."""

    def __init__(
        self,
        window: QMainWindow,
        session: DiarySession,
        settings: UiSettings,
        *,
        notifier: DesktopNotifier | None = None,
        use_tray: bool | None = None,
        now: Clock = dt.datetime.now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings = settings
        self.clock = ReminderClock(settings, now, self)
        self.banner = ReminderBanner(window)
        self.notifier = notifier if notifier is not None else DesktopNotifier()
        self._now = now
        tray_wanted = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray = self._make_tray() if tray_wanted else None
        self._mount_banner()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.clock.sig_due.connect(self.remind)
        self.banner.sig_check_in_requested.connect(self.check_in_now)
        self.banner.sig_snooze_requested.connect(self.snooze)

    def _mount_banner(self) -> None:
        """Put the banner at the top of the window's central column (below the demo notice)."""
        central = self.window.centralWidget()
        column = central.layout() if central is not None else None
        if isinstance(column, QVBoxLayout):
            column.insertWidget(min(1, column.count()), self.banner)

    def _make_tray(self) -> QSystemTrayIcon:
        from connectly.resources.qt import app_icon

        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(APP_NAME)
        menu = QMenu(self.window)
        menu.addAction(self.tr("Check in now"), self.check_in_now)
        menu.addAction(self.tr("Snooze 1 hour"), self.snooze)
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self.check_in_now)
        tray.show()
        return tray

    def start(self) -> None:
        """Begin waiting for the reminder time."""
        self.clock.start()

    def remind(self) -> None:
        """Show the reminder now (unless both partners have already checked in today)."""
        if self._both_checked_in():
            return
        self.banner.show()
        if self.tray is not None:
            self.tray.showMessage(
                translated(TITLE), translated(BODY), QSystemTrayIcon.MessageIcon.Information
            )
            self.sig_reminded.emit("banner+tray")
            return
        title, body = translated(TITLE), translated(BODY)
        run_in_background(
            lambda: self.notifier.send(title, body),
            self.sig_notification_sent.emit,
            lambda _exc: self.sig_notification_sent.emit(False),
            parent=self,
        )
        self.sig_reminded.emit("banner+desktop")

    def check_in_now(self) -> None:
        """Bring the window forward on Today (or on the unlock screen, then Today)."""
        self.banner.hide()
        self.settings.set(LAST_PAGE, "today")  # where the pages open after an unlock
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        go_to = getattr(self.window, "go_to", None)
        workspace = getattr(self.window, "workspace", None)
        screens = getattr(self.window, "screens", None)
        if go_to is not None and screens is not None and screens.currentWidget() is workspace:
            go_to("today")

    def snooze(self) -> None:
        """Hide the reminder and bring it back in an hour."""
        self.banner.hide()
        self.clock.snooze(SNOOZE)

    def _both_checked_in(self) -> bool:
        if not self.session.is_open:
            return False  # locked: remind anyway, in words that reveal nothing
        try:
            partners = {c.partner_id for c in self.session.diary.journal.day(self._now().date())}
        except ConnectlyError:
            return False
        return len(partners) >= 2


def start_reminders_later(
    window: QMainWindow, session: DiarySession, settings: UiSettings, delay_ms: int = 1000
) -> None:
    """Set the reminders up a moment after start-up: the first frame does not need them."""
    QTimer.singleShot(delay_ms, window, lambda: Reminders(window, session, settings).start())
