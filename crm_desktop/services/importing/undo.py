"""Undoing an import batch from its change log rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Table

from crm_desktop.domain.enums import ChangeAction, EntityKind
from crm_desktop.services.importing.bulk import from_log
from crm_desktop.storage.models import Base
from crm_desktop.storage.sort_keys import keys_for
from crm_desktop.storage.types import to_db_datetime, utcnow

ChangeItem = tuple[EntityKind, ChangeAction, str]
#: Dependants first, so nothing is left pointing at a removed record.
DELETE_ORDER = (
    "activity", "task", "deal", "contact", "company", "stage", "pipeline", "source",
    "custom_field", "user",
)  # fmt: skip
CHUNK = 500


def _tables() -> dict[str, Table]:
    tables: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        kind = getattr(mapper.class_, "__entity_kind__", None)
        if kind and isinstance(mapper.local_table, Table):
            tables[kind] = mapper.local_table
    return tables


def undo_batch(conn: sqlite3.Connection, batch_id: str, actor_id: str | None) -> list[ChangeItem]:
    """Restore updated fields, delete created records; returns what changed."""
    tables = _tables()
    now = to_db_datetime(utcnow())
    created: dict[str, list[str]] = {}
    log: list[tuple[Any, ...]] = []
    items: list[ChangeItem] = []
    rows = conn.execute(
        "SELECT entity, entity_id, action, field, old FROM change_log "
        "WHERE batch_id = ? ORDER BY id DESC",
        (batch_id,),
    ).fetchall()
    for entity, record_id, action, field, old in rows:
        if action == ChangeAction.CREATE.value:
            created.setdefault(entity, []).append(record_id)
        elif action == ChangeAction.UPDATE.value and field and entity in tables:
            old_value = _json_value(old)
            _restore(conn, tables[entity], record_id, field, old_value, now)
            log.append((entity, record_id, "update", field, None, old, now, actor_id, None))
            items.append((EntityKind(entity), ChangeAction.UPDATE, record_id))
    for entity in sorted(created, key=_delete_rank):
        for record_id in _delete(conn, entity, created[entity]):
            log.append((entity, record_id, "purge", None, None, None, now, actor_id, None))
            items.append((EntityKind(entity), ChangeAction.PURGE, record_id))
    conn.executemany(
        "INSERT INTO change_log (entity, entity_id, action, field, old, new, at, by_id, "
        "batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        log,
    )
    return items


def _json_value(stored: Any) -> Any:
    """A change log value: JSON text, or a number (the JSON column has numeric affinity)."""
    if stored is None or isinstance(stored, int | float):
        return stored
    return json.loads(stored)


def _delete_rank(entity: str) -> int:
    return DELETE_ORDER.index(entity) if entity in DELETE_ORDER else len(DELETE_ORDER)


def _restore(
    conn: sqlite3.Connection, table: Table, record_id: str, field: str, old: Any, now: str
) -> None:
    if field not in table.c:
        return
    value = from_log(table.c[field], old)
    values = {field: value, **keys_for(table.name, {field: value})}  # + a name's sort key
    sets = ", ".join(f'"{k}" = ?' for k in values)
    conn.execute(
        f'UPDATE "{table.name}" SET {sets}, updated_at = ? WHERE id = ?',
        (*values.values(), now, record_id),
    )


def _delete(conn: sqlite3.Connection, entity: str, ids: list[str]) -> Iterator[str]:
    """Delete the records; a pipeline still holding deals someone added later is kept."""
    table = entity
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        guard = ""
        if entity == "pipeline":
            guard = " AND NOT EXISTS (SELECT 1 FROM deal WHERE deal.pipeline_id = pipeline.id)"
        deleted = conn.execute(
            f'DELETE FROM "{table}" WHERE id IN ({marks}){guard} RETURNING id', chunk
        ).fetchall()
        yield from (str(r[0]) for r in deleted)
