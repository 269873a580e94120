"""Entry point: harden the process, resolve paths once, dispatch, turn errors into one sentence."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from connectly.crash import install_crash_hooks
from connectly.domain.errors import ConnectlyError
from connectly.hardening import harden_process


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    install_crash_hooks()
    from connectly.cli.parser import build_parser

    args = build_parser().parse_args(argv)
    if args.smoke_test is not None or args.startup_probe is not None:
        from pathlib import Path

        from connectly.cli import smoke

        if args.smoke_test is not None:
            return smoke.run_smoke(Path(args.smoke_test))
        return smoke.run_startup_probe(args.startup_probe)
    if args.command is None:
        from connectly.app import run_desktop_app

        return run_desktop_app(demo=args.demo)
    try:
        return _run_command(args)
    except ConnectlyError as exc:
        print(exc.user_message, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Stopped; nothing was changed.", file=sys.stderr)
        return 130


def _run_command(args: argparse.Namespace) -> int:
    from connectly.cli import backup_commands, commands, exchange_commands
    from connectly.cli.unlock import open_for_command
    from connectly.paths import data_dir
    from connectly.services.locations import DiaryPaths

    paths = DiaryPaths(data_dir())
    name = str(args.command)
    if name == "init":
        return commands.cmd_init(args, paths)
    if name in backup_commands.COMMANDS:  # restore works even when the diary cannot be opened
        return backup_commands.run(args, paths, commands.secret_prompt(args))
    handlers: dict[str, Callable[..., int]] = {
        "checkin": commands.cmd_checkin,
        "partners": commands.cmd_partners,
        "event": commands.cmd_event,
        "passphrase": commands.cmd_passphrase,
        "recovery-code": commands.cmd_recovery_code,
        "demo-data": commands.cmd_demo_data,
        "insights": commands.cmd_insights,
    }
    diary = open_for_command(paths, commands.secret_prompt(args))
    try:
        backup_commands.daily_backup(diary)
        if name in exchange_commands.COMMANDS:
            return exchange_commands.run(args, diary)
        if name == "doctor":
            return commands.cmd_doctor(args, diary, paths)
        return handlers[name](args, diary)
    finally:
        diary.lock()
