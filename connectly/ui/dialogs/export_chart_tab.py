"""Export ▸ Chart: one chart as PNG (size and pixel ratio), SVG, or onto the clipboard.

The days are analysed off the GUI thread; the chart itself is painted on the GUI thread (a few
tens of milliseconds).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from connectly.report.charts import ChartInput, ChartKind, ReportCharts
from connectly.report.images import ImageSize, copy_chart, export_chart
from connectly.services.report_data import ReportData, ReportRequest, ReportService
from connectly.ui.dialogs.export_common import SavePathAsker, ask_save_path, deferred, not_encrypted_label
from connectly.ui.dialogs.export_range import RangePicker
from connectly.ui.dialogs.export_tab import ExportTab
from connectly.ui.session import DiarySession
from connectly.ui.workers import run_in_background

CONTEXT = "ChartExportTab"
CHART_NAMES = {
    ChartKind.TIMELINE: str(
        QT_TRANSLATE_NOOP("ChartExportTab", "Linked timeline (stress spikes and closeness dips)")
    ),
    ChartKind.SCATTER: str(QT_TRANSLATE_NOOP("ChartExportTab", "Stress against closeness (each day)")),
    ChartKind.LAG: str(QT_TRANSLATE_NOOP("ChartExportTab", "Stress today, closeness in the following days")),
}
SCALES = (
    (1.0, str(QT_TRANSLATE_NOOP("ChartExportTab", "1× (as on screen)"))),
    (2.0, str(QT_TRANSLATE_NOOP("ChartExportTab", "2× (sharp on high-resolution screens and print)"))),
    (3.0, "3×"),
)


class ChartExportTab(ExportTab):
    """Pick a chart, days, size; save PNG/SVG or copy it (``sig_exported`` carries None for a copy)."""

    def __init__(
        self, session: DiarySession, parent: QWidget | None = None, *, ask_path: SavePathAsker = ask_save_path
    ) -> None:
        super().__init__(session, parent, ask_path=ask_path)
        self.kind = QComboBox(self)
        for kind, name in CHART_NAMES.items():
            self.kind.addItem(QCoreApplication.translate(CONTEXT, name), kind)
        self.kind.setAccessibleName(self.tr("Chart"))
        self.kind.setAccessibleDescription(self.tr("Which of the three charts to export"))
        self.range_picker = RangePicker(self)
        self.width_box = self._spin(self.tr("Width in pixels"), 1200)
        self.height_box = self._spin(self.tr("Height in pixels"), 700)
        self.scale = QComboBox(self)
        for value, label in SCALES:
            self.scale.addItem(QCoreApplication.translate(CONTEXT, label), value)
        self.scale.setAccessibleName(self.tr("Pixel ratio"))
        self.scale.setAccessibleDescription(
            self.tr("2× or 3× gives a sharper image of the same size on screen")
        )
        self.initials = QCheckBox(self.tr("Show initials instead of names"), self)
        self.initials.setAccessibleName(self.tr("Show initials instead of names"))
        self.initials.setAccessibleDescription(self.tr("The chart's legend names you by your initials only"))
        self.not_encrypted = not_encrypted_label(self, self.tr("the image"))
        self.png_button = QPushButton(self.tr("Save as PNG…"), self)
        self.png_button.setAccessibleName(self.tr("Save as PNG"))
        self.png_button.setAccessibleDescription(self.tr("An image file for messages, documents and slides"))
        self.svg_button = QPushButton(self.tr("Save as SVG…"), self)
        self.svg_button.setAccessibleName(self.tr("Save as SVG"))
        self.svg_button.setAccessibleDescription(self.tr("A drawing that stays sharp at any size"))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the chart"))
        self.copy_button.setToolTip(
            self.tr("Copy the chart to the clipboard, to paste into a message or document")
        )
        self.copy_button.setAccessibleDescription(self.copy_button.toolTip())
        self._layout()
        self._connect_signals()
        self.range_picker.set_presets(ReportService(session.diary).presets())
        self.range_picker.select("Everything")
        self._kind_changed()

    def _spin(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(200, 6000)
        box.setSingleStep(50)
        box.setValue(value)
        box.setAccessibleName(name)
        box.setAccessibleDescription(self.tr("From 200 to 6000, before the pixel ratio"))
        return box

    def _layout(self) -> None:
        size = QHBoxLayout()
        size.addWidget(self.width_box, 1)
        size.addWidget(QLabel("×", self))
        size.addWidget(self.height_box, 1)
        size.addWidget(QLabel(self.tr("pixels (before sharpness)"), self))
        form = QFormLayout()
        form.addRow(self.tr("Chart"), self.kind)
        form.addRow(self.tr("Days"), self.range_picker)
        form.addRow(self.tr("Size"), size)
        form.addRow(self.tr("Sharpness"), self.scale)
        form.addRow("", self.initials)
        buttons = QHBoxLayout()
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.svg_button)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.not_encrypted)
        self.add_status_rows(layout)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.png_button.clicked.connect(lambda: self._save(".png"))
        self.svg_button.clicked.connect(lambda: self._save(".svg"))
        self.copy_button.clicked.connect(self.copy)

    def _kind_changed(self) -> None:
        default = ImageSize.default(self.current_kind)
        self.width_box.setValue(default.width)
        self.height_box.setValue(default.height)

    @property
    def current_kind(self) -> ChartKind:
        return ChartKind(self.kind.currentData())

    def image_size(self) -> ImageSize:
        """The image size and pixel ratio chosen."""
        return ImageSize(self.width_box.value(), self.height_box.value(), float(self.scale.currentData()))

    def _save(self, suffix: str) -> None:
        kind = self.current_kind
        kinds = self.tr("PNG images (*.png)") if suffix == ".png" else self.tr("SVG images (*.svg)")
        self.save_as(self.tr("Save the chart"), f"connectly-{kind.value}{suffix}", kinds, suffix)

    def export_to(self, target: Path) -> None:
        """Write the chart to ``target`` (.png or .svg)."""
        kind, size = self.current_kind, self.image_size()
        self._with_charts(lambda charts: self._written(export_chart(charts, kind, target, size)))

    def copy(self) -> None:
        """Put the chart on the clipboard."""
        kind, size = self.current_kind, self.image_size()

        def done(charts: ReportCharts) -> None:
            copy_chart(charts, kind, size)
            self.status.working(self.tr("Copied the chart; paste it where you need it."))
            self.sig_exported.emit(None)

        self._with_charts(done)

    def _with_charts(self, then: Callable[[ReportCharts], None]) -> None:
        self._started(self.tr("Preparing the chart…"))
        first, last = self.range_picker.range()
        request = ReportRequest(first, last, use_initials=self.initials.isChecked())
        diary = self.session.diary

        def ready(data: ReportData) -> None:
            try:
                then(ReportCharts(ChartInput(data.analysis, data.series, data.events, data.partners)))
            except Exception as exc:
                self._failed(exc)
            else:
                self._set_busy(False)

        run_in_background(
            lambda: ReportService(diary).build(request),
            deferred(self, ready),
            deferred(self, self._failed),
            parent=self,
        )

    def _written(self, path: Path) -> None:
        self.status.saved(path, self.tr("not encrypted"))
        self.sig_exported.emit(path)

    def busy_widgets(self) -> tuple[QWidget, ...]:
        return (self.png_button, self.svg_button, self.copy_button, self.kind, self.range_picker)
