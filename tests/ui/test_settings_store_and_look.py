"""Declared UI settings, light/dark palettes, bundled fonts, and the printed recovery-code page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QPageSize, QPalette, QPdfWriter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectly.ui.application import register_bundled_fonts
from connectly.ui.settings_store import (
    ALL_SETTINGS,
    IDLE_LOCK_MINUTES,
    REMINDER_ENABLED,
    REMINDER_TIME,
    THEME,
    UiSettings,
)
from connectly.ui.theme import ThemeController, dark_palette, light_palette, resolve_scheme
from connectly.ui.widgets.recovery_code import RecoveryCodeView, paint_code_page

CODE = "K7QF-3M9A-ABCD-EFGH-JKMN-PQRS-TVWX"


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "s.ini")
    assert settings.get(THEME) == "system"
    assert settings.get(IDLE_LOCK_MINUTES) == 10
    assert settings.get(REMINDER_TIME) == "21:00"
    assert settings.get(REMINDER_ENABLED) is True
    settings.set(THEME, "dark")
    settings.set(IDLE_LOCK_MINUTES, 3)
    settings.set(REMINDER_ENABLED, False)
    settings.sync()
    again = UiSettings(tmp_path / "s.ini")
    assert (again.get(THEME), again.get(IDLE_LOCK_MINUTES), again.get(REMINDER_ENABLED)) == ("dark", 3, False)


def test_bad_values_are_refused_and_bad_files_read_as_defaults(tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "s.ini")
    for setting, bad in ((THEME, "purple"), (IDLE_LOCK_MINUTES, -1), (REMINDER_TIME, "25:99")):
        with pytest.raises(ValueError, match="not a valid value"):
            settings.set(setting, bad)  # type: ignore[misc]  # values of the wrong kind, on purpose
    (tmp_path / "t.ini").write_text(
        "[appearance]\ntheme=neon\n[security]\nidle_lock_minutes=lots\n[reminder]\nenabled=maybe\ntime=noon\n"
    )
    odd = UiSettings(tmp_path / "t.ini")
    assert [odd.get(s) for s in ALL_SETTINGS] == [s.default for s in ALL_SETTINGS]


def test_a_change_is_announced_once(qtbot: QtBot, tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "s.ini")
    seen: list[str] = []
    settings.sig_changed.connect(seen.append)
    settings.set(THEME, "light")
    settings.set(THEME, "light")
    assert seen == [THEME.key]


def test_palettes_are_light_and_dark_with_readable_disabled_text() -> None:
    light, dark = light_palette(), dark_palette()
    assert light.color(QPalette.ColorRole.Window).lightness() > 200
    assert dark.color(QPalette.ColorRole.Window).lightness() < 60
    for palette in (light, dark):
        window = palette.color(QPalette.ColorRole.Window).lightness()
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).lightness()
        text = palette.color(QPalette.ColorRole.WindowText).lightness()
        assert abs(text - window) > abs(disabled - window) > 40


def test_system_choice_is_light_when_the_desktop_does_not_say() -> None:
    assert resolve_scheme("light") == "light"
    assert resolve_scheme("dark") == "dark"
    assert resolve_scheme("system") in ("light", "dark")


def test_theme_controller_applies_the_stored_choice(tmp_path: Path, restore_look: None) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = UiSettings(tmp_path / "s.ini")
    settings.set(THEME, "dark")
    theme = ThemeController(app, settings)
    assert theme.apply() == "dark"
    assert app.style().name().lower() == "fusion"
    assert app.palette().color(QPalette.ColorRole.Base) == dark_palette().color(QPalette.ColorRole.Base)
    settings.set(THEME, "light")
    assert app.palette().color(QPalette.ColorRole.Base) == light_palette().color(QPalette.ColorRole.Base)
    theme.deleteLater()


def test_bundled_fonts_are_registered(tmp_path: Path) -> None:
    assert register_bundled_fonts((tmp_path / "none",)) == []
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
    if not dejavu.exists():
        pytest.skip("no DejaVu font on this machine to stand in for a bundled one")
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(dejavu, folder / "Bundled.ttf")
    families = register_bundled_fonts((folder,))
    assert families == ["DejaVu Sans Mono"]
    assert "DejaVu Sans Mono" in QFontDatabase.families()


def test_recovery_code_copy_and_forget(qtbot: QtBot) -> None:
    view = RecoveryCodeView()
    qtbot.addWidget(view)
    view.set_code(CODE)
    assert view.code_label.text() == CODE
    view.copy_button.click()
    assert QApplication.clipboard().text() == CODE
    view.forget()
    assert view.code_label.text() == ""
    assert QApplication.clipboard().text() != CODE  # not left on the clipboard


def test_printed_page_holds_the_code(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = tmp_path / "code.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    paint_code_page(writer, CODE)
    del writer
    if shutil.which("pdftotext") is None:
        assert pdf.stat().st_size > 1000
        return
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert CODE in text
    assert "Connectly recovery code" in text
