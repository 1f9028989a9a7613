"""Lazy lists: ordered rowids for a filter + sort (in SQL), then rows for a page of them."""

from __future__ import annotations

import json
import re
import sqlite3
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from crm_desktop.domain.names import display_name
from crm_desktop.services.listing.filters import conditions
from crm_desktop.services.listing.specs import JOINS, Column, ListSpec, spec_for
from crm_desktop.services.search import Cancelled, interruptible, matching_condition, normalize
from crm_desktop.services.search import query_params as search_params
from crm_desktop.storage.database import Database

#: A list search keeps at most this many matches of the index (then filters and sorts them).
SEARCH_CAP = 20_000
CUSTOM_PREFIX = "custom."
#: Names sort by pinyin ("李娜" among the L's) by their stored sort keys (migration 0006):
#: kind -> (stored key columns, sort expressions of the name column). The columns hold
#: ``domain.pinyin.sort_key(name)``, written by Python on every write path
#: (storage/sort_keys.py); ``ix_list_<kind>_name`` is built over them. A database without
#: them (before 0006) sorts names by code point (a computed key at 1M rows costs seconds).
PINYIN_SORTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "contact": (
        ("sort_last_name", "sort_first_name"),
        ("r.sort_last_name", "r.sort_first_name", "r.deleted_at"),
    ),
    "company": (("sort_name",), ("r.sort_name", "r.deleted_at")),
    "deal": (("sort_name",), ("r.sort_name", "r.deleted_at")),
}


@dataclass(frozen=True)
class ListQuery:
    kind: str
    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool = False


@dataclass(frozen=True)
class ColumnInfo:
    key: str
    label: str
    type: str
    custom: bool = False


@dataclass(frozen=True)
class ListRow:
    rowid: int
    id: str
    values: Mapping[str, Any]


def _custom_column(key: str) -> Column:
    path = "$." + key[len(CUSTOM_PREFIX) :].replace('"', "")
    return Column(key, key, f"json_extract(r.custom, '{path}')")


def _sort_column(spec: ListSpec, key: str | None) -> Column:
    if key and key.startswith(CUSTOM_PREFIX):
        return _custom_column(key)
    column = spec.column(key or spec.default_sort)
    return column or spec.column(spec.default_sort) or spec.columns[0]


def ids_sql(query: ListQuery, pinyin: bool = False) -> tuple[str, dict[str, Any]]:
    """The ids query; ``pinyin``: the table has stored pinyin sort keys (see ``PINYIN_SORTS``)."""
    spec = spec_for(query.kind)
    where, params = conditions(query.kind, query.filters)
    match = normalize(query.search)
    if match is not None:
        where += " AND " + matching_condition(query.kind, "r", match, SEARCH_CAP)
        params.update(search_params(match))
    column = _sort_column(spec, query.sort_key)
    if pinyin and column.key == "name":
        column = replace(column, sort=PINYIN_SORTS[query.kind][1])
    elif pinyin and column.key == "company":
        column = replace(column, sort=("co.sort_name",))
    joins = " ".join(JOINS[j] for j in column.joins)
    direction = " DESC" if query.descending else ""
    order = ", ".join(f"{e}{direction}" for e in (*column.sort_exprs, "r.rowid"))
    # Without a search, the default sort reads the ids off its covering index (the planner
    # would rather pick a plain name index and visit every row of the table).
    hint = ""
    if match is None and spec.sort_index and column.key == spec.default_sort:
        hint = f" INDEXED BY {spec.sort_index}"
    sql = f"SELECT r.rowid FROM {spec.table} r{hint} {joins} WHERE {where} ORDER BY {order}"
    return sql, params


