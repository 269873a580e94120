"""Accessibility on a full diary: every control named for screen readers, focus always visible.

tests/ui/test_main_window.py walks a fresh diary's pages; this walks the demo diary, where the
tables, charts, insight list and the reminder banner are filled, and checks that keyboard focus
is drawn visibly in both palettes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleFactory, QStyleOptionButton, QStyleOptionFrame, QWidget
from pytestqt.qtbot import QtBot

from connectly.ui.pages.registry import PAGES
from connectly.ui.reminders import Reminders
from connectly.ui.theme import dark_palette, light_palette
from tests.ui.conftest import QUIET, ShellFactory, wait_for_screen
from tests.ui.test_main_window import interactive_widgets

pytestmark = pytest.mark.qt_log_ignore(*QUIET)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def test_every_control_on_a_full_diary_has_an_accessible_name(qtbot: QtBot, make_shell: ShellFactory) -> None:
    shell = make_shell(None, demo=True)
    wait_for_screen(qtbot, shell, "workspace", timeout=60_000)
    reminders = Reminders(shell.window, shell.session, shell.window.settings, use_tray=False)
    reminders.banner.show()
    unnamed: set[str] = set()
    for spec in PAGES:
        page = shell.window.go_to(spec.key)
        if spec.key == "insights":  # wait until its charts and sentences are filled
            qtbot.waitUntil(lambda p=page: getattr(p, "data", None) is not None, timeout=60_000)
        for widget in interactive_widgets(shell.window):
            if not accessible_name(widget):
                unnamed.add(f"{spec.key}: {type(widget).__name__} {widget.objectName()!r}")
    assert not unnamed, sorted(unnamed)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, b_ = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_focus_colour_stands_out_against_every_background(palette: QPalette) -> None:
    """WCAG 2.2 focus appearance asks for 3:1 between the focus indicator and what is next to it."""
    focus = palette.color(QPalette.ColorRole.Highlight)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert contrast(focus, palette.color(role)) >= 3.0, role


def _draw(kind: str, palette: QPalette, focused: bool) -> QImage:
    """Paint one control with Fusion and ``palette``, as it looks with or without keyboard focus.

    Painted through the style (not by moving focus): under Xvfb without a window manager no
    window becomes active, so real focus cannot be relied on there (ECOSYSTEM.md).
    """
    style = QStyleFactory.create("Fusion")
    image = QImage(180, 40, QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    if focused:
        state |= QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    painter = QPainter(image)
    if kind == "line edit":
        frame = QStyleOptionFrame()
        frame.rect, frame.palette, frame.state = (
            QRect(4, 4, 170, 30),
            palette,
            state | QStyle.StateFlag.State_Sunken,
        )
        frame.lineWidth = 1
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, frame, painter)
    else:
        button = QStyleOptionButton()
        button.rect, button.palette, button.state, button.text = (
            QRect(4, 4, 170, 30),
            palette,
            state,
            "Check in now",
        )
        element = (
            QStyle.ControlElement.CE_PushButton if kind == "button" else QStyle.ControlElement.CE_CheckBox
        )
        style.drawControl(element, button, painter)
    painter.end()
    return image


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
@pytest.mark.parametrize("kind", ["button", "line edit", "check box"])
def test_keyboard_focus_is_drawn_visibly(qtbot: QtBot, palette: QPalette, kind: str) -> None:
    """A control with keyboard focus looks clearly different, in the focus colour (Fusion)."""
    before, after = _draw(kind, palette, False), _draw(kind, palette, True)
    changed = [
        QColor(after.pixel(x, y))
        for x in range(after.width())
        for y in range(after.height())
        if after.pixel(x, y) != before.pixel(x, y)
    ]
    assert len(changed) >= 40, "focus draws (almost) nothing"
    focus = palette.color(QPalette.ColorRole.Highlight)
    background = palette.color(QPalette.ColorRole.Window)
    assert max(contrast(c, background) for c in changed) >= 2.0
    assert any(abs(c.hue() - focus.hue()) <= 20 and c.saturation() > 40 for c in changed)
