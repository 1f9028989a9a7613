"""Each dashboard tab on 200k deals / 1M activities vs the very same SQL replayed raw.

Data set "large" (demo generator: 100k contacts, 200k deals, 1M activities). For every tab the
service call (SQLAlchemy session, DTOs, formulas; what the tab's worker runs) is timed against
the SELECT statements it ran, recorded once and replayed with plain sqlite3 on one connection.
The period is the quarter containing the data set's "today". Target (issue 5): <= 100 ms a tab.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import event

from crm_desktop.services.metrics.base import Filters
from crm_desktop.services.metrics.periods import PeriodKind, period_containing
from crm_desktop.services.metrics.service import MetricsService
from crm_desktop.storage.database import Database
from tests.perf.context import Context, open_db
from tests.perf.dashboard_data import generate
from tests.perf.harness import Bench, Target

__all__ = ["NAMES", "cases", "generate", "tab_calls"]

TABS = (
    "state_of_the_union",
    "pipeline_xray",
    "forecast",
    "clean_your_room",
    "activity",
    "pipe_gen",
    "conversion",
)
NAMES = tuple(f"dashboards.{tab}" for tab in TABS)


class Recorder:
    """Records the SQL statements a service call runs, to replay them raw."""

    def __init__(self, db: Database) -> None:
        self.statements: list[tuple[str, Any]] = []
        self.active = False
        event.listen(db.engine, "before_cursor_execute", self._record)

    def _record(self, _conn: Any, _cursor: Any, sql: str, params: Any, *_: Any) -> None:
        if self.active:
            self.statements.append((sql, params))

    def capture(self, call: Callable[[], object]) -> list[tuple[str, Any]]:
        self.statements.clear()
        self.active = True
        try:
            call()
        finally:
            self.active = False
        return [
            (s, p) for s, p in self.statements if s.lstrip().upper().startswith(("SELECT", "WITH"))
        ]


def tab_calls(metrics: MetricsService, today: date) -> dict[str, Callable[[], object]]:
    quarter = period_containing(PeriodKind.QUARTER, today)
    filters = Filters(quarter.start, quarter.end, today=today)
    previous = quarter.previous()
    return {
        "state_of_the_union": lambda: metrics.state_of_the_union(
            filters, filters.with_period(previous.start, previous.end)
        ),
        "pipeline_xray": lambda: metrics.pipeline_xray(filters),
        "forecast": lambda: metrics.forecast(filters),
        "clean_your_room": lambda: metrics.hygiene(filters),
        "activity": lambda: metrics.activity(filters),
        "pipe_gen": lambda: metrics.pipegen(filters),
        "conversion": lambda: metrics.conversion(filters),
    }


def cases(ctx: Context) -> Iterator[Bench]:
    path = ctx.dataset("large")
    today = date.fromisoformat(ctx.dataset_today("large"))
    db = open_db(path)
    recorder = Recorder(db)
    raw = sqlite3.connect(path)
    deals = raw.execute("SELECT count(*) FROM deal").fetchone()[0]
    activities = raw.execute("SELECT count(*) FROM activity").fetchone()[0]
    for tab, call in tab_calls(MetricsService(db), today).items():
        call()  # warm the caches
        statements = recorder.capture(call)
        yield Bench(
            f"dashboards.{tab}",
            call,
            lambda st=statements: [raw.execute(s, p).fetchall() for s, p in st],
            Target(limit=100),
            note=f"{deals:,} deals, {activities:,} activities, {len(statements)} queries",
            baseline_note="the same SELECTs replayed with raw sqlite3",
        )
    raw.close()
    db.close()
