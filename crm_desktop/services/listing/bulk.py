"""Set-based bulk writes from the lists: one transaction, a few statements per chunk of ids.

A "select all" of 100k contacts then an owner change is a handful of ``UPDATE ... WHERE id IN
(...)`` statements, with the change log written by ``INSERT ... SELECT`` in the same
transaction, instead of 100k ORM loads. Each call reports progress and polls for cancellation
between chunks; a cancelled call raises ``BulkCancelled`` and the transaction rolls back.

``BulkResult.before`` keeps the previous stored value of every record that changed, so the
caller can undo the whole write in one step with ``set_values``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy.engine import Connection

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import ChangeAction, EntityKind
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.storage.database import Database
from crm_desktop.storage.types import new_id, to_db_datetime, utcnow
from crm_desktop.storage.unit_of_work import UnitOfWork

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: ids per statement (SQLite allows 999 bound parameters in older builds)
CHUNK = 500
TABLES = {"contact": "contact", "company": "company", "deal": "deal"}
JSON_COLUMNS = frozenset({"tags"})
LOG_COLUMNS = "entity, entity_id, action, field, old, new, at, by_id, batch_id"


class BulkCancelled(CrmError):
    """The user cancelled a bulk write; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")


@dataclass(frozen=True)
class BulkResult:
    kind: str
    #: the stored column that was written
    field: str
    #: record id -> stored value before the write (only the records that changed)
    before: Mapping[str, Any]
    changes: Changes

    @property
    def count(self) -> int:
        return len(self.before)


