"""The builder's state, the bulk writer and index / search trigger suspension."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import islice

from sqlalchemy import Connection

from crm_desktop.services import demo_data as dd
from crm_desktop.services.demo.common import (
    BIG_TABLE_ROWS,
    BULK_SEARCH_INDEX_ROWS,
    CHUNK,
    DAY,
    INDEX_UNITS_PER_ROW,
    OFFICE_SPAN,
    SOURCES_EN,
    SOURCES_ZH,
    STAGE_SPREAD,
    Row,
    _Ids,
    _Progress,
    _Time,
    _Weighted,
)
from crm_desktop.services.demo.plan import _activity_pool, _Company, _Contact, _Deal, _User
from crm_desktop.services.demo.sizes import DemoSize
from crm_desktop.storage import search_index, sort_keys


class _BuilderBase:
    """The builder's state and the helpers every part of it uses (see ``builder._Builder``)."""

    def __init__(
        self,
        conn: Connection,
        cursor: sqlite3.Cursor,
        size: DemoSize,
        seed: int,
        today: date,
        progress: _Progress,
        *,
        big_table_rows: int = BIG_TABLE_ROWS,
        bulk_search_rows: int = BULK_SEARCH_INDEX_ROWS,
    ) -> None:
        self.conn = conn
        self.cur = cursor
        self.size = size
        self.progress = progress
        #: Bulk-load thresholds (``BIG_TABLE_ROWS``, ``BULK_SEARCH_INDEX_ROWS``).
        self.big_table_rows = big_table_rows
        self.bulk_search_rows = bulk_search_rows
        self.counts: dict[str, int] = {}
        self.time = _Time(today)
        self.now = self.time.now
        existing = self._existing_records()
        # A second run on the same file must not reuse the first run's ids.
        self.rng = random.Random(seed if existing == 0 else f"{seed}/{existing}")
        self.random = self.rng.random
        self.users: list[_User] = []
        self.companies: list[_Company] = []
        self.contacts: list[_Contact] = []
        self.deals: list[_Deal] = []
        self.source_ids: list[str] = []
        self.lost_reasons: list[str] = []
        self.pipelines: list[tuple[str, dd.DemoPipeline, list[str]]] = []
        self.rates = {code: rate for code, _, _, rate in dd.CURRENCIES}
        #: One US dollar in the database's base currency (see ``base_currency``).
        self.usd_in_base = 1.0
        self.dropped: list[tuple[str, str, str]] = []
        self.bulk_search = False
        self.zh_pool: list[int] = [0]
        self.user_ids: list[str] = []
        self.office_starts: list[int] = []
        self.en_pool: list[int] = [0]
        self.future_meetings = 0
        self.contact_activities = 0
        self.activity_ids = _Ids(self.rng, size.activities)
        self.activity_pools = (_activity_pool(dd.EN_ACTIVITIES), _activity_pool(dd.ZH_ACTIVITIES))
        self.stage_spread = [
            _Weighted(range(len(p.stages)), STAGE_SPREAD[: len(p.stages)])
            for p in (dd.SALES_PIPELINE, dd.RENEWALS_PIPELINE)
        ]

    def _existing_records(self) -> int:
        tables = ("user", "company", "contact", "deal", "activity")
        sql = "SELECT " + " + ".join(f'(SELECT COUNT(*) FROM "{t}")' for t in tables)
        return int(self.cur.execute(sql).fetchone()[0])

    def _insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterable[Row],
        *,
        or_ignore: bool = False,
        report: bool = True,
        values: str = "",
    ) -> int:
        """``executemany`` in chunks; ``values`` replaces the default ``?, ?, ...`` list."""
        columns, rows = sort_keys.with_keys(table, columns, rows)  # names' pinyin sort keys
        verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
        placeholders = values or ", ".join("?" * len(columns))
        sql = f'{verb} INTO "{table}" ({", ".join(columns)}) VALUES ({placeholders})'
        written = 0
        it = iter(rows)
        while chunk := list(islice(it, CHUNK)):
            self.cur.executemany(sql, chunk)
            written += self.cur.rowcount if or_ignore else len(chunk)
            if report:
                self.progress.advance(len(chunk))
        self.counts[table] = self.counts.get(table, 0) + written
        return written

    # -- helpers --------------------------------------------------------------------------
    def _moment(self, lo: int, hi: int, owner: int) -> int:
        """A moment in [lo, hi], in the owner's office hours on a workday when that fits."""
        if hi <= lo:
            return lo
        rand = self.random
        moment = lo + int(rand() * (hi - lo))
        day = moment // DAY
        if rand() < 0.93:
            day = self.time.workday[day]
        office = day * DAY + self.users[owner].office_start + int(rand() * OFFICE_SPAN)
        return office if lo <= office <= hi else moment

    def _pick(self, options: Sequence[str]) -> str:
        return options[int(self.random() * len(options))]

    def _digits(self, count: int) -> str:
        low = 2 * 10 ** (count - 1)
        return str(low + int(self.random() * (10**count - low)))

    def _owner(self, chinese: bool) -> int:
        r = self.random()
        if r < 0.04:
            return 0  # the manager keeps a few key accounts
        # Chinese accounts go to Chinese-speaking reps, who also take a share of the others.
        pool = self.zh_pool if chinese or r > 0.75 else self.en_pool
        return pool[int(self.random() * len(pool))]

    def _other_rep(self) -> int:
        pool = self.zh_pool + self.en_pool
        return pool[int(self.random() * len(pool))]

    def _source(self, chinese: bool) -> int:
        return (SOURCES_ZH if chinese else SOURCES_EN).pick(self.random)

    def _pick_index(self, pool: Sequence[int]) -> int:
        return pool[int(self.random() * len(pool))]

    def _allocate(self, total: int, weights: Sequence[float], minimum: int = 0) -> list[int]:
        """Split ``total`` in proportion to ``weights`` (at least ``minimum`` each if it fits)."""
        n = len(weights)
        if n == 0 or total <= 0:
            return [0] * n
        base = minimum if total >= minimum * n else 0
        remaining = total - base * n
        weight_sum = sum(weights) or 1.0
        counts = [base + int(remaining * w / weight_sum) for w in weights]
        left = total - sum(counts)
        while left > 0:
            for index in self.rng.sample(range(n), min(left, n)):
                counts[index] += 1
            left = total - sum(counts)
        return counts

    # -- indexes --------------------------------------------------------------------------
    def _indexes_to_drop(self, planned: dict[str, int]) -> list[tuple[str, str, str]]:
        big = [table for table, rows in planned.items() if rows >= self.big_table_rows]
        found: list[tuple[str, str, str]] = []
        for table in big:
            query = (
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL ORDER BY name"
            )
            found.extend((table, name, sql) for name, sql in self.cur.execute(query, (table,)))
        return found

    def _drop_indexes(self) -> None:
        for _, name, _ in self.dropped:
            self.cur.execute(f'DROP INDEX "{name}"')

    def _rebuild_indexes(self) -> None:
        for table, _, sql in self.dropped:
            self.cur.execute(sql)
            self.progress.advance(self.counts.get(table, 0) * INDEX_UNITS_PER_ROW)

    def _suspend_search_index(self) -> None:
        """Big loads: no per-row search index triggers (a rollback brings them back)."""
        if self.bulk_search:
            for name in search_index.trigger_names():
                self.cur.execute(f"DROP TRIGGER IF EXISTS {name}")

    def _rebuild_search_index(self) -> None:
        if not self.bulk_search:
            return
        search_index.rebuild(self.conn)
        for kind in search_index.KINDS:
            for statement in search_index.trigger_statements(kind):
                self.cur.execute(statement)
        self.progress.advance(len(self.companies) + len(self.contacts) + len(self.deals))

    # -- latest activity ------------------------------------------------------------------
    def _write_last_activity(self) -> None:
        stamp = self.time.stamp
        for table, records in (
            ("contact", self.contacts),
            ("company", self.companies),
            ("deal", self.deals),
        ):
            rows = [(stamp(r.last), r.id) for r in records if r.last >= 0]
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start : start + CHUNK]
                self.cur.executemany(
                    f'UPDATE "{table}" SET last_activity_at = ? WHERE id = ?', chunk
                )
                self.progress.advance(len(chunk) / 4)
