"""The words around a chart: a key (legend) row and a caption, as layout items.

Both are drawn with QPainter in their own geometry (no HTML, no transformation tricks), so they
look the same on screen, in a PNG and in a 300-dpi PDF, and they wrap onto a second line when
the chart is narrow instead of forcing the layout wider.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneResizeEvent

SAMPLE_KINDS = ("line", "up", "down", "link", "span", "dot", "square", "bar")


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """One entry of a key: a small drawn sample of ``kind`` in ``colour``, then ``label``."""

    kind: str
    colour: str
    label: str


def draw_sample(p: QPainter, kind: str, colour: QColor, box: QRectF, outline: QColor, scale: float) -> None:
    """Draw the sample of one key entry centred in ``box``."""
    pen = QPen(colour)
    pen.setCosmetic(True)
    pen.setWidthF(scale)
    c = box.center()
    r = min(box.width(), box.height()) / 2 - 1
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if kind in ("line", "link"):
        pen.setWidthF((2.0 if kind == "line" else 1.0) * scale)
        p.setPen(pen)
        if kind == "link":
            p.drawLine(QPointF(box.left() + 2, box.top() + 2), QPointF(box.right() - 2, box.bottom() - 2))
        else:
            p.drawLine(QPointF(box.left() + 1, c.y()), QPointF(box.right() - 1, c.y()))
    elif kind in ("up", "down"):
        sign = -1 if kind == "up" else 1
        tri = QPolygonF(
            [
                QPointF(c.x() - r, c.y() - sign * r * 0.8),
                QPointF(c.x() + r, c.y() - sign * r * 0.8),
                QPointF(c.x(), c.y() + sign * r),
            ]
        )
        outline_pen = QPen(outline)
        outline_pen.setCosmetic(True)
        p.setPen(outline_pen)
        p.setBrush(colour)
        p.drawPolygon(tri)
    elif kind == "span":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRect(QRectF(c.x() - r * 0.7, box.top(), r * 1.4, box.height()))
    elif kind in ("dot", "square"):
        path = QPainterPath()
        if kind == "dot":
            path.addEllipse(c, r * 0.6, r * 0.6)
        else:
            path.addRect(QRectF(c.x() - r * 0.55, c.y() - r * 0.55, r * 1.1, r * 1.1))
        p.setPen(pen)
        p.setBrush(colour)
        p.drawPath(path)
    elif kind == "bar":
        p.setPen(pen)
        p.drawLine(QPointF(c.x(), box.top() + 1), QPointF(c.x(), box.bottom() - 1))
        p.setBrush(colour)
        p.drawEllipse(c, r * 0.45, r * 0.45)
    p.restore()


class _WrappingItem(pg.GraphicsWidget):
    """A layout item whose height follows the number of lines its content needs at its width."""

    def __init__(self) -> None:
        super().__init__()
        self._font = QFont()
        self._colour = QColor("#000000")
        self._scale = 1.0
        self._lines = 1
        self._height = 20.0
        # Static text: paint once into a pixmap, blit it on every pan frame (~0.5 ms saved).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def setLook(self, font: QFont, colour: QColor, scale: float = 1.0) -> None:
        """Font, text colour and the line-width scale of drawn samples."""
        self._font, self._colour, self._scale = font, colour, scale
        self._relayout(self.size().width())
        self.update()

    def _line_count(self, width: float) -> int:
        raise NotImplementedError

    def _relayout(self, width: float) -> None:
        # Never wrap narrower than 320 px: before the first layout the width is 0, and a huge
        # minimum height would push the whole chart taller than its view.
        lines = self._line_count(max(width, 320.0))
        height = QFontMetricsF(self._font).lineSpacing() * max(lines, 1) + 6
        self._lines = lines
        self._height = height
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.updateGeometry()

    def resizeEvent(self, ev: QGraphicsSceneResizeEvent) -> None:
        super().resizeEvent(ev)
        if self._line_count(max(ev.newSize().width(), 320.0)) != self._lines:
            self._relayout(ev.newSize().width())

    def sizeHint(self, which: Qt.SizeHint, constraint: QSizeF = QSizeF()) -> QSizeF:  # noqa: B008
        if which == Qt.SizeHint.MinimumSize:
            return QSizeF(10, self._height)
        if which == Qt.SizeHint.MaximumSize:
            return QSizeF(1e7, self._height)
        return QSizeF(400, self._height)


class ChartKey(_WrappingItem):
    """The legend of a chart: samples and labels in a row, wrapping when space runs out."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: tuple[KeyEntry, ...] = ()
        self._outline = QColor("#ffffff")

    def setEntries(self, entries: Sequence[KeyEntry], outline: QColor | None = None) -> None:
        """Replace the entries; ``outline`` edges the triangle samples (the chart background)."""
        self._entries = tuple(entries)
        if outline is not None:
            self._outline = outline
        self._relayout(self.size().width())
        self.update()

    def entries(self) -> tuple[KeyEntry, ...]:
        """The entries shown (for tests and for a report that lists them in words)."""
        return self._entries

    def _placements(self, width: float) -> list[tuple[KeyEntry, QRectF, QRectF]]:
        metrics = QFontMetricsF(self._font)
        line = metrics.lineSpacing()
        sample = line * 1.3
        x, y, placed = 4.0, 3.0, []
        for entry in self._entries:
            item_width = sample + 4 + metrics.horizontalAdvance(entry.label) + 14
            if x > 4.0 and x + item_width > width:
                x, y = 4.0, y + line
            placed.append(
                (
                    entry,
                    QRectF(x, y + 1, sample, line - 2),
                    QRectF(x + sample + 4, y, item_width - sample - 18, line),
                )
            )
            x += item_width
        return placed

    def _line_count(self, width: float) -> int:
        placed = self._placements(width)
        if not placed:
            return 1
        line = QFontMetricsF(self._font).lineSpacing()
        return round((placed[-1][2].top() - 3.0) / line) + 1

    def paint(self, p: QPainter, *args: Any) -> None:
        p.setFont(self._font)
        for entry, sample, text in self._placements(self.size().width()):
            draw_sample(p, entry.kind, QColor(entry.colour), sample, self._outline, self._scale)
            p.setPen(self._colour)
            p.drawText(text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), entry.label)


class ChartCaption(_WrappingItem):
    """One or two lines of plain explanation under a chart, word-wrapped to its width."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self._text = text

    def setText(self, text: str) -> None:
        """Replace the caption."""
        self._text = text
        self._relayout(self.size().width())
        self.update()

    def text(self) -> str:
        """The caption as shown."""
        return self._text

    def _line_count(self, width: float) -> int:
        if not self._text:
            return 1
        metrics = QFontMetricsF(self._font)
        rect = metrics.boundingRect(
            QRectF(0, 0, max(width - 8, 10), 10_000), int(Qt.TextFlag.TextWordWrap), self._text
        )
        return max(1, round(rect.height() / metrics.lineSpacing()))

    def paint(self, p: QPainter, *args: Any) -> None:
        p.setFont(self._font)
        p.setPen(self._colour)
        area = QRectF(4, 3, self.size().width() - 8, self.size().height() - 3)
        p.drawText(
            area,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            self._text,
        )
