"""Register the bundled resources with Qt: the fonts and the app icon.

Built on request, never at import. The GUI registers fonts through
``connectly.ui.application.register_bundled_fonts``; headless exports use :func:`register_fonts`.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QIcon

from connectly.resources import APP_ICON_PNG, APP_ICON_SVG, FONT_FILES, resource_path


def register_fonts() -> list[str]:
    """Add the bundled TTFs to the application font database; return the families added.

    Without this, a system with no fonts installed draws every label as empty boxes.
    Raises FileNotFoundError when the installation lacks a font file.
    """
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def app_icon() -> QIcon:
    """The app icon: the SVG (sharp at any scale and on high-DPI screens) plus a 256 px PNG
    for icon engines without SVG support."""
    icon = QIcon()
    icon.addFile(str(resource_path(APP_ICON_SVG)))
    icon.addFile(str(resource_path(APP_ICON_PNG)))
    return icon