def _convert(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.type == "money":
        return Decimal(value) / 100
    if column.type == "datetime":
        return datetime.fromisoformat(f"{value}+00:00")
    if column.type == "tags":
        return list(json.loads(value)) if isinstance(value, str) else list(value)
    return value


class ListService:
    """Reads of the Contacts, Companies and Deals lists; the GUI's lazy models use it."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._sort_keys: dict[str, bool] = {}

    def _has_sort_keys(self, kind: str) -> bool:
        """Whether the table of ``kind`` has the stored pinyin sort-key columns."""
        if kind not in self._sort_keys:
            table, columns = spec_for(kind).table, PINYIN_SORTS[kind][0]
            with self._db.engine.connect() as conn:
                names = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
            self._sort_keys[kind] = set(columns) <= names
        return self._sort_keys[kind]

    def columns(self, kind: str) -> list[ColumnInfo]:
        """Every column the list can show: the built-in ones, then the custom properties."""
        spec = spec_for(kind)
        cols = [ColumnInfo(c.key, c.label, c.type) for c in spec.columns]
        sql = (
            "SELECT key, label_en, label_zh, type FROM custom_field "
            "WHERE entity = :kind AND deleted_at IS NULL ORDER BY position, key"
        )
        with self._db.session(write=False) as session:
            for key, label_en, label_zh, type_ in session.execute(text(sql), {"kind": kind}):
                label = label_en if not label_zh else f"{label_en}\x1f{label_zh}"
                cols.append(ColumnInfo(CUSTOM_PREFIX + key, label, str(type_), custom=True))
        return cols

    def default_columns(self, kind: str) -> list[str]:
        return list(spec_for(kind).default_columns)

    def ids(
        self, query: ListQuery, cancelled: Cancelled | None = None, limit: int | None = None
    ) -> array[int]:
        """Rowids of the matching live records in display order (8 bytes per row).

        ``limit`` returns only the first ones: the view paints those while the rest loads.
        """
        sql, params = ids_sql(query, self._has_sort_keys(query.kind))
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        try:
            return self._fetch_ids(sql, params, cancelled)
        except (OperationalError, sqlite3.OperationalError) as exc:
            if "no such index" not in str(exc):
                raise
            # a database migrated before the list indexes existed: same query, no hint
            return self._fetch_ids(re.sub(r" INDEXED BY \w+", "", sql), params, cancelled)

    def _fetch_ids(
        self, sql: str, params: Mapping[str, Any], cancelled: Cancelled | None
    ) -> array[int]:
        with self._db.session(write=False) as session, interruptible(session, cancelled):
            # the DBAPI cursor itself: a million SQLAlchemy Row objects would cost more
            raw: Any = session.connection().connection.driver_connection
            cursor = raw.execute(*_named_to_qmark(sql, params))
            out: array[int] = array("q")
            while chunk := cursor.fetchmany(100_000):
                out.extend([r[0] for r in chunk])
        return out

    def rows(
        self, kind: str, rowids: Sequence[int], columns: Sequence[str] | None = None
    ) -> list[ListRow]:
        """The rows of ``rowids`` (in that order; rows gone since are left out).

        ``columns`` limits the built-in columns read (all when None); custom properties
        always come along.
        """
        if not rowids:
            return []
        spec = spec_for(kind)
        wanted = [c for c in spec.columns if columns is None or c.key in columns]
        if kind == "contact" and not any(c.key == "name" for c in wanted):
            wanted.insert(0, spec.columns[0])
        selects = "".join(f", {c.select}" for c in wanted)
        joins = " ".join(JOINS[j] for j in dict.fromkeys(j for c in wanted for j in c.joins))
        extra = ", r.last_name, r.email" if kind == "contact" else ""
        marks = ", ".join("?" * len(rowids))
        sql = (
            f"SELECT r.rowid, r.id, r.custom{extra}{selects} FROM {spec.table} r {joins} "
            f"WHERE r.rowid IN ({marks})"
        )
        with self._db.engine.connect() as conn:
            fetched = conn.exec_driver_sql(sql, tuple(rowids)).fetchall()
        by_rowid = {row[0]: _row(spec, wanted, row) for row in fetched}
        return [by_rowid[r] for r in rowids if r in by_rowid]

    def ids_of(self, kind: str, rowids: Sequence[int]) -> list[str]:
        """The record ids of ``rowids`` (for bulk actions on rows never fetched)."""
        table = spec_for(kind).table
        out: list[str] = []
        with self._db.session(write=False) as session:
            conn = session.connection()
            for start in range(0, len(rowids), 900):
                chunk = tuple(rowids[start : start + 900])
                marks = ", ".join("?" * len(chunk))
                sql = f"SELECT id FROM {table} WHERE rowid IN ({marks})"
                out.extend(r[0] for r in conn.exec_driver_sql(sql, chunk))
        return out


def _row(spec: ListSpec, columns: Sequence[Column], row: Any) -> ListRow:
    rowid, record_id, custom_json = row[0], row[1], row[2]
    offset = 5 if spec.kind == "contact" else 3
    values: dict[str, Any] = {c.key: _convert(c, row[offset + i]) for i, c in enumerate(columns)}
    if spec.kind == "contact":
        values["name"] = display_name(values["name"], row[3]) or row[4] or ""
    custom = json.loads(custom_json) if isinstance(custom_json, str) else custom_json
    for key, value in (custom or {}).items():
        values[CUSTOM_PREFIX + key] = value
    return ListRow(rowid, record_id, values)


def _named_to_qmark(sql: str, params: Mapping[str, Any]) -> tuple[str, tuple[Any, ...]]:
    """``:name`` placeholders -> ``?`` (exec_driver_sql speaks the driver's paramstyle)."""
    values: list[Any] = []

    def repl(m: re.Match[str]) -> str:
        values.append(params[m.group(1)])
        return "?"

    return re.sub(r"(?<![:\w]):(\w+)", repl, sql), tuple(values)
