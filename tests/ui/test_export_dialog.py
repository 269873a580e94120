"""File ▸ Export…: the report needs both partners' consent for notes, says it is not encrypted,
works off the GUI thread with progress, and writes private files."""

from __future__ import annotations

import datetime as dt
import importlib.util
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from connectly.domain.checkins import CheckInFilter
from connectly.services.access import open_demo
from connectly.services.locations import DiaryPaths
from connectly.ui.dialogs.export_dialog import ExportDialog
from connectly.ui.main_window import EXPORT_MODULE
from connectly.ui.session import DiarySession
from connectly.ui.workers import wait_for_background_work

END = dt.date(2025, 6, 30)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def session(qapp: object, tmp_path: Path) -> Iterator[DiarySession]:
    s = DiarySession(DiaryPaths(tmp_path / "unused"), demo=True)
    s.open(open_demo(END))
    yield s
    wait_for_background_work()
    s.lock()


@pytest.fixture
def dialog(session: DiarySession, qtbot: QtBot, tmp_path: Path) -> ExportDialog:
    asked: list[Path] = []

    def ask(parent: object, title: str, suggested: str, filters: str) -> Path:
        asked.append(tmp_path / suggested)
        return tmp_path / suggested

    d = ExportDialog(session, ask_path=ask)
    d.asked = asked  # type: ignore[attr-defined]
    qtbot.addWidget(d)
    return d


def pdf_text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(str(path)).pages)


def test_the_main_window_finds_this_dialog() -> None:
    assert importlib.util.find_spec(EXPORT_MODULE) is not None


def test_every_tab_says_the_export_is_not_encrypted(dialog: ExportDialog) -> None:
    for tab in (dialog.report_tab, dialog.chart_tab, dialog.data_tab):
        assert "<b>Not encrypted.</b>" in tab.not_encrypted.text() and tab.not_encrypted.isVisibleTo(tab)
        assert "anyone who can open it can read it" in tab.not_encrypted.accessibleDescription()


def test_notes_need_both_partners_to_agree(dialog: ExportDialog) -> None:
    tab = dialog.report_tab
    assert [c.text() for c in tab.consents] == [
        "Sam agrees to include their notes",
        "Alex agrees to include their notes",
    ]
    assert not tab.request().include_notes
    tab.consents[0].setChecked(True)
    assert not tab.request().include_notes and "until you both agree" in tab.notes_state.text()
    tab.consents[1].setChecked(True)
    assert tab.request().include_notes


def test_the_report_is_made_off_the_gui_thread_with_progress(
    dialog: ExportDialog, session: DiarySession, qtbot: QtBot
) -> None:
    tab = dialog.report_tab
    tab.range_picker.set_range(dt.date(2024, 7, 1), END)
    progress_seen: list[int] = []
    tab.progress.valueChanged.connect(progress_seen.append)
    with qtbot.waitSignal(dialog.sig_exported, timeout=60_000) as signal:
        tab.save_button.click()
        assert dialog.busy and not tab.save_button.isEnabled()
        dialog.reject()
        assert dialog.isVisible() or dialog.busy  # cannot be closed while writing
    path: Path = signal.args[0]
    assert path == dialog.asked[0]  # type: ignore[attr-defined]
    assert path.name == "connectly-report-2024-07-01-to-2025-06-30.pdf"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert max(progress_seen) >= 75 and len(set(progress_seen)) >= 3
    assert "show in folder" in tab.status.text() and "not encrypted" in tab.status.text()
    note = next(
        c.note for c in session.diary.journal.checkins(CheckInFilter(start=dt.date(2024, 7, 1))) if c.note
    )
    assert note not in pdf_text(path).replace("\n", " ")
    tab.reload()
    assert tab.range_picker.presets.itemText(0).startswith("Since the last report (ended 30 Jun 2025)")


def test_data_and_chart_exports(dialog: ExportDialog, qtbot: QtBot, tmp_path: Path) -> None:
    with qtbot.waitSignal(dialog.sig_exported, timeout=30_000) as signal:
        dialog.data_tab.export_to(tmp_path / "data.csv")
    assert signal.args[0] == (tmp_path / "data.csv").absolute()
    assert (tmp_path / "data.csv").read_text(encoding="utf-8").startswith("day,partner,stress")
    chart = dialog.chart_tab
    chart.kind.setCurrentIndex(1)
    chart.width_box.setValue(500)
    chart.height_box.setValue(400)
    chart.scale.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.sig_exported, timeout=30_000):
        chart.export_to(tmp_path / "scatter.png")
    image = QImage(str(tmp_path / "scatter.png"))
    assert (image.width(), image.height()) == (1000, 800)


def test_locking_closes_the_dialog(dialog: ExportDialog, session: DiarySession, qtbot: QtBot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    session.lock()
    assert not dialog.isVisible()