@dataclass
class _Run:
    """What one bulk write shares between its chunks."""

    conn: Connection
    kind: str
    at: str
    at_iso: str
    actor: str | None
    batch: str
    progress: Progress | None
    cancelled: Cancelled | None
    items: list[tuple[EntityKind, ChangeAction, str]]

    def tick(self, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BulkCancelled()
        if self.progress is not None:
            self.progress(done, total)

    def log_select(self, action: str, field: str, old: str, new: str, where: str) -> str:
        return (
            f"INSERT INTO change_log ({LOG_COLUMNS}) SELECT '{self.kind}', id, '{action}', "
            f"'{field}', {old}, {new}, ?, ?, ? FROM {TABLES[self.kind]} r WHERE {where}"
        )


def stored(value: Any) -> Any:
    """A cleaned value as the database stores it (enum values, JSON text for lists)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple | dict):
        return json.dumps(list(value) if isinstance(value, tuple) else value)
    return value


def _json_of(column: str, value: Any) -> str:
    if column in JSON_COLUMNS:
        return str(value) if value is not None else "null"
    return json.dumps(value)


def _chunks(ids: Sequence[str]) -> Iterable[tuple[int, list[str]]]:
    for start in range(0, len(ids), CHUNK):
        yield start, list(ids[start : start + CHUNK])


class BulkWriter:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    def _run(self, kind: str, callback: Callable[[_Run], Any]) -> tuple[Any, Changes]:
        if kind not in TABLES:
            raise ValidationError({"kind": f"{kind} cannot be edited in bulk"})
        uow = UnitOfWork(self._db, actor_id=self._actor())
        with uow as session:
            now = utcnow()
            run = _Run(
                session.connection(),
                kind,
                to_db_datetime(now),
                now.isoformat(),
                self._actor(),
                str(uuid.uuid4()),
                None,
                None,
                session.info.setdefault("changes", []),
            )
            result = callback(run)
        return result, uow.changes

    # -- one value for every record ------------------------------------------------------
    def set_field(
        self,
        kind: str,
        ids: Sequence[str],
        column: str,
        value: Any,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BulkResult:
        """Store ``value`` (already cleaned) in ``column`` of every record of ``ids``."""
        return self.set_values(kind, column, dict.fromkeys(ids, stored(value)), progress, cancelled)

    def set_values(
        self,
        kind: str,
        column: str,
        values: Mapping[str, Any],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BulkResult:
        """Store per-record values (stored form); records with the same value share statements."""
        groups: dict[Any, list[str]] = {}
        for record_id, value in values.items():
            groups.setdefault(value, []).append(record_id)
        total = len(values)

        def write(run: _Run) -> dict[str, Any]:
            run.progress, run.cancelled = progress, cancelled
            before: dict[str, Any] = {}
            done = 0
            for value, ids in groups.items():
                for _start, chunk in _chunks(ids):
                    run.tick(done, total)
                    if kind == "deal" and column == "stage_id" and value is not None:
                        before.update(_move_deals(run, chunk, value))
                    else:
                        before.update(_set_chunk(run, column, chunk, value))
                    done += len(chunk)
            run.tick(total, total)
            return before

        before, changes = self._run(kind, write)
        return BulkResult(kind, column, before, changes)

    # -- trash and restore ---------------------------------------------------------------
    def set_deleted(
        self,
        kind: str,
        ids: Sequence[str],
        trashed: bool,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BulkResult:
        """Move ``ids`` to the Trash (or back); ``before`` lists the records that moved."""

        def write(run: _Run) -> dict[str, Any]:
            run.progress, run.cancelled = progress, cancelled
            before: dict[str, Any] = {}
            for start, chunk in _chunks(ids):
                run.tick(start, len(ids))
                before.update(_trash_chunk(run, chunk, trashed))
            run.tick(len(ids), len(ids))
            return before

        before, changes = self._run(kind, write)
        return BulkResult(kind, "deleted_at", before, changes)


def _marks(chunk: Sequence[str]) -> str:
    return ", ".join("?" * len(chunk))


def _set_chunk(run: _Run, column: str, chunk: list[str], value: Any) -> dict[str, Any]:
    table = TABLES[run.kind]
    where = f"r.id IN ({_marks(chunk)}) AND r.{column} IS NOT ?"
    params = (*chunk, value)
    rows = run.conn.exec_driver_sql(
        f"SELECT r.id, r.{column} FROM {table} r WHERE {where}", params
    ).fetchall()
    if not rows:
        return {}
    old = (
        f"COALESCE(json(r.{column}), 'null')"
        if column in JSON_COLUMNS
        else f"json_quote(r.{column})"
    )
    log = run.log_select("update", column, old, "?", where)
    run.conn.exec_driver_sql(log, (_json_of(column, value), run.at, run.actor, run.batch, *params))
    run.conn.exec_driver_sql(
        f"UPDATE {table} SET {column} = ?, updated_at = ? WHERE id IN "
        f"(SELECT r.id FROM {table} r WHERE {where})",
        (value, run.at, *params),
    )
    kind = EntityKind(run.kind)
    run.items.extend((kind, ChangeAction.UPDATE, r[0]) for r in rows)
    return {r[0]: r[1] for r in rows}


def _trash_chunk(run: _Run, chunk: list[str], trashed: bool) -> dict[str, Any]:
    table = TABLES[run.kind]
    state = "IS NULL" if trashed else "IS NOT NULL"
    where = f"r.id IN ({_marks(chunk)}) AND r.deleted_at {state}"
    rows = run.conn.exec_driver_sql(
        f"SELECT r.id, r.deleted_at FROM {table} r WHERE {where}", tuple(chunk)
    ).fetchall()
    if not rows:
        return {}
    if trashed:
        log = run.log_select("delete", "deleted_at", "'null'", "json_quote(?)", where)
        run.conn.exec_driver_sql(log, (run.at_iso, run.at, run.actor, run.batch, *chunk))
    else:
        old = "json_quote(replace(r.deleted_at, ' ', 'T') || '+00:00')"
        log = run.log_select("restore", "deleted_at", old, "'null'", where)
        run.conn.exec_driver_sql(log, (run.at, run.actor, run.batch, *chunk))
    run.conn.exec_driver_sql(
        f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id IN ({_marks(chunk)}) "
        f"AND deleted_at {state}",
        (run.at if trashed else None, run.at, *chunk),
    )
    action = ChangeAction.DELETE if trashed else ChangeAction.RESTORE
    kind = EntityKind(run.kind)
    run.items.extend((kind, action, r[0]) for r in rows)
    return {r[0]: r[1] for r in rows}


def _move_deals(run: _Run, chunk: list[str], stage_id: Any) -> dict[str, Any]:
    """Deals to another stage of their pipeline, each move recorded as a ``stage_change``."""
    stage = run.conn.exec_driver_sql(
        "SELECT pipeline_id FROM stage WHERE id = ?", (stage_id,)
    ).fetchone()
    if stage is None:
        raise ValidationError({"stage_id": "no such stage"})
    deals = run.conn.exec_driver_sql(
        f"SELECT id, stage_id, outcome, pipeline_id FROM deal WHERE id IN ({_marks(chunk)}) "
        "AND stage_id IS NOT ?",
        (*chunk, stage_id),
    ).fetchall()
    if any(d[3] != stage[0] for d in deals):
        raise ValidationError({"stage_id": "the stage is not in the deal's pipeline"})
    before = _set_chunk(run, "stage_id", chunk, stage_id)
    moved = [d for d in deals if d[0] in before]
    _set_entered(run, [d[0] for d in moved])
    changes = [
        {
            "id": new_id(),
            "deal_id": d[0],
            "from_stage_id": d[1],
            "to_stage_id": stage_id,
            "from_outcome": d[2],
            "to_outcome": d[2],
            "at": run.at,
            "by_id": run.actor,
        }
        for d in moved
    ]
    _insert_stage_changes(run, changes)
    return before


def _set_entered(run: _Run, ids: list[str]) -> None:
    if not ids:
        return
    where = f"r.id IN ({_marks(ids)})"
    old = "json_quote(replace(r.stage_entered_at, ' ', 'T') || '+00:00')"
    log = run.log_select("update", "stage_entered_at", old, "json_quote(?)", where)
    run.conn.exec_driver_sql(log, (run.at_iso, run.at, run.actor, run.batch, *ids))
    run.conn.exec_driver_sql(
        f"UPDATE deal SET stage_entered_at = ? WHERE id IN ({_marks(ids)})", (run.at, *ids)
    )


def _insert_stage_changes(run: _Run, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    run.conn.exec_driver_sql(
        f"INSERT INTO stage_change ({', '.join(columns)}) VALUES ({_marks(columns)})",
        [tuple(r[c] for c in columns) for r in rows],
    )
    log_rows = []
    for row in rows:
        snapshot = {**row, "at": run.at_iso}
        new = json.dumps(snapshot)
        log_rows.append(
            ("stage_change", row["id"], "create", None, "null", new, run.at, run.actor, run.batch)
        )
    run.conn.exec_driver_sql(
        f"INSERT INTO change_log ({LOG_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", log_rows
    )
    run.items.extend((EntityKind.STAGE_CHANGE, ChangeAction.CREATE, r["id"]) for r in rows)
