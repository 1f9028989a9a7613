"""The dashboards' fast paths give the very figures of the plain rules (hand-computed).

* ``RateCase`` (rates read once, one CASE) = ``rate_sql`` (two subqueries per row) on every
  kind of day: before the first rate, on and between rate days, ties, NULL, unknown currency.
* Stuck and stale compare stored timestamps as text against a cut-off day: exactly the
  ``julianday`` rule at the boundaries (a deal entered exactly N days before today at
  midnight is not stuck; one microsecond earlier it is), and the drill-downs list exactly the
  deals counted.
* The top deals and the hygiene list come from top-N passes: same order as the full sort.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from crm_desktop.domain.enums import ForecastCategory, Outcome
from crm_desktop.services.metrics import pipeline_xray as px
from crm_desktop.services.metrics import rates as rates_module
from crm_desktop.services.metrics.base import Filters, MetricsQuery, open_deals, rate_sql
from crm_desktop.services.metrics.drill import DealRow, deal_rows, open_deal_rows
from crm_desktop.services.metrics.hygiene import any_problem_deal_set, hygiene
from crm_desktop.services.metrics.rates import RateCase
from crm_desktop.services.metrics.service import MetricsService
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import (
    Currency,
    CurrencyRate,
    Deal,
    Pipeline,
    Setting,
    Stage,
    User,
)
from crm_desktop.storage.unit_of_work import UnitOfWork

TODAY = date(2026, 6, 15)
MIDNIGHT = datetime(2026, 6, 15, tzinfo=UTC)

RATES = [  # code, rate, effective_from (EUR has two rates on 03-01: the later row wins)
    ("EUR", 1.10, date(2026, 1, 1)),
    ("EUR", 1.20, date(2026, 3, 1)),
    ("EUR", 1.25, date(2026, 3, 1)),
    ("EUR", 1.30, date(2026, 5, 1)),
    ("CNY", 0.14, date(2026, 2, 1)),
]
DAYS = [None, "2025-12-31", "2026-01-01", "2026-02-28", "2026-03-01", "2026-04-30",
        "2026-05-01", "2026-12-31"]  # fmt: skip


@pytest.fixture
def rated(db: Database) -> Database:
    with UnitOfWork(db) as session:
        session.add(Setting(key="base_currency", value="USD"))
        for code in ("USD", "EUR", "CNY", "GBP"):
            session.add(Currency(code=code, name=code))
        session.flush()
        for code, rate, day in RATES:  # one flush each: rowid order = list order
            session.add(CurrencyRate(code=code, rate=rate, effective_from=day))
            session.flush()
    return db


def _rates(db: Database, sql_of: object) -> list[tuple[str, str | None, float | None]]:
    found = []
    with db.session(write=False) as session:
        query = MetricsQuery(session, Filters(today=TODAY))
        for code in ("USD", "EUR", "CNY", "GBP"):
            for day in DAYS:
                sql = sql_of(query, ":day", "x")  # type: ignore[operator]
                value = session.execute(
                    text(f"SELECT {sql} FROM (SELECT :code AS currency) x"),
                    query.params({"code": code, "day": day}),
                ).scalar()
                found.append((code, day, value))
    return found


def test_rate_case_is_rate_sql(rated: Database) -> None:
    case = _rates(rated, lambda q, day, alias: q.rate(day, alias))
    plain = _rates(rated, lambda _q, day, alias: rate_sql(day, alias))
    assert case == plain
    by_key = {(code, day): value for code, day, value in case}
    assert by_key["USD", None] == 1.0
    assert by_key["EUR", "2025-12-31"] == 1.10  # before the first rate: the first
    assert by_key["EUR", None] == 1.10
    assert by_key["EUR", "2026-02-28"] == 1.10
    assert by_key["EUR", "2026-03-01"] == 1.25  # two rates that day: the later row
    assert by_key["EUR", "2026-04-30"] == 1.25
    assert by_key["EUR", "2026-05-01"] == 1.30
    assert by_key["CNY", "2026-01-01"] == 0.14
    assert by_key["GBP", "2026-05-01"] is None  # no rate at all


def test_rate_case_falls_back_with_many_rates(
    rated: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rates_module, "MAX_CASE_RATES", 2)
    with rated.session(write=False) as session:
        case = RateCase(session)
        assert case.fallback
        assert case.sql(":day", "x") == rate_sql(":day", "x")


def _stage(session: object, pipeline: Pipeline, name: str, position: int, rot: int | None) -> str:
    stage = Stage(
        pipeline_id=pipeline.id,
        name=name,
        position=position,
        probability=50,
        forecast_category=ForecastCategory.PIPELINE,
        rotting_days=rot,
        outcome=Outcome.OPEN,
    )
    session.add(stage)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    return str(stage.id)


#: name -> (stage, stage entered, last activity, amount, next step); today is 06-15 00:00.
#: Stuck after 30 days: entered before 05-16 00:00. Rotting after 14 days in "Proposal":
#: last touched before 06-01 00:00.
BOUNDARY_DEALS = {
    "S-exact": ("Lead", MIDNIGHT - timedelta(days=30), None, "100", "x"),
    "S-before": ("Lead", MIDNIGHT - timedelta(days=30, microseconds=1), None, "200", "x"),
    "R-exact": ("Proposal", MIDNIGHT - timedelta(days=20), MIDNIGHT - timedelta(days=14),
                "400", "x"),
    "R-before": ("Proposal", MIDNIGHT - timedelta(days=20),
                 MIDNIGHT - timedelta(days=14, microseconds=1), "800", "x"),
    "N-none": ("Proposal", MIDNIGHT - timedelta(days=1), None, None, None),
}  # fmt: skip


@pytest.fixture
def boundary(db: Database) -> dict[str, str]:
    ids: dict[str, str] = {}
    with UnitOfWork(db) as session:
        session.add(Setting(key="base_currency", value="USD"))
        session.add(Currency(code="USD", name="US dollar"))
        owner = User(name="Ann")
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add_all([owner, pipeline])
        session.flush()
        stages = {
            "Lead": _stage(session, pipeline, "Lead", 0, None),
            "Proposal": _stage(session, pipeline, "Proposal", 1, 14),
        }
        for name, (stage, entered, touched, amount, step) in BOUNDARY_DEALS.items():
            deal = Deal(
                name=name,
                owner_id=owner.id,
                amount=Decimal(amount) if amount else None,
                currency="USD",
                pipeline_id=pipeline.id,
                stage_id=stages[stage],
                outcome=Outcome.OPEN,
                created_at=entered - timedelta(days=1),
                stage_entered_at=entered,
                last_activity_at=touched,
                expected_close_date=date(2026, 7, 1),
                next_step=step,
            )
            session.add(deal)
            session.flush()
            ids[name] = str(deal.id)
    return ids


def _names(rows: list[DealRow]) -> set[str]:
    return {row.name for row in rows}


def test_stuck_and_stale_boundaries(db: Database, boundary: dict[str, str]) -> None:
    metrics = MetricsService(db)
    filters = Filters(today=TODAY)
    data = metrics.pipeline_xray(filters, stuck_days=30)
    # stuck: only S-before (S-exact is exactly 30 days in its stage, not more)
    assert (data.stuck_count, data.stuck_value) == (1, 200.00)
    # stale: only R-before (R-exact was touched exactly 14 days ago); Lead never rots
    assert (data.stale_count, data.stale_value) == (1, 800.00)
    assert _names(metrics.deals(filters, px.stuck_deal_set(filters, 30))) == {"S-before"}
    assert _names(metrics.deals(filters, px.stale_deal_set(filters))) == {"R-before"}
    lead, proposal = data.stages
    assert (lead.name, lead.count, lead.value) == ("Lead", 2, 300.00)
    assert lead.avg_days_in_stage == pytest.approx(30.0, abs=1e-6)  # (30 + 30 days 1 µs) / 2
    # Proposal: 20 + 20 + 1 days / 3; weighted: (400 + 800) x 50%
    assert (proposal.count, proposal.value, proposal.weighted_value) == (3, 1200.00, 600.00)
    assert proposal.avg_days_in_stage == pytest.approx(41 / 3)


def test_hygiene_flags_and_order(db: Database, boundary: dict[str, str]) -> None:
    data = MetricsService(db).hygiene(Filters(today=TODAY))
    assert data.counts == {
        "past_close_date": 0,
        "no_next_step": 1,  # N-none: no next step, no open task
        "missing_amount": 1,  # N-none
        "missing_close_date": 0,
        "rotting": 1,  # R-before
    }
    # most problems first (N-none: 2), then by value
    assert [(r.name, r.problems) for r in data.rows] == [
        ("N-none", ("no_next_step", "missing_amount")),
        ("R-before", ("rotting",)),
    ]
    with db.session(write=False) as session:
        query = MetricsQuery(session, Filters(today=TODAY))
        listed = deal_rows(query, any_problem_deal_set(Filters(today=TODAY)))
        assert _names(listed) == {"N-none", "R-before"}
        assert [r.name for r in hygiene(query, limit=1).rows] == ["N-none"]


def test_top_open_deals_match_the_full_sort(db: Database, boundary: dict[str, str]) -> None:
    filters = Filters(today=TODAY)
    with db.session(write=False) as session:
        query = MetricsQuery(session, filters)
        full = deal_rows(query, open_deals(filters))
        for limit in (1, 2, 3, 5, 10):
            top = open_deal_rows(query, open_deals(filters), limit)
            assert top == full[:limit]
    assert [r.name for r in full] == ["R-before", "R-exact", "S-before", "S-exact", "N-none"]
