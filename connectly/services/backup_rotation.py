"""Which backups to keep: the newest of each recent day, week and month, plus recent safety copies.

The classic grandfather-father-son scheme for the automatic daily backups. Besides, the
newest few of each other kind are kept: the user's own backups and the copies made
automatically before an upgrade, restore or import — so neither kind pushes the other out,
and a restore can never be rotated away by the daily backup that follows it. The newest
backup is always kept. The number of files is therefore
bounded, and with it the space backups take (SECURITY.md promise 8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence

from connectly.domain.backups import BackupInfo, BackupReason, BackupSettings

NEWEST_KEPT_PER_KIND = 3
"""How many of the newest backups of each kind but daily (manual, before upgrade, …) are kept."""


def _newest_per_bucket(
    backups: Sequence[BackupInfo], bucket: Callable[[dt.datetime], Hashable], count: int
) -> set[BackupInfo]:
    """The newest backup of each of the ``count`` most recent buckets (``backups`` newest first)."""
    kept: dict[Hashable, BackupInfo] = {}
    for b in backups:
        key = bucket(b.when)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = b
    return set(kept.values())


def backups_to_keep(backups: Sequence[BackupInfo], settings: BackupSettings) -> set[BackupInfo]:
    """The backups the rotation keeps (everything else may be removed)."""
    ordered = sorted(backups, key=lambda b: (b.when, b.path.name), reverse=True)
    if not ordered:
        return set()
    keep: set[BackupInfo] = {ordered[0]}
    for reason in BackupReason:
        if reason is not BackupReason.DAILY:
            keep.update([b for b in ordered if b.reason is reason][:NEWEST_KEPT_PER_KIND])
    daily = [b for b in ordered if b.reason is BackupReason.DAILY]
    keep |= _newest_per_bucket(daily, lambda w: w.date(), settings.keep_daily)
    keep |= _newest_per_bucket(daily, lambda w: w.isocalendar()[:2], settings.keep_weekly)
    keep |= _newest_per_bucket(daily, lambda w: (w.year, w.month), settings.keep_monthly)
    return keep


def backups_to_remove(backups: Sequence[BackupInfo], settings: BackupSettings) -> list[BackupInfo]:
    """The backups the rotation removes, oldest first."""
    keep = backups_to_keep(backups, settings)
    return sorted((b for b in backups if b not in keep), key=lambda b: b.when)
