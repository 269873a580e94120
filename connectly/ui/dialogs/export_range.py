"""Choosing the days an export covers: named presets ("since the last report", …) or custom dates.

The presets' names come from the report service in English; the ones it always offers are
shown translated (:func:`preset_text`), and :meth:`RangePicker.select` still matches the English.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from connectly.domain.days import local_today
from connectly.ui.display import from_qdate, to_qdate

CONTEXT = "RangePicker"
CUSTOM = str(QT_TRANSLATE_NOOP("RangePicker", "Custom range"))
SERVICE_PRESETS = (
    QT_TRANSLATE_NOOP("RangePicker", "Last 4 weeks"),
    QT_TRANSLATE_NOOP("RangePicker", "Last 3 months"),
    QT_TRANSLATE_NOOP("RangePicker", "Everything"),
)
"""The report service's fixed preset names, marked for translation."""
_SINCE = re.compile(r"Since the last report \(ended .+\)")

Preset = tuple[str, dt.date, dt.date]


def preset_text(label: str, first: dt.date) -> str:
    """A preset's name from the report service, in the user's language (unknown names as they are).

    “Since the last report” starts the day after that report ended, so its date comes from ``first``.
    """
    if _SINCE.fullmatch(label) is not None:
        ended = QLocale().toString(to_qdate(first - dt.timedelta(days=1)), "d MMM yyyy")
        return QCoreApplication.translate("RangePicker", "Since the last report (ended {date})").format(
            date=ended
        )
    return QCoreApplication.translate(CONTEXT, label)


class RangePicker(QWidget):
    """A preset list plus two dates; picking a preset fills the dates, editing them means "custom"."""

    sig_range_changed = Signal()
    """The chosen first or last day changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets = QComboBox(self)
        self.presets.setAccessibleName(self.tr("Which days"))
        self.presets.setAccessibleDescription(
            self.tr("A named period, or a custom range chosen with the two dates below")
        )
        self.start = self._date_edit(self.tr("First day"), self.tr("The first day the export covers"))
        self.end = self._date_edit(self.tr("Last day"), self.tr("The last day the export covers"))
        self._presets: list[Preset] = []
        self._filling = False
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(QLabel(self.tr("From"), self))
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.presets)
        layout.addLayout(dates)
        self._connect_signals()

    def _date_edit(self, name: str, description: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setMaximumDate(to_qdate(local_today()))
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        return edit

    def _connect_signals(self) -> None:
        self.presets.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)

    def set_presets(self, presets: Sequence[Preset]) -> None:
        """Offer ``presets`` (label, first day, last day) and a custom range; select the first."""
        self._presets = list(presets)
        self._filling = True
        self.presets.clear()
        shown = [preset_text(label, first) for label, first, _ in self._presets]
        self.presets.addItems([*shown, self.tr(CUSTOM)])
        self._filling = False
        self.presets.setCurrentIndex(0)
        self._preset_chosen(0)

    def select(self, label_start: str) -> bool:
        """Select the preset whose label starts with ``label_start``; False when there is none."""
        for i, (label, _, _) in enumerate(self._presets):
            if label.startswith(label_start):
                self.presets.setCurrentIndex(i)
                return True
        return False

    def range(self) -> tuple[dt.date, dt.date]:
        """The first and last day chosen (in order)."""
        first, last = from_qdate(self.start.date()), from_qdate(self.end.date())
        return (first, last) if first <= last else (last, first)

    def set_range(self, first: dt.date, last: dt.date) -> None:
        """Choose custom dates."""
        self.start.setDate(to_qdate(first))
        self.end.setDate(to_qdate(last))

    def _preset_chosen(self, index: int) -> None:
        if self._filling or not 0 <= index < len(self._presets):
            return
        _, first, last = self._presets[index]
        self._filling = True
        self.start.setDate(to_qdate(first))
        self.end.setDate(to_qdate(last))
        self._filling = False
        self.sig_range_changed.emit()

    def _dates_edited(self) -> None:
        if self._filling:
            return
        self._filling = True
        self.presets.setCurrentIndex(self.presets.count() - 1)  # now a custom range
        self._filling = False
        self.sig_range_changed.emit()
