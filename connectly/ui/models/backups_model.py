"""The list of backups: a thin QAbstractTableModel over :class:`BackupInfo` rows, newest first."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from connectly.domain.backups import BackupInfo, BackupReason
from connectly.ui.display import day_text
from connectly.ui.models.table_model import SORT_ROLE, RowTableModel

__all__ = ["SORT_ROLE", "BackupColumn", "BackupTableModel", "reason_text", "size_text", "when_text"]


class BackupColumn(enum.IntEnum):
    WHEN = 0
    KIND = 1
    SIZE = 2

    @property
    def title(self) -> str:
        """The column heading in the user's language."""
        return QCoreApplication.translate(CONTEXT, _TITLES[self])


CONTEXT = "BackupTable"
_TITLES = (
    str(QT_TRANSLATE_NOOP("BackupTable", "Made")),
    str(QT_TRANSLATE_NOOP("BackupTable", "Why")),
    str(QT_TRANSLATE_NOOP("BackupTable", "Size")),
)
REASON_LABELS = {
    BackupReason.DAILY: QT_TRANSLATE_NOOP("BackupTable", "Daily"),
    BackupReason.MANUAL: QT_TRANSLATE_NOOP("BackupTable", "Made by you"),
    BackupReason.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("BackupTable", "Before an update of Connectly"),
    BackupReason.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupTable", "Before restoring a backup"),
    BackupReason.BEFORE_IMPORT: QT_TRANSLATE_NOOP("BackupTable", "Before an import"),
    BackupReason.DAMAGED: QT_TRANSLATE_NOOP("BackupTable", "The damaged diary, kept aside"),
}
"""The domain's words for why a backup was made, marked for translation (a test keeps them in step)."""


def reason_text(reason: BackupReason) -> str:
    """Why a backup was made, in the user's language."""
    return QCoreApplication.translate(CONTEXT, reason.label)


def size_text(size: int) -> str:
    """“840 KB”, “12.4 MB”."""
    if size < 1_000_000:
        return f"{max(size, 0) / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB"


def when_text(info: BackupInfo) -> str:
    """“Tue 12 Mar 2026, 08:14”."""
    return f"{day_text(info.when.date())}, {info.when:%H:%M}"


class BackupTableModel(RowTableModel[BackupInfo, BackupColumn]):
    """Read-only rows of backups (the dialog refreshes it after each backup or restore)."""

    columns = BackupColumn

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        """Show ``backups`` (newest first)."""
        self.set_rows(backups)

    def arrange(self, rows: list[BackupInfo]) -> list[BackupInfo]:
        """Newest first."""
        return sorted(rows, key=lambda b: (b.when, b.path.name), reverse=True)

    def backup_at(self, row: int) -> BackupInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- what a cell shows -----------------------------------------------------------------

    def display(self, row: BackupInfo, column: BackupColumn) -> str:
        if column == BackupColumn.WHEN:
            return when_text(row)
        if column == BackupColumn.KIND:
            return reason_text(row.reason)
        return size_text(row.size)

    def sort_value(self, row: BackupInfo, column: BackupColumn) -> object:
        return (row.when.isoformat(), row.reason.value, row.size)[column]

    def tooltip(self, row: BackupInfo, column: BackupColumn) -> str:
        return str(row.path)

    def alignment(self, column: BackupColumn) -> Qt.AlignmentFlag | None:
        if column == BackupColumn.SIZE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
