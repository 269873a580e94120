"""A small page-layout engine for the report: flowing blocks, measured, paginated, then painted.

Units are PostScript points (1/72 inch): the PDF writer runs at 72 dpi, so one painter unit is
one point and fonts set in points come out at their size. Text is laid out with
:class:`QTextLayout` and drawn with ``QTextLine.draw``, which the PDF engine writes as real,
selectable text with embedded fonts.

A document is a list of :class:`Block` objects. :func:`paginate` measures each block for the
page's width and places it; a block that does not fit may split (paragraphs between lines,
tables between rows — see :mod:`connectly.report.tables`), otherwise it moves to the next page.
``keep_with_next`` keeps a heading with the start of what follows. Pagination happens before
anything is painted, so the page count (for "page 2 of 7") and the contents list are known.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPaintDevice, QPainter

from connectly.report.textbox import BODY, H2, TextBox, TextStyle


class Block:
    """Something that flows down the page. Subclasses measure, maybe split, and draw."""

    space_before: float = 0.0
    space_after: float = 6.0
    keep_with_next: bool = False
    anchor: str | None = None

    def measure(self, width: float, device: QPaintDevice) -> float:
        """The block's height at ``width``."""
        raise NotImplementedError

    def min_height(self, width: float, device: QPaintDevice) -> float:
        """The least that must follow a kept-with-next block on its page (e.g. two lines)."""
        return self.measure(width, device)

    def split(self, width: float, available: float, device: QPaintDevice) -> tuple[Block, Block] | None:
        """A first part fitting ``available`` and the rest, or None if it cannot split there."""
        return None

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        raise NotImplementedError


class Paragraph(Block):
    """Wrapped text; splits between lines (never fewer than two lines on either side)."""

    def __init__(
        self,
        text: str,
        style: TextStyle = BODY,
        *,
        indent: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 6.0,
        bold_prefix: int = 0,
        keep_with_next: bool = False,
        anchor: str | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        _lines: tuple[int, int | None] = (0, None),
        _box: TextBox | None = None,
    ) -> None:
        self.text, self.style, self.indent = text, style, indent
        self.space_before, self.space_after = space_before, space_after
        self.bold_prefix, self.keep_with_next, self.anchor, self.align = (
            bold_prefix,
            keep_with_next,
            anchor,
            align,
        )
        self._lines = _lines
        self._box = _box

    def _layout(self, width: float, device: QPaintDevice) -> TextBox:
        if self._box is None or abs(self._box.width - (width - self.indent)) > 0.01:
            self._box = TextBox(
                self.text,
                self.style,
                width - self.indent,
                device,
                bold_prefix=self.bold_prefix,
                align=self.align,
            )
        return self._box

    def _range(self, box: TextBox) -> tuple[int, int]:
        first, last = self._lines
        return first, len(box.lines) if last is None else last

    def measure(self, width: float, device: QPaintDevice) -> float:
        box = self._layout(width, device)
        return box.span_height(*self._range(box))

    def min_height(self, width: float, device: QPaintDevice) -> float:
        box = self._layout(width, device)
        first, last = self._range(box)
        return box.span_height(first, min(last, first + 2))

    def split(self, width: float, available: float, device: QPaintDevice) -> tuple[Block, Block] | None:
        box = self._layout(width, device)
        first, last = self._range(box)
        fit = box.lines_fitting(available, first)
        if fit < 2 or last - first - fit < 2:
            return None
        head = self._part((first, first + fit), box, space_after=0.0)
        tail = self._part((first + fit, last), box, space_before=0.0)
        return head, tail

    def _part(self, lines: tuple[int, int], box: TextBox, **spacing: float) -> Paragraph:
        return Paragraph(
            self.text,
            self.style,
            indent=self.indent,
            space_before=spacing.get("space_before", self.space_before),
            space_after=spacing.get("space_after", self.space_after),
            bold_prefix=self.bold_prefix,
            align=self.align,
            _lines=lines,
            _box=box,
        )

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        box = self._layout(width, painter.device())
        first, last = self._range(box)
        box.draw(painter, x + self.indent, y, first, last)


class Heading(Paragraph):
    """A section heading: kept with what follows; ``anchor`` names it for the contents list."""

    def __init__(
        self, text: str, style: TextStyle = H2, *, anchor: str | None = None, space_before: float = 10.0
    ) -> None:
        super().__init__(
            text, style, space_before=space_before, space_after=5.0, keep_with_next=True, anchor=anchor
        )

    def split(self, width: float, available: float, device: QPaintDevice) -> tuple[Block, Block] | None:
        return None


