"""Write reference data (currencies, sources, pipelines...) and the team."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from crm_desktop.services import demo_data as dd
from crm_desktop.services.demo.base import _BuilderBase
from crm_desktop.services.demo.base_currency import (
    DOLLAR,
    dollar_in_base,
    priced_codes,
    stored_base,
)
from crm_desktop.services.demo.common import DAY, YEAR, Row, _Ids, _json_list


class _Reference(_BuilderBase):
    # -- reference data -------------------------------------------------------------------
    def _write_reference(self) -> None:
        now = self.time.stamp(self.now - 2 * YEAR)
        ids = _Ids(self.rng)
        currencies = [(code, name, symbol, 2, 1) for code, name, symbol, _ in dd.CURRENCIES]
        # The database's base currency stays; rates and targets are converted into it.
        base = stored_base(self.cur) or DOLLAR
        today = self.time.days[self.now // DAY]
        self.usd_in_base = dollar_in_base(self.cur, base, today, self.rates)
        priced = priced_codes(self.cur)
        self._insert(
            "currency", ("code", "name", "symbol", "decimals", "active"), currencies, or_ignore=True
        )
        self._write_rates(ids, [c for c, *_ in currencies if c not in priced and c != base])
        self._insert(
            "setting",
            ("key", "value", "updated_at"),
            [("base_currency", json.dumps("USD"), now)],
            or_ignore=True,
        )
        self.source_ids = self._named_rows("source", dd.SOURCES, ids, now, active=True)
        self.lost_reasons = list(dd.LOST_REASONS)
        self._named_rows("lost_reason", dd.LOST_REASONS, ids, now, active=False)
        self._write_custom_fields(ids, now)
        self._write_pipelines(ids, now)
        self.progress.advance(10)

    def _write_rates(self, ids: _Ids, codes: Sequence[str]) -> None:
        today = self.time.days[self.now // DAY]
        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        starts = []
        for back in range(5, -1, -1):
            months = quarter_start.year * 12 + quarter_start.month - 1 - 3 * back
            starts.append(date(months // 12, months % 12 + 1, 1))
        rows = []
        for code in codes:
            for start in starts:
                drift = 1 + (self.random() - 0.5) * 0.06
                rate = round(self.rates[code] * self.usd_in_base * drift, 6)
                stamp = f"{start.isoformat()} 06:00:00.000000"
                rows.append((ids(), code, rate, start.isoformat(), stamp))
        self._insert("currency_rate", ("id", "code", "rate", "effective_from", "created_at"), rows)

    def _named_rows(
        self, table: str, names: Sequence[str], ids: _Ids, now: str, *, active: bool
    ) -> list[str]:
        """Ids of ``names`` in ``table``: existing rows of that name are reused."""
        found: dict[str, str] = {}
        query = f'SELECT lower(name), id FROM "{table}" WHERE deleted_at IS NULL ORDER BY id'
        for name, row_id in self.cur.execute(query):
            found.setdefault(name, row_id)
        columns = ["id", "name", "position", "created_at", "updated_at"]
        if active:
            columns.append("active")
        result, rows = [], []
        for position, name in enumerate(names):
            row_id = found.get(name.lower())
            if row_id is None:
                row_id = ids()
                row: Row = (row_id, name, position, now, now)
                rows.append((*row, 1) if active else row)
            result.append(row_id)
        self._insert(table, columns, rows)
        return result

    def _write_custom_fields(self, ids: _Ids, now: str) -> None:
        existing = set(self.cur.execute("SELECT entity, key FROM custom_field"))
        rows = [
            (ids(), entity, key, en, zh, kind, _json_list(options), 0, position, now, now)
            for position, (entity, key, en, zh, kind, options) in enumerate(dd.CUSTOM_FIELDS)
            if (entity, key) not in existing
        ]
        columns = (
            "id", "entity", "key", "label_en", "label_zh", "type", "options", "required",
            "position", "created_at", "updated_at",
        )  # fmt: skip
        self._insert("custom_field", columns, rows)

    def _write_pipelines(self, ids: _Ids, now: str) -> None:
        count, defaults = self.cur.execute(
            "SELECT COUNT(*), COALESCE(SUM(is_default), 0) FROM pipeline WHERE deleted_at IS NULL"
        ).fetchone()
        pipeline_rows, stage_rows = [], []
        for offset, pipeline in enumerate((dd.SALES_PIPELINE, dd.RENEWALS_PIPELINE)):
            pipeline_id = ids()
            is_default = 1 if offset == 0 and not defaults else 0
            pipeline_rows.append((pipeline_id, pipeline.name, count + offset, is_default, now, now))
            stage_ids = []
            for position, stage in enumerate(pipeline.stages):
                stage_id = ids()
                stage_ids.append(stage_id)
                stage_rows.append(
                    (
                        stage_id, pipeline_id, stage.name, position, stage.probability,
                        stage.forecast, stage.rotting_days, "open", now, now,
                    )
                )  # fmt: skip
            self.pipelines.append((pipeline_id, pipeline, stage_ids))
        self._insert(
            "pipeline",
            ("id", "name", "position", "is_default", "created_at", "updated_at"),
            pipeline_rows,
        )
        columns = (
            "id", "pipeline_id", "name", "position", "probability", "forecast_category",
            "rotting_days", "outcome", "created_at", "updated_at",
        )  # fmt: skip
        self._insert("stage", columns, stage_rows)

    def _write_users(self) -> None:
        created = self.time.stamp(self.now - 2 * YEAR)
        rows = [
            (
                u.id, u.person.name, f"{u.person.email_local}@{dd.USER_EMAIL_DOMAIN}",
                u.person.role, 1, u.person.color, u.person.initials, created, created,
            )
            for u in self.users
        ]  # fmt: skip
        columns = (
            "id", "name", "email", "role", "active", "color", "initials", "created_at",
            "updated_at",
        )  # fmt: skip
        self._insert("user", columns, rows, report=False)
