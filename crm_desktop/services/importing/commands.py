"""The ``import`` and ``export`` subcommands (the CLI side of the same services as the GUI)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from crm_desktop.services.importing.fields import FIELDS, ImportKind, parse_map_options
from crm_desktop.services.importing.values import DateOrder

if TYPE_CHECKING:
    from crm_desktop.services.importing.options import ImportResult

KINDS = [k.value for k in ImportKind]
UPDATE_BY = ["email", "domain", "name", "external_id", "none"]


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="CSV, TSV or XLSX")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar='"Column=field"',
        help="map a column to a field or to custom:key (repeatable); unmapped columns are ignored",
    )
    parser.add_argument("--pipeline", metavar="NAME", help="pipeline for deals (default: default)")
    parser.add_argument("--update-by", choices=UPDATE_BY, help="match existing records by")
    parser.add_argument("--skip-existing", action="store_true", help="skip matches, no update")
    parser.add_argument("--encoding", metavar="ENC", help="file encoding (default: detected)")
    parser.add_argument("--sheet", metavar="NAME", help="XLSX sheet (default: the first)")
    parser.add_argument(
        "--date-order", choices=[o.value for o in DateOrder], default="ymd",
        help="how to read 03/04/2024: dmy, mdy or ymd (four-digit years first always work)",
    )  # fmt: skip
    parser.add_argument("--dry-run", action="store_true", help="show what would happen only")
    parser.add_argument("--errors", type=Path, metavar="OUT.csv", help="write rejected rows")
    parser.add_argument("--list-fields", action="store_true", help="print the field keys")


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    parser.add_argument("out", type=Path, metavar="OUT")
    parser.add_argument("--format", choices=["csv", "xlsx", "vcf"], help="default: from OUT")
    parser.add_argument("--vcard-version", choices=["3.0", "4.0"], default="3.0")


def run_import(args: argparse.Namespace, db_path: Path, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    kind = ImportKind(args.kind)
    if args.list_fields:
        for key in FIELDS[kind]:
            print(key, file=out)
        return 0
    if args.file is None:
        print("crm-desktop: import needs a FILE (or --list-fields)", file=sys.stderr)
        return 2
    from crm_desktop.services.container import Services
    from crm_desktop.services.importing.options import ImportOptions
    from crm_desktop.services.importing.reading import ImportReadError
    from crm_desktop.services.importing.runner import ImportService, write_error_report

    try:
        table = ImportService.open(args.file, encoding=args.encoding, sheet=args.sheet)
        mapping = parse_map_options(kind, args.map)
    except (ImportReadError, ValueError) as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return 2
    if not args.map:
        mapping = ImportService.suggest(kind, table.headers)
        _print_mapping(table.headers, mapping, out)
    options = ImportOptions(
        kind=kind,
        mapping=mapping,
        pipeline=args.pipeline,
        update_by=args.update_by,
        on_match="skip" if args.skip_existing else "update",
        date_order=DateOrder(args.date_order),
    )
    try:
        options.match_column()
    except ValueError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return 2
    services = Services.open(db_path)
    try:
        service = ImportService(services.db)
        result = (service.dry_run if args.dry_run else service.run)(table, options)
    finally:
        services.close()
    _print_result(result, out)
    if args.errors is not None:
        write_error_report(args.errors, result.errors)
    return 0


def _print_mapping(headers: list[str], mapping: dict[str, str], out: TextIO) -> None:
    print("mapping (suggested):", file=out)
    for header in headers:
        print(f"  {header} -> {mapping.get(header, '(ignored)')}", file=out)


def _print_result(result: ImportResult, out: TextIO) -> None:
    label = "dry run, nothing written" if result.dry_run else f"batch {result.batch_id}"
    print(f"{result.kind.value} from {result.file_name} ({label}):", file=out)
    for name, count in result.counts().items():
        print(f"{name}: {count}", file=out)
    for error in result.errors[:20]:
        column = f" [{error.column}]" if error.column else ""
        print(f"  row {error.row}{column}: {error.reason}", file=out)
    if len(result.errors) > 20:
        print(f"  ... {len(result.errors) - 20} more (see --errors OUT.csv)", file=out)


def run_export(args: argparse.Namespace, db_path: Path, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    from crm_desktop.services.container import Services
    from crm_desktop.services.exporting import ExportFormat, ExportService

    if not db_path.exists():
        print(f"crm-desktop: {db_path}: no such database", file=sys.stderr)
        return 2
    fmt = ExportFormat(args.format) if args.format else None
    services = Services.open(db_path)
    try:
        result = ExportService(services.db).export(
            ImportKind(args.kind), args.out, fmt, vcard_version=args.vcard_version
        )
    except (ValueError, OSError) as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return 2
    finally:
        services.close()
    print(f"{result.count} {args.kind} written to {result.path}", file=out)
    return 0