class Spacer(Block):
    """Vertical space (dropped at the top of a page)."""

    def __init__(self, height: float) -> None:
        self.height = height
        self.space_after = 0.0

    def measure(self, width: float, device: QPaintDevice) -> float:
        return self.height

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        pass


class PageBreak(Block):
    """Start a new page (ignored at the top of a page)."""

    space_after = 0.0

    def measure(self, width: float, device: QPaintDevice) -> float:
        return 0.0

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        pass


class Picture(Block):
    """A fixed-height drawing (a chart) painted by a callback into its rectangle."""

    def __init__(
        self,
        height: float,
        paint: Callable[[QPainter, QRectF], None],
        *,
        space_after: float = 8.0,
        keep_with_next: bool = False,
    ) -> None:
        self.height, self.paint = height, paint
        self.space_after, self.keep_with_next = space_after, keep_with_next

    def measure(self, width: float, device: QPaintDevice) -> float:
        return self.height

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.save()
        try:
            self.paint(painter, QRectF(x, y, width, self.height))
        finally:
            painter.restore()


class Group(Block):
    """Blocks that stay on one page together (e.g. a chart with its caption); never split."""

    def __init__(
        self,
        blocks: Sequence[Block],
        *,
        space_after: float = 8.0,
        keep_with_next: bool = False,
        anchor: str | None = None,
    ) -> None:
        self.blocks = list(blocks)
        self.space_after, self.keep_with_next = space_after, keep_with_next
        self.space_before = self.blocks[0].space_before if self.blocks else 0.0
        self.anchor = anchor or next((b.anchor for b in self.blocks if b.anchor), None)

    def _heights(self, width: float, device: QPaintDevice) -> list[float]:
        return [b.measure(width, device) for b in self.blocks]

    def measure(self, width: float, device: QPaintDevice) -> float:
        heights = self._heights(width, device)
        gaps = sum(b.space_after for b in self.blocks[:-1]) + sum(b.space_before for b in self.blocks[1:])
        return sum(heights) + gaps

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        device = painter.device()
        for i, block in enumerate(self.blocks):
            if i:
                y += block.space_before
            block.draw(painter, x, y, width)
            y += block.measure(width, device) + block.space_after


@dataclass(slots=True)
class Placed:
    """A block placed on a page at ``y`` (points from the top of the content area)."""

    block: Block
    y: float
    height: float


@dataclass(slots=True)
class Page:
    """One page's placed blocks."""

    number: int
    placed: list[Placed] = field(default_factory=list)


def paginate(blocks: Sequence[Block], width: float, height: float, device: QPaintDevice) -> list[Page]:
    """Place ``blocks`` on pages of the given content ``width`` × ``height`` (see module docstring)."""
    pages = [Page(1)]
    y = 0.0
    queue = list(reversed(blocks))

    def new_page() -> None:
        nonlocal y
        pages.append(Page(len(pages) + 1))
        y = 0.0

    while queue:
        block = queue.pop()
        at_top = not pages[-1].placed
        if isinstance(block, PageBreak):
            if not at_top:
                new_page()
            continue
        if isinstance(block, Spacer) and at_top:
            continue
        before = 0.0 if at_top else block.space_before
        h = block.measure(width, device)
        need = h
        if block.keep_with_next and queue:
            follower = queue[-1]
            need = h + block.space_after + follower.space_before + follower.min_height(width, device)
        if y + before + need <= height + 0.01:
            pages[-1].placed.append(Placed(block, y + before, h))
            y += before + h + block.space_after
            continue
        parts = None if block.keep_with_next else block.split(width, height - y - before, device)
        if parts is not None:
            head, tail = parts
            pages[-1].placed.append(Placed(head, y + before, head.measure(width, device)))
            queue.append(tail)
            new_page()
        elif at_top and h <= height + 0.01:
            pages[-1].placed.append(Placed(block, 0.0, h))  # its follower will start the next page
            y = h + block.space_after
        elif at_top:
            # Taller than a whole page: split at the page end if it can, else place it (clipped)
            # rather than loop forever.
            parts = block.split(width, height, device)
            if parts is not None:
                queue.append(parts[1])
                block = parts[0]
                h = block.measure(width, device)
            pages[-1].placed.append(Placed(block, 0.0, min(h, height)))
            new_page()
        else:
            queue.append(block)
            new_page()
    if len(pages) > 1 and not pages[-1].placed:
        pages.pop()
    return pages


def anchors(pages: Sequence[Page]) -> dict[str, int]:
    """Which page each anchored block (heading) landed on."""
    found: dict[str, int] = {}
    for page in pages:
        for placed in page.placed:
            if placed.block.anchor and placed.block.anchor not in found:
                found[placed.block.anchor] = page.number
    return found
