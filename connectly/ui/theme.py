"""Light and dark palettes on the Fusion style, following the desktop unless the user chose one.

``styleHints().colorScheme()`` is ``Unknown`` without a platform theme (offscreen, Xvfb,
bare window managers) and ``setColorScheme`` then does nothing (ECOSYSTEM.md), so the app
ships both palettes itself: *system* follows the desktop when it says, and is light otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from connectly.ui.settings_store import THEME, UiSettings

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def system_prefers_dark() -> bool:
    """True only when the desktop reports a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve_scheme(choice: str) -> str:
    """``"light"`` or ``"dark"`` for a stored choice (``"system"`` asks the desktop)."""
    if choice in ("light", "dark"):
        return choice
    return "dark" if system_prefers_dark() else "light"


def _palette(colours: dict[Role, str], disabled: dict[Role, str]) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role, value in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(value))
    return palette


def light_palette() -> QPalette:
    """Fusion's light look, with a calm blue highlight."""
    return _palette(
        {
            Role.Window: "#f3f3f5",
            Role.WindowText: "#1d1d20",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#f0f0f3",
            Role.ToolTipBase: "#ffffe8",
            Role.ToolTipText: "#1d1d20",
            Role.PlaceholderText: "#6e6e76",
            Role.Text: "#1d1d20",
            Role.Button: "#ececef",
            Role.ButtonText: "#1d1d20",
            Role.BrightText: "#c62828",
            Role.Light: "#ffffff",
            Role.Midlight: "#e4e4e8",
            Role.Mid: "#b8b8c0",
            Role.Dark: "#9a9aa3",
            Role.Shadow: "#5a5a60",
            Role.Highlight: "#2f6fb0",
            Role.HighlightedText: "#ffffff",
            Role.Link: "#1f5f9e",
            Role.LinkVisited: "#6a3d9a",
        },
        {
            Role.WindowText: "#8c8c94",
            Role.Text: "#8c8c94",
            Role.ButtonText: "#8c8c94",
            Role.Highlight: "#b8b8c0",
        },
    )


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for text and disabled controls."""
    return _palette(
        {
            Role.Window: "#232428",
            Role.WindowText: "#e8e8ea",
            Role.Base: "#383b42",
            Role.AlternateBase: "#31343a",
            Role.ToolTipBase: "#2e3035",
            Role.ToolTipText: "#e8e8ea",
            Role.PlaceholderText: "#8d8e95",
            Role.Text: "#e8e8ea",
            Role.Button: "#2e3035",
            Role.ButtonText: "#e8e8ea",
            Role.BrightText: "#ff8a80",
            Role.Light: "#3a3c42",
            Role.Midlight: "#33353a",
            Role.Mid: "#4a4c53",
            Role.Dark: "#141517",
            Role.Shadow: "#000000",
            Role.Highlight: "#4a8fd6",
            # Dark text on the blue: white on it is 3.4:1, below 4.5:1 for text, and a darker
            # blue would lose the 3:1 a focus ring needs against the dark backgrounds.
            Role.HighlightedText: "#101216",
            Role.Link: "#8cc2ff",
            Role.LinkVisited: "#c5a3ff",
        },
        {
            Role.WindowText: "#74767d",
            Role.Text: "#74767d",
            Role.ButtonText: "#74767d",
            Role.Highlight: "#3a3c42",
        },
    )


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window background is dark."""
    return palette.color(Role.Window).lightness() < 128


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ring_on_highlight(palette: QPalette, around: QPalette.ColorRole = Role.AlternateBase) -> QColor:
    """A focus-ring colour for a highlight-filled control on the ``around`` background.

    Of the text colours, white and black, the one whose weaker contrast (with the fill inside
    the ring and with the background outside it) is stronger: dark on the light theme's blue
    (white would melt into the light background), white on the dark theme's (its text colours
    are too pale or too dark for one of the two sides).
    """
    fill, outside = palette.color(Role.Highlight), palette.color(around)
    choices = (
        palette.color(Role.Text),
        palette.color(Role.HighlightedText),
        QColor("#ffffff"),
        QColor("#000000"),
    )
    return max(choices, key=lambda c: min(contrast_ratio(c, fill), contrast_ratio(c, outside)))


def error_colour(palette: QPalette) -> QColor:
    """A red that reads on the window background, light or dark."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def calm_colour(palette: QPalette) -> QColor:
    """A soft accent for banners (the demo notice): amber that reads in both themes."""
    return QColor("#4d3f17") if is_dark(palette) else QColor("#fff4d6")


class ThemeController(QObject):
    """Applies the chosen palette now, again when the setting changes, and when the desktop's does."""

    sig_theme_applied = Signal(str)
    """A palette was applied: ``"light"`` or ``"dark"``."""

    def __init__(self, app: QApplication, settings: UiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self.scheme = ""
        app.setStyle("Fusion")
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._settings.sig_changed.connect(self._on_setting_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_desktop_changed)

    def apply(self) -> str:
        """Apply the palette the stored choice resolves to; returns ``"light"`` or ``"dark"``."""
        scheme = resolve_scheme(self._settings.get(THEME))
        self._app.setPalette(dark_palette() if scheme == "dark" else light_palette())
        self.scheme = scheme
        self.sig_theme_applied.emit(scheme)
        return scheme

    def _on_setting_changed(self, key: str) -> None:
        if key == THEME.key:
            self.apply()

    def _on_desktop_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._settings.get(THEME) == "system":
            self.apply()
