"""The rotation policy on its own (SECURITY.md promise 8): bounded, newest kept, per-kind safety copies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from connectly.domain.backups import BackupInfo, BackupReason, BackupSettings
from connectly.services.backup_rotation import NEWEST_KEPT_PER_KIND, backups_to_keep, backups_to_remove


def _daily(start: dt.date, days: int) -> list[BackupInfo]:
    return [
        BackupInfo(
            Path(f"/b/{i}.db"),
            dt.datetime.combine(start + dt.timedelta(days=i), dt.time(8)),
            1,
            BackupReason.DAILY,
            True,
        )
        for i in range(days)
    ]


def test_a_year_of_daily_backups_keeps_7_daily_4_weekly_6_monthly() -> None:
    backups = _daily(dt.date(2024, 1, 1), 366)
    kept = backups_to_keep(backups, BackupSettings())
    days = sorted(b.when.date() for b in kept)
    last = dt.date(2024, 12, 31)
    assert days[-7:] == [last - dt.timedelta(days=i) for i in range(6, -1, -1)]
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) >= 4
    months = {(d.year, d.month) for d in days}
    assert months >= {(2024, m) for m in range(7, 13)}
    assert len(kept) <= 7 + 4 + 6
    assert backups[0] not in kept  # the oldest goes


@pytest.mark.parametrize(
    "settings", [BackupSettings(1, 0, 0), BackupSettings(3, 2, 1), BackupSettings(30, 10, 24)]
)
def test_the_number_kept_never_exceeds_the_settings(settings: BackupSettings) -> None:
    backups = _daily(dt.date(2020, 1, 1), 1500)
    kept = backups_to_keep(backups, settings)
    assert len(kept) <= settings.keep_daily + settings.keep_weekly + settings.keep_monthly
    assert max(backups, key=lambda b: b.when) in kept
    assert len(backups_to_remove(backups, settings)) == len(backups) - len(kept)


def test_each_other_kind_keeps_its_newest_few_and_never_pushes_out_daily_ones() -> None:
    start = dt.date(2025, 5, 1)
    backups = _daily(start, 10)
    extra = [
        BackupInfo(
            Path(f"/b/{reason.value}{i}.db"), dt.datetime.combine(start, dt.time(9, i)), 1, reason, True
        )
        for reason in BackupReason
        if reason is not BackupReason.DAILY
        for i in range(6)
    ]
    kept = backups_to_keep(backups + extra, BackupSettings(keep_daily=7, keep_weekly=0, keep_monthly=0))
    for reason in BackupReason:
        if reason is not BackupReason.DAILY:
            mine = sorted((b for b in extra if b.reason is reason), key=lambda b: b.when)
            assert set(mine[-NEWEST_KEPT_PER_KIND:]) <= kept
            assert not set(mine[:-NEWEST_KEPT_PER_KIND]) & kept
    assert sum(b.reason is BackupReason.DAILY for b in kept) == 7


def test_nothing_to_rotate() -> None:
    assert backups_to_keep([], BackupSettings()) == set()
    assert backups_to_remove([], BackupSettings()) == []
