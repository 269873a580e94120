"""``connectly export …`` and ``connectly import …``: the therapy report, chart images, data in and out.

Every export says where the file went and that it is NOT encrypted. Imports show their plan —
how many rows are new, which lines have problems and why — and write nothing until confirmed
(``--yes``, or ``y`` at the prompt on a terminal).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from connectly.domain.days import local_today, parse_day

if TYPE_CHECKING:  # the parser imports this module: keep it light
    from connectly.services.diary import OpenDiary
    from connectly.services.import_plan import ImportPlan

COMMANDS = frozenset({"export", "import"})
"""Commands handled here."""

CHART_KINDS = ("timeline", "scatter", "lag")
DEFAULT_MOOD_MAP = "rad=9,good=7,meh=5,bad=3,awful=1"
"""As ``connectly.services.daylio.DEFAULT_MOOD_MAP`` (not imported: the parser stays light)."""
MAX_BAD_ROWS_SHOWN = 50


def add_parsers(sub: Any, stdin_help: str) -> None:
    """Add ``export`` and ``import`` with their sub-commands to the ``connectly`` parser."""
    p = sub.add_parser(
        "export", help="write the therapy report, a chart or all your data to a file (not encrypted)"
    )
    what = p.add_subparsers(dest="export_command", metavar="WHAT", required=True)

    r = what.add_parser(
        "report", help="the therapy report (PDF)", description="Notes are left out unless --include-notes."
    )
    r.add_argument(
        "--from", dest="start", help="first day, YYYY-MM-DD (default: the day after the last report)"
    )
    r.add_argument("--to", dest="end", help="last day, YYYY-MM-DD (default: today)")
    r.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    r.add_argument(
        "--include-notes", action="store_true", help="include notes — only if both partners agreed"
    )
    r.add_argument("--initials", action="store_true", help="show initials instead of names")
    r.add_argument("--page-size", choices=("A4", "Letter"), help="default: from your locale")

    c = what.add_parser("chart", help="one chart as PNG or SVG (by the file name)")
    c.add_argument("kind", choices=CHART_KINDS)
    c.add_argument("-o", "--output", required=True, metavar="FILE.png|FILE.svg")
    c.add_argument("--width", type=int, help="width in pixels (default depends on the chart)")
    c.add_argument("--height", type=int, help="height in pixels")
    c.add_argument(
        "--scale", type=float, default=1.0, help="device pixel ratio for PNG, e.g. 2 for sharp text"
    )
    c.add_argument("--from", dest="start", help="first day, YYYY-MM-DD (default: the first check-in)")
    c.add_argument("--to", dest="end", help="last day, YYYY-MM-DD (default: today)")
    c.add_argument("--initials", action="store_true", help="show initials instead of names")

    for name, help_text in (
        ("csv", "check-ins as CSV (plus partners, life events and bookmarks beside it)"),
        ("json", "everything as JSON (imports back without loss)"),
    ):
        d = what.add_parser(name, help=help_text)
        d.add_argument("-o", "--output", required=True, metavar="FILE")

    p = sub.add_parser("import", help="import check-ins from CSV, Daylio or a Connectly JSON export")
    source = p.add_subparsers(dest="import_command", metavar="FROM", required=True)

    i = source.add_parser(
        "csv",
        help="check-ins from a CSV file (shows the plan; imports with --yes or after you confirm)",
        description="A file with the header day,partner,stress,closeness,availability,tags,note needs no "
        "mapping. For other files name the columns, e.g. --columns "
        "'day=Date,partner=Who,stress=Stress,closeness=Close,availability=Give,note=Notes'.",
    )
    i.add_argument("file", metavar="FILE")
    i.add_argument("--columns", metavar="FIELD=COLUMN,…", help="which column holds each field")
    i.add_argument(
        "--day-format", metavar="FORMAT", help="how days are written, e.g. %%d/%%m/%%Y (default YYYY-MM-DD)"
    )
    i.add_argument("--partner", metavar="N", help="put every row on partner 1, 2 or NAME (no partner column)")
    i.add_argument("--yes", action="store_true", help="import without asking")

    j = source.add_parser(
        "json", help="a Connectly JSON export (checked whole; nothing is imported if any record is bad)"
    )
    j.add_argument("file", metavar="FILE")

    y = source.add_parser(
        "daylio",
        help="a Daylio CSV export, as one partner's check-ins",
        description="Each mood becomes ratings: mood=N means stress 10−N, closeness N and availability N; "
        "mood=S/C/A sets the three ratings. Activities become tags.",
    )
    y.add_argument("file", metavar="FILE")
    y.add_argument("--partner", required=True, metavar="N", help="1, 2 or the partner's name")
    y.add_argument(
        "--mood-map", default=DEFAULT_MOOD_MAP, metavar="MOOD=N,…", help=f"default: {DEFAULT_MOOD_MAP}"
    )
    y.add_argument(
        "--activity-map", default="", metavar="ACTIVITY=TAG,…", help="rename activities (empty drops one)"
    )
    y.add_argument(
        "--only-mapped-activities", action="store_true", help="drop activities not in --activity-map"
    )
    y.add_argument("--no-notes", action="store_true", help="leave Daylio notes out")
    y.add_argument("--yes", action="store_true", help="import without asking")

    for parser in (r, c, *(what.choices[n] for n in ("csv", "json")), i, j, y):
        parser.add_argument("--passphrase-stdin", action="store_true", help=stdin_help)


def run(args: argparse.Namespace, diary: OpenDiary) -> int:
    """Dispatch ``export …`` / ``import …``."""
    if args.command == "export":
        handler = {"report": _export_report, "chart": _export_chart, "csv": _export_csv, "json": _export_json}
        return handler[args.export_command](args, diary)
    importer = {"csv": _import_csv, "json": _import_json, "daylio": _import_daylio}
    return importer[args.import_command](args, diary)


def _told(path: Path, what: str) -> None:
    from connectly.services.export_files import NOT_ENCRYPTED

    print(f"Wrote {what} to {path}")
    print(NOT_ENCRYPTED)


def _day(text: str | None, default: dt.date) -> dt.date:
    return parse_day(text) if text else default


# -- exports ----------------------------------------------------------------------------


def _export_report(args: argparse.Namespace, diary: OpenDiary) -> int:
    from connectly.report.pdf import TherapyReport, default_page_size, ensure_application
    from connectly.services.report_data import ReportRequest, ReportService

    service = ReportService(diary)
    first, last = service.default_range()
    end = _day(args.end, last if not args.start else local_today())
    start = _day(args.start, first)
    ensure_application()
    request = ReportRequest(
        start, end, args.include_notes, args.initials, args.page_size or default_page_size()
    )
    report = TherapyReport(service.build(request))
    report.draw_charts()
    path = report.write(Path(args.output))
    service.remember_report(request)
    notes = "with notes (both partners agreed)" if args.include_notes else "without notes"
    _told(path, f"the therapy report ({len(report.pages)} pages, {request.page_size}, {notes})")
    return 0


def _export_chart(args: argparse.Namespace, diary: OpenDiary) -> int:
    from connectly.report.charts import ChartInput, ChartKind, ReportCharts
    from connectly.report.images import ImageSize, export_chart
    from connectly.report.pdf import ensure_application
    from connectly.services.report_data import ReportRequest, ReportService

    span = diary.journal.day_range()
    end = _day(args.end, local_today())
    start = _day(args.start, span[0] if span else end - dt.timedelta(days=27))
    kind = ChartKind(args.kind)
    default = ImageSize.default(kind)
    size = ImageSize(args.width or default.width, args.height or default.height, args.scale)
    ensure_application()
    data = ReportService(diary).build(ReportRequest(start, end, use_initials=args.initials))
    charts = ReportCharts(ChartInput(data.analysis, data.series, data.events, data.partners))
    path = export_chart(charts, kind, Path(args.output), size)
    _told(path, f"the {kind.value} chart")
    return 0


def _export_csv(args: argparse.Namespace, diary: OpenDiary) -> int:
    from connectly.services.exchange import ExchangeService

    export = ExchangeService(diary).export_csv(Path(args.output))
    _told(export.checkins, f"{export.count:,} check-ins")
    for path in export.files[1:]:
        print(f"  and {path}")
    return 0


def _export_json(args: argparse.Namespace, diary: OpenDiary) -> int:
    from connectly.services.exchange import ExchangeService

    _told(ExchangeService(diary).export_json(Path(args.output)), "everything in the diary")
    return 0


# -- imports ----------------------------------------------------------------------------


def _show_plan(plan: ImportPlan) -> None:
    if plan.headers and plan.kind == "csv" and plan.mapping is not None:
        print(f"Columns: {plan.mapping.describe()}")  # type: ignore[attr-defined]
    print(plan.summary())
    for line, reason in plan.bad_rows[:MAX_BAD_ROWS_SHOWN]:
        print(f"  line {line}: {reason}")
    if len(plan.bad_rows) > MAX_BAD_ROWS_SHOWN:
        print(f"  … and {len(plan.bad_rows) - MAX_BAD_ROWS_SHOWN:,} more.")


def _confirmed(plan: ImportPlan, yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        print(
            f"Nothing was imported. Run again with --yes to import the {len(plan.new_rows):,} new check-ins."
        )
        return False
    answer = input(f"Import {len(plan.new_rows):,} check-ins? [y/N] ").strip().casefold()
    if answer not in ("y", "yes"):
        print("Nothing was imported.")
        return False
    return True


def _apply(diary: OpenDiary, plan: ImportPlan, yes: bool) -> int:
    from connectly.services.exchange import ExchangeService

    _show_plan(plan)
    if plan.problem is not None:
        if plan.headers:
            print("The file's columns: " + ", ".join(plan.headers))
        return 1
    if not plan.new_rows:
        print("Nothing to import.")
        return 0
    if not _confirmed(plan, yes):
        return 1
    print(ExchangeService(diary).apply_import(plan).summary())
    return 0


def _import_csv(args: argparse.Namespace, diary: OpenDiary) -> int:
    import dataclasses

    from connectly.services.csv_import import ColumnMapping
    from connectly.services.exchange import ExchangeService

    service, path = ExchangeService(diary), Path(args.file)
    mapping = ColumnMapping.parse(args.columns) if args.columns else None
    if args.day_format or args.partner:
        if mapping is None:  # the columns as recognised from the header, with these options
            guessed = service.plan_csv_import(path).mapping
            mapping = guessed if isinstance(guessed, ColumnMapping) else ColumnMapping()
        mapping = dataclasses.replace(mapping, day_format=args.day_format, partner_fixed=args.partner)
    return _apply(diary, service.plan_csv_import(path, mapping), args.yes)


def _import_json(args: argparse.Namespace, diary: OpenDiary) -> int:
    from connectly.services.exchange import ExchangeService

    print(ExchangeService(diary).import_json(Path(args.file)).summary())
    return 0


def _import_daylio(args: argparse.Namespace, diary: OpenDiary) -> int:
    from connectly.services.daylio import DaylioMapping
    from connectly.services.exchange import ExchangeService

    moods = DaylioMapping.parse_moods(args.mood_map)
    mapping = DaylioMapping(
        partner=args.partner,
        moods=moods,
        activities=DaylioMapping.parse_activities(args.activity_map),
        keep_other_activities=not args.only_mapped_activities,
        include_notes=not args.no_notes,
    )
    print("Moods (stress/closeness/availability): " + ", ".join(f"{m} {r.text()}" for m, r in moods.items()))
    return _apply(diary, ExchangeService(diary).plan_daylio_import(Path(args.file), mapping), args.yes)
