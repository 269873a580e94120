"""Text for the report: styles in points and :class:`TextBox`, wrapped lines drawn as real text.

:class:`QTextLayout` lays a paragraph out for a width on the PDF writer (72 dpi: one unit is one
point); ``QTextLine.draw`` makes the PDF engine write real, selectable text with embedded fonts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QPen, QTextCharFormat, QTextLayout, QTextLine

INK = "#1b1f24"
MUTED = "#5b636e"
RULE = "#c9ced6"
FAINT = "#f2f4f7"


@dataclass(frozen=True, slots=True)
class TextStyle:
    """Font and colour of a run of text."""

    size: float = 9.5
    bold: bool = False
    italic: bool = False
    colour: str = INK
    family: str = "DejaVu Sans"

    def font(self) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(self.size)
        font.setBold(self.bold)
        font.setItalic(self.italic)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # No "ﬁ"/"ﬂ" ligatures: copied and searched text then matches what was typed.
        font.setFeature(QFont.Tag("liga"), 0)
        return font


BODY = TextStyle()
SMALL = TextStyle(size=8, colour=MUTED)
H1 = TextStyle(size=15, bold=True)
H2 = TextStyle(size=11.5, bold=True)


class TextBox:
    """Wrapped text measured for one width: its lines, their heights, and drawing."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        width: float,
        device: QPaintDevice,
        *,
        bold_prefix: int = 0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        self.style = style
        self.width = max(width, 1.0)
        self.align = align
        self.lines: list[tuple[QTextLayout, QTextLine, float]] = []  # layout, line, top
        self._layouts: list[QTextLayout] = []
        font = style.font()
        top = 0.0
        consumed = 0
        for paragraph in (text or "").split("\n"):
            layout = QTextLayout(paragraph, font, device)
            if bold_prefix > consumed:
                bold = QTextCharFormat()
                bold.setFontWeight(QFont.Weight.Bold)
                run = QTextLayout.FormatRange()
                run.start, run.length, run.format = 0, min(bold_prefix - consumed, len(paragraph)), bold
                layout.setFormats([run])
            consumed += len(paragraph) + 1
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(self.width)
                line.setPosition(QPointF(0.0, 0.0))
                self.lines.append((layout, line, top))
                top += line.height()
            layout.endLayout()
            self._layouts.append(layout)
        self.height = top

    def natural_width(self) -> float:
        """The widest line (for shrink-wrapping labels)."""
        return max((line.naturalTextWidth() for _, line, _ in self.lines), default=0.0)

    def lines_fitting(self, height: float, first: int = 0) -> int:
        """How many lines from ``first`` fit in ``height``."""
        count = 0
        start = self.lines[first][2] if first < len(self.lines) else 0.0
        for _, line, top in self.lines[first:]:
            if top - start + line.height() > height + 0.01:
                break
            count += 1
        return count

    def span_height(self, first: int, last: int) -> float:
        """Height of lines ``first`` … ``last - 1``."""
        if first >= last:
            return 0.0
        _, line, top = self.lines[last - 1]
        return top + line.height() - self.lines[first][2]

    def draw(self, painter: QPainter, x: float, y: float, first: int = 0, last: int | None = None) -> None:
        """Draw lines ``first`` … ``last - 1`` with their top at ``y``."""
        painter.setPen(QPen(QColor(self.style.colour)))
        end = len(self.lines) if last is None else last
        if first >= end:
            return
        origin = self.lines[first][2]
        for _, line, top in self.lines[first:end]:
            dx = 0.0
            if self.align & Qt.AlignmentFlag.AlignRight:
                dx = self.width - line.naturalTextWidth()
            elif self.align & Qt.AlignmentFlag.AlignHCenter:
                dx = (self.width - line.naturalTextWidth()) / 2
            line.draw(painter, QPointF(x + dx, y + top - origin))
