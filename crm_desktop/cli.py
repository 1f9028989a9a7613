"""Headless commands: ``python main.py COMMAND --help``. Without a command the GUI starts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

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
    return parser


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
