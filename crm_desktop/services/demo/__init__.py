"""Demo data: a believable sales team with a year of history, deterministic and fast.

``DemoService.generate`` writes everything in ONE write transaction: a cancel or a crash leaves
nothing behind. Rows are built as *stored* values (money in hundredths, timestamps as naive-UTC
text, JSON as text; see ``storage/types.py``) and written with ``executemany`` in chunks, straight
through the transaction's DB-API cursor. Tables that receive very many rows are loaded without
their secondary indexes, which are rebuilt (same SQL) before the commit. Demo data is a bulk
load: it writes no change log rows.

Everything random comes from one ``random.Random(seed)``, ids included, and every moment is
relative to ``today``: the same seed on the same day gives byte-identical data.

How the history hangs together:
- A plan of companies, contacts and deals is drawn first (in memory, compact); what depends on
  the deals (a company becomes a customer when it wins a deal, churns when a renewal is lost,
  a contact on an open deal is an opportunity) is known before any row is written.
- Deals are created over the last 12 months; about 30% won, 35% lost, the rest open. Every move
  between stages and every close has a ``stage_change`` row (as ``DealService`` and
  ``BoardMoves`` write them). Some open deals are "rotting": nothing logged for longer than their
  stage's rotting days and nothing scheduled. Others have hygiene problems (close date in the
  past, no amount, no close date, no next step).
- Activities are logged in each owner's office hours on workdays; ``last_activity_at`` of
  contacts, companies and deals is the latest past activity linked to them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date

from crm_desktop.services.demo.builder import _Builder
from crm_desktop.services.demo.common import (
    BIG_TABLE_ROWS,
    BULK_SEARCH_INDEX_ROWS,
    DemoCancelled,
    DemoResult,
    ProgressCallback,
    _Progress,
)
from crm_desktop.services.demo.sizes import (
    LARGE,
    MAX_CONTACTS,
    MAX_USERS,
    SMALL,
    DemoSize,
    _check_size,
    demo_size,
    scaled_size,
)
from crm_desktop.storage.database import Database
from crm_desktop.storage.engine import writer


class DemoService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def generate(
        self,
        size: DemoSize,
        *,
        seed: int = 42,
        today: date | None = None,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> DemoResult:
        """Add a demo data set of ``size`` to the database, in one transaction.

        ``progress(done, total)`` is called after every chunk of work; when ``cancelled()``
        returns True the transaction is rolled back and ``DemoCancelled`` is raised.
        """
        _check_size(size)
        day = today or date.today()
        with writer(self._db.engine).begin() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            cursor = raw.cursor()
            try:
                builder = _Builder(
                    conn,
                    cursor,
                    size,
                    seed,
                    day,
                    _Progress(progress, cancelled),
                    # Read here, at call time, so that tests can lower them on this module.
                    big_table_rows=BIG_TABLE_ROWS,
                    bulk_search_rows=BULK_SEARCH_INDEX_ROWS,
                )
                counts = builder.run()
            finally:
                cursor.close()
        return DemoResult(counts)


__all__ = [
    "BIG_TABLE_ROWS",
    "BULK_SEARCH_INDEX_ROWS",
    "LARGE",
    "MAX_CONTACTS",
    "MAX_USERS",
    "SMALL",
    "DemoCancelled",
    "DemoResult",
    "DemoService",
    "DemoSize",
    "ProgressCallback",
    "demo_size",
    "scaled_size",
]
