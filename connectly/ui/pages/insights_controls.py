"""Controls of the Insights page: the range bar, the analysis-settings popover, the hover words.

The range bar offers the presets (30 days, 90 days, 1 year, all) as buttons with mnemonics
(Alt+3, Alt+9, Alt+Y, Alt+A) and a custom From/To pair; the pair always shows the days on
screen, so panning the timeline and typing dates are the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from connectly.analysis.thresholds import AnalysisSettings
from connectly.charts.readings import DayReading
from connectly.charts.style import partner_looks
from connectly.charts.timeline import LinkedTimeline
from connectly.domain.checkins import CheckIn
from connectly.domain.days import day_from_number, day_number
from connectly.domain.partners import Partner
from connectly.ui.display import day_text, from_qdate, note_preview, to_qdate
from connectly.ui.messages import sentence_for
from connectly.ui.session import DiarySession

CONTEXT = "InsightsControls"

#: Preset key → (button text with mnemonic, days shown; None for every day).
PRESETS: dict[str, tuple[str, int | None]] = {
    "30d": (str(QT_TRANSLATE_NOOP("InsightsControls", "&30 days")), 30),
    "90d": (str(QT_TRANSLATE_NOOP("InsightsControls", "&90 days")), 90),
    "1y": (str(QT_TRANSLATE_NOOP("InsightsControls", "1 &year")), 365),
    "all": (str(QT_TRANSLATE_NOOP("InsightsControls", "&All")), None),
}
PRESET_DESCRIPTIONS = {
    "30d": QT_TRANSLATE_NOOP(
        "InsightsControls", "Show the last 30 days of the diary on the timeline (key 1)"
    ),
    "90d": QT_TRANSLATE_NOOP(
        "InsightsControls", "Show the last 90 days of the diary on the timeline (key 2)"
    ),
    "1y": QT_TRANSLATE_NOOP("InsightsControls", "Show the last year of the diary on the timeline (key 3)"),
    "all": QT_TRANSLATE_NOOP("InsightsControls", "Show every day of the diary on the timeline (key 0)"),
}


def preset_days(preset: str, first: int, last: int) -> tuple[int, int]:
    """The days a preset shows: the last N days of the data (or all of it), never before ``first``."""
    length = PRESETS[preset][1]
    if length is None:
        return first, last
    return max(first, last - length + 1), last


class RangeBar(QWidget):
    """Preset buttons and a From/To pair for the timeline's visible days."""

    sig_preset_chosen = Signal(str)
    """A preset button was pressed (its key in :data:`PRESETS`)."""
    sig_custom_range = Signal(int, int)
    """The user typed a From/To pair (first and last day number)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        show = QLabel(self.tr("Show"), self)
        row.addWidget(show)
        for key, (source, _days) in PRESETS.items():
            text = QCoreApplication.translate(CONTEXT, source)
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show {period}").format(period=text.replace("&", "")))
            button.setAccessibleDescription(
                QCoreApplication.translate(CONTEXT, str(PRESET_DESCRIPTIONS[key]))
            )
            self.group.addButton(button)
            self.buttons[key] = button
            row.addWidget(button)
        row.addSpacing(14)
        self.start = self._date_edit(
            self.tr("&From"), self.tr("Show from"), self.tr("The first day on the timeline"), row
        )
        self.end = self._date_edit(
            self.tr("to"), self.tr("Show until"), self.tr("The last day on the timeline"), row
        )
        self._connect_signals()

    def _date_edit(self, text: str, name: str, description: str, row: QHBoxLayout) -> QDateEdit:
        label = QLabel(text, self)
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        label.setBuddy(edit)
        row.addWidget(label)
        row.addWidget(edit)
        return edit

    def _connect_signals(self) -> None:
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.sig_preset_chosen.emit(k))
        self.start.editingFinished.connect(self._typed)
        self.end.editingFinished.connect(self._typed)
        self.start.calendarWidget().clicked.connect(lambda _d: self._typed())
        self.end.calendarWidget().clicked.connect(lambda _d: self._typed())

    def _typed(self) -> None:
        first, last = day_number(from_qdate(self.start.date())), day_number(from_qdate(self.end.date()))
        self.check(None)
        self.sig_custom_range.emit(min(first, last), max(first, last))

    def check(self, preset: str | None) -> None:
        """Mark ``preset`` as the one in use (None: a custom range)."""
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == preset)
        self.group.setExclusive(True)

    def set_bounds(self, first: int, last: int) -> None:
        """The first and last day that can be shown."""
        low, high = to_qdate(day_from_number(first)), to_qdate(day_from_number(last))
        for edit in (self.start, self.end):
            edit.setDateRange(low, high)

    def set_shown(self, first: int, last: int) -> None:
        """Reflect the days on screen without announcing a custom range."""
        for edit, day in ((self.start, first), (self.end, last)):
            if edit.hasFocus():
                continue
            edit.blockSignals(True)
            edit.setDate(QDate(to_qdate(day_from_number(day))))
            edit.blockSignals(False)


class AnalysisSettingsButton(QToolButton):
    """“Analysis settings”: sensitivity and the spike-to-dip window in a small popover."""

    sig_settings_changed = Signal(object)
    """New :class:`AnalysisSettings` were chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Analysis settings"))
        self.setAccessibleName(self.tr("Analysis settings"))
        self.setAccessibleDescription(
            self.tr("How unusual a day must be to count, and how soon a dip must follow a spike")
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        defaults = AnalysisSettings()
        panel = QWidget(self)
        form = QFormLayout(panel)
        form.setContentsMargins(12, 10, 12, 10)
        self.sensitivity = QDoubleSpinBox(panel)
        self.sensitivity.setRange(1.0, 3.0)
        self.sensitivity.setSingleStep(0.25)
        self.sensitivity.setValue(defaults.sensitivity)
        self.sensitivity.setToolTip(
            self.tr(
                "How far from a person's usual a day must be to count as a spike or dip, in spreads. "
                "Higher: fewer, more unusual days."
            )
        )
        self.sensitivity.setAccessibleName(self.tr("Sensitivity"))
        self.sensitivity.setAccessibleDescription(self.sensitivity.toolTip())
        self.link_window = QSpinBox(panel)
        self.link_window.setRange(0, 7)
        self.link_window.setSuffix(self.tr(" days"))
        self.link_window.setValue(defaults.max_link_lag_days)
        self.link_window.setToolTip(
            self.tr("A dip counts as following a spike if it came within this many days.")
        )
        self.link_window.setAccessibleName(self.tr("Dip within days"))
        self.link_window.setAccessibleDescription(self.link_window.toolTip())
        reset = QPushButton(self.tr("Back to the usual settings"), panel)
        reset.setAccessibleName(self.tr("Back to the usual settings"))
        reset.setAccessibleDescription(self.tr("Sensitivity and the dip window as Connectly suggests them"))
        form.addRow(self.tr("Sensitivity"), self.sensitivity)
        form.addRow(self.tr("Dip within"), self.link_window)
        form.addRow(reset)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        self.setMenu(menu)
        self.sensitivity.valueChanged.connect(self._changed)
        self.link_window.valueChanged.connect(self._changed)
        reset.clicked.connect(self.reset)

    def sizeHint(self) -> QSize:
        """Room for the menu arrow, which Fusion draws in the corner over the text otherwise."""
        hint = super().sizeHint()
        return QSize(hint.width() + 14, hint.height())

    def settings(self) -> AnalysisSettings:
        """The settings the controls show."""
        return AnalysisSettings(
            sensitivity=self.sensitivity.value(), max_link_lag_days=self.link_window.value()
        )

    def reset(self) -> None:
        """Back to the design defaults."""
        defaults = AnalysisSettings()
        self.sensitivity.setValue(defaults.sensitivity)
        self.link_window.setValue(defaults.max_link_lag_days)

    def _changed(self, *_args: object) -> None:
        self.sig_settings_changed.emit(self.settings())


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".removesuffix(".0")


def reading_text(reading: DayReading, names: Sequence[str]) -> str:
    """“Tue 12 Mar 2026 · Sam: stress 7, closeness 3, availability 5 · Alex: no check-in”."""
    parts = [day_text(day_from_number(reading.day))]
    for p, name in enumerate(names[:2]):
        if reading.stress[p] is None:
            parts.append(
                QCoreApplication.translate("InsightsControls", "{name}: no check-in").format(name=name)
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "InsightsControls",
                    "{name}: stress {stress}, closeness {closeness}, availability {availability}",
                ).format(
                    name=name,
                    stress=_number(reading.stress[p]),
                    closeness=_number(reading.closeness[p]),
                    availability=_number(reading.availability[p]),
                )
            )
    return "  ·  ".join(parts)


