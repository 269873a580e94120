"""Shared test helpers: real encrypted diaries made quickly, their content, and file digests.

``new_diary`` builds exactly what :func:`connectly.services.access.create_diary` builds
(key slots file, then the database, then the two partners) but wraps the key with cheap
scrypt parameters, so a test does not pay ~0.5 s per diary. Slots open with the parameters
they record, so the normal unlock path (``unlock_with_secret``) opens these diaries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import sys
from pathlib import Path

import pytest

from connectly.security.datakey import DataKey
from connectly.security.keyring_store import KeyringStore
from connectly.security.keyslots import KeySlots
from connectly.security.wrap import ScryptParams
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths
from connectly.storage.database import create_database
from connectly.storage.dump import logical_dump
from connectly.storage.files import ensure_private_dir

PASS = "a long enough passphrase 42"
FAST = ScryptParams(n=2**8, r=8, p=1)  # tests only: the real default costs ~100 ms per wrap


def new_diary(
    paths: DiaryPaths,
    *,
    passphrase: str | None = PASS,
    keyring_store: KeyringStore | None = None,
    names: tuple[str, str] = ("Sam", "Alex"),
) -> tuple[OpenDiary, str]:
    """A new diary with two partners; returns it open and its recovery code."""
    ensure_private_dir(paths.data_dir)
    key = DataKey.generate()
    slots, code = KeySlots.create(
        paths.key_slots, key, passphrase=passphrase, keyring_store=keyring_store, wrap_params=FAST
    )
    db = create_database(paths.database, key.hex())
    diary = OpenDiary(paths, db, key, slots)
    diary.journal.set_up(names)
    return diary, code


def add_checkins(
    diary: OpenDiary, n: int, *, note: str | None = "I felt fine today.", start: int = 0
) -> list[int]:
    """Add ``n`` check-ins on past days (alternating partners); returns their ids."""
    partners = diary.journal.partners()
    first = dt.date.today() - dt.timedelta(days=n + start + 1)
    ids = []
    for i in range(start, start + n):
        entry = diary.journal.add_checkin(
            partner_id=partners[i % 2].id,
            day=first + dt.timedelta(days=i),
            stress=i % 11,
            closeness=(i * 3) % 11,
            availability=(i * 7) % 11,
            tags=["work"] if i % 3 == 0 else [],
            note=note,
        )
        ids.append(entry.id)
    return ids


def dump(diary: OpenDiary) -> dict[str, list[tuple[object, ...]]]:
    """Everything the couple wrote, independent of row ids."""
    with diary.database.engine.connect() as conn:
        return logical_dump(conn)


def digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file directly in ``folder`` (to prove nothing changed)."""
    if not folder.exists():
        return {}
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    """Run ``connectly ARGS`` in-process with ``stdin``; returns (exit code, stdout, stderr)."""
    from connectly.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
