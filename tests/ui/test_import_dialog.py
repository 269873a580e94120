"""Import dialog: mapping, preview and bad lines first; nothing written until Import is pressed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from connectly.services.access import open_demo
from connectly.services.import_plan import PreviewRow
from connectly.services.locations import DiaryPaths
from connectly.ui.dialogs.import_dialog import NOT_IN_FILE, ImportDialog, file_kind
from connectly.ui.models.import_preview_model import ImportPreviewModel
from connectly.ui.session import DiarySession
from connectly.ui.workers import wait_for_background_work

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
END = dt.date(2025, 6, 30)


@pytest.fixture
def session(qapp: object, tmp_path: Path) -> Iterator[DiarySession]:
    s = DiarySession(DiaryPaths(tmp_path / "unused"), demo=True)
    s.open(open_demo(END))
    yield s
    wait_for_background_work()
    s.lock()


def wait_for_plan(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.plan is not None and "Reading" not in dialog.summary.text(), timeout=20_000
    )


def test_the_preview_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = ImportPreviewModel()
    model.set_rows(
        [
            PreviewRow(2, "2025-01-01", "Sam", "3", "6", "5", "work", "fine"),
            PreviewRow(3, "", "", "", "", "", "", "", "Stress must be from 0 to 10, not 11."),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1, 1).data() == "Stress must be from 0 to 10, not 11."


def test_a_csv_with_other_columns_is_mapped_previewed_and_imported_only_on_confirm(
    session: DiarySession, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "Date,Who,Stress,Close,Give\n01/03/2025,Sam,2,8,7\n02/03/2025,Alex,11,8,7\n", encoding="utf-8"
    )
    before = session.diary.journal.count()
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    wait_for_plan(qtbot, dialog)
    assert dialog.plan is not None and dialog.plan.problem is not None  # "Give" is not recognised
    assert not dialog.import_button.isEnabled()
    assert [dialog.columns[f].currentText() for f in ("day", "partner", "closeness", "availability")] == [
        "Date",
        "Who",
        "Close",
        NOT_IN_FILE,
    ]
    dialog.columns["availability"].setCurrentText("Give")
    dialog.day_format.setCurrentIndex(1)  # DD/MM/YYYY
    dialog.plan = None
    dialog.replan()
    wait_for_plan(qtbot, dialog)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 1 check-in"
    assert "Line 3: Stress must be from 0 to 10" in dialog.problems.toPlainText()
    assert dialog.model.rowCount() == 2 and dialog.model.index(0, 1).data() == "2025-03-01"
    assert session.diary.journal.count() == before  # nothing written yet
    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000):
        dialog.import_button.click()
    assert session.diary.journal.count() == before + 1


def test_a_daylio_file_needs_a_partner_and_moods(session: DiarySession, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "daylio_export.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n2025-03-04,March 4,Tuesday,21:30,good,work,,\n",
        encoding="utf-8",
    )
    assert file_kind(path) == "daylio" and file_kind(tmp_path / "x.json") == "json"
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    wait_for_plan(qtbot, dialog)
    assert dialog.moods.text() == "good=7"
    assert dialog.plan is not None and len(dialog.plan.new_rows) == 1
    with qtbot.waitSignal(dialog.sig_imported, timeout=20_000) as signal:
        dialog.import_button.click()
    assert signal.args[0].checkins == 1
