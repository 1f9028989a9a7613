"""Headless commands: ``python main.py COMMAND --help``. Without a command the GUI starts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop import __version__

CommandHandler = Callable[[argparse.Namespace], int]


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="database file (default: crm.sqlite3 in your user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm-desktop",
        description="Offline-first desktop CRM. Without a command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"crm-desktop {__version__}")
    _db_option(parser)
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty database with demo data at start"
    )
    parser.add_argument(
        "--self-test",
        action=_SelfTestFlag,
        help="check that this installation works (temporary database, offscreen window), exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="generate realistic demo data")
    _db_option(demo)
    demo.add_argument(
        "--size",
        default="small",
        help="small, large (100k contacts, 20k deals, 1M activities) or a number of contacts",
    )
    demo.add_argument("--seed", type=int, default=42, help="random seed (same seed, same data)")
    demo.set_defaults(handler=_cmd_demo)

    check = sub.add_parser("check", help="check the database's integrity")
    _db_option(check)
    check.set_defaults(handler=_cmd_check)

    search = sub.add_parser("search", help="find contacts, companies and deals")
    search.add_argument("text", metavar="TEXT", help="part of a name, email, phone or company")
    _db_option(search)
    search.add_argument("--kind", choices=["contacts", "companies", "deals"], help="one kind only")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N matches")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=_cmd_search)

    report = sub.add_parser("report", help="sales reports and KPIs")
    report_sub = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    _add_report_kpis(report_sub)
    for kind in ("daily", "weekly", "monthly"):
        _add_report_performance(report_sub, kind)

    from crm_desktop.services.importing.commands import add_export_arguments, add_import_arguments

    import_ = sub.add_parser("import", help="import records from a CSV, TSV or XLSX file")
    add_import_arguments(import_)
    _db_option(import_)
    import_.set_defaults(handler=_cmd_import)

    export = sub.add_parser("export", help="export records to CSV, XLSX or vCard")
    add_export_arguments(export)
    _db_option(export)
    export.set_defaults(handler=_cmd_export)

    backup = sub.add_parser("backup", help="back the database up now, or list its backups")
    _db_option(backup)
    backup.add_argument(
        "--out", type=Path, metavar="FILE", help="write the backup to FILE (default: backups/)"
    )
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    backup.set_defaults(handler=_cmd_backup)

    restore = sub.add_parser(
        "restore", help="replace the database by a backup (keeps a copy of the current one)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file to restore")
    _db_option(restore)
    restore.set_defaults(handler=_cmd_restore)
    encrypt = sub.add_parser(
        "encrypt",
        help="encrypt the database and its backups (SQLCipher), or change the passphrase",
        description="Passphrases are asked for, or read from CRM_DESKTOP_PASSPHRASE (current) "
        "and CRM_DESKTOP_NEW_PASSPHRASE (new). Close the app first.",
    )
    _db_option(encrypt)
    encrypt.add_argument(
        "--change", action="store_true", help="change the passphrase of an encrypted database"
    )
    encrypt.set_defaults(handler=_cmd_encrypt)
    return parser


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _add_report_kpis(report_sub: Any) -> None:
    kpis = report_sub.add_parser(
        "kpis",
        help="win rate, won/lost/open values, average deal size, sales cycle",
        description="Closed figures cover deals closed from --from to --to (all time by "
        "default); open figures are as of now. Money is in the base currency.",
    )
    _db_option(kpis)
    kpis.add_argument("--from", dest="start", type=_iso_date, metavar="DATE", help="first day")
    kpis.add_argument("--to", dest="end", type=_iso_date, metavar="DATE", help="last day")
    kpis.add_argument("--owner", metavar="NAME", help="only this owner's deals")
    kpis.add_argument("--pipeline", metavar="NAME", help="only this pipeline's deals")
    kpis.add_argument("--by", choices=["owner"], help="one set of KPIs per owner")
    kpis.add_argument("--json", action="store_true", help="print JSON")
    kpis.set_defaults(handler=_cmd_report_kpis)


def run_command(args: argparse.Namespace) -> int:
    from crm_desktop.domain.errors import CrmError

    handler: CommandHandler = args.handler
    try:
        return handler(args)
    except CrmError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return 2


def _database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db)
    from crm_desktop.storage.paths import default_database_path

    return default_database_path()


def _cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.services.container import Services
    from crm_desktop.services.demo import DemoService, demo_size

    try:
        size = demo_size(args.size)
    except ValueError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return 2
    services = Services.open(_database_path(args))
    try:
        result = DemoService(services.db).generate(size, seed=args.seed)
    finally:
        services.close()
    for kind, count in result.counts.items():
        print(f"{kind}: {count}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from crm_desktop.services.maintenance import check_database

    path = _database_path(args)
    if not path.exists():
        print(f"crm-desktop: {path}: no such database", file=sys.stderr)
        return 2
    report = check_database(path)
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def _cmd_report_kpis(args: argparse.Namespace) -> int:
    import json

    from crm_desktop.services.container import Services
    from crm_desktop.services.metrics.report_kpis import KpiRequest, kpi_report, report_lines

    path = _database_path(args)
    if not path.exists():
        print(f"crm-desktop: {path}: no such database", file=sys.stderr)
        return 2
    request = KpiRequest(args.start, args.end, args.owner, args.pipeline, args.by == "owner")
    services = Services.open(path)
    try:
        data = kpi_report(services.db, request)
    finally:
        services.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for line in report_lines(data):
            print(line)
    return 0


def _add_report_performance(report_sub: Any, kind: str) -> None:
    perf = report_sub.add_parser(
        kind,
        help=f"{kind} rep performance report (team leaderboard or one rep) as HTML or PDF",
        description=f"The {kind} report of the period containing --date (today by default), "
        "compared with the period before; --custom FROM TO reports on those days instead.",
    )
    _db_option(perf)
    perf.add_argument("--owner", metavar="NAME", help="one rep's report (default: the team)")
    perf.add_argument("--date", dest="day", type=_iso_date, metavar="DATE", help="a day in it")
    perf.add_argument(
        "--custom", nargs=2, type=_iso_date, metavar=("FROM", "TO"), help="a custom period"
    )
    perf.add_argument("--lang", metavar="LANG", help="en or zh_CN (default: $CRM_DESKTOP_LANG)")
    perf.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.html|.pdf")
    perf.set_defaults(handler=_cmd_report_performance, kind=kind)


def _cmd_report_performance(args: argparse.Namespace) -> int:
    from crm_desktop.services.container import Services
    from crm_desktop.services.reports.command import ReportCommand, write_report
    from crm_desktop.services.reports.model import ReportKind

    path = _database_path(args)
    if not path.exists():
        print(f"crm-desktop: {path}: no such database", file=sys.stderr)
        return 2
    custom = tuple(args.custom) if args.custom else None
    command = ReportCommand(
        ReportKind(args.kind), args.out, args.day, custom, args.owner, args.lang
    )
    services = Services.open(path)
    try:
        print(write_report(services.db, command))
    finally:
        services.close()
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from crm_desktop.services.container import Services
    from crm_desktop.services.search import SearchService

    path = _database_path(args)
    if not path.exists():
        print(f"crm-desktop: {path}: no such database", file=sys.stderr)
        return 2
    services = Services.open(path)
    try:
        hits = SearchService(services.db).search(args.text, args.kind, max(args.limit, 0))
    finally:
        services.close()
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        print(f"{hit.kind:8} {hit.id}  {hit.title}" + (f"  ({hit.detail})" if hit.detail else ""))
    if not hits:
        print("no matches", file=sys.stderr)
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from crm_desktop.services.importing.commands import run_import

    return run_import(args, _database_path(args))


def _cmd_export(args: argparse.Namespace) -> int:
    from crm_desktop.services.importing.commands import run_export

    return run_export(args, _database_path(args))


def _cmd_backup(args: argparse.Namespace) -> int:
    from crm_desktop.services.backups import BackupService

    service = BackupService(_database_path(args))
    if args.list:
        backups = service.list()
        for b in backups:
            stamp = b.created_at.strftime("%Y-%m-%d %H:%M:%S UTC")
            print(f"{stamp}  {b.reason:16}  {b.size:>12,} bytes  {b.path}")
        if not backups:
            print(f"no backups in {service.folder}", file=sys.stderr)
        return 0
    info = service.back_up_now("manual", args.out)
    print(f"backed up to {info.path} ({info.size:,} bytes)")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from crm_desktop.services.backups import BackupService

    result = BackupService(_database_path(args)).restore(args.file)
    print(f"restored {result.restored_from} into {_database_path(args)}")
    if result.previous is not None:
        print(f"the previous database was kept as {result.previous.path}")
    return 0


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from crm_desktop.services.safety_cli import run_encrypt

    return run_encrypt(_database_path(args), change=args.change)


class _SelfTestFlag(argparse.Action):
    """``--self-test`` runs ``_cmd_self_test`` as if it were a command."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        namespace.command = "self-test"
        namespace.handler = _cmd_self_test


def _cmd_self_test(args: argparse.Namespace) -> int:
    # The one command that needs Qt (it renders the main window): imported by name, so the
    # headless core stays Qt-free and `--version` fast (see crm_desktop/selftest.py).
    import importlib

    selftest = importlib.import_module("crm_desktop.selftest")
    return int(selftest.run_self_test())
