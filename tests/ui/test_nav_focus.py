"""Keyboard focus is visible on every left-navigation button, selected or not, light and dark.

The focused button is rendered and the colour at its edge (where the focus ring is drawn)
is compared with the colour inside it: they must differ by at least WCAG's 3:1 for
non-text contrast. Before the fix the selected button's ring was drawn in the highlight
colour on a highlight-filled button, so the two were the same.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from connectly.services.locations import DiaryPaths
from connectly.ui.application import build_main_window
from connectly.ui.main_window import MainWindow
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import UiSettings
from connectly.ui.theme import contrast_ratio, dark_palette, light_palette


def _lacks_focus(button: QPushButton) -> bool:
    return not button.hasFocus()


def _edge_and_inside(button: QPushButton) -> tuple[QColor, QColor]:
    """The colour one pixel inside the button's top edge (the ring) and in its empty right part."""
    parent = button.parentWidget()
    assert parent is not None
    image = parent.grab(button.geometry()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    middle = int(image.width() * 0.75)
    edge = image.pixelColor(middle, int(1 * ratio))
    inside = image.pixelColor(middle, image.height() // 2)
    return edge, inside


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, restore_look: None) -> MainWindow:
    session = DiarySession(DiaryPaths(tmp_path / "diary"))
    shown = build_main_window(session, UiSettings(tmp_path / "settings.ini"), lambda: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.nav_buttons["today"].setChecked(True)
    return shown


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_focus_ring_shows_on_every_navigation_button(
    qtbot: QtBot, window: MainWindow, palette: type[QPalette]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setPalette(palette())
    buttons = [*window.nav_buttons.values(), window.lock_button]
    assert window.nav_buttons["today"].isChecked()
    for button in buttons:
        button.clearFocus()
        qtbot.waitUntil(functools.partial(_lacks_focus, button))
        unfocused_edge, _ = _edge_and_inside(button)
        window.activateWindow()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        edge, inside = _edge_and_inside(button)
        name = button.accessibleName()
        assert contrast_ratio(edge, inside) >= 3.0, (
            f"focus ring on {name!r} does not stand out ({edge.name()} on {inside.name()})"
        )
        assert edge != unfocused_edge, f"{name!r} looks the same with and without focus"
