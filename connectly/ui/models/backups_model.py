"""The list of backups: a thin QAbstractTableModel over :class:`BackupInfo` rows, newest first."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from connectly.domain.backups import BackupInfo, BackupReason
from connectly.ui.display import day_text

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


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


class BackupTableModel(QAbstractTableModel):
    """Read-only rows of backups (the dialog refreshes it after each backup or restore)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        """Show ``backups`` (newest first)."""
        self.beginResetModel()
        self._rows = sorted(backups, key=lambda b: (b.when, b.path.name), reverse=True)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BackupColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(BackupColumn)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return BackupColumn(section).title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = BackupColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BackupColumn.WHEN:
                return when_text(info)
            if column == BackupColumn.KIND:
                return reason_text(info.reason)
            return size_text(info.size)
        if role == SORT_ROLE:
            return (info.when.isoformat(), info.reason.value, info.size)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BackupColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
