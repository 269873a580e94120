"""JSON export → import: a lossless round trip into an empty diary, idempotent, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectly.domain.errors import ValidationError
from connectly.services.diary import OpenDiary
from connectly.services.exchange import ExchangeService
from connectly.services.report_data import ReportRequest, ReportService
from tests.storage.diaries import demo_diary, new_diary


@pytest.fixture
def source(tmp_path: Path) -> Iterator[OpenDiary]:
    """The demo year plus everything a plain demo lacks: bookmarks, a setting, archived and renamed tags."""
    diary = demo_diary(tmp_path / "source")
    journal = diary.journal
    journal.set_day_bookmark(dt.date(2025, 3, 4), True)
    some = journal.checkins(limit=3)
    journal.set_checkin_bookmark(some[0].id, True)
    journal.set_day_bookmark(some[0].day, True)  # a day bookmark and a check-in bookmark on one day
    journal.add_tag("date night")
    journal.archive_tag("travel")
    journal.rename_tag("money", "finances")
    sam = journal.partner(1)
    journal.add_checkin(
        partner_id=sam.id,
        day=dt.date(2025, 6, 30),
        stress=0,
        closeness=10,
        availability=5,
        tags=["date night"],
        note='=HYPERLINK("x")\nsecond line, “quoted”',
    )
    ReportService(diary).remember_report(ReportRequest(dt.date(2025, 6, 1), dt.date(2025, 6, 28)))
    yield diary
    diary.lock()


def test_json_export_reimports_into_an_empty_diary_to_an_identical_dump(
    source: OpenDiary, tmp_path: Path
) -> None:
    target = ExchangeService(source).export_json(tmp_path / "diary.json")
    for names in (None, ("Someone", "Else")):  # no partners at all, or a freshly set-up diary
        empty = new_diary(tmp_path / f"empty-{names is None}", names=names)
        try:
            result = ExchangeService(empty).import_json(target)
            assert result.checkins == source.journal.count()
            assert ExchangeService(empty).fingerprint() == ExchangeService(source).fingerprint()
        finally:
            empty.lock()


def test_reimporting_the_same_json_adds_nothing(source: OpenDiary, tmp_path: Path) -> None:
    target = ExchangeService(source).export_json(tmp_path / "diary.json")
    before = ExchangeService(source).fingerprint()
    result = ExchangeService(source).import_json(target)
    assert (result.checkins, result.events, result.bookmarks) == (0, 0, 0)
    assert ExchangeService(source).fingerprint() == before


def test_json_export_is_private_and_holds_everything(source: OpenDiary, tmp_path: Path) -> None:
    os.umask(0o022)
    target = ExchangeService(source).export_json(tmp_path / "diary.json")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["format"] == "connectly-diary"
    assert [p["name"] for p in doc["partners"]] == ["Sam", "Alex"]
    assert len(doc["checkins"]) == source.journal.count()
    assert {"name": "travel", "archived": True} in doc["tags"]
    assert any(c["note"] and c["note"].startswith("=HYPERLINK") for c in doc["checkins"])
    assert any(b["checkin"] is None for b in doc["bookmarks"]) and any(b["checkin"] for b in doc["bookmarks"])
    assert doc["settings"]["report.last_end"] == "2025-06-28"
    assert [e["title"] for e in doc["life_events"]] == ["Moved to a new flat", "Alex started a new job"]


def _broken(doc: dict, tmp_path: Path) -> Path:
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("field", "value"),
    [("stress", 11), ("closeness", "7.5"), ("day", "2999-01-01"), ("note", "bad\x00byte"), ("uuid", "nope")],
)
def test_a_json_file_with_any_bad_record_imports_nothing(
    source: OpenDiary, tmp_path: Path, field: str, value: object
) -> None:
    doc = json.loads(ExchangeService(source).export_json(tmp_path / "d.json").read_text(encoding="utf-8"))
    doc["checkins"][5][field] = value
    empty = new_diary(tmp_path / "empty")
    try:
        before = ExchangeService(empty).fingerprint()
        with pytest.raises(ValidationError, match="check-in 6") as caught:
            ExchangeService(empty).import_json(_broken(doc, tmp_path))
        assert "nothing was imported" in caught.value.user_message
        assert ExchangeService(empty).fingerprint() == before
    finally:
        empty.lock()


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[1, 2]",
        b'{"format": "something-else"}',
        b'{"format": "connectly-diary", "version": 99}',
    ],
)
def test_foreign_files_are_refused_plainly(tmp_path: Path, content: bytes) -> None:
    diary = new_diary(tmp_path / "d")
    try:
        path = tmp_path / "x.json"
        path.write_bytes(content)
        with pytest.raises(ValidationError) as caught:
            ExchangeService(diary).import_json(path)
        assert "x.json" in caught.value.user_message
        assert diary.journal.count() == 0
    finally:
        diary.lock()
