"""Accessibility on a full diary: every control named and described for screen readers, focus visible.

tests/ui/test_main_window.py walks a fresh diary's pages for names; this walks the demo diary,
where the tables, charts, insight list and the reminder banner are filled — every page, the
analysis-settings popover, the export dialog's three tabs, the check-in and life-event dialogs —
and the setup and unlock screens, asking each focusable control what a screen reader would say:
a name *and* a description (QAccessible, so a tooltip counts as Qt reads it out). It also checks
that keyboard focus is drawn visibly in both palettes.
"""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QScrollBar,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from connectly.services.access import KeyringAccess
from connectly.services.locations import DiaryPaths
from connectly.ui.dialogs.checkin_dialog import CheckInDialog
from connectly.ui.dialogs.event_dialog import EventDialog
from connectly.ui.dialogs.export_dialog import ExportDialog
from connectly.ui.pages.insights import InsightsPage
from connectly.ui.pages.registry import PAGES
from connectly.ui.pages.setup import SetupPage
from connectly.ui.reminders import Reminders
from connectly.ui.settings_store import UiSettings
from connectly.ui.theme import dark_palette, light_palette
from tests.ui.conftest import QUIET, ShellFactory, provider_for, wait_for_screen
from tests.ui.test_main_window import INTERACTIVE

pytestmark = pytest.mark.qt_log_ignore(*QUIET)


def accessible_text(widget: QWidget, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(which).strip() if interface is not None else ""


def accessible_name(widget: QWidget) -> str:
    return accessible_text(widget, QAccessible.Text.Name)


def focusable_controls(root: QWidget, *, hidden_too: bool = False) -> list[QWidget]:
    """Controls a person reaches with the keyboard or operates: buttons, fields, lists, charts…

    Parts of a compound control (a spin box's line edit, a view's scroll bars and header, the
    tab bar of a tab widget, a chart's viewport that hands focus to its view) are spoken through
    their owner and are left out.
    """
    return [
        w
        for w in root.findChildren(QWidget)
        if (isinstance(w, INTERACTIVE) or w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not isinstance(w, QScrollBar | QHeaderView)
        and not w.objectName().startswith("qt_")
        and w.focusProxy() is None
        and (hidden_too or w.isVisibleTo(root))
    ]


def unlabelled(root: QWidget, where: str, *, hidden_too: bool = False) -> set[str]:
    """Every focusable control under ``root`` lacking an accessible name or description."""
    missing = set()
    for widget in focusable_controls(root, hidden_too=hidden_too):
        for what, which in (("name", QAccessible.Text.Name), ("description", QAccessible.Text.Description)):
            if not accessible_text(widget, which):
                label = accessible_name(widget) or widget.objectName()
                missing.add(f"{where}: {type(widget).__name__} {label!r} has no {what}")
    return missing


def _has_data(page: InsightsPage) -> bool:
    return page.data is not None


def test_every_control_on_a_full_diary_has_a_name_and_a_description(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell(None, demo=True)
    wait_for_screen(qtbot, shell, "workspace", timeout=60_000)
    reminders = Reminders(shell.window, shell.session, shell.window.settings, use_tray=False)
    reminders.banner.show()
    missing: set[str] = set()
    walked = 0
    for spec in PAGES:
        page = shell.window.go_to(spec.key)
        if spec.key == "insights":  # wait until its charts and sentences are filled
            assert isinstance(page, InsightsPage)
            qtbot.waitUntil(functools.partial(_has_data, page), timeout=60_000)
            popover = page.settings_button.menu()
            missing |= unlabelled(popover, "insights ▸ analysis settings", hidden_too=True)
        missing |= unlabelled(shell.window, spec.key)
        walked += len(focusable_controls(shell.window))
    assert walked > 80  # the walk really saw the filled pages
    assert not missing, sorted(missing)


def test_every_control_in_the_dialogs_has_a_name_and_a_description(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell(None, demo=True)
    wait_for_screen(qtbot, shell, "workspace", timeout=60_000)
    session = shell.session
    export = ExportDialog(session, shell.window)
    qtbot.addWidget(export)
    export.show()
    missing: set[str] = set()
    for index in range(export.tabs.count()):
        export.tabs.setCurrentIndex(index)
        missing |= unlabelled(export, f"export ▸ {export.tabs.tabText(index)}")
    export.close()
    journal = session.diary.journal
    checkin = journal.checkins(None, limit=1)[0]
    dialogs = [
        ("edit check-in", CheckInDialog(checkin, journal.partners(), journal.tags(), save=lambda f: checkin)),
        ("life event", EventDialog(session.diary.events.events()[0], save=lambda f: None)),  # type: ignore[arg-type,return-value]
    ]
    for where, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        missing |= unlabelled(dialog, where)
        dialog.close()
    assert not missing, sorted(missing)


def test_setup_and_unlock_name_and_describe_every_control(
    qtbot: QtBot,
    make_shell: ShellFactory,
    settings: UiSettings,
    keyring_none: KeyringAccess,
    passphrase_diary: DiaryPaths,
) -> None:
    missing: set[str] = set()
    page = SetupPage(passphrase_diary, provider_for(keyring_none), settings)
    qtbot.addWidget(page)
    page.show()
    for index in range(page.steps.count()):  # every step, as the person will see it
        page.steps.setCurrentIndex(index)
        page._sync_buttons()
        missing |= unlabelled(page, f"setup step {index + 1}")
    shell = make_shell(passphrase_diary)
    wait_for_screen(qtbot, shell, "unlock")
    missing |= unlabelled(shell.window, "unlock")
    assert not missing, sorted(missing)


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


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_selected_text_is_readable(palette: QPalette) -> None:
    """Selected rows and the current page's navigation button: WCAG's 4.5:1 for normal text."""
    text = palette.color(QPalette.ColorRole.HighlightedText)
    assert contrast(text, palette.color(QPalette.ColorRole.Highlight)) >= 4.5


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
