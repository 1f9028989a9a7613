"""Stored pinyin sort keys of names, written by Python on every path that writes a name.

The lists sort contacts, companies and deals by name in pinyin order ("李娜" among the L's,
``domain.pinyin.sort_key``). Computing the key in a query costs seconds at 1M rows, so each
name column has a stored key column (migration 0006) and a list index over the keys.

The keys are written by Python, never by triggers: a trigger would need the app-defined SQL
function ``pinyin_key``, and any other SQLite tool writing the file would then fail. So:

- the ORM: ``before_insert`` / ``before_update`` mapper events (registered by importing this
  module, which ``storage.models`` does) set the keys of every record the ORM writes, and a
  ``do_orm_execute`` hook adds them to ORM bulk inserts and updates given as dicts;
- Core bulk writes (imports, demo data, import undo) add the keys with ``keys_for`` /
  ``with_keys``;
- a file written by another tool can hold rows whose key is missing: ``fill_missing`` (run at
  every open, cheap thanks to a partial index of exactly those rows) fills them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session

from crm_desktop.domain.pinyin import sort_key, surname_key
from crm_desktop.storage.models.accounts import Company, Contact
from crm_desktop.storage.models.sales import Deal

#: table -> {name column: its stored sort-key column}
NAME_KEYS: dict[str, dict[str, str]] = {
    "contact": {"last_name": "sort_last_name", "first_name": "sort_first_name"},
    "company": {"name": "sort_name"},
    "deal": {"name": "sort_name"},
}
KEY_COLUMNS = frozenset(key for names in NAME_KEYS.values() for key in names.values())
#: Rows written per statement batch by ``fill`` (the safety net).
BATCH = 5000


#: Name columns holding family names: their key reads surnames as surnames (曾 is "zeng").
SURNAME_COLUMNS = frozenset({"last_name"})


def key_of(column: str, value: Any) -> str | None:
    """The sort key of a stored value of the name column ``column`` (None stays None)."""
    if value is None:
        return None
    return (surname_key if column in SURNAME_COLUMNS else sort_key)(str(value))


def keys_for(table: str, values: Mapping[str, Any]) -> dict[str, str | None]:
    """The key columns of the name columns present in ``values`` (empty for other tables)."""
    names = NAME_KEYS.get(table, {})
    return {key: key_of(name, values[name]) for name, key in names.items() if name in values}


def with_keys(
    table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> tuple[tuple[str, ...], Iterator[tuple[Any, ...]]]:
    """Positional bulk-insert rows of ``table`` with its key columns appended.

    Returns the widened column list and the widened rows (lazily); tables without names and
    column lists without a name column (or that already carry the keys) pass unchanged.
    """
    names = NAME_KEYS.get(table, {})
    present = [(n, columns.index(n), k) for n, k in names.items() if n in columns]
    if not present or any(k in columns for _, _, k in present):
        return tuple(columns), (tuple(r) for r in rows)
    widened = (*columns, *(k for _, _, k in present))

    def widen() -> Iterator[tuple[Any, ...]]:
        for row in rows:
            yield (*row, *(key_of(n, row[i]) for n, i, _ in present))

    return widened, widen()


def missing_condition(table: str) -> str:
    """SQL: the row has a name whose key is missing (the WHERE of ``missing_index``)."""
    terms = [f"({k} IS NULL AND {n} IS NOT NULL)" for n, k in NAME_KEYS[table].items()]
    return " OR ".join(terms)


def missing_index(table: str) -> tuple[str, str]:
    """(name, CREATE INDEX statement) of the partial index of rows missing a key.

    It stays empty as long as every writer writes the keys, so it costs next to nothing, and
    ``fill_missing`` finds the rows another tool wrote without reading the table.
    """
    name = f"ix_{table}_sort_missing"
    first = next(iter(NAME_KEYS[table]))
    where = missing_condition(table)
    return name, f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({first}) WHERE {where}"


def fill(conn: Any, table: str, *, batch: int = BATCH) -> int:
    """Write the missing keys of ``table`` (rows ``missing_condition`` selects, read through
    its partial index) in rowid batches; returns the number of rows written.

    ``conn`` is a DB-API connection (sqlite3, or SQLCipher's) inside the caller's transaction.
    """
    names = NAME_KEYS[table]
    cols = ", ".join(names)
    sets = ", ".join(f"{k} = ?" for k in names.values())
    source = f"{table} INDEXED BY {missing_index(table)[0]}"
    where = f"rowid > ? AND ({missing_condition(table)})"
    select = f"SELECT rowid, {cols} FROM {source} WHERE {where} ORDER BY rowid LIMIT {batch}"
    update = f"UPDATE {table} SET {sets} WHERE rowid = ?"
    last, written = 0, 0
    while rows := conn.execute(select, (last,)).fetchall():
        last = rows[-1][0]
        keys = [(*(key_of(n, v) for n, v in zip(names, r[1:], strict=True)), r[0]) for r in rows]
        conn.executemany(update, keys)
        written += len(rows)
    return written


#: GLOB pattern of text with a character outside ASCII.
NON_ASCII = "*[^" + chr(1) + "-" + chr(127) + "]*"


def backfill(conn: Any, table: str) -> None:
    """Write every key of ``table`` in one UPDATE (the migration's backfill).

    The key of an ASCII name is the name lower-cased: SQLite's built-in ``lower`` (ASCII
    only) gives it. The other names' keys are computed in Python, once per distinct name, into
    a temporary table the UPDATE reads. Rewriting 1M contacts takes about 4 s this way, 10 s
    with a Python round trip per row.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sort_key_map (col TEXT NOT NULL, name TEXT NOT NULL, "
        "k TEXT, PRIMARY KEY (col, name)) WITHOUT ROWID"
    )
    sets = []
    for col, key in NAME_KEYS[table].items():
        cursor = conn.execute(
            f"SELECT DISTINCT {col} FROM {table} WHERE {col} GLOB ?", (NON_ASCII,)
        )
        while names := cursor.fetchmany(BATCH * 4):
            conn.executemany(
                "INSERT INTO sort_key_map VALUES (?, ?, ?)",
                [(col, n, key_of(col, n)) for (n,) in names],
            )
        mapped = f"(SELECT k FROM sort_key_map m WHERE m.col = '{col}' AND m.name = {table}.{col})"
        sets.append(f"{key} = CASE WHEN {col} GLOB :g THEN {mapped} ELSE lower({col}) END")
    conn.execute(f"UPDATE {table} SET {', '.join(sets)}", {"g": NON_ASCII})
    conn.execute("DROP TABLE temp.sort_key_map")


def any_missing(conn: Any) -> bool:
    """Whether some row has a name without its key (reads only the partial indexes)."""
    for table in NAME_KEYS:
        index = missing_index(table)[0]
        sql = f"SELECT 1 FROM {table} INDEXED BY {index} WHERE {missing_condition(table)} LIMIT 1"
        if conn.execute(sql).fetchone() is not None:
            return True
    return False


def fill_missing(conn: Any) -> int:
    """Fill the keys missing from rows another tool wrote (every table); returns the count."""
    return sum(fill(conn, table) for table in NAME_KEYS)


def _set_keys(target: Any, *, changed_only: bool) -> None:
    state = inspect(target)
    for name, key in NAME_KEYS[target.__tablename__].items():
        if changed_only and not state.attrs[name].history.has_changes():
            continue
        value = key_of(name, getattr(target, name))
        if getattr(target, key) != value:
            setattr(target, key, value)


def _before_insert(_mapper: Any, _connection: Any, target: Any) -> None:
    _set_keys(target, changed_only=False)


def _before_update(_mapper: Any, _connection: Any, target: Any) -> None:
    _set_keys(target, changed_only=True)


def _bulk_keys(state: ORMExecuteState) -> None:
    """ORM bulk INSERT / UPDATE with parameter dicts (``session.execute(insert(Contact),
    rows)``), which run no mapper events: the keys join each dict (copies, not the caller's)."""
    if not (state.is_insert or state.is_update):
        return
    table = str(getattr(getattr(state.statement, "table", None), "name", ""))
    if table not in NAME_KEYS:
        return
    params: Any = state.parameters
    if isinstance(params, Mapping):
        state.parameters = {**params, **keys_for(table, params)}
    elif isinstance(params, list) and all(isinstance(p, Mapping) for p in params):
        state.parameters = [{**p, **keys_for(table, p)} for p in params]


for _model in (Contact, Company, Deal):
    event.listen(_model, "before_insert", _before_insert)
    event.listen(_model, "before_update", _before_update)
event.listen(Session, "do_orm_execute", _bulk_keys)
