"""The Backups dialog: list, back up now, restore with the diary open and when it is damaged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from connectly.domain.backups import BackupInfo, BackupReason
from connectly.services.access import KeyringAccess, unlock_with_secret
from connectly.services.backups import BackupService
from connectly.services.locations import DiaryPaths
from connectly.ui.dialogs.backups_dialog import BackupsDialog
from connectly.ui.models.backups_model import BackupTableModel
from connectly.ui.session import DiarySession
from tests.diaries import PASS, add_checkins, dump, new_diary
from tests.keyring_fakes import MemoryKeyring, trusting

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _keyring() -> KeyringAccess:
    return KeyringAccess(trusting(MemoryKeyring()))


def test_the_model_is_a_well_behaved_table(qtmodeltester: ModelTester) -> None:
    model = BackupTableModel()
    model.set_backups(
        [
            BackupInfo(Path(f"/b/{i}.db"), dt.datetime(2025, 3, i + 1, 8, 15), 1000 * i, reason, True)
            for i, reason in enumerate(BackupReason)
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == len(BackupReason)
    newest = model.backup_at(0)
    assert newest is not None and newest.when.day == len(BackupReason)  # newest first


def test_back_up_now_then_restore_with_the_diary_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    add_checkins(diary, 5)
    at_backup = dump(diary)
    session = DiarySession(paths)
    session.open(diary)
    dialog = BackupsDialog(paths, session=session, keyring=_keyring)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.empty.isVisibleTo(dialog))
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert "Backed up" in dialog.status.text()

    add_checkins(session.diary, 3, start=50)
    monkeypatch.setattr(dialog, "_confirm", lambda described: "backup from" in described)
    with qtbot.waitSignal(dialog.sig_restored, timeout=15_000) as restored:
        dialog.restore_selected()
    assert restored.args[0] is session.diary and session.is_open
    assert dump(session.diary) == at_backup
    assert diary.is_locked  # the replaced diary's key is gone
    session.lock()


def test_cancel_changes_nothing(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    BackupService(diary).backup_now()
    add_checkins(diary, 2)
    before = dump(diary)
    session = DiarySession(paths)
    session.open(diary)
    dialog = BackupsDialog(paths, session=session, keyring=_keyring)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    monkeypatch.setattr(dialog, "_confirm", lambda described: False)
    dialog.restore_selected()
    assert not dialog.busy_now and dump(session.diary) == before
    session.lock()


def test_restore_when_the_diary_is_damaged(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    add_checkins(diary, 4)
    expected = dump(diary)
    BackupService(diary).backup_now()
    diary.lock()
    data = bytearray(paths.database.read_bytes())
    data[64] ^= 0x01
    paths.database.write_bytes(bytes(data))

    dialog = BackupsDialog(paths, session=None, keyring=_keyring)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert not dialog.backup_button.isVisibleTo(dialog)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "_confirm", lambda described: True)

    def ask_secret(why: str) -> str:
        asked.append(why)
        return PASS

    monkeypatch.setattr(dialog, "_ask_secret", ask_secret)
    with qtbot.waitSignal(dialog.sig_restored, timeout=15_000) as restored:
        dialog.restore_selected()
    assert restored.args == [None] and len(asked) == 1
    reopened = unlock_with_secret(paths, PASS)
    assert dump(reopened) == expected
    reopened.lock()


def test_a_wrong_secret_is_one_sentence_and_nothing_changes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    BackupService(diary).backup_now()
    diary.lock()
    before = paths.database.read_bytes()
    dialog = BackupsDialog(paths, session=None, keyring=_keyring)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    monkeypatch.setattr(dialog, "_confirm", lambda described: True)
    monkeypatch.setattr(dialog, "_ask_secret", lambda why: "not the passphrase at all")
    dialog.restore_selected()
    qtbot.waitUntil(lambda: not dialog.busy_now and dialog.error.isVisibleTo(dialog), timeout=15_000)
    assert "does not open" in dialog.error.text()
    assert paths.database.read_bytes() == before


def test_how_many_backups_to_keep_is_chosen_in_the_dialog_and_used_by_the_next_backup(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)

    def back_up_on(day: int) -> None:
        when = dt.datetime(2025, 3, day, 9, 0)
        assert BackupService(diary, clock=lambda: when).backup_if_due(when.date()) is not None

    for day in range(1, 6):
        back_up_on(day)
    session = DiarySession(paths)
    session.open(diary)
    dialog = BackupsDialog(paths, session=session, keyring=_keyring)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)
    keep = dialog.keep
    assert (keep.days.value(), keep.weeks.value(), keep.months.value()) == (7, 4, 6)

    keep.days.selectAll()
    qtbot.keyClicks(keep.days, "2")
    keep.weeks.setValue(0)
    keep.months.setValue(0)
    stored = BackupService(diary).settings()
    assert (stored.keep_daily, stored.keep_weekly, stored.keep_monthly) == (2, 0, 0)
    assert "next backup" in dialog.status.text()
    assert keep.days.text() == "2 days"
    assert len(BackupService(diary).list_backups()) == 5  # nothing removed while choosing

    back_up_on(6)
    days = sorted(b.when.day for b in BackupService(diary).list_backups() if b.reason is BackupReason.DAILY)
    assert days == [5, 6]
    session.lock()


def test_the_numbers_to_keep_are_hidden_without_an_open_diary(qtbot: QtBot, tmp_path: Path) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    diary.lock()
    dialog = BackupsDialog(paths, session=None, keyring=_keyring)
    qtbot.addWidget(dialog)
    assert not dialog.keep.isVisibleTo(dialog)


def test_a_chosen_folder_keeps_the_numbers_to_keep(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(paths)
    session = DiarySession(paths)
    session.open(diary)
    dialog = BackupsDialog(paths, session=session, keyring=_keyring)
    qtbot.addWidget(dialog)
    dialog.keep.weeks.setValue(2)
    synced = tmp_path / "synced"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(synced))
    dialog.choose_folder()
    stored = BackupService(diary).settings()
    assert (stored.keep_daily, stored.keep_weekly, stored.keep_monthly, stored.folder) == (7, 2, 6, synced)
    assert str(synced) in dialog.folder.text()
    session.lock()
