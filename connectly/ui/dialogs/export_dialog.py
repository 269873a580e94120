"""File ▸ Export…: a therapy report (PDF), a chart (PNG/SVG/clipboard) or all your data (CSV/JSON).

The main window finds this module by name and opens ``ExportDialog(session, window)``;
:func:`register_export_actions` does the same wiring explicitly. The dialog closes itself when
the diary is locked, and refuses to close while a file is being written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from connectly.ui.dialogs.dialog_parts import describe_buttons
from connectly.ui.dialogs.export_chart_tab import ChartExportTab
from connectly.ui.dialogs.export_common import SavePathAsker, ask_save_path
from connectly.ui.dialogs.export_data_tab import DataExportTab
from connectly.ui.dialogs.export_report_tab import ReportExportTab
from connectly.ui.session import DiarySession


class ExportDialog(QDialog):
    """Three tabs: Therapy report, Chart, Your data."""

    sig_exported = Signal(object)
    """Some export finished; carries the path written (None for a clipboard copy)."""

    def __init__(
        self,
        session: DiarySession,
        parent: QWidget | None = None,
        *,
        ask_path: SavePathAsker = ask_save_path,
        start_tab: str = "report",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.session = session
        self.tabs = QTabWidget(self)
        self.report_tab = ReportExportTab(session, self.tabs, ask_path=ask_path)
        self.chart_tab = ChartExportTab(session, self.tabs, ask_path=ask_path)
        self.data_tab = DataExportTab(session, self.tabs, ask_path=ask_path)
        self.tabs.addTab(self.report_tab, self.tr("Therapy report"))
        self.tabs.addTab(self.chart_tab, self.tr("Chart"))
        self.tabs.addTab(self.data_tab, self.tr("Your data"))
        self.tabs.setAccessibleName(self.tr("What to export"))
        self.tabs.setAccessibleDescription(
            self.tr("A therapy report as a PDF, one chart as an image, or all your data")
        )
        self.tabs.setCurrentIndex({"report": 0, "chart": 1, "data": 2}.get(start_tab, 0))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        describe_buttons(
            self.buttons, {QDialogButtonBox.StandardButton.Close: self.tr("Close the export window")}
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._busy = 0
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.session.sig_locked.connect(self._locked)
        for tab in (self.report_tab, self.chart_tab, self.data_tab):
            tab.sig_exported.connect(self.sig_exported)
            tab.sig_busy.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        self._busy = max(0, self._busy + (1 if busy else -1))
        self.buttons.setEnabled(self._busy == 0)

    @property
    def busy(self) -> bool:
        """True while an export is running."""
        return self._busy > 0

    def reject(self) -> None:
        """Close — unless a file is being written (it would be left unfinished)."""
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _locked(self) -> None:
        self._busy = 0
        super().reject()


class _ExportHost(Protocol):
    def register_export(self, opener: Callable[[], None]) -> None: ...


def register_export_actions(window: QWidget, session: DiarySession) -> None:
    """Make the window's File ▸ Export… open this dialog (the main window also finds it itself)."""

    def open_dialog() -> None:
        dialog = ExportDialog(session, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    host: _ExportHost = window  # type: ignore[assignment]
    host.register_export(open_dialog)
