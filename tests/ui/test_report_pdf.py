"""The therapy report, read back with a real PDF reader (pypdf): pages, sentences, privacy, numbers."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from connectly.report.pdf import TherapyReport, make_report
from connectly.services.access import open_demo
from connectly.services.diary import OpenDiary
from connectly.services.report_data import ReportRequest, ReportService

END = dt.date(2025, 6, 30)
YEAR = ReportRequest(dt.date(2024, 7, 1), END)
BOOKMARKED = dt.date(2025, 3, 4)
QUIET = "This plugin does not support propagateSizeHints"

pytestmark = pytest.mark.qt_log_ignore(QUIET)


def flat(text: str) -> str:
    """Reader text with runs of whitespace (line ends, tabs) collapsed, for sentence search."""
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class ReadBack:
    path: Path
    pages: list[str]

    @property
    def text(self) -> str:
        return flat(" ".join(self.pages))


def read(path: Path) -> ReadBack:
    reader = PdfReader(str(path))
    return ReadBack(path, [page.extract_text() or "" for page in reader.pages])


@pytest.fixture(scope="module")
def diary(qapp: object) -> Iterator[OpenDiary]:
    demo = open_demo(END)
    demo.journal.set_day_bookmark(BOOKMARKED, True)
    yield demo
    demo.lock()


@pytest.fixture(scope="module")
def default_report(diary: OpenDiary, tmp_path_factory: pytest.TempPathFactory) -> ReadBack:
    os.umask(0o022)
    target = tmp_path_factory.mktemp("report") / "report.pdf"
    make_report(ReportService(diary).build(YEAR), target)
    return read(target)


@pytest.fixture(scope="module")
def private_report(diary: OpenDiary, tmp_path_factory: pytest.TempPathFactory) -> ReadBack:
    target = tmp_path_factory.mktemp("report") / "with-notes.pdf"
    request = ReportRequest(YEAR.start, YEAR.end, include_notes=True, use_initials=True, page_size="Letter")
    make_report(ReportService(diary).build(request), target)
    return read(target)


def some_notes(diary: OpenDiary) -> list[str]:
    from connectly.domain.checkins import CheckInFilter

    found = diary.journal.checkins(CheckInFilter(start=YEAR.start, end=YEAR.end))
    return sorted({c.note for c in found if c.note and "Sam" not in c.note and "Alex" not in c.note})[:5]


def test_the_report_is_private_paginated_and_numbered(default_report: ReadBack) -> None:
    assert stat.S_IMODE(default_report.path.stat().st_mode) == 0o600
    total = len(default_report.pages)
    assert total >= 5
    for number, page in enumerate(default_report.pages, start=1):
        assert f"Page {number} of {total}" in flat(page)
        assert "Self-reported by both partners — not a diagnosis." in flat(page)


def test_the_cover_names_the_range_the_couple_and_what_it_is_not(default_report: ReadBack) -> None:
    cover = flat(default_report.pages[0])
    assert "Sam and Alex" in cover
    assert "1 July 2024 – 30 June 2025" in cover
    assert "not a diagnosis" in cover and "associations, not causes" in cover
    assert "Personal notes are not included." in cover
    assert re.search(r"Made with Connectly on \d{1,2} \w+ \d{4}", cover)


def test_every_insight_sentence_is_in_the_report_with_its_numbers(
    diary: OpenDiary, default_report: ReadBack
) -> None:
    data = ReportService(diary).build(YEAR)
    assert len(data.analysis.insights) >= 5
    for insight in data.analysis.insights:
        assert flat(insight.text) in default_report.text


def test_sections_charts_and_tables_are_there(default_report: ReadBack) -> None:
    text = default_report.text
    for heading in (
        "What stands out",
        "The linked timeline",
        "Stress and closeness",
        "Averages by week",
        "Life events",
        "Days bookmarked to discuss",
        "How the figures were worked out",
    ):
        assert heading in text
    assert "Moved to a new flat" in text and "Alex started a new job" in text
    assert "Tue 4 Mar 2025" in text  # the bookmarked day
    assert "Stress (0–10)" in text  # chart axis labels are real text too
    assert "1–7 Jul 2024" in text and "23–29 Jun 2025" in text  # first and a late week row


def test_the_averages_table_repeats_its_header_when_it_continues(default_report: ReadBack) -> None:
    with_rows = [p for p in default_report.pages if re.search(r"\d{1,2}–\d{1,2} \w{3} 202[45]", flat(p))]
    assert len(with_rows) >= 2  # a year of weeks does not fit one page
    for page in with_rows:
        assert "Sam Alex Week Stress Closeness Avail. Days Stress Closeness Avail. Days" in flat(page)


def test_notes_are_left_out_by_default(diary: OpenDiary, default_report: ReadBack) -> None:
    notes = some_notes(diary)
    assert notes
    for note in notes:
        assert flat(note) not in default_report.text


def test_notes_only_with_consent_and_initials_replace_every_name(
    diary: OpenDiary, private_report: ReadBack
) -> None:
    text = private_report.text
    for note in some_notes(diary):
        assert flat(note) in text
    assert "Personal notes are included because both partners agreed." in text
    assert not re.search(r"\bSam\b|\bAlex\b", text)
    assert "S. and A." in text and "A. started a new job" in text


def test_letter_paper(private_report: ReadBack) -> None:
    box = PdfReader(str(private_report.path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a_long_range_gets_an_overview_and_a_panel_per_year(qapp: object, tmp_path: Path) -> None:
    diary = open_demo(END)
    try:
        data = ReportService(diary).build(ReportRequest(dt.date(2022, 1, 1), END))
        report = TherapyReport(data)
        assert len([j for j in report.charts.jobs if j.kind.value == "timeline"]) == 1 + 4  # 2022–2025
        assert data.period == "month"
        report.draw_charts()
        back = read(report.write(tmp_path / "long.pdf"))
        assert "July 2024" in back.text and "Averages by month" in back.text
    finally:
        diary.lock()
