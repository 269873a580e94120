"""What `connectly doctor` reports: places, versions, ways in, integrity — never a secret."""

from __future__ import annotations

from connectly import __version__
from connectly.services.access import KeyringAccess
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths


def diagnose(diary: OpenDiary, paths: DiaryPaths, keyring: KeyringAccess) -> list[tuple[str, str]]:
    """Label/value lines for the doctor command and the About dialog."""
    db = diary.database
    cipher, sqlite = db.versions()
    status = keyring.status()
    report = diary.verify_integrity()
    span = diary.journal.day_range()
    ways = [w for w, on in (("keyring", diary.has_keyring), ("passphrase", diary.has_passphrase)) if on]
    return [
        ("Connectly", __version__),
        ("Data directory", str(paths.data_dir)),
        ("Diary file", f"{paths.database} ({paths.database.stat().st_size:,} bytes)"),
        ("SQLCipher", f"{cipher} (SQLite {sqlite})"),
        ("Schema version", str(db.schema_version)),
        ("Opens with", " + ".join([*ways, "recovery code"])),
        ("Keyring backend", status.backend + ("" if status.usable else f" — not used: {status.reason}")),
        ("Check-ins", f"{diary.journal.count():,}" + (f" ({span[0]} to {span[1]})" if span else "")),
        ("Life events", str(len(diary.events.events()))),
        ("Integrity", "ok" if report.ok else "DAMAGED — restore a backup"),
    ]
