"""Register the bundled resources with Qt: fonts and the window icon.

Called once by the application after the QApplication exists (nothing happens at import).
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon

from connectly.resources import APP_ICON_PNG, APP_ICON_SVG, FONT_FILES, resource_path


def register_fonts() -> list[str]:
    """Add the bundled TTFs to the application font database; return the families added.

    Without this, a system with no fonts installed draws every label as empty boxes.
    """
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def app_icon() -> QIcon:
    """The app icon: the SVG (sharp at any scale) plus a 256 px PNG for themes without SVG."""
    icon = QIcon()
    icon.addFile(str(resource_path(APP_ICON_SVG)))
    icon.addFile(str(resource_path(APP_ICON_PNG)))
    return icon


def install_app_resources(app: QGuiApplication) -> None:
    """Fonts and the window icon for every window of ``app``."""
    register_fonts()
    app.setWindowIcon(app_icon())
