"""Exporting records to CSV, XLSX and vCard (3.0 / 4.0).

Columns carry the import field keys as headers, so an exported file imports back as the same
records. Cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR) are
prefixed with a quote; the importer removes that quote again.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from crm_desktop.services.importing.bulk import raw_connection
from crm_desktop.services.importing.fields import CUSTOM_PREFIX, FIELDS, ImportKind
from crm_desktop.storage.database import Database

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int], None]


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    VCF = "vcf"


def neutralise(value: str) -> str:
    """A cell value a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int


_USER = "(SELECT COALESCE(u.email, u.name) FROM user u WHERE u.id = r.owner_id)"
_COMPANY = "(SELECT c.name FROM company c WHERE c.id = r.company_id)"
_SOURCE = "(SELECT s.name FROM source s WHERE s.id = r.source_id)"
_CONTACT = "(SELECT p.email FROM contact p WHERE p.id = r.contact_id)"
_DEAL = "(SELECT d.name FROM deal d WHERE d.id = r.deal_id)"

#: field key -> SQL expression over the record table aliased ``r``.
_SQL: dict[ImportKind, tuple[str, dict[str, str]]] = {
    ImportKind.CONTACTS: ("contact", {
        "first_name": "r.first_name", "last_name": "r.last_name", "email": "r.email",
        "phone": "r.phone", "title": "r.title", "company": _COMPANY, "owner": _USER,
        "lifecycle_stage": "r.lifecycle_stage", "lead_status": "r.lead_status",
        "source": _SOURCE, "city": "r.city", "country": "r.country", "tags": "r.tags",
        "created_at": "r.created_at", "external_id": "r.external_id",
    }),
    ImportKind.COMPANIES: ("company", {
        "name": "r.name", "domain": "r.domain", "industry": "r.industry",
        "employees": "r.employees", "annual_revenue": "r.annual_revenue",
        "phone": "r.phone", "website": "r.website", "city": "r.city", "country": "r.country",
        "owner": _USER, "external_id": "r.external_id",
    }),
    ImportKind.DEALS: ("deal", {
        "name": "r.name", "amount": "r.amount", "currency": "r.currency",
        "pipeline": "(SELECT p.name FROM pipeline p WHERE p.id = r.pipeline_id)",
        "stage": "(SELECT s.name FROM stage s WHERE s.id = r.stage_id)", "owner": _USER,
        "company": _COMPANY,
        "contacts": "(SELECT group_concat(p.email, '; ') FROM deal_contact dc "
        "JOIN contact p ON p.id = dc.contact_id WHERE dc.deal_id = r.id)",
        "close_date": "r.expected_close_date", "created_at": "r.created_at",
        "source": _SOURCE, "probability": "r.probability", "lost_reason": "r.lost_reason",
        "external_id": "r.external_id",
    }),
    ImportKind.ACTIVITIES: ("activity", {
        "type": "r.type", "subject": "r.subject", "body": "r.body",
        "occurred_at": "r.occurred_at", "duration_minutes": "r.duration_minutes",
        "outcome": "r.outcome", "owner": _USER, "contact": _CONTACT, "company": _COMPANY,
        "deal": _DEAL,
    }),
    ImportKind.TASKS: ("task", {
        "title": "r.title", "type": "r.type", "notes": "r.notes", "due_at": "r.due_at",
        "priority": "r.priority", "done_at": "r.done_at", "owner": _USER,
        "contact": _CONTACT, "company": _COMPANY, "deal": _DEAL,
    }),
}  # fmt: skip
_CUSTOM_KINDS = {ImportKind.CONTACTS, ImportKind.COMPANIES, ImportKind.DEALS, ImportKind.ACTIVITIES}


class ExportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def columns(self, kind: ImportKind) -> list[str]:
        """Every column of a kind: its fields, then ``custom:key`` for each custom property."""
        plain = [key for key in FIELDS[kind] if key in _SQL[kind][1]]
        return [*plain, *self._custom_columns(kind)]

    def _custom_columns(self, kind: ImportKind) -> list[str]:
        if kind not in _CUSTOM_KINDS:
            return []
        table = _SQL[kind][0]
        with self._db.session(write=False) as session:
            conn = raw_connection(session)
            keys = {
                str(k)
                for (k,) in conn.execute(
                    "SELECT key FROM custom_field WHERE entity = ? AND deleted_at IS NULL", (table,)
                )
            }
            for (custom,) in conn.execute(
                f"SELECT DISTINCT custom FROM {table} WHERE custom NOT IN ('{{}}', '') "
                "AND deleted_at IS NULL LIMIT 10000"
            ):
                keys.update(json.loads(custom or "{}"))
        return [CUSTOM_PREFIX + k for k in sorted(keys)]

    def rows(
        self, kind: ImportKind, columns: Sequence[str], ids: Sequence[str] | None = None
    ) -> Iterator[list[str]]:
        """The records as text cells (not neutralised), streamed from the database."""
        table, sql = _SQL[kind]
        plain = [c for c in columns if not c.startswith(CUSTOM_PREFIX)]
        unknown = [c for c in plain if c not in sql]
        if unknown:
            raise ValueError(f"unknown {kind.value} columns: {', '.join(unknown)}")
        select = ", ".join(
            [*(sql[c] for c in plain), "r.custom" if kind in _CUSTOM_KINDS else "'{}'"]
        )
        query = f"SELECT {select} FROM {table} r WHERE r.deleted_at IS NULL"
        params: list[str] = []
        if ids is not None:
            query = f"SELECT {select} FROM {table} r JOIN temp_export_ids t ON t.id = r.id "
            query += "WHERE r.deleted_at IS NULL ORDER BY t.pos"
        else:
            query += " ORDER BY r.created_at, r.id"
        with self._db.session(write=False) as session:
            conn = raw_connection(session)
            if ids is not None:
                conn.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS temp_export_ids (pos INTEGER, id TEXT)"
                )
                conn.execute("DELETE FROM temp_export_ids")
                conn.executemany("INSERT INTO temp_export_ids VALUES (?, ?)", enumerate(ids))
            for record in conn.execute(query, params):
                yield _cells(kind, columns, plain, record)

    def export(
        self,
        kind: ImportKind,
        path: Path | str,
        fmt: ExportFormat | None = None,
        *,
        columns: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        vcard_version: str = "3.0",
    ) -> ExportResult:
        path = Path(path)
        fmt = fmt or ExportFormat(path.suffix.lower().lstrip(".") or "csv")
        columns = list(columns or self.columns(kind))
        if fmt == ExportFormat.VCF:
            if kind != ImportKind.CONTACTS:
                raise ValueError("only contacts export to vCard")
            from crm_desktop.services.vcards import write_vcards

            plain = list(_SQL[kind][1])
            records = (dict(zip(plain, r, strict=True)) for r in self.rows(kind, plain, ids))
            count = write_vcards(path, records, vcard_version)
        elif fmt == ExportFormat.XLSX:
            count = _write_xlsx(path, columns, self.rows(kind, columns, ids))
        else:
            count = _write_csv(path, columns, self.rows(kind, columns, ids))
        return ExportResult(path, count)


def _cells(kind: ImportKind, columns: Sequence[str], plain: list[str], record: Any) -> list[str]:
    by_key = dict(zip(plain, record, strict=False))
    custom = json.loads(record[-1] or "{}") if record[-1] else {}
    cells = []
    for column in columns:
        if column.startswith(CUSTOM_PREFIX):
            cells.append(_text(custom.get(column[len(CUSTOM_PREFIX) :])))
        else:
            cells.append(_format(kind, column, by_key.get(column)))
    return cells


def _format(kind: ImportKind, column: str, value: Any) -> str:
    if value is None:
        return ""
    if column == "tags":
        return "; ".join(json.loads(value or "[]"))
    if column in {"amount", "annual_revenue"}:
        return str((Decimal(int(value)) / 100).quantize(Decimal("0.01")))
    if isinstance(value, str) and column.endswith("_at") and len(value) >= 19:
        return value[:19].replace(" ", "T") + "Z"
    return _text(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _write_csv(path: Path, columns: Sequence[str], rows: Iterator[list[str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralise(c) for c in columns])
        for row in rows:
            writer.writerow([neutralise(c) for c in row])
            count += 1
    return count


def _write_xlsx(path: Path, columns: Sequence[str], rows: Iterator[list[str]]) -> int:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Export")
    sheet.append([neutralise(c) for c in columns])
    count = 0
    for row in rows:
        sheet.append([neutralise(_xml_safe(c)) for c in row])
        count += 1
    workbook.save(path)
    return count


def _xml_safe(value: str) -> str:
    """XLSX cannot hold control characters other than tab, LF and CR."""
    return "".join(ch for ch in value if ch >= " " or ch in "\t\n\r")
