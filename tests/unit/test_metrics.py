"""Every dashboard metric pinned against a small hand-built dataset, answers worked out by hand.

The dataset (``build_dataset``), "today" = 2026-06-15, base currency USD,
EUR worth 1.10 USD from 2026-01-01 and 1.20 USD from 2026-05-01:

deal     owner  amount     outcome  created     closed      stage     prob  close date  notes
D1 Alpha   Ann  USD 1000   won      03-01 12h   03-11 12h   Won             (cycle 10 d)
D2 Beta    Ann  EUR 2000   won      04-01 12h   05-21 12h   Won             = 2400 USD (1.20), 50 d
D3 Gamma   Bob  USD  500   won      02-01 12h   04-02 12h   Won             60 d, source Web
D4 Delta   Bob  USD 3000   lost     03-10 12h   04-15 12h   Lost
D5 Epsil.  Ann  EUR 1000   lost     01-05 12h   02-10 12h   Lost            = 1100 USD (1.10)
D6 Zeta    Ann  USD 4000   open     05-01 12h               Proposal  50    06-30  rotting
D7 Eta     Bob  EUR 1000   open     06-01 12h               Commit    90*   07-15  = 1200 USD today
D8 Theta   Bob  (none)     open     06-10 12h               Lead      10    05-31  next step "call"
D9 Iota    Ann  USD  800   open     06-12 12h               Lead      10    (none) open task
D10        Ann  USD 99999  won (trashed: never counted)
(* deal override)   All years are 2026.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from crm_desktop.domain import metrics as m
from crm_desktop.domain.enums import (
    ActivityType,
    CompanyLifecycle,
    ForecastCategory,
    Outcome,
    TargetKind,
)
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.metrics import activity as act
from crm_desktop.services.metrics import forecast as fc
from crm_desktop.services.metrics import hygiene as hy
from crm_desktop.services.metrics import pipegen as pg
from crm_desktop.services.metrics import pipeline_xray as px
from crm_desktop.services.metrics import union
from crm_desktop.services.metrics.base import DealSet, Filters
from crm_desktop.services.metrics.kpis import KpiService, kpi_deal_set
from crm_desktop.services.metrics.periods import (
    Period,
    PeriodKind,
    custom_period,
    month_starts,
    period_containing,
)
from crm_desktop.services.metrics.service import MetricsService
from crm_desktop.services.metrics.targets import TargetService
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import (
    Activity,
    Company,
    Contact,
    Currency,
    CurrencyRate,
    Deal,
    NpsResponse,
    Pipeline,
    Setting,
    Source,
    Stage,
    StageChange,
    Target,
    Task,
    User,
)
from crm_desktop.storage.unit_of_work import UnitOfWork

TODAY = date(2026, 6, 15)
Q2 = Filters(date(2026, 4, 1), date(2026, 6, 30), today=TODAY)
ALL = Filters(today=TODAY)


def at(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}").replace(tzinfo=UTC)


class Ids(dict[str, str]):
    """name -> id of every record of the dataset."""


def _reference(session: object, ids: Ids) -> None:
    s = session
    s.add_all(  # type: ignore[attr-defined]
        [
            Setting(key="base_currency", value="USD"),
            Currency(code="USD", name="US dollar"),
            Currency(code="EUR", name="Euro"),
            CurrencyRate(code="EUR", rate=1.10, effective_from=date(2026, 1, 1)),
            CurrencyRate(code="EUR", rate=1.20, effective_from=date(2026, 5, 1)),
        ]
    )
    for name in ("Ann", "Bob"):
        user = User(name=name)
        s.add(user)  # type: ignore[attr-defined]
        s.flush()  # type: ignore[attr-defined]
        ids[name] = user.id
    for name in ("Web", "Referral"):
        source = Source(name=name)
        s.add(source)  # type: ignore[attr-defined]
        s.flush()  # type: ignore[attr-defined]
        ids[name] = source.id
    pipeline = Pipeline(name="Sales", is_default=True)
    s.add(pipeline)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    ids["Sales"] = pipeline.id
    stages = [
        ("Lead", 10, ForecastCategory.PIPELINE, 14, Outcome.OPEN),
        ("Proposal", 50, ForecastCategory.BEST_CASE, 14, Outcome.OPEN),
        ("Commit", 80, ForecastCategory.COMMIT, None, Outcome.OPEN),
        ("Won", 100, ForecastCategory.CLOSED, None, Outcome.WON),
        ("Lost", 0, ForecastCategory.OMITTED, None, Outcome.LOST),
    ]
    for position, (name, prob, category, rotting, outcome) in enumerate(stages):
        stage = Stage(
            pipeline_id=pipeline.id,
            name=name,
            position=position,
            probability=prob,
            forecast_category=category,
            rotting_days=rotting,
            outcome=outcome,
        )
        s.add(stage)  # type: ignore[attr-defined]
        s.flush()  # type: ignore[attr-defined]
        ids[name] = stage.id


DEALS = [
    # name, owner, amount, currency, outcome, created, closed, stage, prob, close, source
    ("D1", "Ann", "1000", "USD", "won", "03-01", "03-11", "Won", None, None, None),
    ("D2", "Ann", "2000", "EUR", "won", "04-01", "05-21", "Won", None, None, "Referral"),
    ("D3", "Bob", "500", "USD", "won", "02-01", "04-02", "Won", None, None, "Web"),
    ("D4", "Bob", "3000", "USD", "lost", "03-10", "04-15", "Lost", None, None, None),
    ("D5", "Ann", "1000", "EUR", "lost", "01-05", "02-10", "Lost", None, None, None),
    ("D6", "Ann", "4000", "USD", "open", "05-01", None, "Proposal", None, "06-30", "Web"),
    ("D7", "Bob", "1000", "EUR", "open", "06-01", None, "Commit", 90, "07-15", "Web"),
    ("D8", "Bob", None, "USD", "open", "06-10", None, "Lead", None, "05-31", None),
    ("D9", "Ann", "800", "USD", "open", "06-12", None, "Lead", None, None, None),
    ("D10", "Ann", "99999", "USD", "won", "04-20", "05-01", "Won", None, None, None),
]
#: stages each deal went through (stage_change rows), for the funnel
PATHS = {
    "D2": ["Lead", "Proposal", "Commit", "Won"],
    "D6": ["Lead", "Proposal"],
    "D7": ["Lead", "Proposal", "Commit"],
    "D8": ["Lead"],
    "D9": ["Lead"],
}


def _deals(session: object, ids: Ids) -> None:
    s = session
    for name, owner, amount, cur, outcome, created, closed, stage, prob, close, src in DEALS:
        deal = Deal(
            name=name,
            owner_id=ids[owner],
            amount=Decimal(amount) if amount else None,
            currency=cur,
            pipeline_id=ids["Sales"],
            stage_id=ids[stage],
            outcome=Outcome(outcome),
            created_at=at(f"{created} 12:00"),
            closed_at=at(f"{closed} 12:00") if closed else None,
            stage_entered_at=at(f"{closed or created} 12:00"),
            probability=prob,
            expected_close_date=date.fromisoformat(f"2026-{close}") if close else None,
            source_id=ids[src] if src else None,
            next_step={"D7": "Send contract", "D8": "call"}.get(name),
            last_activity_at={"D6": at("05-02 12:00"), "D9": at("06-12 12:00")}.get(name),
            deleted_at=at("06-01 00:00") if name == "D10" else None,
        )
        s.add(deal)  # type: ignore[attr-defined]
        s.flush()  # type: ignore[attr-defined]
        ids[name] = deal.id
        for i, step in enumerate(PATHS.get(name, [])):
            s.add(  # type: ignore[attr-defined]
                StageChange(deal_id=deal.id, to_stage_id=ids[step], at=at(f"{created} 12:0{i}"))
            )


ACTIVITIES = [
    # name, owner, type, occurred, deal, deleted
    ("A1", "Ann", "call", "04-06 10:00", None, False),
    ("A2", "Ann", "call", "04-07 10:00", None, False),
    ("A3", "Ann", "email", "04-08 10:00", None, False),
    ("A4", "Ann", "meeting", "05-04 10:00", "D2", False),
    ("A5", "Ann", "note", "05-05 10:00", "D2", False),
    ("A6", "Ann", "email", "05-02 12:00", "D6", False),
    ("A7", "Bob", "message", "06-01 10:00", None, False),
    ("A8", "Bob", "call", "06-02 10:00", "D3", False),
    ("A9", "Bob", "meeting", "03-02 10:00", "D3", False),
    ("A10", "Ann", "call", "04-09 10:00", None, True),
    ("A11", "Ann", "email", "06-12 12:00", "D9", False),
]


def _work(session: object, ids: Ids) -> None:
    s = session
    for name, owner, kind, when, deal, deleted in ACTIVITIES:
        activity = Activity(
            owner_id=ids[owner],
            type=ActivityType(kind),
            subject=name,
            occurred_at=at(when),
            deal_id=ids[deal] if deal else None,
            deleted_at=at("06-01 00:00") if deleted else None,
        )
        s.add(activity)  # type: ignore[attr-defined]
        s.flush()  # type: ignore[attr-defined]
        ids[name] = activity.id
    s.add_all(  # type: ignore[attr-defined]
        [
            Task(title="done", deal_id=ids["D6"], done_at=at("05-03 10:00")),
            Task(title="follow up", deal_id=ids["D9"], due_at=at("06-20 09:00")),
        ]
    )


def _customers(session: object, ids: Ids) -> None:
    s = session
    contacts = [("Web", "04-02"), ("Web", "05-02"), ("Web", "06-02"), ("Referral", "04-03")]
    contacts.append(("Web", "01-15"))  # before Q2
    for src, created in contacts:
        s.add(Contact(first_name="c", source_id=ids[src], created_at=at(f"{created} 09:00")))  # type: ignore[attr-defined]
    for score, when in [(10, "04-10"), (9, "04-11"), (9, "05-01"), (8, "05-02"), (6, "06-01")]:
        s.add(NpsResponse(score=score, responded_at=at(f"{when} 09:00")))  # type: ignore[attr-defined]
    s.add(NpsResponse(score=3, responded_at=at("06-02 09:00")))  # type: ignore[attr-defined]
    s.add(NpsResponse(score=0, responded_at=at("03-01 09:00")))  # type: ignore[attr-defined]
    companies = [
        ("C1", date(2025, 1, 1), date(2026, 5, 10)),
        ("C2", date(2025, 6, 1), None),
        ("C3", date(2026, 5, 1), None),
        ("C4", date(2024, 1, 1), date(2026, 2, 1)),
        ("C5", date(2025, 3, 1), date(2026, 7, 5)),
        ("C6", None, None),
    ]
    for name, since, churned in companies:
        lifecycle = CompanyLifecycle.CHURNED if churned else CompanyLifecycle.CUSTOMER
        s.add(Company(name=name, customer_since=since, churned_at=churned, lifecycle=lifecycle))  # type: ignore[attr-defined]


def _targets(session: object, ids: Ids) -> None:
    start, end = date(2026, 4, 1), date(2026, 6, 30)
    session.add_all(  # type: ignore[attr-defined]
        [
            Target(owner_id=ids["Ann"], kind=TargetKind.REVENUE, period_start=start,
                   period_end=end, amount=Decimal("3000"), ),
            Target(owner_id=ids["Bob"], kind=TargetKind.REVENUE, period_start=start,
                   period_end=end, amount=Decimal("2000")),
            Target(owner_id=None, kind=TargetKind.REVENUE, period_start=start,
                   period_end=end, amount=Decimal("6000")),
            Target(owner_id=ids["Ann"], kind=TargetKind.PIPELINE, period_start=start,
                   period_end=end, amount=Decimal("10000")),
            Target(owner_id=ids["Ann"], kind=TargetKind.REVENUE, period_start=date(2026, 1, 1),
                   period_end=date(2026, 3, 31), amount=Decimal("500")),
        ]
    )  # fmt: skip


def build_dataset(db: Database) -> Ids:
    ids = Ids()
    with UnitOfWork(db) as session:
        _reference(session, ids)
        _deals(session, ids)
        _work(session, ids)
        _customers(session, ids)
        _targets(session, ids)
    return ids


@pytest.fixture
def ids(db: Database) -> Ids:
    return build_dataset(db)


@pytest.fixture
def metrics(db: Database, ids: Ids) -> MetricsService:
    return MetricsService(db)


def drilled(metrics: MetricsService, filters: Filters, deal_set: DealSet) -> set[str]:
    return {row.id for row in metrics.deals(filters, deal_set)}


def names(ids: Ids, record_ids: set[str]) -> set[str]:
    by_id = {v: k for k, v in ids.items()}
    return {by_id[i] for i in record_ids}


# -- formulas ----------------------------------------------------------------------------
def test_formulas() -> None:
    assert m.win_rate(3, 2) == 0.6
    assert m.win_rate(0, 0) is None
    assert m.average_deal_size(3900, 3) == 1300
    assert m.weighted_value(4000, 50) == 2000
    assert m.required_pipeline(2_000_000, 0.2) == pytest.approx(10_000_000)
    assert m.required_pipeline(100, 0) is None
    assert m.coverage(6000, 3100) == pytest.approx(1.9354838)
    assert m.coverage(6000, 0) is None
    assert m.remaining_target(6000, 7000) == 0
    assert m.sales_velocity(4, 0.6, 1300, 40) == pytest.approx(78.0)
    assert m.sales_velocity(4, None, 1300, 40) is None
    assert m.net_promoter_score(3, 1, 2) == pytest.approx(100 / 6)
    assert m.net_promoter_score(0, 0, 0) is None
    assert [m.nps_bucket(s) for s in (10, 9, 8, 7, 6, 0)] == [
        "promoter", "promoter", "passive", "passive", "detractor", "detractor"
    ]  # fmt: skip
    assert m.churn_rate(1, 3) == pytest.approx(1 / 3)
    assert m.retention_rate(1, 3) == pytest.approx(2 / 3)
    assert m.retention_rate(0, 0) is None
    assert m.expected_to_date(10000, 76, 91) == pytest.approx(8351.648, rel=1e-6)
    assert m.below_pace(7000, 10000, 76, 91) is True
    assert m.below_pace(9000, 10000, 76, 91) is False
    assert m.attainment(2400, 3000) == 0.8


def test_periods() -> None:
    day = date(2026, 6, 15)
    assert period_containing(PeriodKind.WEEK, day) == Period(
        date(2026, 6, 15), date(2026, 6, 21), PeriodKind.WEEK
    )
    month = period_containing(PeriodKind.MONTH, date(2026, 2, 10))
    assert (month.start, month.end) == (date(2026, 2, 1), date(2026, 2, 28))
    quarter = period_containing(PeriodKind.QUARTER, day)
    assert (quarter.start, quarter.end, quarter.days) == (date(2026, 4, 1), date(2026, 6, 30), 91)
    assert quarter.elapsed_days(day) == 76
    previous = quarter.previous()
    assert (previous.start, previous.end) == (date(2026, 1, 1), date(2026, 3, 31))
    year = period_containing(PeriodKind.YEAR, day).previous()
    assert (year.start, year.end) == (date(2025, 1, 1), date(2025, 12, 31))
    custom = custom_period(date(2026, 6, 11), date(2026, 6, 20)).previous()
    assert (custom.start, custom.end) == (date(2026, 6, 1), date(2026, 6, 10))
    assert month_starts(date(2025, 12, 5), date(2026, 2, 1)) == [
        date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)
    ]  # fmt: skip
    with pytest.raises(ValueError):
        custom_period(date(2026, 6, 2), date(2026, 6, 1))


# -- KPIs --------------------------------------------------------------------------------
def test_kpis_all_time(db: Database, ids: Ids) -> None:
    k = KpiService(db).kpis(ALL)
    assert (k.won_count, k.lost_count) == (3, 2)  # D1 D2 D3 / D4 D5 (D10 trashed)
    assert k.won_value == 3900.00  # 1000 + 2000 EUR x 1.20 + 500
    assert k.lost_value == 4100.00  # 3000 + 1000 EUR x 1.10
    assert k.win_rate == 0.6  # 3 / 5
    assert k.win_rate_value == pytest.approx(0.4875)  # 3900 / 8000
    assert (k.open_count, k.open_value) == (4, 6000.00)  # 4000 + 1000 EUR x 1.20 + 0 + 800
    assert k.weighted_open_value == 3160.00  # 4000 x .5 + 1200 x .9 + 800 x .1
    assert k.avg_won_deal_size == 1300.00  # 3900 / 3
    assert k.sales_cycle_days == pytest.approx(40.0)  # (10 + 50 + 60) / 3
    assert k.sales_velocity == pytest.approx(78.0)  # 4 x 0.6 x 1300 / 40


def test_kpis_in_a_period_count_closed_deals_by_close_date(db: Database, ids: Ids) -> None:
    k = KpiService(db).kpis(Q2)
    assert (k.won_count, k.lost_count, k.won_value) == (2, 1, 2900.00)  # D2 D3 / D4
    assert k.win_rate == pytest.approx(2 / 3)
    assert k.avg_won_deal_size == 1450.00
    assert k.sales_cycle_days == pytest.approx(55.0)  # (50 + 60) / 2
    assert (k.open_count, k.open_value) == (4, 6000.00)  # open figures are as of now
    none = KpiService(db).kpis(Filters(date(2025, 1, 1), date(2025, 12, 31), today=TODAY))
    assert (none.won_count, none.win_rate, none.avg_won_deal_size) == (0, None, None)


def test_kpis_by_owner_and_for_one_owner(db: Database, ids: Ids) -> None:
    ann, bob = KpiService(db).kpis_by_owner(ALL)
    assert (ann.name, ann.kpis.won_count, ann.kpis.lost_count) == ("Ann", 2, 1)
    assert (ann.kpis.won_value, ann.kpis.avg_won_deal_size) == (3400.00, 1700.00)
    assert ann.kpis.win_rate == pytest.approx(2 / 3)
    assert (ann.kpis.open_count, ann.kpis.open_value) == (2, 4800.00)
    assert ann.kpis.weighted_open_value == 2080.00
    assert ann.kpis.sales_cycle_days == pytest.approx(30.0)
    assert (bob.name, bob.kpis.won_value, bob.kpis.win_rate) == ("Bob", 500.00, 0.5)
    assert (bob.kpis.open_count, bob.kpis.weighted_open_value) == (2, 1080.00)
    only_bob = KpiService(db).kpis(Filters(owner_id=ids["Bob"], today=TODAY))
    assert only_bob == bob.kpis


def test_kpi_drill_down_returns_exactly_the_deals_counted(
    metrics: MetricsService, ids: Ids
) -> None:
    assert names(ids, drilled(metrics, Q2, kpi_deal_set(Q2, "won"))) == {"D2", "D3"}
    assert names(ids, drilled(metrics, Q2, kpi_deal_set(Q2, "lost"))) == {"D4"}
    rows = metrics.deals(Q2, kpi_deal_set(Q2, "open"))
    assert [r.name for r in rows] == ["D6", "D7", "D9", "D8"]  # biggest first, no amount last
    assert [r.value for r in rows] == [4000.00, 1200.00, 800.00, None]


def test_currency_rate_is_the_latest_on_the_relevant_day(db: Database, ids: Ids) -> None:
    # D5 lost on 02-10 at 1.10; before any rate a deal takes the first rate
    assert KpiService(db).kpis(Filters(date(2026, 2, 1), date(2026, 2, 28))).lost_value == 1100
    early = Filters(today=date(2025, 6, 1))  # D7 (EUR 1000) before the first rate: 1.10
    assert KpiService(db).kpis(early).open_value == 4000 + 1100 + 800


# -- tabs --------------------------------------------------------------------------------
def test_state_of_the_union(metrics: MetricsService, ids: Ids) -> None:
    data = metrics.state_of_the_union(Q2, Filters(date(2026, 1, 1), date(2026, 3, 31), today=TODAY))
    assert data.previous is not None
    assert (data.previous.won_count, data.previous.won_value) == (1, 1000.00)  # D1
    assert [(r.name, r.won_value, r.win_rate, r.quota) for r in data.leaderboard] == [
        ("Ann", 2400.00, 1.0, 3000.00),
        ("Bob", 500.00, 0.5, 2000.00),
    ]
    assert [r.attainment for r in data.leaderboard] == [0.8, 0.25]
    assert [r.name for r in data.top_open] == ["D6", "D7", "D9", "D8"]
    assert len(data.trend) == 12 and data.trend[0].month == date(2025, 7, 1)
    by_month = {p.month.month: p for p in data.trend if p.month.year == 2026}
    assert (by_month[2].lost_count, by_month[2].lost_value) == (1, 1100.00)
    assert (by_month[3].won_count, by_month[3].won_value) == (1, 1000.00)
    assert (by_month[4].won_value, by_month[4].lost_value) == (500.00, 3000.00)
    assert (by_month[5].won_count, by_month[5].won_value) == (1, 2400.00)
    april = union.month_deal_set(Q2, "won", date(2026, 4, 1))
    assert names(ids, drilled(metrics, Q2, april)) == {"D3"}


def test_pipeline_xray(metrics: MetricsService, ids: Ids) -> None:
    data = metrics.pipeline_xray(Q2, stuck_days=30)
    stages = [(s.name, s.count, s.value, s.weighted_value) for s in data.stages]
    assert stages == [
        ("Lead", 2, 800.00, 80.00),
        ("Proposal", 1, 4000.00, 2000.00),
        ("Commit", 1, 1200.00, 1080.00),
    ]
    # days in stage as of 06-15 00:00: D8 4.5, D9 2.5 -> 3.5; D6 44.5; D7 13.5
    assert [s.avg_days_in_stage for s in data.stages] == pytest.approx([3.5, 44.5, 13.5])
    # Q2 cohort D2 D6 D7 D8 D9: all reached Lead, D2 D6 D7 Proposal, D2 (won) D7 Commit
    funnel = [(f.name, f.reached, f.conversion) for f in data.funnel]
    assert funnel == [("Lead", 5, None), ("Proposal", 3, 0.6), ("Commit", 2, pytest.approx(2 / 3))]
    assert (data.stale_count, data.stale_value) == (1, 4000.00)  # D6: 43.5 d > 14, nothing due
    assert (data.stuck_count, data.stuck_value) == (1, 4000.00)  # D6: 44.5 d > 30
    assert metrics.pipeline_xray(Q2, stuck_days=10).stuck_count == 2  # + D7 13.5 d
    lead = px.stage_deal_set(Q2, ids["Lead"])
    assert names(ids, drilled(metrics, Q2, lead)) == {"D8", "D9"}
    proposal = px.funnel_deal_set(Q2, ids["Sales"], 1)
    assert names(ids, drilled(metrics, Q2, proposal)) == {"D2", "D6", "D7"}
    assert names(ids, drilled(metrics, Q2, px.stale_deal_set(Q2))) == {"D6"}
    assert names(ids, drilled(metrics, Q2, px.stuck_deal_set(Q2, 10))) == {"D6", "D7"}


def test_forecast(metrics: MetricsService, ids: Ids) -> None:
    data = metrics.forecast(Q2)
    assert [mo.month for mo in data.months] == [
        date(2026, 4, 1),
        date(2026, 5, 1),
        date(2026, 6, 1),
    ]
    june = data.months[2]
    # closing in Q2: D6 (06-30, best case, 4000 x 50%) and D8 (05-31, no amount); D7 is July
    assert june.by_category == {"commit": 0.0, "best_case": 4000.00, "pipeline": 0.0}
    assert june.weighted == 2000.00
    assert data.months[1].by_category == {"commit": 0.0, "best_case": 0.0, "pipeline": 0.0}
    assert (data.won_so_far, data.team_quota, data.team_weighted_open) == (2900.0, 6000.0, 2000.0)
    rows = [(r.name, r.quota, r.won, r.weighted_open, r.attainment) for r in data.quota_rows]
    assert rows == [("Ann", 3000.0, 2400.0, 2000.0, 0.8), ("Bob", 2000.0, 500.0, 0.0, 0.25)]
    assert data.quota_rows[0].projected_attainment == pytest.approx(4400 / 3000)
    june_best = fc.closing_deal_set(Q2, date(2026, 6, 1), "best_case")
    assert names(ids, drilled(metrics, Q2, june_best)) == {"D6"}
    may = fc.closing_deal_set(Q2, date(2026, 5, 1))
    assert names(ids, drilled(metrics, Q2, may)) == {"D8"}


def test_hygiene(metrics: MetricsService, ids: Ids) -> None:
    data = metrics.hygiene(ALL)
    assert data.counts == {
        "past_close_date": 1,  # D8 (05-31)
        "no_next_step": 1,  # D6 (its only task is done); D9 has an open task
        "missing_amount": 1,  # D8
        "missing_close_date": 1,  # D9
        "rotting": 1,  # D6
    }
    assert [(r.name, r.problems) for r in data.rows] == [
        ("D6", ("no_next_step", "rotting")),
        ("D8", ("past_close_date", "missing_amount")),
        ("D9", ("missing_close_date",)),
    ]
    for problem, expected in [("past_close_date", {"D8"}), ("rotting", {"D6"})]:
        deal_set = hy.problem_deal_set(ALL, problem)
        assert names(ids, drilled(metrics, ALL, deal_set)) == expected
    mine = metrics.hygiene(Filters(owner_id=ids["Bob"], today=TODAY))
    assert [r.name for r in mine.rows] == ["D8"]


def test_activity(metrics: MetricsService, ids: Ids) -> None:
    data = metrics.activity(Q2)
    reps = {r.name: r.counts for r in data.per_rep}
    # notes, trashed activities and A9 (March) are not counted
    assert reps == {
        "Ann": {"call": 2, "email": 3, "meeting": 1, "message": 0},
        "Bob": {"call": 1, "email": 0, "meeting": 0, "message": 1},
    }
    assert data.total == 8 and data.weekly is True
    trend = {p.day.isoformat(): {k: v for k, v in p.counts.items() if v} for p in data.trend}
    assert trend == {
        "2026-04-06": {"call": 2, "email": 1},
        "2026-04-27": {"email": 1},  # Saturday 05-02 belongs to the week of Monday 04-27
        "2026-05-04": {"meeting": 1},
        "2026-06-01": {"call": 1, "message": 1},
        "2026-06-08": {"email": 1},
    }
    # won in Q2: D2 (A4; A5 is a note) and D3 (A8, A9 of any date): 3 / 2
    assert (data.won_deals, data.activities_on_won_deals, data.per_won_deal) == (2, 3, 1.5)
    daily = metrics.activity(Filters(date(2026, 4, 6), date(2026, 4, 12), today=TODAY))
    assert daily.weekly is False and [p.day.day for p in daily.trend] == [6, 7, 8]
    calls = metrics.activities(Q2, act.rep_type_set(Q2, ids["Ann"], "call"))
    assert sorted(r.subject for r in calls) == ["A1", "A2"]


def test_pipegen(metrics: MetricsService, ids: Ids) -> None:
    data = metrics.pipegen(Q2)
    months = {p.month.month: p for p in data.months}
    assert months[4].by_owner == {ids["Ann"]: 2200.00}  # D2: EUR 2000 x 1.10 on 04-01
    assert months[5].by_owner == {ids["Ann"]: 4000.00}  # D6
    assert months[6].by_owner == {ids["Ann"]: 800.00, ids["Bob"]: 1200.00}  # D9; D7 (+D8: 0)
    assert data.created_value == 8200.00
    assert data.win_rate == 0.6  # 12 months to 06-30: 3 won, 2 lost
    assert (data.revenue_target, data.required_pipeline) == (6000.0, pytest.approx(10000.0))
    assert (data.won_value, data.open_pipeline) == (2900.0, 6000.0)
    assert data.coverage == pytest.approx(6000 / 3100)  # remaining target 6000 - 2900
    assert (data.elapsed_days, data.total_days) == (76, 91)
    ann, bob = data.reps
    assert (ann.created, ann.required, ann.below_pace) == (7000.0, 10000.0, True)  # own goal
    assert ann.expected_to_date == pytest.approx(10000 * 76 / 91)
    assert (bob.created, bob.required, bob.below_pace) == (1200.0, 4000.0, True)  # 2000 / 0.5
    sources = {s.name: (s.count, s.value) for s in data.sources}
    assert sources == {"Web": (2, 5200.00), "Referral": (1, 2200.00), None: (2, 800.00)}
    web = pg.source_deal_set(Q2, ids["Web"])
    assert names(ids, drilled(metrics, Q2, web)) == {"D6", "D7"}
    june_bob = pg.month_owner_deal_set(Q2, date(2026, 6, 1), ids["Bob"])
    assert names(ids, drilled(metrics, Q2, june_bob)) == {"D7", "D8"}


def test_conversion_and_customers(metrics: MetricsService, ids: Ids) -> None:
    data = metrics.conversion(Q2)
    assert data.kpis.win_rate == pytest.approx(2 / 3)
    assert data.kpis.win_rate_value == pytest.approx(2900 / 5900)
    sources = {
        s.name: (s.leads, s.deals, s.won_count, s.won_value, s.lead_to_deal, s.deal_to_won)
        for s in data.sources
    }
    assert sources == {
        "Referral": (1, 1, 1, 2400.00, 1.0, 1.0),  # D2
        "Web": (3, 2, 1, 500.00, pytest.approx(2 / 3), 0.5),  # D6 D7 created, D3 won
        None: (0, 2, 0, 0.0, None, 0.0),  # D8 D9
    }
    # Q2 scores 10 9 9 | 8 | 6 3 (the March 0 is outside): (3 - 2) / 6
    assert (data.nps.promoters, data.nps.passives, data.nps.detractors) == (3, 1, 2)
    assert data.nps.score == pytest.approx(100 / 6)
    # customers on 04-01: C1 C2 C5 (C3 joined later, C4 left before); C1 churned in Q2
    churn = data.churn
    assert (churn.customers_at_start, churn.lost) == (3, 1)
    assert churn.churn_rate == pytest.approx(1 / 3)
    assert churn.retention_rate == pytest.approx(2 / 3)


def test_targets_editing(db: Database, ids: Ids) -> None:
    service = TargetService(db)
    q3 = {"period_start": "2026-07-01", "period_end": "2026-09-30", "kind": "revenue"}
    saved = service.create({**q3, "owner_id": ids["Bob"], "amount": "2500.50"})
    assert saved.changes.ids("target")
    assert [(t.owner_name, t.amount) for t in service.list(start=date(2026, 7, 1))] == [
        ("Bob", Decimal("2500.50"))
    ]
    service.update(saved.record.id, {"amount": "3000"})
    metrics = MetricsService(db)
    q3_filters = Filters(date(2026, 7, 1), date(2026, 9, 30), today=TODAY)
    assert metrics.forecast(q3_filters).team_quota == 3000.0
    with pytest.raises(ValidationError):
        service.create({**q3, "amount": "-1"})
    with pytest.raises(ValidationError):
        service.create({**q3, "period_end": "2026-06-01", "amount": "1"})
    service.trash([saved.record.id])
    assert service.list(start=date(2026, 7, 1)) == []
