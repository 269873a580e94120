"""``connectly backup``, ``connectly backups`` and ``connectly restore FILE``, and the daily backup.

``restore`` must work when the diary cannot be opened (that is when it is needed most), so
it runs before the usual unlock: it tries the OS keyring, then asks for the passphrase or
recovery code, and uses them on the current key slots and on the backup's own.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from connectly.cli.prompts import SecretPrompt
from connectly.domain.backups import BackupInfo, BackupKeyNeededError, BackupNotFoundError
from connectly.domain.days import local_today
from connectly.domain.errors import (
    ConnectlyError,
    KeyMissingError,
    KeyringUnavailableError,
    ValidationError,
    WrongKeyError,
)

if TYPE_CHECKING:  # the parser imports this module: keep it free of storage imports
    from connectly.services.diary import OpenDiary
    from connectly.services.locations import DiaryPaths
    from connectly.services.restoring import WayIn

COMMANDS = frozenset({"backup", "backups", "restore"})
"""Commands handled here (``restore`` before any unlock)."""


def add_parsers(sub: Any, stdin_help: str) -> None:
    """Add the three backup commands to the ``connectly`` sub-command parser."""
    p = sub.add_parser("backup", help="make an encrypted backup now and print where it was saved")
    p.add_argument("--passphrase-stdin", action="store_true", help=stdin_help)

    p = sub.add_parser("backups", help="list the backups, newest first")
    p.add_argument("--folder", help="list the backups in this folder (no unlocking needed)")
    p.add_argument("--passphrase-stdin", action="store_true", help=stdin_help)

    p = sub.add_parser(
        "restore",
        help="replace the diary with a backup (the current diary is kept as a backup first)",
        description="Works also when the diary is damaged. The backup is checked before anything "
        "changes. Asks for confirmation on a terminal; otherwise pass --yes.",
    )
    p.add_argument("file", metavar="FILE", help="a backup file (connectly-….db)")
    p.add_argument("--yes", action="store_true", help="restore without asking for confirmation")
    p.add_argument("--passphrase-stdin", action="store_true", help=stdin_help)


def run(args: argparse.Namespace, paths: DiaryPaths, prompt: SecretPrompt) -> int:
    """Dispatch one of :data:`COMMANDS`."""
    if args.command == "restore":
        return cmd_restore(args, paths, prompt)
    if args.command == "backups" and args.folder:
        _print_backups(_list_folder(Path(args.folder)), Path(args.folder))
        return 0
    from connectly.cli.unlock import open_for_command
    from connectly.services.backups import BackupService

    diary = open_for_command(paths, prompt)
    try:
        service = BackupService(diary)
        if args.command == "backup":
            print(service.backup_now().path)
        else:
            _print_backups(service.list_backups(), service.folder())
    finally:
        diary.lock()
    return 0


def daily_backup(diary: OpenDiary) -> None:
    """The first unlock of the day makes the daily backup; a failure is a note, not an error."""
    from connectly.services.backups import BackupService

    try:
        BackupService(diary).backup_if_due(local_today())
    except ConnectlyError as exc:
        print(f"Note: today's automatic backup was not made. {exc.user_message}", file=sys.stderr)


def cmd_restore(args: argparse.Namespace, paths: DiaryPaths, prompt: SecretPrompt) -> int:
    """Confirm, then restore with the keyring or, failing that, a typed secret."""
    from connectly.services.access import KeyringAccess
    from connectly.services.restoring import keyring_may_open, restore_into

    backup = Path(args.file).expanduser()
    if not backup.is_file():
        raise BackupNotFoundError(f"There is no backup file at {backup}. Nothing was changed.")
    if not args.yes and not _confirmed(backup, prompt):
        print("Nothing was changed.")
        return 1
    keyring = KeyringAccess() if keyring_may_open(paths, backup) else None
    try:
        if keyring is None:
            raise KeyMissingError()
        outcome = restore_into(paths, backup, keyring)
    except (KeyMissingError, KeyringUnavailableError, WrongKeyError, BackupKeyNeededError):
        secret = prompt.ask("Passphrase or recovery code (of the diary or of the backup): ")
        ways: list[WayIn] = [keyring, secret] if keyring is not None else [secret]
        outcome = restore_into(paths, backup, ways)
    print(f"Restored the diary from {backup.name}.")
    if outcome.previous_kept_at is not None:
        print(f"The diary it replaced was kept as {outcome.previous_kept_at}.")
    if outcome.key_slots_replaced:
        print("The diary now opens with the passphrase or recovery code it had when the backup was made.")
    return 0


def _confirmed(backup: Path, prompt: SecretPrompt) -> bool:
    if prompt.from_stdin or not sys.stdin.isatty():
        raise ValidationError(
            "Restoring replaces the diary. Add --yes to confirm when there is no terminal to ask on; "
            "nothing was changed."
        )
    answer = input(
        f"Replace the diary with {backup.name}? The current diary is kept as a backup first. [y/N] "
    )
    return answer.strip().lower() in ("y", "yes")


def _list_folder(folder: Path) -> list[BackupInfo]:
    from connectly.services.backups import list_backups

    return list_backups(folder)


def _print_backups(backups: list[BackupInfo], folder: Path) -> None:
    if not backups:
        print(f"No backups yet in {folder}.")
        return
    for b in backups:
        print(f"{b.when:%Y-%m-%d %H:%M}  {b.reason.value:<15} {b.size / 1_000_000:7.1f} MB  {b.path}")
