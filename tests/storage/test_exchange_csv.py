"""CSV export and import: formula cells neutralised, bad rows reported by line, idempotent imports."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from connectly.services.csv_import import CANONICAL_HEADER, ColumnMapping
from connectly.services.diary import OpenDiary
from connectly.services.exchange import ExchangeService
from tests.storage.diaries import new_diary

DAY = dt.date(2025, 3, 4)
NASTY = ["=cmd|'/c calc'!A1", "+1+1", "-2", "@SUM(A1)", "\tTAB", "\rCR", "'=already quoted"]


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[OpenDiary]:
    d = new_diary(tmp_path / "d")
    yield d
    d.lock()


def _add(
    diary: OpenDiary,
    partner: int,
    day: dt.date,
    s: int,
    c: int,
    a: int,
    tags: Sequence[str] = (),
    note: str | None = None,
) -> None:
    p = diary.journal.partner(partner)
    diary.journal.add_checkin(
        partner_id=p.id, day=day, stress=s, closeness=c, availability=a, tags=tags, note=note
    )


def _rows(diary: OpenDiary) -> list[tuple]:
    names = {p.id: p.name for p in diary.journal.partners()}
    return sorted(
        (c.day, names[c.partner_id], c.stress, c.closeness, c.availability, tuple(sorted(c.tags)), c.note)
        for c in diary.journal.checkins()
    )


def test_formula_cells_are_neutralised_on_export_and_restored_on_import(
    diary: OpenDiary, tmp_path: Path
) -> None:
    for i, note in enumerate(NASTY):
        _add(diary, 1 + i % 2, DAY - dt.timedelta(days=i), 3, 6, 5, tags=["work"], note=note)
    diary.events.add(kind="other", title="=1+2", starts_on=DAY)
    os.umask(0o022)
    export = ExchangeService(diary).export_csv(tmp_path / "out.csv")
    for path in export.files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    table = list(csv.reader(export.checkins.read_text(encoding="utf-8").splitlines(keepends=True)))
    events = list(csv.reader(export.life_events.read_text(encoding="utf-8").splitlines(keepends=True)))
    assert tuple(table[0]) == CANONICAL_HEADER
    for row in [*table[1:], *events]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    other = new_diary(tmp_path / "other")
    try:
        plan = ExchangeService(other).plan_csv_import(export.checkins)
        assert plan.problem is None and not plan.bad_rows
        ExchangeService(other).apply_import(plan)
        assert _rows(other) == _rows(diary)  # "-2" came back as "-2", "'=already quoted" unchanged
    finally:
        other.lock()


def test_reimport_adds_nothing_also_into_the_diary_it_came_from(diary: OpenDiary, tmp_path: Path) -> None:
    for i in range(20):
        _add(diary, 1, DAY - dt.timedelta(days=i), i % 11, 5, 5, note="same" if i % 3 else None)
    _add(diary, 1, DAY, 0, 5, 5, note="same")  # two equal check-ins on one day stay two
    _add(diary, 1, DAY, 0, 5, 5, note="same")
    export = ExchangeService(diary).export_csv(tmp_path / "out.csv")
    service = ExchangeService(diary)
    plan = service.plan_csv_import(export.checkins)
    assert (len(plan.rows_ok), len(plan.new_rows), plan.already_present) == (22, 0, 22)
    assert service.apply_import(plan).checkins == 0
    other = new_diary(tmp_path / "other")
    try:
        first = ExchangeService(other).apply_import(ExchangeService(other).plan_csv_import(export.checkins))
        again = ExchangeService(other).apply_import(ExchangeService(other).plan_csv_import(export.checkins))
        assert (first.checkins, again.checkins, again.skipped) == (22, 0, 22)
        assert other.journal.count() == 22
    finally:
        other.lock()


def test_applying_one_plan_twice_adds_nothing_twice(diary: OpenDiary, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("day,partner,stress,closeness,availability,tags,note\n2025-01-01,Sam,1,2,3,,\n")
    service = ExchangeService(diary)
    plan = service.plan_csv_import(path)
    assert service.apply_import(plan).checkins == 1
    assert service.apply_import(plan).checkins == 0


MALFORMED = (
    "day,partner,stress,closeness,availability,tags,note\n"  # line 1
    "2025-01-01,Sam,3,6,5,work;sleep,fine\n"  # 2 ok
    "2025-01-02,Sam,11,6,5,,\n"  # 3 rating too high
    '2025-01-03,Alex,2,6,5,,"a note\nover two lines"\n'  # 4-5 ok
    "01/04/2025,Alex,2,6,5,,\n"  # 6 not ISO
    "2025-01-05,Robin,2,6,5,,\n"  # 7 unknown partner
    "2999-01-06,Sam,2,6,5,,\n"  # 8 future
    "2025-01-07,Sam,2,6\n"  # 9 too few cells
    "\n"  # 10 blank: skipped silently
    "2025-01-08,2,x,6,5,,\n"  # 11 not a number
    "2025-01-09,2,4,6,5,bad;tag;,\x00\n"  # 12 NUL in the note
    "2025-01-10,1,4,6,5,,ok\n"  # 13 ok (partner by number)
)


def test_malformed_rows_are_reported_by_line_and_nothing_is_written_before_confirming(
    diary: OpenDiary, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(MALFORMED, encoding="utf-8")
    service = ExchangeService(diary)
    plan = service.plan_csv_import(path)
    assert [line for line, _ in plan.bad_rows] == [3, 6, 7, 8, 9, 11, 12]
    reasons = dict(plan.bad_rows)
    assert "from 0 to 10" in reasons[3]
    assert "YYYY-MM-DD" in reasons[6]
    assert "Robin" in reasons[7]
    assert "future" in reasons[8]
    assert "4 cells" in reasons[9]
    assert "control character" in reasons[12]
    assert [r.line for r in plan.rows_ok] == [2, 4, 13]
    assert [p.line for p in plan.preview][:4] == [2, 3, 4, 6] and plan.preview[1].problem
    assert diary.journal.count() == 0  # planning wrote nothing
    result = service.apply_import(plan)
    assert (result.checkins, result.bad_rows) == (3, 7)
    notes = sorted(c.note or "" for c in diary.journal.checkins())
    assert notes == ["", "a note\nover two lines", "ok"] or notes == ["a note\nover two lines", "fine", "ok"]


def test_a_file_with_another_layout_needs_a_mapping_first(diary: OpenDiary, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "Datum;Wer;Stress;Nähe;Kraft;Notiz\n04/03/2025;Alex;2;8;7;'-schön\n05/03/2025;Alex;3;7;7;\n",
        encoding="cp1252",
    )
    service = ExchangeService(diary)
    plan = service.plan_csv_import(path)
    assert plan.problem is not None and "closeness" in plan.problem and not plan.rows_ok
    assert plan.headers == ("Datum", "Wer", "Stress", "Nähe", "Kraft", "Notiz")
    assert plan.sample[0][0] == "04/03/2025"
    mapping = ColumnMapping.parse(
        "day=Datum,partner=Wer,stress=Stress,closeness=Nähe,availability=Kraft,note=Notiz,day_format=%d/%m/%Y"
    )
    plan = service.plan_csv_import(path, mapping)
    assert plan.problem is None and not plan.bad_rows
    service.apply_import(plan)
    first = diary.journal.day(DAY)[0]
    assert (first.stress, first.closeness, first.availability, first.note) == (2, 8, 7, "-schön")


def test_a_fixed_partner_replaces_a_missing_partner_column(diary: OpenDiary, tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("date,stress,closeness,availability\n2025-03-04,1,9,9\n", encoding="utf-8")
    mapping = ColumnMapping.guess(["date", "stress", "closeness", "availability"])
    assert mapping.missing(["date", "stress", "closeness", "availability"]) == ("partner",)
    plan = ExchangeService(diary).plan_csv_import(path, dataclasses.replace(mapping, partner_fixed="2"))
    assert plan.problem is None
    ExchangeService(diary).apply_import(plan)
    assert diary.journal.day(DAY)[0].partner_id == diary.journal.partner(2).id


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "not a CSV"), (b'a,b\n"unclosed,1\n', "well-formed")],
)
def test_unreadable_files_are_refused_plainly(
    diary: OpenDiary, tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    plan = ExchangeService(diary).plan_csv_import(path)
    assert plan.problem is not None and problem in plan.problem
    assert not plan.can_apply
