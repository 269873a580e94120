"""One function per command. Each returns an exit code and prints plain results to stdout."""

from __future__ import annotations

import argparse
import json
import sys

from connectly.cli.prompts import SecretPrompt
from connectly.domain.days import local_today, parse_day
from connectly.domain.errors import KeyringUnavailableError, ValidationError
from connectly.services.access import KeyringAccess, create_diary
from connectly.services.diary import OpenDiary
from connectly.services.locations import DiaryPaths


def secret_prompt(args: argparse.Namespace) -> SecretPrompt:
    return SecretPrompt(from_stdin=bool(getattr(args, "passphrase_stdin", False)))


def _show_recovery_code(code: str) -> None:
    print("Your recovery code (write it down and keep it somewhere safe — it is shown only once):")
    print()
    print(f"    {code}")
    print()
    print("With it you can open the diary if the keyring or the passphrase is ever lost.")


def cmd_init(args: argparse.Namespace, paths: DiaryPaths) -> int:
    prompt = secret_prompt(args)
    keyring = None if args.no_keyring else KeyringAccess()
    if keyring is not None:
        status = keyring.status()
        if not status.usable:
            if not prompt.from_stdin and not sys.stdin.isatty():
                raise KeyringUnavailableError(status.reason)
            print(f"{status.reason}", file=sys.stderr)
            keyring = None
    passphrase = None
    if prompt.from_stdin or keyring is None:
        passphrase = prompt.ask_new("New passphrase: ")
    diary, code = create_diary(paths, names=tuple(args.names), passphrase=passphrase, keyring=keyring)
    try:
        ways = " and ".join(
            w for w in ("the system keyring" if keyring else "", "your passphrase" if passphrase else "") if w
        )
        print(f"Created an encrypted diary in {paths.data_dir}; it opens with {ways}.")
        _show_recovery_code(code)
    finally:
        diary.lock()
    return 0


def cmd_checkin(args: argparse.Namespace, diary: OpenDiary) -> int:
    partner = diary.journal.partner(args.partner)
    day = parse_day(args.day) if args.day else local_today()
    entry = diary.journal.add_checkin(
        partner_id=partner.id,
        day=day,
        stress=args.stress,
        closeness=args.closeness,
        availability=args.availability,
        tags=args.tag,
        note=args.note,
    )
    print(entry.id, flush=True)  # printed only after the commit returned
    return 0


def cmd_partners(args: argparse.Namespace, diary: OpenDiary) -> int:
    for spec, field in [(s, "name") for s in args.rename] + [(s, "colour") for s in args.colour]:
        ref, sep, value = spec.partition("=")
        if not sep:
            raise ValidationError(f"Write “{spec}” as N=VALUE, e.g. 1=Sam.")
        partner = diary.journal.partner(ref)
        diary.journal.update_partner(partner.id, **{field: value})
    for p in diary.journal.partners():
        print(f"{p.number}  {p.name}  {p.colour}")
    return 0


def cmd_event(args: argparse.Namespace, diary: OpenDiary) -> int:
    if args.event_command == "add":
        event = diary.events.add(
            kind=args.kind,
            title=args.title,
            starts_on=parse_day(args.start),
            ends_on=parse_day(args.end) if args.end else None,
            note=args.note,
        )
        print(event.id)
        return 0
    for e in diary.events.events():
        end = f" – {e.ends_on.isoformat()}" if e.ends_on else ""
        print(f"{e.id}  {e.starts_on.isoformat()}{end}  {e.kind.value}  {e.title}")
    return 0


def cmd_passphrase(args: argparse.Namespace, diary: OpenDiary) -> int:
    prompt = secret_prompt(args)
    had = diary.has_passphrase
    diary.set_passphrase(prompt.ask_new("New passphrase: "))
    print("Passphrase changed." if had else "Passphrase set.")
    return 0


def cmd_recovery_code(args: argparse.Namespace, diary: OpenDiary) -> int:
    code = diary.new_recovery_code()
    print("The old recovery code no longer works.")
    _show_recovery_code(code)
    return 0


def cmd_demo_data(args: argparse.Namespace, diary: OpenDiary) -> int:
    from connectly.services.demo import fill_with_demo_year

    added = fill_with_demo_year(diary, local_today(), seed=args.seed)
    print(f"Added {added.checkins} check-ins and {added.events} life events.")
    return 0


def cmd_insights(args: argparse.Namespace, diary: OpenDiary) -> int:
    from connectly.services.insights import InsightService

    start = parse_day(args.start) if args.start else None
    end = parse_day(args.end) if args.end else None
    result = InsightService(diary).analyse(start, end)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, allow_nan=False))
    else:
        for insight in result.insights:
            print(f"• {insight.text}")
    return 0


def cmd_doctor(args: argparse.Namespace, diary: OpenDiary, paths: DiaryPaths) -> int:
    from connectly.services.doctor import diagnose

    for label, value in diagnose(diary, paths, KeyringAccess()):
        print(f"{label + ':':<22} {value}")
    return 0
