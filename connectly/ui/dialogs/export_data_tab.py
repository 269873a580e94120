"""Export ▸ Your data: everything as CSV (for spreadsheets) or JSON (imports back without loss), and imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from connectly.domain.days import local_today
from connectly.services.exchange import CsvExport, ExchangeService
from connectly.ui.dialogs.export_common import SavePathAsker, ask_save_path, deferred, not_encrypted_label
from connectly.ui.dialogs.export_tab import ExportTab
from connectly.ui.dialogs.import_dialog import ImportDialog
from connectly.ui.session import DiarySession
from connectly.ui.workers import run_in_background

IMPORT_EXPLAINED = str(
    QT_TRANSLATE_NOOP(
        "DataExportTab",
        "Bring check-ins in from a CSV file (you check which column holds what), a Daylio export, or a "
        "Connectly JSON export. You see what would be imported first; entries already here are skipped.",
    )
)
EXPLAINED = str(
    QT_TRANSLATE_NOOP(
        "DataExportTab",
        "CSV opens in any spreadsheet: one row per check-in with the day, who, the three ratings, tags "
        "and the note. Partners, life events and bookmarks are saved in three small files beside it.\n\n"
        "JSON keeps everything exactly — including bookmarks and settings — and can be imported back "
        "into Connectly, for example on a new computer.",
    )
)


class DataExportTab(ExportTab):
    """Two buttons and what they do; the export runs off the GUI thread."""

    def __init__(
        self, session: DiarySession, parent: QWidget | None = None, *, ask_path: SavePathAsker = ask_save_path
    ) -> None:
        super().__init__(session, parent, ask_path=ask_path)
        self.explained = QLabel(self.tr(EXPLAINED), self)
        self.explained.setWordWrap(True)
        self.not_encrypted = not_encrypted_label(self, self.tr("the exported file"))
        self.csv_button = QPushButton(self.tr("Save as CSV…"), self)
        self.csv_button.setAccessibleName(self.tr("Save as CSV"))
        self.csv_button.setAccessibleDescription(
            self.tr("For spreadsheets: one row per check-in, and three small files beside it")
        )
        self.json_button = QPushButton(self.tr("Save as JSON…"), self)
        self.json_button.setAccessibleName(self.tr("Save as JSON"))
        self.json_button.setAccessibleDescription(
            self.tr("Everything exactly, to import back into Connectly later")
        )
        self.import_explained = QLabel(self.tr(IMPORT_EXPLAINED), self)
        self.import_explained.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import from a file…"), self)
        self.import_button.setAccessibleName(self.tr("Import from a file"))
        self.import_button.setAccessibleDescription(
            self.tr(
                "A CSV file, a Daylio export or a Connectly JSON export; you see it before anything is added"
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.json_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explained)
        layout.addWidget(self.not_encrypted)
        self.add_status_rows(layout)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.import_explained)
        layout.addWidget(self.import_button)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.csv_button.clicked.connect(lambda: self._choose(".csv"))
        self.json_button.clicked.connect(lambda: self._choose(".json"))
        self.import_button.clicked.connect(self._choose_import)

    def _choose(self, suffix: str) -> None:
        kinds = self.tr("CSV files (*.csv)") if suffix == ".csv" else self.tr("JSON files (*.json)")
        suggested = f"connectly-{local_today().isoformat()}{suffix}"
        self.save_as(self.tr("Save your data"), suggested, kinds, suffix)

    def _choose_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import check-ins"), "", self.tr("Check-ins (*.csv *.json *.txt);;All files (*)")
        )
        if chosen:
            self.open_import(Path(chosen))

    def open_import(self, path: Path) -> ImportDialog:
        """Show the import dialog for ``path`` (it writes nothing until confirmed)."""
        dialog = ImportDialog(self.session, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_imported.connect(lambda result: self.status.working(result.summary()))
        dialog.open()
        return dialog

    def export_to(self, target: Path) -> None:
        """Write CSV or JSON (by the suffix) to ``target``, off the GUI thread."""
        self._started(self.tr("Saving…"))
        service = ExchangeService(self.session.diary)
        csv = target.suffix.lower() == ".csv"
        job = (lambda: service.export_csv(target)) if csv else (lambda: service.export_json(target))
        run_in_background(job, deferred(self, self._written), deferred(self, self._failed), parent=self)

    def _written(self, result: Path | CsvExport) -> None:
        self._set_busy(False)
        if isinstance(result, CsvExport):
            self.status.saved(
                result.checkins,
                self.tr("%Ln check-ins and 3 files beside it; not encrypted", "", result.count),
            )
            self.sig_exported.emit(result.checkins)
        else:
            self.status.saved(result, self.tr("not encrypted"))
            self.sig_exported.emit(result)

    def busy_widgets(self) -> tuple[QWidget, ...]:
        return (self.csv_button, self.json_button)
