"""Export ▸ Therapy report: range, paper, initials, notes only with both partners' consent.

The report is made in three steps so the window never freezes: the data are gathered off the
GUI thread, each chart is drawn on the GUI thread one per event-loop turn (pyqtgraph needs it;
a few tens of milliseconds each), and the PDF is laid out and written off the GUI thread. A
progress bar follows all three. Nothing of the diary is logged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from connectly.report.charts import ChartInput, ChartJob, ReportCharts
from connectly.report.pdf import TherapyReport, default_page_size
from connectly.services.report_data import PAGE_SIZES, ReportData, ReportRequest, ReportService
from connectly.ui.dialogs.export_common import SavePathAsker, ask_save_path, deferred, not_encrypted_label
from connectly.ui.dialogs.export_range import RangePicker
from connectly.ui.dialogs.export_tab import ExportTab
from connectly.ui.session import DiarySession
from connectly.ui.workers import run_in_background

CONSENT_TEXT = str(QT_TRANSLATE_NOOP("ReportExportTab", "{name} agrees to include their notes"))


class ReportExportTab(ExportTab):
    """The therapy-report part of the export dialog (see module docstring)."""

    def __init__(
        self, session: DiarySession, parent: QWidget | None = None, *, ask_path: SavePathAsker = ask_save_path
    ) -> None:
        super().__init__(session, parent, ask_path=ask_path)
        self.range_picker = RangePicker(self)
        self.page_size = QComboBox(self)
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(default_page_size())
        self.page_size.setAccessibleName(self.tr("Paper size"))
        self.page_size.setAccessibleDescription(self.tr("The paper the report is laid out for"))
        self.initials = QCheckBox(self.tr("Show initials instead of names"), self)
        self.initials.setAccessibleName(self.tr("Show initials instead of names"))
        self.initials.setAccessibleDescription(self.tr("The report names you by your initials only"))
        self.consent_box = QGroupBox(self.tr("Personal notes"), self)
        self.consent_intro = QLabel(
            self.tr("Notes are left out unless both of you agree to share them with your therapist."),
            self.consent_box,
        )
        self.consent_intro.setWordWrap(True)
        self.consents = (QCheckBox(self.consent_box), QCheckBox(self.consent_box))
        self.notes_state = QLabel(self.consent_box)
        for check in self.consents:
            check.setAccessibleDescription(
                self.tr("Notes go into the report only when both of you tick your box")
            )
        self.not_encrypted = not_encrypted_label(self, self.tr("the PDF"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.hide()
        self.save_button = QPushButton(self.tr("Save report as PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save report as PDF"))
        self.save_button.setAccessibleDescription(
            self.tr("Asks where to save, then makes the report for your therapist")
        )
        self.save_button.setDefault(True)
        self._request: ReportRequest | None = None
        self._report: TherapyReport | None = None
        self._charts: ReportCharts | None = None
        self._pending: list[ChartJob] = []
        self._target: Path | None = None
        self._layout()
        self._connect_signals()
        self.reload()

    def _layout(self) -> None:
        box = QVBoxLayout(self.consent_box)
        box.addWidget(self.consent_intro)
        for check in self.consents:
            box.addWidget(check)
        box.addWidget(self.notes_state)
        form = QFormLayout()
        form.addRow(self.tr("Days"), self.range_picker)
        form.addRow(self.tr("Paper"), self.page_size)
        form.addRow("", self.initials)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.not_encrypted)
        self.add_status_rows(layout, self.progress)
        layout.addWidget(self.save_button)

    def _connect_signals(self) -> None:
        for check in self.consents:
            check.toggled.connect(self._consent_changed)
        self.save_button.clicked.connect(self.choose_file)

    # -- state ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fill names and presets from the open diary (quick reads)."""
        diary = self.session.diary
        partners = diary.journal.partners()
        for check, partner in zip(self.consents, partners, strict=False):
            check.setText(self.tr(CONSENT_TEXT).format(name=partner.name))
            check.setAccessibleName(self.tr(CONSENT_TEXT).format(name=partner.name))
        if len(partners) == 2:
            self.initials.setText(
                self.tr("Show initials instead of names ({first} and {second})").format(
                    first=partners[0].initials, second=partners[1].initials
                )
            )
        self.range_picker.set_presets(ReportService(diary).presets())
        self._consent_changed()

    @property
    def include_notes(self) -> bool:
        """True only when both partners ticked their own consent."""
        return all(check.isChecked() for check in self.consents)

    def _consent_changed(self) -> None:
        if self.include_notes:
            self.notes_state.setText(self.tr("Notes will be included: you both agreed."))
        elif any(check.isChecked() for check in self.consents):
            self.notes_state.setText(self.tr("Notes stay out until you both agree."))
        else:
            self.notes_state.setText(self.tr("Notes will be left out."))

    def request(self) -> ReportRequest:
        """The report the form describes."""
        first, last = self.range_picker.range()
        return ReportRequest(
            start=first,
            end=last,
            include_notes=self.include_notes,
            use_initials=self.initials.isChecked(),
            page_size=self.page_size.currentText(),
        )

    # -- making the report ----------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask where to save, then make the report."""
        request = self.request()
        suggested = suggested_name(request.start, request.end)
        self.save_as(self.tr("Save the therapy report"), suggested, self.tr("PDF documents (*.pdf)"), ".pdf")

    def export_to(self, target: Path) -> None:
        """Make the report into ``target`` (see module docstring); progress shows on the tab."""
        self.errors.clear_error()
        self._request = self.request()
        self._target = target
        self._set_busy(True)
        self._step(0.02, self.tr("Gathering the days…"))
        diary, request = self.session.diary, self._request
        run_in_background(
            lambda: ReportService(diary).build(request),
            deferred(self, self._data_ready),
            deferred(self, self._failed),
            parent=self,
        )

    def _data_ready(self, data: ReportData) -> None:
        self._report = TherapyReport(data)
        self._charts = ReportCharts(ChartInput(data.analysis, data.series, data.events, data.partners))
        self._pending = list(self._report.chart_jobs)
        self._draw_next_chart()

    def _draw_next_chart(self) -> None:
        if self._report is None or self._charts is None:
            return
        total = len(self._report.charts.jobs) or 1
        if self._pending:
            done = total - len(self._pending)
            self._step(
                0.1 + 0.6 * done / total,
                self.tr("Drawing chart {number} of {total}…").format(number=done + 1, total=total),
            )
            try:
                self._report.draw_chart(self._charts, self._pending.pop(0))
            except Exception as exc:
                self._failed(exc)
                return
            QTimer.singleShot(0, self._draw_next_chart)
            return
        self._step(0.75, self.tr("Writing the PDF…"))
        report, target, request, diary = self._report, self._target, self._request, self.session.diary
        assert target is not None and request is not None

        def write() -> tuple[Path, int]:
            path = report.write(target)
            ReportService(diary).remember_report(request)
            return path, len(report.pages)

        run_in_background(write, deferred(self, self._written), deferred(self, self._failed), parent=self)

    def _written(self, result: tuple[Path, int]) -> None:
        path, pages = result
        self._set_busy(False)
        if self._request and self._request.include_notes:
            detail = self.tr("%n pages, with notes; not encrypted", "", pages)
        else:
            detail = self.tr("%n pages, without notes; not encrypted", "", pages)
        self.status.saved(path, detail)
        self._release()
        self.sig_exported.emit(path)

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self._release()

    def _release(self) -> None:
        self._report, self._charts, self._pending = None, None, []

    def _step(self, fraction: float, text: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.status.working(text)

    def busy_widgets(self) -> tuple[QWidget, ...]:
        return (self.save_button, self.range_picker, self.page_size, self.initials, self.consent_box)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        super()._set_busy(busy)

    @property
    def busy(self) -> bool:
        """True while a report is being made."""
        return self.progress.isVisible()


def suggested_name(start: dt.date, end: dt.date) -> str:
    """The file name offered in the save dialog."""
    return f"connectly-report-{start.isoformat()}-to-{end.isoformat()}.pdf"
