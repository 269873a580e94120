"""History's filter bar: partner, from/to days, tag and a search box (debounced while typing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QWidget

from connectly.domain.checkins import CheckInFilter
from connectly.domain.days import local_today
from connectly.domain.partners import Partner
from connectly.ui.display import from_qdate, to_qdate

SEARCH_DEBOUNCE_MS = 250
_DEFAULT_SPAN = dt.timedelta(days=30)


class HistoryFilters(QWidget):
    """The controls that narrow History down; emits the resulting :class:`CheckInFilter`."""

    sig_filter_changed = Signal(object)
    """The filter changed (a :class:`CheckInFilter`); the search box waits for a pause in typing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner_box = QComboBox(self)
        self.partner_box.setAccessibleName(self.tr("Whose check-ins"))
        self.partner_box.setAccessibleDescription(self.tr("Show the check-ins of both of you, or of one"))
        self.from_check = QCheckBox(self.tr("&From"), self)
        self.from_check.setAccessibleName(self.tr("From a day"))
        self.from_check.setAccessibleDescription(self.tr("Tick to hide check-ins before the day chosen next"))
        self.from_edit = self._date_edit(self.tr("From day"), self.tr("The first day shown"))
        self.to_check = QCheckBox(self.tr("&To"), self)
        self.to_check.setAccessibleName(self.tr("Up to a day"))
        self.to_check.setAccessibleDescription(self.tr("Tick to hide check-ins after the day chosen next"))
        self.to_edit = self._date_edit(self.tr("To day"), self.tr("The last day shown"))
        self.tag_box = QComboBox(self)
        self.tag_box.setAccessibleName(self.tr("Tag"))
        self.tag_box.setAccessibleDescription(self.tr("Show only check-ins with this tag"))
        self.tag_box.setMinimumContentsLength(12)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes and tags…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search notes and tags"))
        self.search.setAccessibleDescription(
            self.tr("Shows check-ins whose note or tags contain these words")
        )
        self.search.setMinimumWidth(200)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setAccessibleDescription(self.tr("Show every check-in again"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._quiet = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.partner_box)
        row.addSpacing(6)
        row.addWidget(self.from_check)
        row.addWidget(self.from_edit)
        row.addWidget(self.to_check)
        row.addWidget(self.to_edit)
        row.addSpacing(6)
        row.addWidget(self.tag_box)
        row.addWidget(self.search, 1)
        row.addWidget(self.clear_button)
        self.set_choices((), ())
        self.reset()
        self._connect_signals()

    def _date_edit(self, name: str, description: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        edit.setEnabled(False)
        return edit

    def _connect_signals(self) -> None:
        for box in (self.partner_box, self.tag_box):
            box.currentIndexChanged.connect(self._changed)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._changed)
            edit.dateChanged.connect(self._changed)
        self.search.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self._changed)
        self.search.returnPressed.connect(self.flush)
        self.clear_button.clicked.connect(self.clear_filters)

    # -- choices ------------------------------------------------------------------------------

    def set_choices(self, partners: Sequence[Partner], tags: Sequence[str]) -> None:
        """Fill the partner and tag lists, keeping the current choice when still there."""
        self._quiet = True
        try:
            keep_partner = self.partner_box.currentData()
            self.partner_box.clear()
            self.partner_box.addItem(self.tr("Both of us"), None)
            for partner in partners:
                self.partner_box.addItem(partner.name, partner.id)
            at = self.partner_box.findData(keep_partner) if keep_partner is not None else 0
            self.partner_box.setCurrentIndex(max(at, 0))
            keep_tag = self.tag_box.currentData()
            self.tag_box.clear()
            self.tag_box.addItem(self.tr("Any tag"), None)
            for tag in tags:
                self.tag_box.addItem(tag, tag)
            at = self.tag_box.findData(keep_tag) if keep_tag is not None else 0
            self.tag_box.setCurrentIndex(max(at, 0))
        finally:
            self._quiet = False

    # -- the filter ---------------------------------------------------------------------------

    def current(self) -> CheckInFilter:
        text = self.search.text().strip()
        return CheckInFilter(
            partner_id=self.partner_box.currentData(),
            start=from_qdate(self.from_edit.date()) if self.from_check.isChecked() else None,
            end=from_qdate(self.to_edit.date()) if self.to_check.isChecked() else None,
            tag=self.tag_box.currentData(),
            text=text or None,
        )

    def is_filtering(self) -> bool:
        return self.current() != CheckInFilter()

    def flush(self) -> None:
        """Apply a pending search now (Enter in the search box)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._changed()

    def clear_filters(self) -> None:
        self.reset()
        self.sig_filter_changed.emit(self.current())

    def reset(self) -> None:
        """Everything shown again; the date fields suggest the last 30 days when switched on."""
        self._quiet = True
        try:
            today = local_today()
            self.partner_box.setCurrentIndex(0)
            self.tag_box.setCurrentIndex(0)
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
            self.from_edit.setDate(to_qdate(today - _DEFAULT_SPAN))
            self.to_edit.setDate(to_qdate(today))
            self.search.clear()
            self._debounce.stop()
        finally:
            self._quiet = False

    def forget(self) -> None:
        """The diary locked: drop names, tags and the search text."""
        self.reset()
        self.set_choices((), ())

    def _changed(self, *_args: object) -> None:
        if not self._quiet:
            self.sig_filter_changed.emit(self.current())