def details_text(checkins: Sequence[CheckIn], names: dict[int, str], *, notes: bool) -> str:
    """Tags of the day (and, when ``notes`` is on, each note's first line) per partner."""
    lines = []
    for partner_id, name in names.items():
        mine = [c for c in checkins if c.partner_id == partner_id]
        tags = sorted({t for c in mine for t in c.tags})
        bits = (
            [QCoreApplication.translate("InsightsControls", "tags: {tags}").format(tags=", ".join(tags))]
            if tags
            else []
        )
        if notes:
            bits += [f"“{note_preview(c.note, 140)}”" for c in mine if c.note]
        if bits:
            lines.append(f"{name} — " + "; ".join(bits))
    return "\n".join(lines)


class DayHover(QObject):
    """What hovering the timeline shows: the day's values at once, its tags after a pause.

    The day's check-ins are read through ``journal.day(date)`` only once the pointer rests on
    a day for ``PAUSE_MS`` (throttled: sweeping across a year costs no queries), and kept in
    memory until the data change or the diary locks. Notes are shown only while the "Show
    notes on hover" box is ticked.
    """

    PAUSE_MS = 250

    def __init__(
        self,
        session: DiarySession,
        timeline: LinkedTimeline,
        view: pg.GraphicsView,
        readout: QLabel,
        details: QLabel,
        notes: QCheckBox,
    ) -> None:
        super().__init__(view)
        self.session = session
        self.timeline = timeline
        self.view = view
        self.readout = readout
        self.details = details
        self.notes = notes
        self.day: int | None = None
        self.cache: dict[int, tuple[CheckIn, ...]] = {}
        self._names: dict[int, str] = {}
        self._shown_names = [look.name for look in partner_looks(())]
        self._timer = QTimer(self, singleShot=True, interval=self.PAUSE_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.scene().sigMouseMoved.connect(lambda pos: self.show_day(self.timeline.day_at(pos)))
        self.view.viewport().installEventFilter(self)
        self.notes.toggled.connect(lambda _on: self._show_details())
        self._timer.timeout.connect(self._fetch)

    def set_partners(self, partners: Sequence[Partner]) -> None:
        """Names by partner id, for the details line."""
        self._names = {p.id: p.name for p in partners}
        self._shown_names = [look.name for look in partner_looks(partners)]

    def forget(self) -> None:
        """Drop every fetched check-in (and note) and the hovered day."""
        self._timer.stop()
        self.cache.clear()
        self.day = None
        self.details.clear()
        self.timeline.show_hover(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.show_day(None)
        return super().eventFilter(watched, event)

    def show_day(self, day: int | None) -> None:
        """Show ``day``'s values (None: the pointer left the panes)."""
        if day == self.day:
            return
        reading = self.timeline.reading(day) if day is not None else None
        self.day = day if reading is not None else None
        self.timeline.show_hover(self.day)
        self.details.clear()
        if reading is None:
            self._timer.stop()
            return
        self.readout.setText(reading_text(reading, self._shown_names))
        self._timer.start()

    def _fetch(self) -> None:
        day = self.day
        if day is None or not self.session.is_open:
            return
        if day not in self.cache:
            try:
                self.cache[day] = self.session.diary.journal.day(day_from_number(day))
            except Exception as exc:  # a locked or busy diary: say so calmly, never crash on hover
                self.details.setText(sentence_for(exc))
                return
        self._show_details()

    def _show_details(self) -> None:
        if self.day is None or self.day not in self.cache:
            self.details.clear()
            return
        self.details.setText(details_text(self.cache[self.day], self._names, notes=self.notes.isChecked()))
