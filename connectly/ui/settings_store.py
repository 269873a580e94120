"""Every UI setting declared once, with its type and default, over one QSettings file (Picard's pattern).

Only non-sensitive UI state lives here: theme, window geometry, last page, idle-lock
minutes, the reminder. Anything that could say something about the couple (names,
colours, tags) lives inside the encrypted diary instead (DESIGN.md §4).

The file is an INI file in the user's config folder (``~/.config/Connectly/settings.ini``),
resolved once by the composition root; tests and the demo hand in their own path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal

if TYPE_CHECKING:
    import datetime as dt

T = TypeVar("T", str, int, bool)

SETTINGS_FILE_NAME = "settings.ini"


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One declared setting: where it is stored, its type, default and allowed values."""

    key: str
    type: type[T]
    default: T
    title: str
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    valid: Callable[[Any], bool] | None = None

    def accepts(self, value: object) -> bool:
        """True when ``value`` has the declared type and lies in the allowed range or choices."""
        if type(value) is not self.type:
            return False
        if self.choices and value not in self.choices:
            return False
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return False
            if self.maximum is not None and value > self.maximum:
                return False
        return self.valid is None or self.valid(value)


def parse_clock(text: str) -> dt.time | None:
    """``"21:00"`` → 21:00; anything else → None."""
    import datetime as dt  # not at import time: this module loads before the first frame

    try:
        return dt.datetime.strptime(text, "%H:%M").time()
    except ValueError:
        return None


THEME: Setting[str] = Setting("appearance/theme", str, "system", "Theme", choices=("system", "light", "dark"))
LANGUAGE: Setting[str] = Setting(
    "appearance/language", str, "system", "Language", choices=("system", "en", "tr")
)
LAST_PAGE: Setting[str] = Setting("window/last_page", str, "today", "Page shown at start")
GEOMETRY: Setting[str] = Setting("window/geometry", str, "", "Main window size and place (base64)")
IDLE_LOCK_MINUTES: Setting[int] = Setting(
    "security/idle_lock_minutes",
    int,
    10,
    "Lock after this many idle minutes (0 = never)",
    minimum=0,
    maximum=240,
)
REMINDER_ENABLED: Setting[bool] = Setting("reminder/enabled", bool, True, "Daily reminder")
REMINDER_TIME: Setting[str] = Setting(
    "reminder/time", str, "21:00", "Daily reminder time (HH:MM)", valid=lambda t: parse_clock(t) is not None
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    THEME,
    LANGUAGE,
    LAST_PAGE,
    GEOMETRY,
    IDLE_LOCK_MINUTES,
    REMINDER_ENABLED,
    REMINDER_TIME,
)


def settings_path() -> Path:
    """Where the UI settings file lives; call after the application name is set."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder) / SETTINGS_FILE_NAME


class UiSettings(QObject):
    """Typed access to the declared settings; a value of the wrong type reads as the default."""

    sig_changed = Signal(str)
    """A setting was changed (its key); e.g. the theme is applied live, the idle timer re-armed."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when missing or unreadable."""
        raw = self._store.value(setting.key, None)
        value = _coerce(raw, setting.type)
        return cast(T, value) if value is not None and setting.accepts(value) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store ``value`` (refusing one the declaration does not allow) and announce it."""
        if not setting.accepts(value):
            raise ValueError(f"{value!r} is not a valid value for {setting.key}")
        if self.get(setting) == value and self._store.contains(setting.key):
            return
        self._store.setValue(setting.key, value)
        self.sig_changed.emit(setting.key)

    def sync(self) -> None:
        """Write pending changes to disk now (Qt also writes them at exit)."""
        self._store.sync()


def _coerce(raw: object, kind: type) -> object | None:
    """INI files hand back strings; turn them into the declared type."""
    if raw is None:
        return None
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        return {"true": True, "false": False}.get(text)
    if kind is int:
        if isinstance(raw, bool):
            return None
        try:
            return int(str(raw))
        except ValueError:
            return None
    return raw if isinstance(raw, str) else None
