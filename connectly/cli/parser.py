"""The argument parser: every command has --help; secrets never come from arguments."""

from __future__ import annotations

import argparse

from connectly import __version__
from connectly.domain.events import LifeEventKind

STDIN_HELP = "read secrets from standard input, one per line, instead of asking on the terminal"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="connectly",
        description="Connectly — a private, encrypted diary for couples. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"Connectly {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway demo diary (no setup, no keyring)"
    )
    # Hidden self-checks for CI and packaging (connectly/cli/smoke.py).
    parser.add_argument("--smoke-test", metavar="OUTDIR", help=argparse.SUPPRESS)
    parser.add_argument("--startup-probe", metavar="T0", type=float, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create a new diary and print its recovery code once")
    p.add_argument("--no-keyring", action="store_true", help="do not keep the key in the system keyring")
    p.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)
    p.add_argument("--names", nargs=2, metavar=("NAME1", "NAME2"), default=("Partner 1", "Partner 2"))

    p = sub.add_parser("checkin", help="add a check-in; prints its id once it is saved")
    p.add_argument("--partner", required=True, help="1, 2 or a partner's name")
    p.add_argument("--stress", required=True, help="0 calm … 10 overwhelmed")
    p.add_argument("--closeness", required=True, help="0 distant … 10 deeply connected")
    p.add_argument("--availability", required=True, help="0 nothing left … 10 fully present")
    p.add_argument("--day", help="YYYY-MM-DD (default: today)")
    p.add_argument("--tag", action="append", default=[], help="a context tag (repeatable)")
    p.add_argument("--note", help="an optional note (“I felt …”)")
    p.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)

    p = sub.add_parser("partners", help="show or rename the two partners")
    p.add_argument("--rename", action="append", default=[], metavar="N=NAME", help="e.g. 1=Sam")
    p.add_argument("--colour", action="append", default=[], metavar="N=#RRGGBB", help="e.g. 2=#d9822b")
    p.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)

    p = sub.add_parser("event", help="life events (relocation, parenthood, career, loss, health, other)")
    ev = p.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    a = ev.add_parser("add", help="add a life event")
    a.add_argument("--kind", required=True, choices=[k.value for k in LifeEventKind])
    a.add_argument("--title", required=True)
    a.add_argument("--start", required=True, help="YYYY-MM-DD")
    a.add_argument("--end", help="YYYY-MM-DD (optional)")
    a.add_argument("--note")
    a.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)
    ls = ev.add_parser("list", help="list life events")
    ls.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)

    p = sub.add_parser("doctor", help="where the data lives, keyring, versions, integrity (no secrets)")
    p.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)

    p = sub.add_parser(
        "passphrase",
        help="set or change the passphrase (rewraps the key; the diary itself is not rewritten)",
        description="With --passphrase-stdin: if the keyring cannot open the diary, the first line is "
        "the current passphrase or recovery code; the next line is the new passphrase.",
    )
    p.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)

    p = sub.add_parser("recovery-code", help="replace the recovery code and print the new one once")
    p.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)

    p = sub.add_parser("demo-data", help="fill the open diary with a realistic, seeded demo year")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)

    p = sub.add_parser("insights", help="what the diary shows about stress and closeness")
    p.add_argument("--from", dest="start", help="YYYY-MM-DD")
    p.add_argument("--to", dest="end", help="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="every computed figure as JSON")
    p.add_argument("--passphrase-stdin", action="store_true", help=STDIN_HELP)

    from connectly.cli.backup_commands import add_parsers as add_backup_parsers

    add_backup_parsers(sub, STDIN_HELP)

    from connectly.cli.exchange_commands import add_parsers as add_exchange_parsers

    add_exchange_parsers(sub, STDIN_HELP)
    return parser
