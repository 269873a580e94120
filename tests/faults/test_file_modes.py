"""SECURITY.md promise 12: everything the app writes is owner-only, even under umask 022.

The test runs under the common desktop umask 022 (tests/conftest.py) and *without* the CLI's
own ``umask 077``, so every 0600/0700 below is the app's doing, not the umask's.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from connectly.services.access import unlock_with_secret
from connectly.services.backups import BackupService
from connectly.services.exchange import ExchangeService
from connectly.services.locations import DiaryPaths
from tests.diaries import PASS, add_checkins, new_diary


def _modes(root: Path) -> dict[str, int]:
    found = {str(root): stat.S_IMODE(root.stat().st_mode)}
    for p in root.rglob("*"):
        found[str(p.relative_to(root))] = stat.S_IMODE(p.lstat().st_mode)
    return found


def _assert_owner_only(root: Path) -> None:
    wrong = {
        name: oct(mode)
        for name, mode in _modes(root).items()
        if mode != (0o700 if (root / name).is_dir() or name == str(root) else 0o600)
    }
    assert wrong == {}


def test_everything_the_services_write_is_owner_only(tmp_path: Path) -> None:
    assert os.umask(0o022) == 0o022  # the conftest's umask; proves the test is not cheating
    paths = DiaryPaths(tmp_path / "home")
    diary, _ = new_diary(
        paths
    )  # as create_diary, with cheap key wrapping (the CLI test below uses the real one)
    add_checkins(diary, 20)
    assert paths.database.with_name("diary.db-wal").exists()
    assert paths.database.with_name("diary.db-shm").exists()
    service = BackupService(diary)
    backup = service.backup_now()
    service.backup_if_due(backup.when.date())
    diary.set_passphrase("a brand new passphrase 77")
    exports = paths.data_dir / "exports"  # an export folder the app did not create is the user's
    exports.mkdir(mode=0o700)
    exchange = ExchangeService(diary)
    exchange.export_json(exports / "all.json")
    exchange.export_csv(exports / "all.csv")
    restored, _ = service.restore(backup.path)
    add_checkins(restored, 2, start=100)
    _assert_owner_only(paths.data_dir)
    restored.lock()
    again = unlock_with_secret(paths, "a brand new passphrase 77")  # the restore kept the key slots
    again.lock()
    _assert_owner_only(paths.data_dir)


def test_everything_the_cli_writes_is_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "CONNECTLY_HOME": str(home)}
    cli = [
        sys.executable,
        "-c",
        "import os, sys; os.umask(0o022); from connectly.cli import main; sys.exit(main())",
    ]
    for args in (
        ["init", "--no-keyring", "--passphrase-stdin"],
        [
            "checkin",
            "--partner",
            "1",
            "--stress",
            "5",
            "--closeness",
            "5",
            "--availability",
            "5",
            "--passphrase-stdin",
        ],
        ["backup", "--passphrase-stdin"],
    ):
        subprocess.run([*cli, *args], input=PASS + "\n", env=env, text=True, capture_output=True, check=True)
    assert (home / "backups").is_dir()
    _assert_owner_only(home)
