"""Fast writes for imports: executemany inserts and field updates, with change log rows.

Rows are dicts of *stored* values (money in hundredths, timestamps as naive-UTC text, JSON as
text), written through the DB-API cursor of the unit of work's connection, so they share its
transaction. Every created record and every changed field gets a ``change_log`` row carrying
the import batch id: that is what undo reads.
"""

from __future__ import annotations

import enum
import json
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import JSON, Column, Date, Table
from sqlalchemy.orm import Session

from crm_desktop.storage.sort_keys import keys_for
from crm_desktop.storage.types import Money, UTCDateTime, from_minor_units, new_id, to_db_datetime

FLUSH_ROWS = 2000
_EMPTY_JSON: dict[Any, Any] = {"[]": [], "{}": {}}
_CHANGE_SQL = (
    "INSERT INTO change_log (entity, entity_id, action, field, old, new, at, by_id, batch_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def table_of(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def raw_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under the session's (already begun) transaction."""
    conn = session.connection().connection.driver_connection
    # sqlite3's, or SQLCipher's (an encrypted database): the same DB-API
    assert isinstance(conn, sqlite3.Connection) or hasattr(conn, "executemany")
    return cast(sqlite3.Connection, conn)


def stored(column: Column[Any], value: Any) -> Any:
    """A Python value as the database stores it in ``column``."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Money):
        return int((Decimal(str(value)) * 100).to_integral_value())
    if isinstance(kind, UTCDateTime):
        return to_db_datetime(value) if isinstance(value, datetime) else value
    if isinstance(kind, JSON):
        return json.dumps(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def logged(column: Column[Any], value: Any) -> Any:
    """A stored value as the change log writes it (what ``changelog.to_json`` gives)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Money):
        return str(from_minor_units(value).quantize(Decimal("0.01")))
    if isinstance(kind, UTCDateTime):
        moment = datetime.fromisoformat(str(value))
        return moment.replace(tzinfo=UTC).isoformat()
    if isinstance(kind, JSON):
        return json.loads(value) if isinstance(value, str) else value
    return value


def from_log(column: Column[Any], value: Any) -> Any:
    """A change log value back to its stored form (for undo)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Money):
        return int((Decimal(str(value)) * 100).to_integral_value())
    if isinstance(kind, UTCDateTime):
        return to_db_datetime(datetime.fromisoformat(str(value)))
    if isinstance(kind, JSON):
        return json.dumps(value)
    if isinstance(kind, Date):
        return str(value)[:10]
    return value


def _default(column: Column[Any], now: str) -> Any:
    default = column.default
    if default is None:
        return None
    arg = getattr(default, "arg", None)
    if getattr(default, "is_scalar", False):
        return stored(column, arg)
    if arg is None:
        return None
    name = getattr(arg, "__name__", "")
    if "new_id" in name:
        return None  # filled per row
    if "utcnow" in name:
        return now
    try:
        value = arg(None)  # SQLAlchemy wraps plain callables to take a context
    except TypeError:
        value = arg()
    return stored(column, value)


class Writer:
    """Buffered inserts into one table, plus field updates, all logged to the change log."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        table: Table,
        *,
        entity: str | None,
        batch_id: str | None,
        actor_id: str | None,
        now: str,
        before_flush: Callable[[], None] | None = None,
    ) -> None:
        self.conn = conn
        self.table = table
        self.entity = entity
        self.batch_id = batch_id
        self.actor_id = actor_id
        self.now = now
        self.columns = [c.name for c in table.columns]
        self.defaults = {c.name: _default(c, now) for c in table.columns}
        self._has_id = "id" in self.defaults
        self._special = {
            c.name for c in table.columns if isinstance(c.type, Money | UTCDateTime | JSON)
        }
        names = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        self._insert_sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
        self._rows: list[tuple[Any, ...]] = []
        self._log: list[tuple[Any, ...]] = []
        self._before_flush = before_flush
        self.pending: set[str] = set()

    def insert(self, values: dict[str, Any]) -> str:
        """Queue a new row (stored values); returns its id."""
        row = {**self.defaults, **values}
        row.update(keys_for(self.table.name, row))  # pinyin sort keys of the names
        if self._has_id and not row.get("id"):
            row["id"] = new_id()
        record_id = str(row.get("id", ""))
        self._rows.append(tuple(row[c] for c in self.columns))
        if self.entity is not None:
            self._log.append(self._change(record_id, "create", None, None, self._snapshot(row)))
            self.pending.add(record_id)
        if len(self._rows) >= FLUSH_ROWS:
            self.flush()
        return record_id

    def _snapshot(self, row: dict[str, Any]) -> dict[str, Any]:
        """The new record as the change log shows it (plain values need no conversion)."""
        snapshot: dict[str, Any] = {}
        special = self._special
        for key, value in row.items():
            if value is None:
                continue
            if key in special:
                if value in _EMPTY_JSON:
                    value = _EMPTY_JSON[value]
                else:
                    value = logged(self.table.c[key], value)
            snapshot[key] = value
        return snapshot

    def flush(self) -> None:
        if self._before_flush is not None:
            self._before_flush()
        if self._rows:
            self.conn.executemany(self._insert_sql, self._rows)
            self._rows.clear()
            self.pending.clear()
        self.flush_log()

    def flush_log(self) -> None:
        if self._log:
            self.conn.executemany(_CHANGE_SQL, self._log)
            self._log.clear()

    def fetch(self, record_id: str) -> dict[str, Any] | None:
        if record_id in self.pending:
            self.flush()
        cursor = self.conn.execute(f'SELECT * FROM "{self.table.name}" WHERE id = ?', (record_id,))
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def update(self, record_id: str, values: dict[str, Any]) -> bool:
        """Set changed fields (stored values) of an existing row; False when nothing changed."""
        current = self.fetch(record_id)
        if current is None:
            return False
        changed = {k: v for k, v in values.items() if current.get(k) != v}
        if not changed:
            return False
        if self._before_flush is not None:
            self._before_flush()  # records the new values point to (a new stage, ...) first
        written = {**changed, **keys_for(self.table.name, changed)}  # + names' sort keys
        sets = ", ".join(f'"{k}" = ?' for k in written)
        self.conn.execute(
            f'UPDATE "{self.table.name}" SET {sets}, updated_at = ? WHERE id = ?',
            (*written.values(), self.now, record_id),
        )
        for key, new in changed.items():
            column = self.table.c[key]
            old = logged(column, current.get(key))
            self._log.append(self._change(record_id, "update", key, old, logged(column, new)))
        return True

    def _change(
        self, record_id: str, action: str, field: str | None, old: Any, new: Any
    ) -> tuple[Any, ...]:
        return (
            self.entity,
            record_id,
            action,
            field,
            None if old is None else json.dumps(old),
            None if new is None else json.dumps(new),
            self.now,
            self.actor_id,
            self.batch_id,
        )


def select_pairs(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> dict[str, str]:
    """``{key: id}`` from a two-column query (keys lower-cased, blanks dropped)."""
    result: dict[str, str] = {}
    for key, record_id in conn.execute(sql, tuple(params)):
        if key:
            result.setdefault(str(key).strip().lower(), str(record_id))
    return result
