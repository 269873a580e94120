"""The encrypted store's speed: T5, T6, T7 of PERFORMANCE.md, and opening with a raw key.

Opt-in: ``pytest -m perf tests/perf/bench_store.py --no-xvfb -q -s``. Real SQLCipher files
(WAL, synchronous=FULL, SQLCipher defaults). Each figure is measured twice: in a temp dir on
the machine's disk, and on a RAM-backed tmpfs (``/dev/shm``), which removes the fsync a
durable commit waits for; the fsync floor of the disk is printed first so the figures can be
read against it.

- T5: one committed check-in, through ``JournalService.add_checkin`` (validation, integrity
  gate, one transaction) and through the bare repository (one ``BEGIN IMMEDIATE`` … COMMIT);
- T6: ten years of two partners' check-ins → ``journal.rating_rows`` → ``daily_series``;
- T7: 100k check-ins imported with ``CheckInRepository.bulk_add`` in one transaction;
- open: ``open_database`` with a raw key (page 1 read, identity checks) and closing again.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from connectly.analysis.series import daily_series
from connectly.domain.checkins import CheckInDraft
from connectly.domain.days import day_number
from connectly.services.journal import JournalService
from connectly.storage.database import EncryptedDatabase, create_database, open_database
from connectly.storage.repositories import CheckInRepository, PartnerRepository

pytestmark = pytest.mark.perf

COMMITS = 1000
OPENS = 50
TEN_YEARS = 3653
IMPORT_ROWS = 100_000
KEY = "5a" * 32


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _line(name: str, ms: list[float], target: str = "") -> str:
    return (
        f"{name:<46} n={len(ms):<5} p50 {statistics.median(ms):7.3f} ms  p99 {_pct(ms, 0.99):7.3f} ms  "
        f"max {max(ms):7.3f} ms  {target}"
    )


def _timed(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


@pytest.fixture(params=["disk", "tmpfs"])
def folder(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    if request.param == "disk":
        yield tmp_path
        return
    if not Path("/dev/shm").is_dir():
        pytest.skip("no /dev/shm")
    with tempfile.TemporaryDirectory(dir="/dev/shm") as shm:
        yield Path(shm)


def _fsync_floor(folder: Path) -> list[float]:
    fd = os.open(folder / "fsync.bin", os.O_CREAT | os.O_WRONLY, 0o600)
    try:

        def one() -> None:
            os.write(fd, b"x" * 4096)
            os.fsync(fd)

        return _timed(one, 200)
    finally:
        os.close(fd)


def _new(folder: Path) -> tuple[EncryptedDatabase, JournalService]:
    db = create_database(folder / "data" / "diary.db", KEY)
    journal = JournalService(db)
    journal.set_up(("Sam", "Alex"))
    return db, journal


def test_t5_one_committed_checkin(folder: Path) -> None:
    print(f"\n[{folder.name if folder.name.startswith('tmp') else folder}]")
    print(_line("fsync of one 4 KiB write (the floor)", _fsync_floor(folder)))
    db, journal = _new(folder)
    partners = journal.partners()
    day = dt.date.today() - dt.timedelta(days=1)

    def through_service() -> None:
        journal.add_checkin(
            partner_id=partners[0].id, day=day, stress=6, closeness=4, availability=5, note="ok"
        )

    through_service()  # the first write pays the integrity gate; measured separately below
    service = _timed(through_service, COMMITS)
    draft = CheckInDraft.create(partner_id=partners[1].id, day=day, stress=3, closeness=7, availability=8)

    def bare_repository() -> None:
        with db.write_sessions.begin() as s:
            CheckInRepository(s).add(draft)

    bare = _timed(bare_repository, COMMITS)
    print(_line("T5 add_checkin (service, committed)", service, "target p99 <= 1 ms"))
    print(_line("T5 repository add + commit (bare)", bare, "target p99 <= 1 ms"))
    db.close()
    fresh = open_database(folder / "data" / "diary.db", KEY, key_verified=True)
    t0 = time.perf_counter()
    fresh.require_integrity()
    print(
        f"{'first write of a session: integrity gate':<46} {(time.perf_counter() - t0) * 1000:.1f} ms (once)"
    )
    fresh.close()


def _ten_years(db: EncryptedDatabase, end: dt.date) -> int:
    start = end - dt.timedelta(days=TEN_YEARS - 1)
    with db.write_sessions.begin() as s:
        ids = {p.position: p.id for p in PartnerRepository(s).list()}
        rows: list[dict[str, object]] = []
        now = dt.datetime(2025, 1, 1, 20, 0)
        for i in range(TEN_YEARS):
            for position in (0, 1):
                rows.append(
                    {
                        "uuid": uuid.uuid4().hex,
                        "partner_id": ids[position],
                        "day": day_number(start) + i,
                        "logged_at": now,
                        "stress": (i * 7 + position) % 11,
                        "closeness": (i * 3) % 11,
                        "availability": (i * 5) % 11,
                        "note": None,
                    }
                )
        return CheckInRepository(s).bulk_add(rows)


def test_t6_ten_years_into_numpy(folder: Path) -> None:
    db, journal = _new(folder)
    end = dt.date.today()
    assert _ten_years(db, end) == 2 * TEN_YEARS
    start = end - dt.timedelta(days=TEN_YEARS - 1)
    lo, hi = day_number(start), day_number(end)

    def load() -> None:
        daily_series(journal.rating_rows(start, end), start=lo, end=hi)

    load()
    ms = _timed(load, 50)
    print(_line(f"\nT6 10 years x 2 partners -> numpy [{folder.name[:8]}]", ms, "target <= 10 ms"))
    db.close()


def test_t7_import_100k_checkins(folder: Path) -> None:
    db, _journal = _new(folder)
    with db.sessions.begin() as s:
        ids = [p.id for p in PartnerRepository(s).list()]
    first = day_number(dt.date(1990, 1, 1))
    rows: list[dict[str, object]] = [
        {
            "uuid": uuid.uuid4().hex,
            "partner_id": ids[i % 2],
            "day": first + i // 2,
            "logged_at": dt.datetime(2025, 1, 1, 20, 0),
            "stress": i % 11,
            "closeness": (i * 3) % 11,
            "availability": (i * 7) % 11,
            "note": "imported" if i % 10 == 0 else None,
        }
        for i in range(IMPORT_ROWS)
    ]
    t0 = time.perf_counter()
    with db.write_sessions.begin() as s:
        added = CheckInRepository(s).bulk_add(rows)
    took = (time.perf_counter() - t0) * 1000
    assert added == IMPORT_ROWS
    print(f"\nT7 100k check-ins, bulk_add + commit [{folder.name[:8]}]: {took:.0f} ms (target <= 1000 ms)")
    db.close()


def test_open_with_a_raw_key(folder: Path) -> None:
    db, _journal = _new(folder)
    _ten_years(db, dt.date.today())
    path = db.path
    db.close()

    def open_and_close() -> None:
        opened = open_database(path, KEY, key_verified=True)
        with opened.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM partner").fetchall()
        opened.close()

    open_and_close()
    ms = _timed(open_and_close, OPENS)
    print(_line(f"\nopen (raw key) + first query + close [{folder.name[:8]}]", ms, "a few ms expected"))
