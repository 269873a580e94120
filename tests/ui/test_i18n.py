"""Translations: the language chosen, the Turkish catalogue shown, and the catalogue kept in step."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from connectly.domain.checkins import Measure
from connectly.resources import resource_path
from connectly.services.access import KeyringAccess, create_diary
from connectly.services.locations import DiaryPaths
from connectly.ui.i18n import (
    apply_language,
    install_translations,
    remove_translations,
    resolve_language,
    shipped_languages,
)
from connectly.ui.models.insights_model import TITLE_ROLE
from connectly.ui.pages.events import EventsPage
from connectly.ui.pages.history import HistoryPage
from connectly.ui.pages.insights import InsightsPage
from connectly.ui.pages.settings import SettingsPage
from connectly.ui.pages.setup import SetupPage
from connectly.ui.pages.today import TodayPage
from connectly.ui.reminders import ReminderBanner, translated
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import LANGUAGE, UiSettings
from connectly.ui.workers import wait_for_background_work
from tests.ui.conftest import QUIET, ShellFactory, provider_for, wait_for_screen

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "connectly_tr.ts"
pytestmark = pytest.mark.qt_log_ignore(*QUIET)


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


# -- the whole catalogue ---------------------------------------------------------------------


def test_the_catalogue_has_no_unfinished_entries() -> None:
    text = TS.read_text(encoding="utf-8")
    assert text.count("<message") > 700
    assert text.count('type="unfinished"') == 0


PLACEHOLDER = re.compile(r"\{\w+\}|%L?n")


def test_translations_keep_placeholders_mnemonics_and_lines() -> None:
    """A translation that drops ``{name}`` or ``%n`` would raise or mislead at run time."""
    wrong = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in message.iter("numerusform")] or [message.findtext("translation") or ""]
        for text in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(("placeholders", source, text))
            if ("&" in source) != ("&" in text) or text.count("&") > 1:
                wrong.append(("mnemonic", source, text))
            if source.count("\n") != text.count("\n"):
                wrong.append(("lines", source, text))
    assert wrong == []


def catalogue() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = (
                message.findtext("translation") or ""
            ).strip()
    return found


def test_words_the_lower_layers_own_are_marked_and_translated() -> None:
    """The rating questions, life-event kinds, backup reasons, insight headings and chart names
    come from the domain in English; the UI shows them translated (and must not miss a new one)."""
    from connectly.analysis.insight import InsightKind
    from connectly.domain.backups import BackupReason
    from connectly.domain.checkins import Measure
    from connectly.domain.events import LifeEventKind
    from connectly.report.charts import ChartKind
    from connectly.ui.dialogs.export_chart_tab import CHART_NAMES
    from connectly.ui.display import _KIND_LABELS, MEASURE_WORDS
    from connectly.ui.models.backups_model import REASON_LABELS
    from connectly.ui.models.insights_model import KIND_TITLES

    found = catalogue()
    wanted = [("Measure", m.question) for m in Measure] + [("Measure", m.label) for m in Measure]
    wanted += [("Measure", word) for m in Measure for word in m.anchors]
    wanted += [("BackupTable", r.label) for r in BackupReason]
    wanted += [("Display", _KIND_LABELS[k]) for k in LifeEventKind]
    wanted += [("InsightList", KIND_TITLES[k]) for k in InsightKind]
    wanted += [("ChartExportTab", CHART_NAMES[k]) for k in ChartKind]
    assert {text for _, text in wanted if _ == "Measure"} == {str(w) for w in MEASURE_WORDS}
    assert {str(v) for v in REASON_LABELS.values()} == {r.label for r in BackupReason}
    assert [key for key in wanted if not found.get(key)] == []


# -- Turkish on every screen -------------------------------------------------------------------


def test_every_page_speaks_turkish(qtbot: QtBot, turkish: list[str], make_shell: ShellFactory) -> None:
    shell = make_shell(None, demo=True)
    wait_for_screen(qtbot, shell, "workspace", timeout=60_000)
    window = shell.window
    assert [a.text() for a in window.menuBar().actions()] == ["&Dosya", "&Git", "&Yardım"]
    assert [b.text() for b in window.nav_buttons.values()] == [
        "Bugün",
        "Geçmiş",
        "Yaşam olayları",
        "İçgörüler",
        "Ayarlar",
    ]
    assert window.lock_button.text() == "&Kilitle"

    today = window.go_to("today")
    assert isinstance(today, TodayPage)
    assert today._title.text() == "Bugün nasıldı?"
    assert (
        today.cards[0].form.ratings[Measure.STRESS]._question.text()
        == "Kendinizi ne kadar stresli hissettiniz?"
    )
    assert today.cards[0].form.ratings[Measure.CLOSENESS]._high.text() == "derinden bağlı"

    history = window.go_to("history")
    assert isinstance(history, HistoryPage)
    qtbot.waitUntil(lambda: not history.loading, timeout=20_000)
    assert history.filters.clear_button.text() == "Filtreleri temizle"
    assert history.model.headerData(0, Qt.Orientation.Horizontal) == "Gün"
    assert history._count.text().endswith(" kayıt")

    events = window.go_to("events")
    assert isinstance(events, EventsPage)
    assert events.add_action.text() == "Yaşam olayı ekle…"
    assert events.model.headerData(0, Qt.Orientation.Horizontal) == "Tür"

    insights = window.go_to("insights")
    assert isinstance(insights, InsightsPage)
    qtbot.waitUntil(lambda: insights.data is not None, timeout=60_000)
    assert insights.settings_button.text() == "Analiz ayarları"
    assert insights.tabs.tabText(0) == "&Zaman çizelgesi"
    assert insights.model.index(0, 0).data(TITLE_ROLE) in set(catalogue_values("InsightList"))

    settings = window.go_to("settings")
    assert isinstance(settings, SettingsPage)
    assert settings.theme.itemText(0) == "Sisteme uy"
    assert settings.language.accessibleName() == "Dil"
    assert settings.save_partners.text() == "Adları ve renkleri &kaydet"


def catalogue_values(context: str) -> list[str]:
    return [text for (name, _source), text in catalogue().items() if name == context]


def test_setup_and_unlock_speak_turkish(
    qtbot: QtBot,
    turkish: list[str],
    make_shell: ShellFactory,
    settings: UiSettings,
    keyring_none: KeyringAccess,
    passphrase_diary: DiaryPaths,
) -> None:
    setup = SetupPage(passphrase_diary, provider_for(keyring_none), settings)
    qtbot.addWidget(setup)
    assert setup.names_step.title.text() == "Connectly’ye hoş geldiniz"
    assert setup.next_button.text() == "İ&leri"
    assert setup.progress.text() == "Adım 1/4"
    shell = make_shell(passphrase_diary)
    wait_for_screen(qtbot, shell, "unlock")
    assert shell.unlock is not None
    assert shell.unlock.title.text() == "Yeniden hoş geldiniz"
    assert shell.unlock.unlock_button.text() == "&Kilidi aç"
    shell.unlock.submit()  # nothing typed
    assert shell.unlock.error.text() == "Önce parolanızı ya da kurtarma kodunuzu yazın."


# -- the language setting ----------------------------------------------------------------------


@pytest.fixture
def open_session(home: DiaryPaths) -> Iterator[DiarySession]:
    diary, _code = create_diary(home, names=("Sam", "Alex"), passphrase="correct horse battery", keyring=None)
    session = DiarySession(home)
    session.open(diary)
    yield session
    wait_for_background_work()
    session.lock()


@pytest.fixture
def keep_locale() -> Iterator[None]:
    """apply_language() sets the default locale for an explicit choice: put it back afterwards."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_settings_offers_the_language_and_says_a_restart_applies_it(
    qtbot: QtBot,
    qapp: QApplication,
    open_session: DiarySession,
    settings: UiSettings,
    keyring_none: KeyringAccess,
    keep_locale: None,
) -> None:
    page = SettingsPage(open_session, settings, provider_for(keyring_none))
    qtbot.addWidget(page)
    page.show()
    choices = [(page.language.itemData(i), page.language.itemText(i)) for i in range(page.language.count())]
    assert choices == [("system", "System default"), ("en", "English"), ("tr", "Türkçe")]
    page.language.setCurrentIndex(page.language.findData("tr"))
    assert settings.get(LANGUAGE) == "tr"
    assert page.language_note.isVisibleTo(page)
    assert page.language_note.text() == "Restart Connectly to change the language."
    page.language.setCurrentIndex(page.language.findData("en"))  # what is on screen: nothing to restart
    assert settings.get(LANGUAGE) == "en" and not page.language_note.isVisibleTo(page)

    page.language.setCurrentIndex(page.language.findData("tr"))
    try:  # the next start: run() applies the stored choice before any widget is built
        assert apply_language(qapp, settings.get(LANGUAGE)) == "tr"
        restarted = SettingsPage(open_session, settings, provider_for(keyring_none))
        qtbot.addWidget(restarted)
        assert restarted.language.currentData() == "tr"
        assert restarted.language_note.text() == ""
        assert restarted.theme.accessibleName() == "Tema"
        assert QLocale().language() == QLocale.Language.Turkish
    finally:
        remove_translations(qapp)


