"""Settings: names and colours saved in the diary, tags, theme applied live, passphrase and recovery code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from connectly.domain.errors import WrongKeyError
from connectly.services.access import KeyringAccess, create_diary, unlock_with_secret
from connectly.services.locations import DiaryPaths
from connectly.ui.changes import Changed
from connectly.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog
from connectly.ui.pages.settings import SettingsPage
from connectly.ui.pages.settings_tags import TagListModel
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import IDLE_LOCK_MINUTES, THEME, UiSettings
from connectly.ui.theme import ThemeController
from connectly.ui.workers import wait_for_background_work
from tests.ui.conftest import NAMES, PASSPHRASE, QUIET, provider_for

pytestmark = pytest.mark.qt_log_ignore(*QUIET)

NEW_PASSPHRASE = "a whole new passphrase 42"


@pytest.fixture
def session(home: DiaryPaths) -> Iterator[DiarySession]:
    diary, _code = create_diary(home, names=NAMES, passphrase=PASSPHRASE, keyring=None)
    session = DiarySession(home)
    session.open(diary)
    yield session
    wait_for_background_work()
    session.lock()


@pytest.fixture
def page(
    qtbot: QtBot, session: DiarySession, settings: UiSettings, keyring_none: KeyringAccess
) -> SettingsPage:
    page = SettingsPage(session, settings, provider_for(keyring_none))
    qtbot.addWidget(page)
    page.resize(900, 1000)
    page.show()
    qtbot.waitExposed(page)
    return page


def reopen(session: DiarySession, secret: str = PASSPHRASE) -> None:
    session.lock()
    session.open(unlock_with_secret(session.paths, secret))


def test_renaming_a_partner_is_saved_in_the_diary(
    qtbot: QtBot, page: SettingsPage, session: DiarySession
) -> None:
    assert page.names[0].text() == "Sam"
    page.names[0].setText("Robin")
    page.colours[1].set_colour("#336699")
    with qtbot.waitSignal(session.sig_data_changed) as changed:
        page.save_partners.click()
    assert changed.args is not None and changed.args[0].touches(Changed.PARTNERS)
    assert page.partners_status.text() == "Saved."
    reopen(session)
    partners = session.diary.journal.partners()
    assert [p.name for p in partners] == ["Robin", "Alex"]
    assert partners[1].colour == "#336699"
    assert page.names[0].text() == "Robin"  # reloaded on unlock


def test_a_name_that_cannot_be_stored_is_refused_kindly(page: SettingsPage, session: DiarySession) -> None:
    page.names[1].setText("Sam")
    page.names[0].setText("")
    page.save_partners.click()
    assert page.partners_error.isVisibleTo(page)
    assert "cannot be empty" in page.partners_error.text()
    assert [p.name for p in session.diary.journal.partners()] == list(NAMES)


def test_tags_add_rename_archive(page: SettingsPage, session: DiarySession) -> None:
    page.tags.name.setText("Weekend")
    page.tags.add_button.click()
    assert "weekend" in session.diary.journal.tags()
    assert "weekend" in page.tags.model.names()
    page.tags.select("weekend")
    page.tags.name.setText("weekends")
    page.tags.rename_button.click()
    assert "weekends" in session.diary.journal.tags()
    assert "weekend" not in session.diary.journal.tags()
    page.tags.select("weekends")
    page.tags.archive_button.click()
    assert "weekends" not in session.diary.journal.tags()
    assert page.tags.status.text() == "Archived “weekends”."


def test_tag_list_model_is_a_proper_model(qtmodeltester: object, page: SettingsPage) -> None:
    model = page.tags.model
    assert isinstance(model, TagListModel)
    assert model.rowCount() > 3
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_theme_switch_changes_the_palette(
    qtbot: QtBot, page: SettingsPage, settings: UiSettings, restore_look: None
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = ThemeController(app, settings, parent=page)
    theme.apply()
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert settings.get(THEME) == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    page.theme.setCurrentIndex(page.theme.findData("light"))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert theme.scheme == "light"


def test_idle_minutes_are_stored(page: SettingsPage, settings: UiSettings) -> None:
    page.idle_minutes.setValue(25)
    assert settings.get(IDLE_LOCK_MINUTES) == 25
    page.idle_minutes.setValue(0)
    assert page.idle_minutes.text() == "Never"


def test_change_passphrase(qtbot: QtBot, page: SettingsPage, session: DiarySession) -> None:
    section = page.security
    section.current.setText("wrong passphrase")
    section.new.setText(NEW_PASSPHRASE)
    section.repeat.setText(NEW_PASSPHRASE)
    section.change_button.click()
    qtbot.waitUntil(lambda: section.error.isVisibleTo(section), timeout=10_000)
    assert "not the current passphrase" in section.error.text()

    section.current.setText(PASSPHRASE)
    section.change_button.click()
    qtbot.waitUntil(lambda: "Passphrase changed" in section.status.text(), timeout=10_000)
    session.lock()
    with pytest.raises(WrongKeyError):
        unlock_with_secret(session.paths, PASSPHRASE)
    session.open(unlock_with_secret(session.paths, NEW_PASSPHRASE))


def test_new_recovery_code_needs_the_passphrase(
    qtbot: QtBot, page: SettingsPage, session: DiarySession
) -> None:
    section = page.security
    section.code_button.click()
    assert "current passphrase" in section.error.text()
    section.current.setText(PASSPHRASE)
    section.code_button.click()
    qtbot.waitUntil(lambda: page.findChild(RecoveryCodeDialog) is not None, timeout=10_000)
    dialog = page.findChild(RecoveryCodeDialog)
    assert isinstance(dialog, RecoveryCodeDialog)
    code = dialog.view.code
    assert len(code) == 34
    dialog.saved.setChecked(True)
    dialog.accept()
    assert dialog.view.code == ""
    session.lock()
    session.open(unlock_with_secret(session.paths, code))


def test_keyring_only_diary_confirms_before_a_new_code(
    qtbot: QtBot, home: DiaryPaths, settings: UiSettings, keyring_ok: KeyringAccess
) -> None:
    diary, _code = create_diary(home, names=NAMES, passphrase=None, keyring=keyring_ok)
    session = DiarySession(home)
    session.open(diary)
    page = SettingsPage(session, settings, provider_for(keyring_ok))
    qtbot.addWidget(page)
    section = page.security
    assert not section.current.isVisibleTo(page)
    assert section.change_button.text() == "&Add a passphrase"
    asked: list[bool] = []

    def decline(_parent: QWidget) -> bool:
        asked.append(True)
        return False

    section.confirm = decline
    section.code_button.click()
    assert asked == [True]
    assert page.findChild(RecoveryCodeDialog) is None  # declined: nothing changed
    section.confirm = lambda _parent: True
    section.code_button.click()
    qtbot.waitUntil(lambda: page.findChild(RecoveryCodeDialog) is not None, timeout=10_000)
    wait_for_background_work()
    session.lock()


def test_settings_clear_on_lock(page: SettingsPage, session: DiarySession) -> None:
    page.security.current.setText("typed")
    session.lock()
    assert page.names[0].text() == ""
    assert page.tags.model.rowCount() == 0
    assert page.security.current.text() == ""
    session.open(unlock_with_secret(session.paths, PASSPHRASE))


def test_demo_says_what_it_cannot_do(qtbot: QtBot, settings: UiSettings, keyring_none: KeyringAccess) -> None:
    from connectly.services.access import open_demo

    session = DiarySession(DiaryPaths(settings.path.parent), demo=True)
    diary = open_demo()
    session.paths = diary.paths
    session.open(diary)
    page = SettingsPage(session, settings, provider_for(keyring_none))
    qtbot.addWidget(page)
    assert page.demo_note.isVisibleTo(page)
    assert not page.security.controls.isVisibleTo(page)  # no passphrase fields to try in vain
    assert "no passphrase" in page.security.ways.text()
    assert not page.open_folder.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.health.text().startswith("Diary health: ok"), timeout=10_000)
    wait_for_background_work()
    session.lock()
