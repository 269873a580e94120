"""The app icon: set on every window, and sharp on high-DPI screens (drawn from the SVG)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectly.resources.qt import app_icon, register_fonts
from connectly.services.locations import DiaryPaths
from tests.ui.conftest import ShellFactory


def test_icon_renders_sharp_at_twice_the_largest_png(qtbot: QtBot) -> None:
    pixmap = app_icon().pixmap(QSize(512, 512), 2.0)  # the biggest PNG shipped is 256 px
    assert (pixmap.width(), pixmap.height()) == (1024, 1024)
    assert pixmap.devicePixelRatio() == 2.0
    corner, centre = pixmap.toImage().pixelColor(0, 0), pixmap.toImage().pixelColor(512, 560)
    assert corner.alpha() == 0  # the rounded square leaves the corners transparent
    assert centre.alpha() == 255


def test_the_running_app_has_the_icon(qtbot: QtBot, make_shell: ShellFactory, home: DiaryPaths) -> None:
    shell = make_shell(home)  # no diary yet: the setup screen
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not app.windowIcon().isNull()
    assert shell.window.windowIcon().cacheKey() == app.windowIcon().cacheKey()


def test_bundled_font_registers(qtbot: QtBot) -> None:
    assert "DejaVu Sans" in register_fonts()
