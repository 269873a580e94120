"""The report's page layout: tables split only between rows, headings stay with what follows."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter

from connectly.report.layout import Block, Heading, Paragraph, Spacer, paginate
from connectly.report.tables import Column, Table

WIDTH, HEIGHT = 400.0, 300.0


@pytest.fixture
def device(qapp: object, tmp_path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(72)
    return writer


def test_tables_split_between_rows_only_and_every_part_fits(device: QPdfWriter) -> None:
    rows = [[f"row {i}", "a fairly long cell that wraps onto more lines " * (i % 4)] for i in range(60)]
    table = Table([Column("Name"), Column("Text", 3)], rows)
    pages = paginate([Spacer(120), table], WIDTH, HEIGHT, device)
    parts = [p.block for page in pages for p in page.placed if isinstance(p.block, Table)]
    assert len(parts) >= 3
    covered = [i for part in parts for i in range(part._first, part._last)]
    assert covered == list(range(60))  # every row exactly once, in order: no row is cut in two
    for page in pages:
        for placed in page.placed:
            assert placed.y + placed.height <= HEIGHT + 0.01


def test_a_heading_never_ends_a_page(device: QPdfWriter) -> None:
    filler = Paragraph("x " * 20, space_after=0)
    filler_height = filler.measure(WIDTH, device)
    spacer = Spacer(HEIGHT - filler_height - 14)  # leaves room for the heading but not for text after it
    heading = Heading("A section")
    body = Paragraph("Some text. " * 40)
    pages = paginate([filler, spacer, heading, body], WIDTH, HEIGHT, device)
    first_page_blocks = [p.block for p in pages[0].placed]
    assert heading not in first_page_blocks
    assert pages[1].placed[0].block is heading


def test_long_paragraphs_split_between_lines_and_lose_nothing(device: QPdfWriter) -> None:
    text = " ".join(f"word{i}" for i in range(1500))
    pages = paginate([Paragraph(text)], WIDTH, HEIGHT, device)
    assert len(pages) >= 3
    spans = [_lines_of(p.block) for page in pages for p in page.placed]
    total = len(Paragraph(text)._layout(WIDTH, device).lines)
    assert spans[0][0] == 0 and spans[-1][1] == total
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end == start
    assert all(b - a >= 2 for a, b in spans)


def _lines_of(block: Block) -> tuple[int, int]:
    """The lines a part of a split paragraph holds (each part has both ends)."""
    assert isinstance(block, Paragraph), block
    first, last = block._lines
    assert last is not None, block
    return first, last
