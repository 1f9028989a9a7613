"""One pass over a file: every row built, matched, then created, updated, skipped or rejected."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.currency import BASE_KEY, base_from_setting
from crm_desktop.services.importing.bulk import Writer, table_of
from crm_desktop.services.importing.custom_cells import CustomType, custom_cell, custom_types
from crm_desktop.services.importing.fields import CUSTOM_PREFIX, ImportKind
from crm_desktop.services.importing.index import KeyIndex, normalise_key
from crm_desktop.services.importing.kinds import BUILDERS, BuildContext, Built, RowProblem
from crm_desktop.services.importing.options import ImportOptions, RowError
from crm_desktop.services.importing.reading import RawRow, TableFile
from crm_desktop.services.importing.relations import Resolver
from crm_desktop.storage.models import Activity, Company, Contact, Deal, StageChange, Task
from crm_desktop.storage.models.sales import deal_contact

TABLES: dict[ImportKind, tuple[Table, str]] = {
    ImportKind.CONTACTS: (table_of(Contact), "contact"),
    ImportKind.COMPANIES: (table_of(Company), "company"),
    ImportKind.DEALS: (table_of(Deal), "deal"),
    ImportKind.ACTIVITIES: (table_of(Activity), "activity"),
    ImportKind.TASKS: (table_of(Task), "task"),
}
#: Columns an update never overwrites.
_KEEP_ON_UPDATE = {"created_at", "stage_entered_at"}
CANCEL_CHECK_ROWS = 200
_NEUTRALISED = ("=", "+", "-", "@", "\t", "\r")


class ImportCancelled(CrmError):
    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was imported")


@dataclass
class Tally:
    new: int = 0
    updated: int = 0
    skipped: int = 0
    blank: int = 0
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0


class ImportJob:
    """Reads ``table`` and writes through ``conn`` (inside the caller's transaction)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        table: TableFile,
        options: ImportOptions,
        *,
        batch_id: str,
        actor_id: str | None,
        now: str,
    ) -> None:
        self.conn, self.table, self.options = conn, table, options
        self.batch_id, self.actor_id, self.now = batch_id, actor_id, now
        self.tally = Tally()
        self.resolver = Resolver(conn, self._writer)
        db_table, entity = TABLES[options.kind]
        self.entity = entity
        self.main = self._writer(db_table, entity, before_flush=self.resolver.flush)
        self.links = self._writer(deal_contact, None, before_flush=self.main.flush)
        self.moves = self._writer(table_of(StageChange), None, before_flush=self.main.flush)
        self.build = BUILDERS[options.kind]
        self.ctx = BuildContext(
            self.resolver,
            date_order=options.date_order,
            pipeline=options.pipeline,
            default_currency=options.default_currency or self._base_currency(),
            now=now,
        )
        self.match_column = options.match_column()
        self._index: KeyIndex | None = None
        self._columns = [
            (i, h, options.mapping[h])
            for i, h in enumerate(table.headers)
            if options.mapping.get(h)
        ]
        self._header_of = {target: header for _i, header, target in self._columns}
        self._custom_types: dict[str, CustomType] = {}

    def _writer(self, table: Table, entity: str | None, **kwargs: Any) -> Writer:
        return Writer(
            self.conn, table, entity=entity, batch_id=self.batch_id, actor_id=self.actor_id,
            now=self.now, **kwargs,
        )  # fmt: skip

    def _base_currency(self) -> str:
        row = self.conn.execute("SELECT value FROM setting WHERE key = ?", (BASE_KEY,)).fetchone()
        return base_from_setting(json.loads(row[0]) if row and row[0] else None)

    # -- running -----------------------------------------------------------------------
    def run(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Tally:
        self._create_custom_fields()
        for raw in self.table.rows():
            self.tally.rows += 1
            if self.tally.rows % CANCEL_CHECK_ROWS == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(int(raw.fraction * 1000), 1000)
            self._process(raw)
        for writer in (self.links, self.moves, self.main, *self.resolver.writers()):
            writer.flush()
        if progress is not None:
            progress(1000, 1000)
        return self.tally

    def _create_custom_fields(self) -> None:
        entity = self.entity
        for _index, header, target in self._columns:
            if target.startswith(CUSTOM_PREFIX):
                self.resolver.ensure_custom_field(entity, target[len(CUSTOM_PREFIX) :], header)
        self._custom_types = custom_types(self.conn, entity)

    def _reject(self, raw: RawRow, column: str, reason: str) -> None:
        self.tally.errors.append(RowError(raw.number, column, reason))

    def _process(self, raw: RawRow) -> None:
        if raw.error is not None:
            return self._reject(raw, "", raw.error)
        cells = raw.cells
        if not any(c.strip() for c in cells):
            self.tally.blank += 1
            return None
        width = len(self.table.headers)
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            return self._reject(
                raw, "", f"the row has {len(cells)} cells but the header only {width} columns"
            )
        values: dict[str, str] = {}
        custom: dict[str, Any] = {}
        for index, header, target in self._columns:
            cell = cells[index].strip() if index < len(cells) else ""
            if not cell:
                continue
            if cell[0] == "'" and cell[1:2] in _NEUTRALISED:
                cell = cell[1:].strip()  # our own export's guard against formula injection
            if target.startswith(CUSTOM_PREFIX):
                key = target[len(CUSTOM_PREFIX) :]
                kind = self._custom_types.get(key)
                try:
                    custom[key] = custom_cell(kind, cell, self.options.date_order)
                except ValueError as exc:
                    return self._reject(raw, header, str(exc))
            else:
                values[target] = cell
        if not values and not custom:
            return self._reject(raw, "", "no value in any imported column")
        try:
            built = self.build(values, self.ctx)
            built.given = frozenset(values)
        except RowProblem as problem:
            return self._reject(
                raw, self._header_of.get(problem.field, problem.field), problem.reason
            )
        self._write(built, custom)
        return None

    # -- writing -----------------------------------------------------------------------
    def _write(self, built: Built, custom: dict[str, str]) -> None:
        match = self._match(built.columns)
        if match is not None:
            if self.options.on_match == "skip":
                self.tally.skipped += 1
                return
            self._update(match, built, custom)
            return
        if custom:
            built.columns["custom"] = json.dumps(custom)
        record_id = self.main.insert(built.columns)
        self.tally.new += 1
        self._remember(built.columns, record_id)
        if self.options.kind == ImportKind.DEALS:
            self._after_deal(record_id, built)

    def _after_deal(self, deal_id: str, built: Built) -> None:
        for contact_id in built.contact_ids:
            self.links.insert(
                {"deal_id": deal_id, "contact_id": contact_id, "created_at": self.now}
            )
        columns = built.columns
        self.moves.insert(
            {
                "deal_id": deal_id,
                "to_stage_id": columns.get("stage_id"),
                "to_outcome": columns.get("outcome"),
                "at": columns.get("created_at") or self.now,
                "by_id": self.actor_id,
            }
        )

    def _update(self, record_id: str, built: Built, custom: dict[str, str]) -> None:
        columns = {k: v for k, v in built.columns.items() if k not in _KEEP_ON_UPDATE}
        columns.pop(self.match_column or "", None)  # matched case-insensitively: keep as stored
        current = self.main.fetch(record_id) or {}
        if custom:
            merged = json.loads(current.get("custom") or "{}")
            merged.update(custom)
            columns["custom"] = json.dumps(merged)
        if self.options.kind == ImportKind.DEALS:
            columns = deal_update(columns, built.given, current, self.now)
        if self.main.update(record_id, columns):
            self.tally.updated += 1
            if self.options.kind == ImportKind.DEALS:
                self._record_move(record_id, columns, current)
        else:
            self.tally.skipped += 1

    def _record_move(self, deal_id: str, columns: dict[str, Any], current: dict[str, Any]) -> None:
        old = (current.get("stage_id"), current.get("outcome"))
        new = (columns.get("stage_id", old[0]), columns.get("outcome", old[1]))
        if new != old:
            self.moves.insert(
                {
                    "deal_id": deal_id,
                    "from_stage_id": old[0],
                    "to_stage_id": new[0],
                    "from_outcome": old[1],
                    "to_outcome": new[1],
                    "at": self.now,
                    "by_id": self.actor_id,
                }
            )

    def _key(self, columns: dict[str, Any]) -> str | None:
        if self.match_column is None:
            return None
        return normalise_key(columns.get(self.match_column))

    def _match(self, columns: dict[str, Any]) -> str | None:
        key = self._key(columns)
        if key is None or self.match_column is None:
            return None
        if self._index is None:
            self._index = KeyIndex(self.conn, self.main, self.match_column)
        return self._index.find(key)

    def _remember(self, columns: dict[str, Any], record_id: str) -> None:
        key = self._key(columns)
        if key is not None and self._index is not None:
            self._index.add(key, record_id)
        if self.options.kind == ImportKind.COMPANIES:
            self.resolver.remember_company(columns["name"], record_id)


def deal_update(
    columns: dict[str, Any], given: frozenset[str], current: dict[str, Any], now: str
) -> dict[str, Any]:
    """The columns an update of an existing deal may change: none the row did not ask for."""
    columns = dict(columns)
    if not given & {"pipeline", "stage"}:
        for key in ("pipeline_id", "stage_id", "outcome"):
            columns.pop(key, None)
    if not given & {"currency"} and current.get("currency"):
        columns.pop("currency", None)
    outcome = columns.get("outcome", current.get("outcome"))
    if outcome == current.get("outcome") and "close_date" not in given:
        columns.pop("closed_at", None)
    elif outcome == "open":
        columns["closed_at"] = None
    if "stage_id" in columns and columns["stage_id"] != current.get("stage_id"):
        columns["stage_entered_at"] = now
    return columns
