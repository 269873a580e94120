"""Tables for the report: wrapped cells, a header repeated on every page, never split mid-row.

A :class:`Table` splits only between rows; its continuation repeats the column header (and the
group header, e.g. one partner's name over their columns), so every page can be read alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QPen

from connectly.report.layout import Block
from connectly.report.textbox import FAINT, INK, MUTED, RULE, TextBox, TextStyle

CELL_TEXT = TextStyle(size=8.5)
HEAD_TEXT = TextStyle(size=7.5, bold=True, colour=MUTED)
PAD_X = 4.0
PAD_Y = 2.6
SWATCH = 7.0


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its title, its share of the width, and how its cells align."""

    title: str
    weight: float = 1.0
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell with its own style, or a colour swatch before its text (a partner's colour)."""

    text: str
    style: TextStyle | None = None
    swatch: str | None = None


@dataclass(frozen=True, slots=True)
class ColumnGroup:
    """A label over ``span`` consecutive columns (``swatch`` a colour square before it)."""

    title: str
    span: int
    swatch: str | None = None


CellLike = str | Cell


class Table(Block):
    """Rows of cells under a header (see module docstring)."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[CellLike]],
        *,
        groups: Sequence[ColumnGroup] = (),
        zebra: bool = True,
        space_after: float = 10.0,
        _first: int = 0,
        _last: int | None = None,
    ) -> None:
        self.columns = list(columns)
        self.rows = rows
        self.groups = list(groups)
        self.zebra = zebra
        self.space_after = space_after
        self._first = _first
        self._last = len(rows) if _last is None else _last
        self._width = -1.0
        self._widths: list[float] = []
        self._head: list[TextBox] = []
        self._group_boxes: list[TextBox] = []
        self._cells: dict[int, list[TextBox]] = {}

    # -- measuring --------------------------------------------------------------------

    def _prepare(self, width: float, device: QPaintDevice) -> None:
        if abs(width - self._width) < 0.01 and self._head:
            return
        self._width = width
        total = sum(c.weight for c in self.columns) or 1.0
        self._widths = [width * c.weight / total for c in self.columns]
        self._head = [
            TextBox(c.title, HEAD_TEXT, w - 2 * PAD_X, device, align=c.align)
            for c, w in zip(self.columns, self._widths, strict=True)
        ]
        self._group_boxes = []
        col = 0
        for group in self.groups:
            span_width = sum(self._widths[col : col + group.span])
            self._group_boxes.append(
                TextBox(
                    group.title,
                    HEAD_TEXT,
                    span_width - 2 * PAD_X - (SWATCH + 3 if group.swatch else 0),
                    device,
                )
            )
            col += group.span
        self._cells = {}

    def _row(self, index: int, device: QPaintDevice) -> list[TextBox]:
        boxes = self._cells.get(index)
        if boxes is None:
            boxes = []
            for cell, column, w in zip(self.rows[index], self.columns, self._widths, strict=True):
                text, style, swatch = (
                    (cell.text, cell.style, cell.swatch) if isinstance(cell, Cell) else (cell, None, None)
                )
                inner = w - 2 * PAD_X - (SWATCH + 3 if swatch else 0)
                boxes.append(TextBox(text, style or CELL_TEXT, inner, device, align=column.align))
            self._cells[index] = boxes
        return boxes

    def _row_height(self, index: int, device: QPaintDevice) -> float:
        return max((b.height for b in self._row(index, device)), default=0.0) + 2 * PAD_Y

    def _header_height(self) -> float:
        head = max((b.height for b in self._head), default=0.0) + 2 * PAD_Y
        group = (max((b.height for b in self._group_boxes), default=0.0) + 2 * PAD_Y) if self.groups else 0.0
        return head + group

    def measure(self, width: float, device: QPaintDevice) -> float:
        self._prepare(width, device)
        rows = sum(self._row_height(i, device) for i in range(self._first, self._last))
        return self._header_height() + rows

    def min_height(self, width: float, device: QPaintDevice) -> float:
        self._prepare(width, device)
        first = self._row_height(self._first, device) if self._last > self._first else 0.0
        return self._header_height() + first

    def split(self, width: float, available: float, device: QPaintDevice) -> tuple[Block, Block] | None:
        self._prepare(width, device)
        used = self._header_height()
        cut = self._first
        while cut < self._last and used + self._row_height(cut, device) <= available + 0.01:
            used += self._row_height(cut, device)
            cut += 1
        if cut == self._first or cut == self._last:
            return None
        return self._part(self._first, cut, 0.0), self._part(cut, self._last, self.space_after)

    def _part(self, first: int, last: int, space_after: float) -> Table:
        part = Table(
            self.columns,
            self.rows,
            groups=self.groups,
            zebra=self.zebra,
            space_after=space_after,
            _first=first,
            _last=last,
        )
        part._width, part._widths, part._head = self._width, self._widths, self._head
        part._group_boxes, part._cells = self._group_boxes, self._cells
        return part

    # -- drawing ----------------------------------------------------------------------

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        device = painter.device()
        self._prepare(width, device)
        if self.groups:
            y = self._draw_groups(painter, x, y)
        head_h = max((b.height for b in self._head), default=0.0) + 2 * PAD_Y
        cx = x
        for box, w in zip(self._head, self._widths, strict=True):
            box.draw(painter, cx + PAD_X, y + PAD_Y)
            cx += w
        y += head_h
        painter.setPen(QPen(QColor(INK), 0.6))
        painter.drawLine(QPointF(x, y), QPointF(x + width, y))
        for index in range(self._first, self._last):
            h = self._row_height(index, device)
            if self.zebra and (index - self._first) % 2 == 1:
                painter.fillRect(QRectF(x, y, width, h), QColor(FAINT))
            cx = x
            for cell, box, w in zip(self.rows[index], self._row(index, device), self._widths, strict=True):
                left = cx + PAD_X
                swatch = cell.swatch if isinstance(cell, Cell) else None
                if swatch:
                    painter.fillRect(QRectF(left, y + PAD_Y + 2, SWATCH, SWATCH), QColor(swatch))
                    left += SWATCH + 3
                box.draw(painter, left, y + PAD_Y)
                cx += w
            y += h
        painter.setPen(QPen(QColor(RULE), 0.6))
        painter.drawLine(QPointF(x, y), QPointF(x + width, y))

    def _draw_groups(self, painter: QPainter, x: float, y: float) -> float:
        h = max((b.height for b in self._group_boxes), default=0.0) + 2 * PAD_Y
        col, cx = 0, x
        for group, box in zip(self.groups, self._group_boxes, strict=True):
            span_width = sum(self._widths[col : col + group.span])
            if group.title:
                left = cx + PAD_X
                if group.swatch:
                    painter.fillRect(QRectF(left, y + PAD_Y + 1.5, SWATCH, SWATCH), QColor(group.swatch))
                    left += SWATCH + 3
                box.draw(painter, left, y + PAD_Y)
                painter.setPen(QPen(QColor(RULE), 0.6))
                painter.drawLine(
                    QPointF(cx + PAD_X, y + h - 0.5), QPointF(cx + span_width - PAD_X, y + h - 0.5)
                )
            col += group.span
            cx += span_width
        return y + h
