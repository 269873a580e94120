"""Locking the diary: Ctrl+L, after idle minutes, and when the desktop's screen locks.

Every trigger only *asks* (``DiarySession.sig_lock_requested``); :class:`Locker` answers by
closing open dialogs over the window and calling ``session.lock()`` — the database pool is
closed and the key bytes are zeroed (SECURITY.md promise 13). Pages are not destroyed:
they clear what they show on ``sig_locked`` and keep unsaved typing in memory only.

The screen lock is heard over D-Bus where the desktop offers it
(``org.freedesktop.ScreenSaver`` / ``org.gnome.ScreenSaver`` ``ActiveChanged`` on the
session bus, logind's ``Session.Lock`` on the system bus). Without a bus, nothing happens:
the idle timer still locks.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from connectly.ui.session import DiarySession

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection
from connectly.ui.settings_store import IDLE_LOCK_MINUTES, UiSettings

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
"""Input that counts as someone being at the keyboard."""

SCREENSAVER_SIGNALS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class IdleLock(QObject):
    """Asks for a lock when no key or mouse input reached the app for ``timeout_ms``."""

    def __init__(self, session: DiarySession, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.timeout_ms = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self._app = app
        self._connect_signals()
        app.installEventFilter(self)

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self._on_idle)
        self.session.sig_unlocked.connect(self._arm)
        self.session.sig_locked.connect(self.timer.stop)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Idle time before locking; 0 switches the idle lock off."""
        self.timeout_ms = max(0, timeout_ms)
        self._arm()

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    def follow(self, settings: UiSettings) -> None:
        """Take the minutes from the settings now and whenever they change."""
        self.set_minutes(settings.get(IDLE_LOCK_MINUTES))
        settings.sig_changed.connect(
            lambda key: (
                self.set_minutes(settings.get(IDLE_LOCK_MINUTES)) if key == IDLE_LOCK_MINUTES.key else None
            )
        )

    def stop(self) -> None:
        """Stop listening (at exit)."""
        self.timer.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input re-arms the timer; nothing is consumed."""
        if event.type() in ACTIVITY_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def _arm(self) -> None:
        if self.timeout_ms and self.session.is_open:
            self.timer.start(self.timeout_ms)
        else:
            self.timer.stop()

    def _on_idle(self) -> None:
        if self.session.is_open:
            self.session.sig_lock_requested.emit()


def session_bus_available() -> bool:
    """A session bus is configured (never let libdbus autolaunch a daemon for us)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) or bool(runtime and Path(runtime, "bus").exists())


def system_bus_available() -> bool:
    return bool(os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")) or Path("/run/dbus/system_bus_socket").exists()


def login1_session_path(session_id: str) -> str:
    """logind's object path for a session id (sd-bus escaping: ``"2"`` → ``.../session/_32``)."""
    escaped = "".join(
        ch if (ch.isascii() and ch.isalnum() and not (i == 0 and ch.isdigit())) else f"_{ord(ch):02x}"
        for i, ch in enumerate(session_id)
    )
    return f"/org/freedesktop/login1/session/{escaped or '_'}"


class ScreenLockWatcher(QObject):
    """Hears the desktop's screen lock over D-Bus and announces it."""

    sig_screen_locked = Signal()
    """The desktop locked its screen (or its screensaver became active)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []

    def watch(self, session_bus: object | None = None, system_bus: object | None = None) -> list[str]:
        """Subscribe where a bus is reachable; returns what is listened to (may be empty).

        The buses default to the user's session bus and the system bus when they exist;
        tests hand in a private bus from ``QDBusConnection.connectToBus``.
        """
        from PySide6.QtDBus import QDBusConnection

        if session_bus is None and session_bus_available():
            session_bus = QDBusConnection.sessionBus()
        if system_bus is None and system_bus_available():
            system_bus = QDBusConnection.systemBus()
        if isinstance(session_bus, QDBusConnection) and session_bus.isConnected():
            for path, interface in SCREENSAVER_SIGNALS:
                if self._subscribe(
                    session_bus, "", path, interface, "ActiveChanged", "_on_active_changed(bool)"
                ):
                    self.sources.append(f"{interface} {path}")
        session_id = os.environ.get("XDG_SESSION_ID")
        if session_id and isinstance(system_bus, QDBusConnection) and system_bus.isConnected():
            path = login1_session_path(session_id)
            if self._subscribe(
                system_bus,
                "org.freedesktop.login1",
                path,
                "org.freedesktop.login1.Session",
                "Lock",
                "_on_lock()",
            ):
                self.sources.append(f"org.freedesktop.login1.Session {path}")
        return self.sources

    def _subscribe(
        self, bus: QDBusConnection, service: str, path: str, interface: str, name: str, slot: str
    ) -> bool:
        from PySide6.QtCore import SLOT

        # PySide6 wants the SLOT() string here, though its stubs say bytes.
        return bool(bus.connect(service, path, interface, name, self, SLOT(slot)))  # type: ignore[call-overload]

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.sig_screen_locked.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.sig_screen_locked.emit()


class Locker(QObject):
    """Answers every lock request: closes dialogs over ``window``, then locks the session."""

    def __init__(
        self, session: DiarySession, settings: UiSettings, window: QWidget, app: QCoreApplication
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.idle = IdleLock(session, app, self)
        self.idle.follow(settings)
        self.screen = ScreenLockWatcher(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.session.sig_lock_requested.connect(self.lock_now)
        self.screen.sig_screen_locked.connect(self.session.sig_lock_requested.emit)

    def watch_screen_lock(self) -> list[str]:
        """Start listening to the desktop (called after the first frame: bus set-up is not free)."""
        return self.screen.watch()

    def lock_now(self) -> None:
        """Close dialogs showing diary data, then lock (idempotent)."""
        if not self.session.is_open:
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._belongs_here(widget):
                widget.reject()
        self.session.lock()

    def stop(self) -> None:
        self.idle.stop()

    def _belongs_here(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parentWidget()
        return False
