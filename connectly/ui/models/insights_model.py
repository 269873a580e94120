"""The insight sentences as a list model, and the delegate that draws them as small cards.

Each row is one :class:`~connectly.analysis.insight.Insight`: a short heading for its kind, the
days it is about, and the sentence, word-wrapped. The headings and badges are translated; the
sentences come from the analysis in English (not translated yet). Tentative insights (small samples) carry a
visible "tentative" badge and muted text, besides the words the analysis already puts in the
sentence, so nobody reads a first impression as a finding.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from connectly.analysis.insight import Insight, InsightKind
from connectly.domain.days import day_from_number
from connectly.ui.display import day_text

INSIGHT_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
TENTATIVE_ROLE = Qt.ItemDataRole.UserRole + 3
DAYS_ROLE = Qt.ItemDataRole.UserRole + 4
AnyIndex = QModelIndex | QPersistentModelIndex

CONTEXT = "InsightList"
KIND_TITLES = {
    InsightKind.NOT_ENOUGH_DATA: str(QT_TRANSLATE_NOOP("InsightList", "Not enough days yet")),
    InsightKind.OVERVIEW: str(QT_TRANSLATE_NOOP("InsightList", "The days looked at")),
    InsightKind.LINK: str(QT_TRANSLATE_NOOP("InsightList", "Stress spikes and closeness dips")),
    InsightKind.NO_SPIKES: str(QT_TRANSLATE_NOOP("InsightList", "Stress spikes and closeness dips")),
    InsightKind.ASSOCIATION: str(QT_TRANSLATE_NOOP("InsightList", "Day to day")),
    InsightKind.BUFFER: str(QT_TRANSLATE_NOOP("InsightList", "Availability")),
    InsightKind.MISMATCH: str(QT_TRANSLATE_NOOP("InsightList", "Differences between you")),
    InsightKind.TRANSITION: str(QT_TRANSLATE_NOOP("InsightList", "Around a life event")),
    InsightKind.DRIFT: str(QT_TRANSLATE_NOOP("InsightList", "A slow drift in a calm time")),
}
TENTATIVE_TIP = str(
    QT_TRANSLATE_NOOP(
        "InsightList", "Tentative: this rests on few days, so read it as a first impression, not a pattern."
    )
)


def kind_title(kind: InsightKind) -> str:
    """The short heading of an insight of this kind, in the user's language."""
    title = KIND_TITLES.get(kind, "")
    return QCoreApplication.translate(CONTEXT, title) if title else ""


def days_text(day_range: tuple[int, int] | None) -> str:
    """“12 Mar 2026 – 3 Apr 2026” for an insight's days, or "" when it has none."""
    if day_range is None:
        return ""
    first, last = (day_text(day_from_number(d)) for d in day_range)
    return first if first == last else f"{first} – {last}"


class InsightListModel(QAbstractListModel):
    """Rows of :class:`Insight`, in the order the analysis gives them (most general first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._insights: list[Insight] = []

    def set_insights(self, insights: Iterable[Insight]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._insights = list(insights)
        self.endResetModel()

    def clear(self) -> None:
        """No rows (the diary was locked)."""
        self.set_insights(())

    def insight(self, row: int) -> Insight:
        """The insight in ``row``."""
        return self._insights[row]

    def insights(self) -> tuple[Insight, ...]:
        """Every insight shown."""
        return tuple(self._insights)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._insights)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._insights) or index.column() != 0:
            return None
        item = self._insights[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == TITLE_ROLE:
            return kind_title(item.kind)
        if role == DAYS_ROLE:
            return days_text(item.day_range)
        if role == TENTATIVE_ROLE:
            return item.tentative
        if role == INSIGHT_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = self.tr("Select to show these days on the timeline.") if item.day_range else ""
            tip = QCoreApplication.translate(CONTEXT, TENTATIVE_TIP) if item.tentative else ""
            return " ".join(part for part in (tip, hint) if part) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            lead = self.tr("Tentative.") + " " if item.tentative else ""
            return f"{kind_title(item.kind)}. {lead}{item.text}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class InsightDelegate(QStyledItemDelegate):
    """Draws an insight as a heading line (kind, days, tentative badge) over its wrapped sentence."""

    PAD = 10
    GAP = 4

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        body = QFont(option.font)
        heading = QFont(option.font)
        heading.setBold(True)
        heading.setPointSizeF(max(body.pointSizeF(), 8.0) * 0.92)
        return heading, body

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        width = option.rect.width()
        if isinstance(widget, QWidget) and hasattr(widget, "viewport"):
            width = widget.viewport().width()
        return max(width - 2 * self.PAD, 80)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        heading, body = self._fonts(option)
        width = self._text_width(option)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = QFontMetrics(body).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        height = self.PAD * 2 + QFontMetrics(heading).height() + self.GAP + lines.height()
        return QSize(width + 2 * self.PAD, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        heading, body = self._fonts(option)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        tentative = bool(index.data(TENTATIVE_ROLE))
        painter.save()
        card = option.rect.adjusted(2, 2, -2, -2)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        inner = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        head_height = QFontMetrics(heading).height()
        painter.setFont(heading)
        painter.setPen(palette.color(text_role))
        title = str(index.data(TITLE_ROLE) or "")
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), head_height), Qt.AlignmentFlag.AlignLeft, title
        )
        x = inner.left() + QFontMetrics(heading).horizontalAdvance(title) + 8
        if tentative:
            x = self._badge(painter, QRect(x, inner.top(), inner.right() - x, head_height), palette, selected)
        painter.setFont(body)
        painter.setPen(palette.color(muted_role))
        days = str(index.data(DAYS_ROLE) or "")
        if days and x + QFontMetrics(body).horizontalAdvance(days) < inner.right():
            painter.drawText(
                QRect(x, inner.top(), inner.right() - x, head_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                days,
            )
        painter.setPen(palette.color(muted_role if tentative else text_role))
        text_rect = QRect(inner.left(), inner.top() + head_height + self.GAP, inner.width(), inner.height())
        painter.drawText(
            text_rect,
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        painter.restore()

    def _badge(self, painter: QPainter, area: QRect, palette: QPalette, selected: bool) -> int:
        font = QFont(painter.font())
        font.setBold(False)
        font.setItalic(True)
        metrics = QFontMetrics(font)
        word = self.tr("tentative")
        box = QRect(area.left(), area.top(), metrics.horizontalAdvance(word) + 12, area.height())
        colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setFont(font)
        painter.setPen(colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), box.height() / 2, box.height() / 2)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, word)
        return box.right() + 8