def marked_strings() -> tuple[set[tuple[str, str]], list[str]]:
    """Every (context, text) the code marks for translation, and calls lupdate could not read."""
    import ast

    marked: set[tuple[str, str]] = set()
    unreadable: list[str] = []
    for path in sorted((ROOT / "connectly" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, cls: str | None, where: Path = path) -> None:
            for child in ast.iter_child_nodes(node):
                here = child.name if isinstance(child, ast.ClassDef) else cls
                if isinstance(child, ast.Call):
                    func = child.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    args = child.args
                    at = f"{where.relative_to(ROOT)}:{child.lineno}"
                    if name == "tr" and args and isinstance(args[0], ast.JoinedStr):
                        unreadable.append(f"{at} f-string in tr()")
                    elif name == "tr" and args and isinstance(args[0], ast.Constant) and here:
                        source = args[0].value
                        assert isinstance(source, str), at  # would otherwise be missing from the catalogue
                        marked.add((here, source))
                    elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                        context, text = args[0], args[1]
                        if isinstance(text, ast.Constant) and isinstance(text.value, str):
                            if isinstance(context, ast.Constant):
                                assert isinstance(context.value, str), at  # as above
                                marked.add((context.value, text.value))
                            else:
                                unreadable.append(f"{at} context is not a literal")
                visit(child, here)

        visit(tree, None)
    return marked, unreadable


def test_the_catalogue_is_in_step_with_the_code() -> None:
    """Run packaging/update_translations.sh after changing a user-facing string (and translate it)."""
    marked, unreadable = marked_strings()
    assert unreadable == []
    assert len(marked) > 700
    found = catalogue()
    assert sorted(key for key in marked if key not in found) == []
