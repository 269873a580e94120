"""Import check-ins from a CSV, a Daylio export or a Connectly JSON export — nothing before “Import”.

For a CSV the user says which column holds what (guessed from the header; a file written by
Connectly's own CSV export needs nothing), sees the first rows as they would be read, and every
line that cannot be read with the reason. A Daylio file needs a partner and what each mood
means. Planning and importing run off the GUI thread; the diary is only written when the user
presses Import, and re-importing the same file adds nothing.
"""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from connectly.services.csv_import import ColumnMapping
from connectly.services.daylio import DaylioMapping, daylio_vocabulary
from connectly.services.exchange import ExchangeService
from connectly.services.import_plan import ImportPlan, ImportResult
from connectly.ui.changes import Changed
from connectly.ui.dialogs.export_common import deferred
from connectly.ui.messages import ErrorLine
from connectly.ui.models.import_preview_model import ImportPreviewModel
from connectly.ui.session import DiarySession
from connectly.ui.workers import run_in_background

NOT_IN_FILE = str(QT_TRANSLATE_NOOP("ImportDialog", "(not in this file)"))
FIELDS = ("day", "partner", "stress", "closeness", "availability", "tags", "note")
COLUMN_NAMES = {
    "day": QT_TRANSLATE_NOOP("ImportDialog", "Column holding the day"),
    "partner": QT_TRANSLATE_NOOP("ImportDialog", "Column holding the partner"),
    "stress": QT_TRANSLATE_NOOP("ImportDialog", "Column holding the stress"),
    "closeness": QT_TRANSLATE_NOOP("ImportDialog", "Column holding the closeness"),
    "availability": QT_TRANSLATE_NOOP("ImportDialog", "Column holding the availability"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Column holding the tags"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "Column holding the note"),
}
ROW_LABELS = {
    "day": QT_TRANSLATE_NOOP("ImportDialog", "Day is in column"),
    "partner": QT_TRANSLATE_NOOP("ImportDialog", "Partner is in column"),
    "stress": QT_TRANSLATE_NOOP("ImportDialog", "Stress is in column"),
    "closeness": QT_TRANSLATE_NOOP("ImportDialog", "Closeness is in column"),
    "availability": QT_TRANSLATE_NOOP("ImportDialog", "Availability is in column"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags is in column"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "Note is in column"),
}
DAY_FORMATS = (
    ("YYYY-MM-DD", None),
    ("DD/MM/YYYY", "%d/%m/%Y"),
    ("MM/DD/YYYY", "%m/%d/%Y"),
    ("DD.MM.YYYY", "%d.%m.%Y"),
)
MOOD_LEVELS = {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}


def file_kind(path: Path) -> str:
    """``json``, ``daylio`` or ``csv``, from the name and the header line."""
    if path.suffix.lower() == ".json":
        return "json"
    try:
        with path.open("r", encoding="utf-8-sig", errors="replace") as fh:
            header = fh.readline().casefold()
    except OSError:
        return "csv"
    return "daylio" if "full_date" in header and "mood" in header else "csv"


class ImportDialog(QDialog):
    """Plan an import, show it, and write it only when the user confirms (see module docstring)."""

    sig_imported = Signal(object)
    """The import was written; carries the :class:`ImportResult`."""

    def __init__(self, session: DiarySession, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=path.name))
        self.resize(840, 680)
        self.session, self.path, self.kind = session, Path(path), file_kind(Path(path))
        self.plan: ImportPlan | None = None
        self.service = ExchangeService(session.diary)
        partners = session.diary.journal.partners()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.columns = {name: QComboBox(self) for name in FIELDS}
        self.day_format = QComboBox(self)
        for label, fmt in DAY_FORMATS:
            self.day_format.addItem(label, fmt)
        self.partner = QComboBox(self)
        for p in partners:
            self.partner.addItem(p.name, str(p.number))
        self.moods = QLineEdit(self)
        self.keep_activities = QCheckBox(self.tr("Turn Daylio activities into tags"), self)
        self.keep_activities.setAccessibleName(self.tr("Turn Daylio activities into tags"))
        self.keep_activities.setAccessibleDescription(self.tr("Each activity becomes a tag on the check-in"))
        self.keep_activities.setChecked(True)
        self.preview = QTableView(self)
        self.model = ImportPreviewModel(self.preview)
        self.preview.setModel(self.model)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setAccessibleName(self.tr("Preview of the rows to import"))
        self.preview.setAccessibleDescription(
            self.tr("The first rows as they would be read; rows that cannot be read say why")
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the import would do"))
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Lines that cannot be imported"))
        self.problems.setAccessibleDescription(self.tr("Each line of the file that is skipped, and why"))
        self.problems.setMaximumHeight(84)
        self.errors = ErrorLine(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setAccessibleDescription(
            self.tr("Adds the check-ins shown; entries already here are skipped")
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._layout()
        self._connect_signals()
        self._start()

    # -- assembly ---------------------------------------------------------------------

    def _layout(self) -> None:
        form = QFormLayout()
        if self.kind == "csv":
            for name in FIELDS:
                self.columns[name].setAccessibleName(self.tr(str(COLUMN_NAMES[name])))
                self.columns[name].setAccessibleDescription(
                    self.tr("A column of the file, or “(not in this file)”")
                )
                form.addRow(self.tr(str(ROW_LABELS[name])), self.columns[name])
            self.day_format.setAccessibleName(self.tr("Days are written as"))
            self.day_format.setAccessibleDescription(self.tr("The order of day, month and year in the file"))
            self.partner.setAccessibleName(self.tr("Rows without a partner column belong to"))
            self.partner.setAccessibleDescription(self.tr("Whose check-ins these rows are"))
            form.addRow(self.tr("Days are written as"), self.day_format)
            form.addRow(self.tr("Rows without a partner column belong to"), self.partner)
        elif self.kind == "daylio":
            self.moods.setAccessibleName(self.tr("What each mood means"))
            self.moods.setToolTip(
                self.tr("mood=N sets stress 10−N, closeness N, availability N; mood=S/C/A sets all three.")
            )
            self.moods.setAccessibleDescription(self.moods.toolTip())
            self.partner.setAccessibleName(self.tr("These entries belong to"))
            self.partner.setAccessibleDescription(self.tr("Whose check-ins these rows are"))
            form.addRow(self.tr("These entries belong to"), self.partner)
            form.addRow(self.tr("Moods (stress/closeness/availability)"), self.moods)
            form.addRow("", self.keep_activities)
        optional: list[QWidget] = [*self.columns.values(), self.day_format, self.partner, self.moods]
        optional.append(self.keep_activities)
        used: dict[str, list[QWidget]] = {
            "csv": [*self.columns.values(), self.day_format, self.partner],
            "daylio": [self.partner, self.moods, self.keep_activities],
            "json": [],
        }
        for widget in optional:
            widget.setVisible(widget in used[self.kind])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        if self.kind != "json":
            layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.confirm)
        for combo in (*self.columns.values(), self.day_format, self.partner):
            combo.activated.connect(self.replan)
        self.moods.editingFinished.connect(self.replan)
        self.keep_activities.toggled.connect(self.replan)
        self.session.sig_locked.connect(self.reject)

    def _start(self) -> None:
        if self.kind == "json":
            self.intro.setText(
                self.tr(
                    "{file} is a Connectly export. Everything in it is checked first; "
                    "if any record is wrong, nothing is imported. Entries already in the diary are skipped."
                ).format(file=self._file_name())
            )
            self.problems.hide()
            self.import_button.setEnabled(True)
            return
        if self.kind == "daylio":
            moods, _ = daylio_vocabulary(self.path)
            self.moods.setText(",".join(f"{m}={MOOD_LEVELS.get(m, 5)}" for m in moods) or "good=7")
            self.intro.setText(
                self.tr(
                    "{file} is a Daylio export. Choose whose entries they are and what each mood means."
                ).format(file=self._file_name())
            )
        else:
            self.intro.setText(
                self.tr(
                    "{file}: check which column holds what. The preview shows the first rows as "
                    "they will be read; nothing is imported until you press Import."
                ).format(file=self._file_name())
            )
        self.replan(first=True)

    def _file_name(self) -> str:
        return f"<b>{html.escape(self.path.name)}</b>"

    # -- planning ---------------------------------------------------------------------

    def mapping(self) -> ColumnMapping | DaylioMapping:
        """The mapping the form describes."""
        if self.kind == "daylio":
            return DaylioMapping(
                partner=str(self.partner.currentData()),
                moods=DaylioMapping.parse_moods(self.moods.text()),
                keep_other_activities=self.keep_activities.isChecked(),
            )
        column = {
            name: (None if c.currentIndex() <= 0 else c.currentText()) for name, c in self.columns.items()
        }
        return ColumnMapping(
            day=column["day"],
            partner=column["partner"],
            stress=column["stress"],
            closeness=column["closeness"],
            availability=column["availability"],
            tags=column["tags"],
            note=column["note"],
            partner_fixed=None if column["partner"] else str(self.partner.currentData()),
            day_format=self.day_format.currentData(),
        )

    def replan(self, *args: object, first: bool = False) -> None:
        """Read and check the file again with the current mapping (off the GUI thread)."""
        self.errors.clear_error()
        self.import_button.setEnabled(False)
        try:
            mapping = None if first and self.kind == "csv" else self.mapping()
        except Exception as exc:
            self.errors.show_error(exc)
            return
        self.summary.setText(self.tr("Reading the file…"))
        service, path, kind = self.service, self.path, self.kind

        def plan() -> ImportPlan:
            if kind == "daylio":
                return service.plan_daylio_import(path, mapping)  # type: ignore[arg-type]
            return service.plan_csv_import(path, mapping)  # type: ignore[arg-type]

        shown = deferred(self, lambda result: self.show_plan(result, first=first))
        run_in_background(plan, shown, deferred(self, self._failed), parent=self)

    def show_plan(self, plan: ImportPlan, *, first: bool = False) -> None:
        """Show what the import would do, and allow it when something can be added."""
        self.plan = plan
        if first and self.kind == "csv":
            self._fill_columns(plan)
        self.model.set_rows(plan.preview)
        self.preview.clearSpans()
        for row, item in enumerate(plan.preview):
            if item.problem:  # the sentence reads across the row instead of squeezing into “Day”
                self.preview.setSpan(row, 1, 1, self.model.columnCount() - 1)
        self.summary.setText(plan.summary())
        lines = [
            self.tr("Line {line}: {reason}").format(line=line, reason=reason)
            for line, reason in plan.bad_rows[:500]
        ]
        if len(plan.bad_rows) > 500:
            lines.append(self.tr("… and %Ln more.", "", len(plan.bad_rows) - 500))
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self.import_button.setEnabled(plan.can_apply)
        count = len(plan.new_rows)
        if not plan.can_apply:
            self.import_button.setText(self.tr("Import"))
        elif count == 1:
            self.import_button.setText(self.tr("Import %Ln check-in", "", count))
        else:
            self.import_button.setText(self.tr("Import %Ln check-ins", "", count))
        self.import_button.setAccessibleName(self.import_button.text())

    def _fill_columns(self, plan: ImportPlan) -> None:
        guessed = plan.mapping if isinstance(plan.mapping, ColumnMapping) else ColumnMapping()
        for name, combo in self.columns.items():
            combo.clear()
            combo.addItems([self.tr(NOT_IN_FILE), *plan.headers])
            current = getattr(guessed, name)
            if current in plan.headers:
                combo.setCurrentIndex(1 + plan.headers.index(current))
            else:
                combo.setCurrentIndex(0)
        if guessed.day_format:
            self.day_format.setCurrentIndex(max(self.day_format.findData(guessed.day_format), 0))

    # -- importing --------------------------------------------------------------------

    def confirm(self) -> None:
        """Write the planned rows (or the JSON file), then close."""
        self.import_button.setEnabled(False)
        service, path, plan, kind = self.service, self.path, self.plan, self.kind
        if kind == "json":
            job = lambda: service.import_json(path)  # noqa: E731
        elif plan is not None:
            job = lambda: service.apply_import(dataclasses.replace(plan))  # noqa: E731
        else:
            return
        self.summary.setText(self.tr("Importing…"))
        run_in_background(job, deferred(self, self._imported), deferred(self, self._failed), parent=self)

    def _imported(self, result: ImportResult) -> None:
        self.session.notify(Changed.EVERYTHING, self)  # a JSON import may bring partners and settings too
        self.summary.setText(result.summary())
        self.sig_imported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.summary.clear()
        self.errors.show_error(exc)
        self.import_button.setEnabled(self.kind == "json" or bool(self.plan and self.plan.can_apply))
