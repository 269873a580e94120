"""Insights: the linked timeline, the scatter and lag charts, and the sentences beside them.

The analysis covers the whole diary and runs off the GUI thread (``run_in_background``); the
range presets only move the timeline, so the sentences never change when someone zooms. Hovering
the timeline shows the day's values at once (from the loaded series) and, after a short pause on
one day, its tags — and its notes only when "Show notes on hover" is ticked (off by default;
notes are the most private thing in the diary). Selecting a sentence zooms to its days.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from connectly.analysis.report import AnalysisResult
from connectly.analysis.series import DailySeries, daily_series
from connectly.analysis.thresholds import AnalysisSettings
from connectly.charts.lag import LagChart
from connectly.charts.scatter import StressClosenessScatter
from connectly.charts.style import PartnerLook, partner_looks, screen_style
from connectly.charts.timeline import LinkedTimeline
from connectly.domain.events import LifeEvent
from connectly.domain.partners import Partner
from connectly.services.diary import OpenDiary
from connectly.services.insights import InsightService
from connectly.ui.changes import Changed, Changes
from connectly.ui.messages import sentence_for
from connectly.ui.models.insights_model import InsightDelegate, InsightListModel
from connectly.ui.pages.insights_controls import (
    AnalysisSettingsButton,
    DayHover,
    RangeBar,
    preset_days,
)
from connectly.ui.session import DiarySession
from connectly.ui.workers import run_in_background

EMPTY = str(
    QT_TRANSLATE_NOOP(
        "InsightsPage", "Check in for {days} days together and patterns will start to show here."
    )
)
INTRO = str(
    QT_TRANSLATE_NOOP(
        "InsightsPage",
        "How stress and closeness moved together. These are patterns of what tended to go together, not causes.",
    )
)
REFRESHING_ON = Changed.CHECKINS | Changed.EVENTS | Changed.PARTNERS


@dataclass(frozen=True, slots=True)
class InsightsData:
    """Everything the page shows, read and computed off the GUI thread."""

    result: AnalysisResult
    series: DailySeries
    events: tuple[LifeEvent, ...]
    partners: tuple[Partner, ...]


def load_insights(diary: OpenDiary, settings: AnalysisSettings) -> InsightsData:
    """Analyse the whole diary and read the series the timeline draws (same days as the result)."""
    result = InsightService(diary).analyse(None, None, settings)
    rows = diary.journal.rating_rows()
    series = (
        daily_series(rows, start=result.start_day, end=result.end_day) if result.n_days else daily_series([])
    )
    return InsightsData(result, series, tuple(diary.events.events()), tuple(diary.journal.partners()))


class InsightsPage(QWidget):
    """The Insights page (see module docstring)."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: InsightsData | None = None
        self.busy = False
        self.preset: str | None = "1y"
        self.settings_button = AnalysisSettingsButton(self)
        self.analysis_settings = self.settings_button.settings()
        self._generation = 0
        self._stale = True
        self._side_charts_stale = True
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        style = screen_style(self.palette())
        self.timeline = LinkedTimeline(style)
        self.scatter = StressClosenessScatter(style)
        self.lag = LagChart(style)
        self.timeline_view = self._view(
            self.timeline.layout,
            self.tr("Linked timeline of stress and closeness"),
            self.tr(
                "Both partners' stress and closeness by day; triangles mark unusual days. "
                "Arrow keys move, + and − zoom; 1, 2, 3 and 0 show 30 days, 90 days, a year and everything."
            ),
        )
        self.scatter_view = self._view(
            self.scatter.layout,
            self.tr("Stress against closeness"),
            self.tr("One point per day and person: stress across, closeness up."),
        )
        self.lag_view = self._view(
            self.lag.layout,
            self.tr("Association by number of days between"),
            self.tr("How stress on a day went with closeness on the same and the following days."),
        )
        self.range_bar = RangeBar(self)
        self.model = InsightListModel(self)
        self.list = QListView(self)
        self.readout = QLabel(self)
        self.details = QLabel(self)
        self.smoothing = QCheckBox(self.tr("7-day &average"), self)
        self.availability = QCheckBox(self.tr("A&vailability"), self)
        self.notes = QCheckBox(self.tr("Show &notes on hover"), self)
        self.progress = QProgressBar(self)
        self.empty = QLabel(self)
        self.stack = QStackedWidget(self)
        self.hover = DayHover(
            session, self.timeline, self.timeline_view, self.readout, self.details, self.notes
        )
        self.tabs = QTabWidget(self)
        self._build()
        self._connect_signals()
        self._show_message(self.tr("Looking for patterns…"), busy=True)

    # -- building --------------------------------------------------------------------------

    def _view(self, layout: pg.GraphicsLayout, name: str, description: str) -> pg.GraphicsView:
        view = pg.GraphicsView(self)
        view.setCentralItem(layout)
        view.setBackground(self.timeline.chart.style.background)
        view.setAccessibleName(name)
        view.setAccessibleDescription(description)
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.setMinimumHeight(200)
        return view

    def _build(self) -> None:
        title = QLabel(self.tr("Insights"), self)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.7)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(INTRO), self)
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setAccessibleName(self.tr("Working out the insights"))
        self.progress.hide()
        top = QHBoxLayout()
        top.addWidget(self.range_bar)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.settings_button)
        self.timeline_view.setToolTip(
            self.tr(
                "Drag or use ← → (Shift for bigger steps) to move, + − or the wheel to zoom.\n"
                "Keys 1, 2, 3 and 0 show 30 days, 90 days, a year and everything."
            )
        )
        self.readout.setAccessibleName(self.tr("The day under the pointer"))
        # Long lines are cut at the edge rather than widening the page (and squeezing the list).
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.readout.setText(
            self.tr("Point at a day to see its values. Drag or use ← → to move, + − or the wheel to zoom.")
        )
        self.details.setWordWrap(True)
        for label in (self.readout, self.details):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline_options = QWidget(self)
        toggles = QHBoxLayout(self.timeline_options)
        toggles.setContentsMargins(0, 0, 0, 2)
        for box in (self.smoothing, self.availability, self.notes):
            toggles.addWidget(box)
        toggles.addStretch(1)
        self.smoothing.setChecked(True)
        self.smoothing.setToolTip(
            self.tr("Draw each line as a 7-day average; unusual days keep their own value.")
        )
        self.availability.setToolTip(self.tr("Add a small pane for how much each of you had to give."))
        self.notes.setToolTip(self.tr("Notes are private: they show here only while this is ticked."))
        for box in (self.smoothing, self.availability, self.notes):
            box.setAccessibleName(box.text().replace("&", ""))
            box.setAccessibleDescription(box.toolTip())
        timeline_tab = QWidget(self)
        timeline_column = QVBoxLayout(timeline_tab)
        timeline_column.setContentsMargins(0, 4, 0, 0)
        # The toggles sit above the chart, not in the tab bar's corner, where they pushed the
        # tabs into a scroller on smaller windows.
        timeline_column.addWidget(self.timeline_options)
        timeline_column.addWidget(self.timeline_view, 1)
        timeline_column.addWidget(self.readout)
        timeline_column.addWidget(self.details)
        self.tabs.addTab(timeline_tab, self.tr("&Timeline"))
        self.tabs.addTab(self.scatter_view, self.tr("&Stress and closeness"))
        self.tabs.addTab(self.lag_view, self.tr("&Days between"))
        self.tabs.setAccessibleName(self.tr("Charts"))
        self.tabs.setAccessibleDescription(
            self.tr("The timeline, stress against closeness, and days between")
        )
        self.tabs.setDocumentMode(True)
        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("What stands out"), side)
        heading.setFont(QFont(self.font().family(), -1, QFont.Weight.Bold))
        side_column.addWidget(heading)
        side_column.addWidget(self.list, 1)
        self.list.setModel(self.model)
        self.list.setItemDelegate(InsightDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("What stands out"))
        self.list.setAccessibleDescription(
            self.tr(
                "Sentences about patterns in your check-ins; selecting one shows its days on the timeline"
            )
        )
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(300)  # narrower, the sentences wrap a few words per line
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.tabs)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([1000, 380])
        body.setChildrenCollapsible(False)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("Insights status"))
        self.stack.addWidget(body)
        self.stack.addWidget(self.empty)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 22, 28, 16)
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(top)
        column.addWidget(self.stack, 1)
        self.range_bar.check(self.preset)

    def _connect_signals(self) -> None:
        self.session.sig_unlocked.connect(self.refresh)
        self.session.sig_locked.connect(self.clear)
        self.session.sig_data_changed.connect(self._on_data_changed)
        self.range_bar.sig_preset_chosen.connect(self.show_preset)
        self.range_bar.sig_custom_range.connect(self._custom_range)
        self.settings_button.sig_settings_changed.connect(self._settings_changed)
        self.timeline.sig_days_shown.connect(self.range_bar.set_shown)
        for pane in self.timeline.panes:
            pane.view.sigRangeChangedManually.connect(lambda *_: self._forget_preset())
        self.list.selectionModel().currentChanged.connect(self._insight_chosen)
        self.smoothing.toggled.connect(self._redraw)
        self.availability.toggled.connect(self._redraw)
        self._refresh_timer.timeout.connect(self.refresh)
        self.tabs.currentChanged.connect(self._update_side_charts)
        self.tabs.currentChanged.connect(lambda index: self.timeline_options.setVisible(index == 0))
        keys = (("Left", -0.1), ("Right", 0.1), ("Shift+Left", -0.5), ("Shift+Right", 0.5))
        for key, step in keys:
            self._shortcut(key, lambda s=step: self._pan(s))
        for key, factor in (("+", 1.25), ("=", 1.25), ("-", 0.8)):
            self._shortcut(key, lambda f=factor: self._zoom(f))
        for key, preset in (("1", "30d"), ("2", "90d"), ("3", "1y"), ("0", "all"), ("Home", "all")):
            self._shortcut(key, lambda p=preset: self.show_preset(p))

    def _shortcut(self, key: str, slot: object) -> None:
        shortcut = QShortcut(QKeySequence(key), self.timeline_view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Work out the insights again, off the GUI thread."""
        if not self.session.is_open:
            return
        self._generation += 1
        self._stale = False
        self.hover.forget()
        generation, diary, settings = self._generation, self.session.diary, self.analysis_settings
        self._set_busy(True)
        run_in_background(
            lambda: load_insights(diary, settings),
            lambda data: self._loaded(generation, data),
            lambda exc: self._failed(generation, exc),
            parent=self,
        )

    def _loaded(self, generation: int, data: InsightsData) -> None:
        if generation != self._generation or not self.session.is_open:
            return
        self._set_busy(False)
        self.data = data
        result = data.result
        if result.paired_days < result.settings.min_paired_days:
            self._show_empty(result)
            return
        shown = (
            self.timeline.visible_days() if self.preset is None and self.stack.currentIndex() == 0 else None
        )
        self._redraw()
        self._side_charts_stale = True
        self._update_side_charts()
        self.model.set_insights(result.insights)
        self.hover.set_partners(data.partners)
        self.range_bar.set_bounds(*self.timeline.data_days())
        if shown is not None:
            self.timeline.set_range(*shown)
        else:
            self.show_preset(self.preset or "1y")
        self.stack.setCurrentIndex(0)
        self._show_controls(True)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not self.session.is_open:
            return
        self._set_busy(False)
        self._show_message(sentence_for(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy and self.stack.currentIndex() == 0 and self.data is not None)
        if busy and self.data is None:
            self._show_message(self.tr("Looking for patterns…"), busy=True)

    def _show_empty(self, result: AnalysisResult) -> None:
        need = result.settings.min_paired_days
        so_far = result.paired_days
        more = need - so_far
        if result.n_days == 0:
            detail = self.tr("There are no check-ins yet.")
        else:
            so_far_text = (
                self.tr("So far %n day with check-ins from both of you", "", so_far)
                if so_far == 1
                else self.tr("So far %n days with check-ins from both of you", "", so_far)
            )
            detail = so_far_text + " — " + self.tr("%n more to go.", "", more)
        self._show_message(self.tr(EMPTY).format(days=need), detail=detail)

    def _show_message(self, text: str, *, detail: str = "", busy: bool = False) -> None:
        """Show one calm sentence (and a detail line) instead of the charts."""
        lead = f"<p style='font-size:large'>{html.escape(text)}</p>"
        self.empty.setText(lead + (f"<p>{html.escape(detail)}</p>" if detail else ""))
        self.empty.setForegroundRole(
            QPalette.ColorRole.PlaceholderText if busy else QPalette.ColorRole.WindowText
        )
        self.stack.setCurrentWidget(self.empty)
        self._show_controls(False)

    def _show_controls(self, shown: bool) -> None:
        """The range and settings controls only make sense next to the charts."""
        self.range_bar.setVisible(shown)
        self.settings_button.setVisible(shown)

    def clear(self) -> None:
        """The diary locked: forget everything shown, including any note fetched on hover."""
        self._generation += 1
        self.data = None
        self.hover.forget()
        self.busy = False
        self.progress.hide()
        self.timeline.clear()
        self.scatter.clear()
        self.lag.clear()
        self.model.clear()
        self._show_message(self.tr("The diary is locked."))
        self._stale = True

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches(REFRESHING_ON) or not self.session.is_open:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.session.is_open:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            style = screen_style(self.palette())
            for chart, view in (
                (self.timeline, self.timeline_view),
                (self.scatter, self.scatter_view),
                (self.lag, self.lag_view),
            ):
                chart.apply_style(style)
                view.setBackground(style.background)

    # -- drawing and ranges ----------------------------------------------------------------

    def _update_side_charts(self, *_args: object) -> None:
        """Fill the scatter and lag charts once their tab is first looked at (saves ~10 MiB and
        ~20 ms when Insights opens on the timeline)."""
        if self.data is None or not self._side_charts_stale or self.tabs.currentIndex() == 0:
            return
        self._side_charts_stale = False
        result = self.data.result
        self.scatter.update(self.data.series, self._looks())
        self.lag.update(result.lagged, self._looks(), confidence=result.settings.confidence)

    def _looks(self) -> tuple[PartnerLook, PartnerLook]:
        return partner_looks(self.data.partners if self.data else ())

    def _redraw(self, *_args: object) -> None:
        if self.data is None:
            return
        self.timeline.update(
            self.data.result,
            self.data.series,
            self.data.events,
            self._looks(),
            smoothing=self.smoothing.isChecked(),
            show_availability=self.availability.isChecked(),
        )

    def show_preset(self, preset: str) -> None:
        """Show the last 30 / 90 / 365 days of the diary, or all of it."""
        self.preset = preset
        self.range_bar.check(preset)
        self.timeline.set_range(*preset_days(preset, *self.timeline.data_days()))

    def _custom_range(self, first: int, last: int) -> None:
        self.preset = None
        self.timeline.set_range(first, last)

    def _forget_preset(self) -> None:
        self.preset = None
        self.range_bar.check(None)

    def _pan(self, fraction: float) -> None:
        self._forget_preset()
        self.timeline.pan(fraction)

    def _zoom(self, factor: float) -> None:
        self._forget_preset()
        self.timeline.zoom(factor)

    def _insight_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        day_range = self.model.insight(current.row()).day_range
        if day_range is None:
            return
        first, last = day_range
        pad = max(2, (last - first) // 20)
        self._forget_preset()
        self.tabs.setCurrentIndex(0)
        self.timeline.set_range(first - pad, last + pad)

    def _settings_changed(self, settings: AnalysisSettings) -> None:
        self.analysis_settings = settings
        self._refresh_timer.start()

    def show_day(self, day: int | None) -> None:
        """Show the values of ``day`` under the timeline, as hovering it does (None: nothing)."""
        self.hover.show_day(day)
