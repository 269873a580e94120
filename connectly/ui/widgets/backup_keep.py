"""How many automatic backups to keep: one per recent day, week and month (BackupSettings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from connectly.domain.backups import BackupSettings

# The widest choice the domain accepts (BackupSettings refuses more).
MOST_KEPT = 366


class BackupKeepRow(QWidget):
    """“Keep backups for the last: [7 days] [4 weeks] [6 months]” — one backup per day, week, month.

    Emits ``sig_changed`` whenever a number changes. Backups beyond the new numbers are removed
    at the next backup, never while the user is still choosing.
    """

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = self._spin(
            1,
            lambda n: self.tr(" day") if n == 1 else self.tr(" days"),
            self.tr("Daily backups kept"),
            self.tr("One backup for each of this many recent days"),
        )
        self.weeks = self._spin(
            0,
            lambda n: self.tr(" week") if n == 1 else self.tr(" weeks"),
            self.tr("Weekly backups kept"),
            self.tr("One backup for each of this many recent weeks"),
        )
        self.months = self._spin(
            0,
            lambda n: self.tr(" month") if n == 1 else self.tr(" months"),
            self.tr("Monthly backups kept"),
            self.tr("One backup for each of this many recent months"),
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Keep one backup a day, a week and a month for the last:"), self)
        label.setBuddy(self.days)
        row.addWidget(label)
        for spin in (self.days, self.weeks, self.months):
            row.addWidget(spin)
        row.addStretch(1)

    def _spin(self, lowest: int, unit: Callable[[int], str], name: str, description: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(lowest, MOST_KEPT)
        spin.setAccessibleName(name)
        spin.setAccessibleDescription(description)
        spin.setSuffix(unit(spin.value()))
        spin.valueChanged.connect(lambda value: spin.setSuffix(unit(value)))
        spin.valueChanged.connect(self.sig_changed)
        return spin

    def show_settings(self, settings: BackupSettings) -> None:
        """Show the stored numbers without emitting ``sig_changed``."""
        self.blockSignals(True)
        self.days.setValue(settings.keep_daily)
        self.weeks.setValue(settings.keep_weekly)
        self.months.setValue(settings.keep_monthly)
        self.blockSignals(False)

    def kept(self, current: BackupSettings) -> BackupSettings:
        """``current`` with the chosen numbers (its folder unchanged)."""
        return replace(
            current,
            keep_daily=self.days.value(),
            keep_weekly=self.weeks.value(),
            keep_monthly=self.months.value(),
        )
