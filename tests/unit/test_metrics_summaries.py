"""The trigger-kept dashboard summaries equal a brute-force recomputation after random edits."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.services.demo import DemoService, demo_size
from crm_desktop.services.metrics import activity
from crm_desktop.services.metrics.base import Filters, MetricsQuery, open_deals
from crm_desktop.services.metrics.drill import deal_rows, open_deal_rows
from crm_desktop.services.metrics.kpis import closed_sums
from crm_desktop.services.metrics.summary import open_figures, open_figures_summary
from crm_desktop.storage import summaries
from crm_desktop.storage.database import Database, open_database

TODAY = date(2026, 3, 16)
SUMMARY_QUERIES = [
    "SELECT * FROM deal_close_day ORDER BY 1, 2, 3, 4, 5",
    "SELECT * FROM deal_open_sum ORDER BY 1, 2, 3, 4",
    "SELECT * FROM activity_day ORDER BY 1, 2, 3",
    "SELECT id, latest_activity_at, activity_count, open_task_due, reached_position "
    "FROM deal ORDER BY id",
]


def snapshot(conn: sqlite3.Connection) -> list[list[tuple[object, ...]]]:
    result = []
    for sql in SUMMARY_QUERIES:
        rows = conn.execute(sql).fetchall()
        # cycle_days is a float sum kept by adding and subtracting: compare it to 1e-6 days
        result.append([tuple(round(v, 6) if isinstance(v, float) else v for v in r) for r in rows])
    return result


def brute_force(conn: sqlite3.Connection) -> list[list[tuple[object, ...]]]:
    """The same snapshot recomputed from the base tables (in a transaction rolled back)."""
    conn.execute("SAVEPOINT brute")
    for statement in summaries.backfill_statements():
        conn.execute(statement)
    expected = snapshot(conn)
    conn.execute("ROLLBACK TO brute")
    conn.execute("RELEASE brute")
    return expected


def _ids(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[0] for r in conn.execute(f'SELECT id FROM "{table}" ORDER BY id')]


def random_edit(conn: sqlite3.Connection, rng: random.Random) -> None:
    """One edit of the kinds the app and the importer do: insert, update, soft delete,
    restore, purge, move between deals/owners/stages, close, reopen."""
    deals = _ids(conn, "deal")
    users = [*_ids(conn, "user"), None]
    stages = _ids(conn, "stage")
    deal = rng.choice(deals)
    stamp = f"2026-{rng.randint(1, 4):02d}-{rng.randint(1, 28):02d} 10:00:00.000000"
    kind = rng.randrange(16)
    if kind == 0:  # close or reopen a deal
        outcome = rng.choice(["won", "lost", "open"])
        closed = None if outcome == "open" else stamp
        conn.execute(
            "UPDATE deal SET outcome = ?, closed_at = ? WHERE id = ?", (outcome, closed, deal)
        )
    elif kind == 1:  # soft delete / restore a deal
        conn.execute(
            "UPDATE deal SET deleted_at = CASE WHEN deleted_at IS NULL THEN ? END WHERE id = ?",
            (stamp, deal),
        )
    elif kind == 2:  # amount, currency, owner, created
        conn.execute(
            "UPDATE deal SET amount = ?, currency = ?, owner_id = ?, created_at = ? WHERE id = ?",
            (rng.choice([None, 12345, 99]), rng.choice(["USD", "EUR", "CNY"]),
             rng.choice(users), "2025-12-01 08:00:00.000000", deal),
        )  # fmt: skip
    elif kind == 3:  # purge a deal (cascades to its activities, tasks, stage changes)
        conn.execute("DELETE FROM deal WHERE id = ?", (deal,))
    elif kind in (4, 5):  # log an activity (bulk-insert style)
        conn.execute(
            "INSERT INTO activity (id, type, subject, occurred_at, owner_id, deal_id, created_at,"
            " updated_at, custom) VALUES (?, ?, 's', ?, ?, ?, ?, ?, '{}')",
            (f"a-{rng.random()}", rng.choice(["call", "email", "note", "meeting"]), stamp,
             rng.choice(users), rng.choice([deal, None]), stamp, stamp),
        )  # fmt: skip
    elif kind == 6:  # soft delete / restore / move / retype an activity
        row = conn.execute("SELECT id FROM activity ORDER BY random() LIMIT 1").fetchone()
        conn.execute(
            "UPDATE activity SET deleted_at = CASE WHEN deleted_at IS NULL AND ? THEN ? END, "
            "deal_id = ?, type = ?, occurred_at = ? WHERE id = ?",
            (rng.random() < 0.5, stamp, rng.choice([deal, None]), rng.choice(["call", "note"]),
             stamp, row[0]),
        )  # fmt: skip
    elif kind == 7:  # purge an activity
        conn.execute("DELETE FROM activity WHERE id IN (SELECT id FROM activity LIMIT 1)")
    elif kind == 8:  # add a task
        conn.execute(
            "INSERT INTO task (id, title, type, deal_id, owner_id, due_at, priority, repeat, "
            "created_at, updated_at) VALUES (?, 't', 'follow_up', ?, ?, ?, 'normal', 'none', ?, ?)",
            (f"t-{rng.random()}", deal, rng.choice(users), rng.choice([None, stamp]), stamp,
             stamp),
        )  # fmt: skip
    elif kind == 9:  # complete / reopen / delete / move a task
        row = conn.execute("SELECT id FROM task ORDER BY random() LIMIT 1").fetchone()
        if row:
            conn.execute(
                "UPDATE task SET done_at = CASE WHEN done_at IS NULL THEN ? END, "
                "deleted_at = ?, due_at = ?, deal_id = ? WHERE id = ?",
                (stamp, rng.choice([None, None, stamp]), rng.choice([None, stamp]), deal, row[0]),
            )
    elif kind == 10:  # purge a task
        conn.execute("DELETE FROM task WHERE id IN (SELECT id FROM task ORDER BY random() LIMIT 1)")
    elif kind == 11:  # a stage move
        conn.execute(
            "INSERT INTO stage_change (id, deal_id, to_stage_id, to_outcome, at) "
            "VALUES (?, ?, ?, 'open', ?)",
            (f"sc-{rng.random()}", deal, rng.choice(stages), stamp),
        )
    elif kind == 12:  # reorder / re-outcome a stage
        conn.execute(
            "UPDATE stage SET position = ? WHERE id = ?", (rng.randint(0, 9), rng.choice(stages))
        )
    elif kind == 13:  # undo a stage move
        conn.execute(
            "DELETE FROM stage_change WHERE id IN "
            "(SELECT id FROM stage_change ORDER BY random() LIMIT 1)"
        )
    elif kind == 14:  # a stage move pointed at another stage (or its stage purged)
        conn.execute(
            "UPDATE stage_change SET to_stage_id = ? WHERE id IN "
            "(SELECT id FROM stage_change ORDER BY random() LIMIT 1)",
            (rng.choice([*stages, None]),),
        )
    else:  # a new deal, bulk-insert style (sometimes already closed)
        outcome = rng.choice(["won", "lost", "open"])
        conn.execute(
            "INSERT INTO deal (id, name, amount, currency, pipeline_id, stage_id, outcome, "
            "closed_at, owner_id, position, activity_count, reached_position, created_at, "
            "updated_at, custom) SELECT ?, 'n', ?, 'EUR', pipeline_id, stage_id, ?, ?, ?, 0, "
            "?, 2, ?, ?, '{}' "
            "FROM deal LIMIT 1",
            (f"d-{rng.random()}", rng.choice([None, 5000]), outcome,
             None if outcome == "open" else stamp, rng.choice(users), rng.choice([0, 7]),
             stamp, stamp),
        )  # fmt: skip


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("summaries") / "demo.sqlite3"
    db: Database = open_database(path)
    DemoService(db).generate(demo_size("small"), seed=3, today=TODAY)
    db.close()
    return path


def test_demo_bulk_load_leaves_exact_summaries(demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        current = snapshot(conn)
        assert current == brute_force(conn)
        assert current[0] and current[1]  # the demo closes deals and logs activities


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_summaries_stay_exact_under_random_edits(demo_db: Path, seed: int) -> None:
    rng = random.Random(seed)
    conn = sqlite3.connect(demo_db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    try:
        for step in range(300):
            random_edit(conn, rng)
            if step % 50 == 49:
                assert snapshot(conn) == brute_force(conn), step
        assert snapshot(conn) == brute_force(conn)
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def test_summary_figures_equal_the_deal_scan(demo_db: Path, tmp_path: Path) -> None:
    """After random edits, the figures the dashboards read from the summaries equal the same
    figures summed over the deals and activities (the pre-summary SQL)."""
    path = tmp_path / "edited.sqlite3"
    path.write_bytes(demo_db.read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    rng = random.Random(9)
    conn.execute("BEGIN")
    for _ in range(300):
        random_edit(conn, rng)
    conn.execute("COMMIT")
    conn.close()
    db = open_database(path)
    try:
        for filters in (
            Filters(date(2025, 10, 1), date(2026, 3, 31), today=TODAY),
            Filters(today=TODAY),
        ):
            with db.session(write=False) as session:
                query = MetricsQuery(session, filters)
                from_summary: dict[Any, Any] = {}
                closed_sums(query, "d.owner_id", from_summary)
                scanned: dict[Any, Any] = {}
                closed_sums(query, "COALESCE(d.owner_id, NULL)", scanned)  # not a summary key
                assert _kpis(from_summary) == _kpis(scanned)
                assert from_summary
                assert _activity_counts(query) == _activity_scan(query)
                top = open_deal_rows(query, open_deals(filters), 10)
                assert top == deal_rows(query, open_deals(filters), 10) and top
                for key in ("''", "d.owner_id"):
                    assert _open(open_figures_summary(query, filters, key)) == _open(
                        open_figures(query, open_deals(filters), key)
                    )
    finally:
        db.close()


def _open(rows: list[Any]) -> list[tuple[object, ...]]:
    return sorted(((r[0], r[1], round(r[2], 2), round(r[3], 2)) for r in rows), key=repr)


def _kpis(sums: dict[Any, Any]) -> dict[Any, Any]:
    return {owner: s.kpis() for owner, s in sums.items()}


def _activity_counts(query: MetricsQuery) -> list[tuple[object, ...]]:
    rows = activity.counts_by_bucket_rep_type(
        query, activity.activity_set(query.filters), weekly=False
    )
    return sorted((tuple(r) for r in rows), key=repr)  # by repr: owners may be None


def _activity_scan(query: MetricsQuery) -> list[tuple[object, ...]]:
    act = activity.activity_set(query.filters)
    rows = query.rows(
        "SELECT substr(a.occurred_at, 1, 10), a.owner_id, a.type, COUNT(*) FROM activity a "
        f"WHERE {act.where()} GROUP BY 1, 2, 3",
        act.params,
    )
    return sorted((tuple(r) for r in rows), key=repr)
