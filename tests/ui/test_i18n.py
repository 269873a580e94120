"""Translations: the language chosen, the Turkish catalogue shown, and the catalogue kept in step."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from connectly.resources import resource_path
from connectly.ui.i18n import (
    install_translations,
    remove_translations,
    resolve_language,
    shipped_languages,
)
from connectly.ui.reminders import ReminderBanner, translated

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "connectly_tr.ts"


@pytest.fixture
def turkish(qapp: QApplication) -> Iterator[list[str]]:
    """Turkish installed for one test, English again afterwards."""
    loaded = install_translations(qapp, "tr")
    yield loaded
    remove_translations(qapp)


def test_turkish_ships_next_to_english() -> None:
    assert shipped_languages() == ("en", "tr")


@pytest.mark.parametrize(
    ("choice", "locale", "expected"),
    [
        ("tr", "en_US", "tr"),  # the Settings override wins
        ("en", "tr_TR", "en"),
        ("system", "tr_TR", "tr"),  # else the desktop's language
        ("system", "en_GB", "en"),
        ("system", "de_DE", "en"),  # not shipped: English, never half-translated
        ("fr", "tr_TR", "tr"),  # a stale stored choice falls back to the system language
    ],
)
def test_language_comes_from_settings_then_the_system(choice: str, locale: str, expected: str) -> None:
    assert resolve_language(choice, QLocale(locale)) == expected


def test_the_reminder_banner_speaks_turkish(qtbot: QtBot, turkish: list[str]) -> None:
    assert "connectly_tr" in turkish
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    assert banner.title.text() == "Bugünkü kaydınızın zamanı geldi"
    assert banner.check_in.text() == "Şimdi &kayıt gir"
    assert banner.snooze.accessibleName() == "1 saat ertele"
    assert translated("Time for today’s check-in") == "Bugünkü kaydınızın zamanı geldi"


def test_qt_standard_buttons_follow_in_turkish(qtbot: QtBot, turkish: list[str]) -> None:
    if "qtbase_tr" not in turkish:
        pytest.skip("this Qt build ships no Turkish catalogue")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "İptal"


def test_english_is_back_once_the_translator_is_removed(qtbot: QtBot, qapp: QApplication) -> None:
    install_translations(qapp, "tr")
    remove_translations(qapp)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    assert banner.title.text() == "Time for today’s check-in"


def test_every_turkish_string_is_translated() -> None:
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert messages
    unfinished = [m.findtext("source") for m in messages if m.find("translation[@type]") is not None]
    assert unfinished == []


def test_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not next to this Python")
    fresh = tmp_path / "connectly_tr.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True)
    shipped = resource_path("i18n/connectly_tr.qm")
    assert fresh.read_bytes() == shipped.read_bytes(), "run packaging/update_translations.sh"
