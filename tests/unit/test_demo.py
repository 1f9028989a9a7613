"""Demo data: sizes, consistency of the generated history, determinism, cancel, progress."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.domain.rotting import is_rotting
from crm_desktop.services import demo, demo_data
from crm_desktop.services.demo import (
    LARGE,
    SMALL,
    DemoCancelled,
    DemoResult,
    DemoService,
    DemoSize,
    demo_size,
)
from crm_desktop.storage.database import Database, open_database

TODAY = date(2026, 3, 18)
TODAY_TEXT = TODAY.isoformat()
TOMORROW_TEXT = (TODAY + timedelta(days=1)).isoformat()
NOW = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)
#: Tables the generator fills.
FILLED = (
    "user", "source", "lost_reason", "currency", "currency_rate", "setting", "custom_field",
    "pipeline", "stage", "company", "contact", "deal", "deal_contact", "stage_change",
    "activity", "task", "nps_response", "target",
)  # fmt: skip
#: DemoSize field -> table
SIZED_TABLES = {
    "users": "user",
    "companies": "company",
    "contacts": "contact",
    "deals": "deal",
    "activities": "activity",
    "tasks": "task",
    "nps": "nps_response",
}


def is_chinese(text: str | None) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text or "")


def generate(
    path: Path,
    size: DemoSize | str = "small",
    *,
    seed: int = 42,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoResult:
    database = open_database(path)
    try:
        spec = demo_size(size) if isinstance(size, str) else size
        return DemoService(database).generate(
            spec, seed=seed, today=TODAY, progress=progress, cancelled=cancelled
        )
    finally:
        database.close()


def read(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


@pytest.fixture(scope="module")
def small(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[sqlite3.Connection, DemoResult]]:
    path = tmp_path_factory.mktemp("demo") / "small.sqlite3"
    result = generate(path)
    conn = read(path)
    yield conn, result
    conn.close()


@pytest.fixture
def conn(small: tuple[sqlite3.Connection, DemoResult]) -> sqlite3.Connection:
    return small[0]


def scalar(conn: sqlite3.Connection, sql: str, *params: object) -> Any:
    return conn.execute(sql, params).fetchone()[0]


def count(conn: sqlite3.Connection, table: str) -> int:
    return int(scalar(conn, f'SELECT COUNT(*) FROM "{table}"'))


# -- sizes ------------------------------------------------------------------------------------


def test_named_sizes() -> None:
    assert demo_size("small") == SMALL
    assert demo_size(" Large ") == LARGE
    assert (SMALL.users, SMALL.companies, SMALL.contacts, SMALL.deals) == (6, 150, 600, 300)
    assert (SMALL.activities, SMALL.tasks) == (4_000, 200)
    assert (LARGE.contacts, LARGE.deals, LARGE.activities) == (100_000, 20_000, 1_000_000)
    assert (LARGE.companies, LARGE.tasks) == (20_000, 20_000)


def test_a_number_is_the_number_of_contacts_and_scales_the_rest() -> None:
    size = demo_size("250")
    assert size.contacts == 250
    assert size.companies == 63 and size.deals == 125 and size.tasks == 84
    assert size.activities == round(250 * SMALL.activities / SMALL.contacts)
    assert size.users == 6 and size.nps == 50
    assert demo_size("10_000").contacts == 10_000
    assert demo_size("10,000").contacts == 10_000
    assert demo_size("600") == SMALL


@pytest.mark.parametrize("spec", ["", "medium", "0", "-5", "1.5", "12abc", "2000000", "١٢"])
def test_bad_sizes_are_refused_with_a_clear_message(spec: str) -> None:
    with pytest.raises(ValueError, match="'small', 'large' or a number of contacts"):
        demo_size(spec)


def test_impossible_sizes_are_refused(db: Database) -> None:
    service = DemoService(db)
    with pytest.raises(ValueError, match="negative"):
        service.generate(DemoSize(6, 10, 10, -1, 10, 1, 1))
    with pytest.raises(ValueError, match="at least one company"):
        service.generate(DemoSize(6, 0, 10, 1, 10, 1, 1))
    assert count_rows(db, "user") == 0


def count_rows(db: Database, table: str) -> int:
    with db.engine.connect() as connection:
        return int(connection.exec_driver_sql(f'SELECT COUNT(*) FROM "{table}"').scalar_one())


# -- what "small" holds -----------------------------------------------------------------------


def test_counts_match_the_size_and_the_database(
    small: tuple[sqlite3.Connection, DemoResult],
) -> None:
    conn, result = small
    for field, table in SIZED_TABLES.items():
        assert result.counts[table] == getattr(SMALL, field), table
    assert set(FILLED) <= set(result.counts)
    for table, rows in result.counts.items():
        assert count(conn, table) == rows, table
        assert rows > 0, table
    assert count(conn, "change_log") == 0  # a bulk load, not a user's edits


def test_database_is_consistent(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_users_are_a_mixed_team(conn: sqlite3.Connection) -> None:
    users = conn.execute("SELECT name, email, role, color, initials, active FROM user").fetchall()
    assert len(users) == 6
    assert [u[2] for u in users].count("manager") == 1
    assert len({u[3] for u in users}) == 6  # distinct colours
    assert any(is_chinese(u[0]) for u in users) and any(u[0].isascii() for u in users)
    assert all(u[1].isascii() and "@" in u[1] and u[4] and u[5] == 1 for u in users)


def test_reference_data(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT value FROM setting WHERE key = 'base_currency'").fetchall() == [
        ('"USD"',)
    ]
    codes = {r[0] for r in conn.execute("SELECT code FROM currency")}
    assert codes == {"USD", "CNY", "EUR", "GBP"}
    rated = {r[0] for r in conn.execute("SELECT code FROM currency_rate WHERE rate > 0")}
    assert rated == {"CNY", "EUR", "GBP"}
    sources = {r[0] for r in conn.execute("SELECT name FROM source")}
    assert {"Website", "Referral", "Trade show", "Cold call", "LinkedIn", "Partner"} <= sources
    assert any("WeChat" in s for s in sources)
    reasons = {r[0] for r in conn.execute("SELECT name FROM lost_reason")}
    assert {"Price", "Competitor", "No budget", "No decision", "Timing"} <= reasons


def test_pipelines_and_stages(conn: sqlite3.Connection) -> None:
    pipelines = conn.execute("SELECT name, is_default FROM pipeline ORDER BY position").fetchall()
    assert pipelines == [("Sales", 1), ("Renewals", 0)]
    stages = conn.execute(
        "SELECT s.name, s.probability, s.forecast_category, s.rotting_days, s.outcome "
        "FROM stage s JOIN pipeline p ON p.id = s.pipeline_id "
        "WHERE p.name = 'Sales' ORDER BY s.position"
    ).fetchall()
    assert [s[0] for s in stages][:2] == ["Lead In", "Qualified"]
    probabilities = [s[1] for s in stages]
    assert probabilities == sorted(probabilities) and 0 < probabilities[0] < probabilities[-1] < 100
    assert {s[2] for s in stages} == {"pipeline", "best_case", "commit"}
    assert all(s[3] and s[4] == "open" for s in stages)


def test_companies_are_believable(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT name, domain, country, city, lifecycle, customer_since, churned_at, "
        "employees, annual_revenue FROM company"
    ).fetchall()
    assert any(is_chinese(r[0]) for r in rows) and any(r[0].isascii() for r in rows)
    assert all(r[1].isascii() and "." in r[1] for r in rows)
    assert {"United States", "United Kingdom", "Germany", "China"} <= {r[2] for r in rows}
    assert {"北京", "上海"} & {r[3] for r in rows}
    lifecycles = {r[4] for r in rows}
    assert lifecycles == {"prospect", "customer", "churned"}
    for _, _, _, _, lifecycle, since, churned, employees, revenue in rows:
        assert (since is not None) == (lifecycle != "prospect")
        assert (churned is not None) == (lifecycle == "churned")
        if churned is not None:
            assert churned >= since
        assert employees > 0 and (revenue is None or revenue >= 0)
    assert len({r[0] for r in rows}) == len(rows)


def test_contacts_are_believable(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT first_name, last_name, email, phone, lifecycle_stage, tags, owner_id FROM contact"
    ).fetchall()
    chinese = sum(is_chinese(r[1]) for r in rows)
    assert 0.2 < chinese / len(rows) < 0.5
    emails = [r[2] for r in rows]
    assert all(e.isascii() and "@" in e for e in emails)
    assert len(set(emails)) == len(emails)
    phones = [r[3] for r in rows if r[3]]
    assert len(phones) > len(rows) / 2
    assert all(p.startswith("+") and p[1:].isdigit() and 9 <= len(p) <= 16 for p in phones)
    stages = {r[4] for r in rows}
    assert {"lead", "customer", "opportunity"} <= stages
    assert any(r[5] != "[]" for r in rows)
    assert all(r[6] for r in rows)


def test_deals_sit_in_stages_of_their_pipeline(conn: sqlite3.Connection) -> None:
    stray = scalar(
        conn,
        "SELECT COUNT(*) FROM deal d LEFT JOIN stage s ON s.id = d.stage_id "
        "WHERE s.id IS NULL OR s.pipeline_id != d.pipeline_id",
    )
    assert stray == 0


def test_deal_outcomes(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT outcome, created_at, closed_at, lost_reason, stage_id, stage_entered_at FROM deal"
    ).fetchall()
    outcomes = [r[0] for r in rows]
    for outcome, low, high in (("won", 0.2, 0.4), ("lost", 0.25, 0.45), ("open", 0.25, 0.45)):
        assert low < outcomes.count(outcome) / len(rows) < high, outcome
    for outcome, created, closed, reason, stage, entered in rows:
        assert created < TODAY_TEXT and stage is not None and entered >= created
        if outcome == "open":
            assert closed is None and reason is None
        else:
            assert closed >= created and closed >= entered
            assert (reason is not None) == (outcome == "lost")
    first = min(r[1] for r in rows)
    assert first < (TODAY - timedelta(days=330)).isoformat()  # a year of history


def test_open_deals_show_hygiene_problems(conn: sqlite3.Connection) -> None:
    row = conn.execute(
        "SELECT SUM(expected_close_date < ?), SUM(expected_close_date >= ?), "
        "SUM(expected_close_date IS NULL), SUM(amount IS NULL), SUM(next_step IS NOT NULL) "
        "FROM deal WHERE outcome = 'open'",
        (TODAY_TEXT, TODAY_TEXT),
    ).fetchone()
    past, future, missing_date, missing_amount, with_next_step = row
    assert past > 0 and future > past and missing_date > 0 and missing_amount > 0
    assert with_next_step > 0


def test_some_open_deals_are_rotting_and_most_are_not(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT d.last_activity_at, d.stage_entered_at, d.created_at, s.rotting_days, "
        "EXISTS (SELECT 1 FROM activity a WHERE a.deal_id = d.id AND a.occurred_at >= :today) "
        "OR EXISTS (SELECT 1 FROM task t WHERE t.deal_id = d.id AND t.done_at IS NULL "
        "AND (t.due_at IS NULL OR t.due_at >= :today)) "
        "FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.outcome = 'open'",
        {"today": TODAY_TEXT},
    ).fetchall()

    def moment(text: str | None) -> datetime | None:
        return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None

    rotting = [
        is_rotting(
            now=NOW,
            rotting_days=r[3],
            last_activity_at=moment(r[0]),
            stage_entered_at=moment(r[1]),
            created_at=moment(r[2]),
            has_scheduled_work=bool(r[4]),
        )
        for r in rows
    ]
    assert 0 < sum(rotting) < len(rows) / 2


def test_stage_changes_record_every_move(conn: sqlite3.Connection) -> None:
    deals = conn.execute(
        "SELECT id, pipeline_id, stage_id, outcome, created_at, closed_at, stage_entered_at "
        "FROM deal"
    ).fetchall()
    stage_pipeline = dict(conn.execute("SELECT id, pipeline_id FROM stage").fetchall())
    changes: dict[str, list[tuple[Any, ...]]] = {}
    for deal_id, *change in conn.execute(
        "SELECT deal_id, from_stage_id, to_stage_id, from_outcome, to_outcome, at "
        "FROM stage_change ORDER BY deal_id, at, from_outcome IS NOT NULL"
    ):
        changes.setdefault(deal_id, []).append(tuple(change))
    for deal_id, pipeline_id, stage_id, outcome, created, closed, entered in deals:
        history = changes[deal_id]
        first = history[0]
        assert first[0] is None and first[2] is None and first[4] == created
        for previous, current in pairwise(history):
            assert current[0] == previous[1]  # moves chain from stage to stage
            assert current[4] >= previous[4]
        assert all(stage_pipeline[c[1]] == pipeline_id for c in history)
        last = history[-1]
        assert last[1] == stage_id
        if outcome == "open":
            assert last[3] == "open" and last[4] == entered
        else:
            assert last[0] == last[1] and (last[2], last[3]) == ("open", outcome)
            assert last[4] == closed


def test_deals_have_contacts_of_their_company(conn: sqlite3.Connection) -> None:
    stray = scalar(
        conn,
        "SELECT COUNT(*) FROM deal_contact dc JOIN deal d ON d.id = dc.deal_id "
        "JOIN contact c ON c.id = dc.contact_id WHERE c.company_id IS NOT d.company_id",
    )
    assert stray == 0
    assert scalar(conn, "SELECT COUNT(DISTINCT deal_id) FROM deal_contact") == SMALL.deals


def test_activities_cover_every_type_and_a_year(conn: sqlite3.Connection) -> None:
    types = dict(conn.execute("SELECT type, COUNT(*) FROM activity GROUP BY type").fetchall())
    assert set(types) == {"call", "email", "meeting", "message", "note"}
    assert all(n > SMALL.activities / 20 for n in types.values())
    months = scalar(
        conn,
        "SELECT COUNT(DISTINCT substr(occurred_at, 1, 7)) FROM activity WHERE occurred_at < ?",
        TODAY_TEXT,
    )
    assert months >= 12
    future = conn.execute(
        "SELECT type, created_at FROM activity WHERE occurred_at >= ?", (TODAY_TEXT,)
    ).fetchall()
    assert future and {f[0] for f in future} == {"meeting"}
    assert all(f[1] < TODAY_TEXT for f in future)  # booked in the past
    unlinked = scalar(
        conn,
        "SELECT COUNT(*) FROM activity WHERE contact_id IS NULL AND company_id IS NULL "
        "AND deal_id IS NULL",
    )
    assert unlinked == 0


@pytest.mark.parametrize(
    ("table", "link"), [("contact", "contact_id"), ("company", "company_id"), ("deal", "deal_id")]
)
def test_last_activity_is_the_latest_past_activity(
    conn: sqlite3.Connection, table: str, link: str
) -> None:
    wrong = scalar(
        conn,
        f'SELECT COUNT(*) FROM "{table}" r WHERE r.last_activity_at IS NOT '
        f"(SELECT MAX(a.occurred_at) FROM activity a WHERE a.{link} = r.id "
        f"AND a.occurred_at < ?)",
        TODAY_TEXT,
    )
    assert wrong == 0
    assert scalar(conn, f'SELECT COUNT(last_activity_at) FROM "{table}"') > 0


def test_tasks_are_due_around_today(conn: sqlite3.Connection) -> None:
    kinds = dict(
        conn.execute(
            "SELECT CASE WHEN done_at IS NOT NULL THEN 'done' "
            "WHEN due_at IS NULL THEN 'no due date' WHEN due_at < :today THEN 'overdue' "
            "WHEN due_at < :tomorrow THEN 'today' ELSE 'upcoming' END, COUNT(*) "
            "FROM task GROUP BY 1",
            {"today": TODAY_TEXT, "tomorrow": TOMORROW_TEXT},
        ).fetchall()
    )
    assert set(kinds) == {"done", "no due date", "overdue", "today", "upcoming"}
    assert scalar(conn, "SELECT COUNT(*) FROM task WHERE remind_at IS NOT NULL") > 0
    # Reminders that lie in the past were shown already: opening the app replays none of them.
    replay = scalar(
        conn,
        "SELECT COUNT(*) FROM task WHERE remind_at < ? AND reminded_at IS NULL",
        TODAY_TEXT,
    )
    assert replay == 0
    assert scalar(conn, "SELECT COUNT(*) FROM task WHERE done_at < created_at") == 0


def test_nps_responses_come_from_customers_and_skew_positive(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT n.score, co.lifecycle FROM nps_response n JOIN contact c ON c.id = n.contact_id "
        "JOIN company co ON co.id = c.company_id"
    ).fetchall()
    assert len(rows) == SMALL.nps
    assert {r[1] for r in rows} <= {"customer", "churned"}
    scores = [r[0] for r in rows]
    promoters = sum(s >= 9 for s in scores)
    detractors = sum(s <= 6 for s in scores)
    assert all(0 <= s <= 10 for s in scores) and promoters > detractors


def test_targets_per_rep_and_month(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT u.role, t.kind, t.period_start, t.period_end, t.amount FROM target t "
        "JOIN user u ON u.id = t.owner_id"
    ).fetchall()
    assert {r[0] for r in rows} == {"rep"}
    reps = scalar(conn, "SELECT COUNT(*) FROM user WHERE role = 'rep'")
    months = sorted({r[2] for r in rows})
    assert len(months) == 16 and len(rows) == reps * 16 * 2
    assert months[0] == "2025-03-01" and "2026-03-01" in months and months[-1] == "2026-06-01"
    assert ("revenue", "2026-02-01", "2026-02-28") in {(r[1], r[2], r[3]) for r in rows}
    assert all(r[4] > 0 for r in rows)


def test_search_index_covers_the_new_records(conn: sqlite3.Connection) -> None:
    assert count(conn, "contact_fts") == SMALL.contacts
    assert count(conn, "company_fts") == SMALL.companies
    assert count(conn, "deal_fts") == SMALL.deals


# -- determinism ------------------------------------------------------------------------------

DUMPED = ("user", "company", "contact", "deal", "stage_change", "activity", "task", "target")


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = read(path)
    try:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in DUMPED}
    finally:
        conn.close()


def test_same_seed_and_day_give_identical_data(tmp_path: Path) -> None:
    size = demo_size("60")
    generate(tmp_path / "a.sqlite3", size, seed=7)
    generate(tmp_path / "b.sqlite3", size, seed=7)
    generate(tmp_path / "c.sqlite3", size, seed=8)
    first, second, other = (dump(tmp_path / f"{n}.sqlite3") for n in "abc")
    assert first == second
    for table in DUMPED:
        if table != "user":
            assert first[table] != other[table], table


def test_a_second_run_adds_to_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite3"
    generate(path, "40")
    again = generate(path, "40")
    conn = read(path)
    try:
        assert again.counts["contact"] == 40 and count(conn, "contact") == 80
        assert scalar(conn, "SELECT SUM(is_default) FROM pipeline") == 1
        assert count(conn, "currency") == 4 and count(conn, "setting") == 1
        assert count(conn, "source") == len(demo_data.SOURCES)  # reused, not doubled
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


# -- progress and cancel ----------------------------------------------------------------------


def test_progress_rises_to_its_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    generate(tmp_path / "p.sqlite3", "60", progress=lambda done, total: calls.append((done, total)))
    assert len(calls) > 5
    totals = {total for _, total in calls}
    assert len(totals) == 1
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and dones[0] == 0 and dones[-1] == totals.pop()


def table_counts(path: Path) -> dict[str, int]:
    conn = read(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("sqlite_")
        ]
        return {t: count(conn, t) for t in tables}
    finally:
        conn.close()


def schema(path: Path) -> list[tuple[str, str, str]]:
    conn = read(path)
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    finally:
        conn.close()


@pytest.mark.parametrize("share", [0.01, 0.5, 1.0])
def test_cancel_writes_nothing(tmp_path: Path, share: float) -> None:
    """Cancelled while planning, half-way through the writes, or just before the commit."""
    path = tmp_path / "cancel.sqlite3"
    open_database(path).close()
    before, shape = table_counts(path), schema(path)
    reports: list[tuple[int, int]] = []
    with pytest.raises(DemoCancelled):
        generate(
            path,
            "200",
            progress=lambda done, total: reports.append((done, total)),
            cancelled=lambda: bool(reports) and reports[-1][0] >= share * reports[-1][1] > 0,
        )
    assert table_counts(path) == before
    assert all(before[t] == 0 for t in FILLED)
    assert schema(path) == shape


def test_cancelled_before_starting_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "early.sqlite3"
    with pytest.raises(DemoCancelled):
        generate(path, "20", cancelled=lambda: True)
    assert all(n == 0 for t, n in table_counts(path).items() if t in FILLED)


# -- the bulk path of big data sets, exercised on a small one ---------------------------------


@pytest.fixture
def bulk_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make a small data set take the path of big ones: indexes and search triggers off."""
    monkeypatch.setattr(demo, "BIG_TABLE_ROWS", 100)
    monkeypatch.setattr(demo, "BULK_SEARCH_INDEX_ROWS", 100)


@pytest.mark.usefixtures("bulk_thresholds")
def test_bulk_load_restores_indexes_and_search_index(tmp_path: Path) -> None:
    path = tmp_path / "bulk.sqlite3"
    open_database(path).close()
    shape = schema(path)
    result = generate(path, "200")
    assert schema(path) == shape  # every index and trigger is back, unchanged
    conn = read(path)
    try:
        assert count(conn, "contact_fts") == result.counts["contact"]
        assert count(conn, "deal_fts") == result.counts["deal"]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM activity WHERE contact_id = 'x' ORDER BY occurred_at"
        ).fetchall()
        assert "ix_activity_contact_at" in str(plan)
    finally:
        conn.close()


@pytest.mark.usefixtures("bulk_thresholds")
def test_bulk_load_cancelled_late_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bulk-cancel.sqlite3"
    open_database(path).close()
    before, shape = table_counts(path), schema(path)
    reports: list[tuple[int, int]] = []
    with pytest.raises(DemoCancelled):
        generate(
            path,
            "200",
            progress=lambda done, total: reports.append((done, total)),
            cancelled=lambda: bool(reports) and reports[-1][0] > reports[-1][1] * 0.9,
        )
    assert table_counts(path) == before
    assert schema(path) == shape
