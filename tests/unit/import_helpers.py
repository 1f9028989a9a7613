"""Shared helpers of the import tests: run an import from text, query the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from crm_desktop.services.importing.fields import ImportKind, suggest_mapping
from crm_desktop.services.importing.options import ImportOptions, ImportResult
from crm_desktop.services.importing.runner import ImportService
from crm_desktop.storage.database import Database

Importer = Callable[..., ImportResult]


def query(db: Database, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def count(db: Database, table: str) -> int:
    return int(query(db, f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL')[0][0])


def make_importer(db: Database, tmp_path: Path) -> Importer:
    """``run(kind, csv_text, dry=False, mapping=None, **options)`` -> ImportResult."""
    service = ImportService(db)

    def run(
        kind: str, content: str, *, dry: bool = False, encoding: str = "utf-8", **kw: Any
    ) -> ImportResult:
        path = tmp_path / f"{kind}.csv"
        path.write_bytes(content.encode(encoding))
        table = service.open(path)
        mapping = kw.pop("mapping", None) or suggest_mapping(ImportKind(kind), table.headers)
        options = ImportOptions(ImportKind(kind), mapping, **kw)
        return (service.dry_run if dry else service.run)(table, options)

    return run
