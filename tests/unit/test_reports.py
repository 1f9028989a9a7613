"""Reports: figures equal the dashboards' figures, and are pinned on a hand-built dataset.

The dataset (``build_reports_dataset``), "today" 2026-06-15, base USD, EUR = 1.20 USD:

deal  owner amount    outcome created  closed  reason
W1    Ann   USD 1000  won     05-20    06-03
W2    Ann   EUR 2000  won     06-02    06-10           = 2400 USD
W3    Bob   USD  500  won     06-05    06-12
L1    Bob   USD 3000  lost    06-01    06-11   Price
L2    Ann   USD  700  lost    05-02    06-04   Price
L3    Bob   USD  200  lost    06-08    06-08   (none)
P1    Ann   USD  800  won     05-03    05-25
O1    Bob   USD 4000  open    06-14
T1    Ann   USD 99999 won     06-01    06-05   (trashed: never counted)
Cid: an active rep without any figure. June targets: Ann 5000, Bob 2000 (team 7000).

June by hand: won 3 / 3900 (Ann 2 / 3400, Bob 1 / 500); lost 3 / 3900; win rate 1/2;
created 5 deals / 10100 (W2 2400, W3, L1, L3, O1); activities call 3, email 1, meeting 1,
message 1 (a note and a trashed call not counted); tasks done 3 (Ann 2, Bob 1).
May: won 1 / 800, lost 0, created 3 / 2500 (W1, L2, P1), 1 call, 1 task done.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from crm_desktop.domain.enums import ActivityType, ForecastCategory, Outcome, TargetKind
from crm_desktop.services.metrics.base import Filters
from crm_desktop.services.metrics.service import MetricsService
from crm_desktop.services.reports.builder import ReportCancelled, build_report
from crm_desktop.services.reports.model import ReportKind, ReportRequest, report_period
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import (
    Activity,
    Currency,
    CurrencyRate,
    Deal,
    Pipeline,
    Setting,
    Stage,
    Target,
    Task,
    User,
)
from crm_desktop.storage.unit_of_work import UnitOfWork

TODAY = date(2026, 6, 15)
JUNE = ReportRequest(ReportKind.MONTHLY, date(2026, 6, 10), today=TODAY)


def at(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}").replace(tzinfo=UTC)


DEALS = [
    ("W1", "Ann", "1000", "USD", "won", "05-20", "06-03", None),
    ("W2", "Ann", "2000", "EUR", "won", "06-02", "06-10", None),
    ("W3", "Bob", "500", "USD", "won", "06-05", "06-12", None),
    ("L1", "Bob", "3000", "USD", "lost", "06-01", "06-11", "Price"),
    ("L2", "Ann", "700", "USD", "lost", "05-02", "06-04", "Price"),
    ("L3", "Bob", "200", "USD", "lost", "06-08", "06-08", None),
    ("P1", "Ann", "800", "USD", "won", "05-03", "05-25", None),
    ("O1", "Bob", "4000", "USD", "open", "06-14", None, None),
    ("T1", "Ann", "99999", "USD", "won", "06-01", "06-05", None),
]
ACTIVITIES = [
    ("Ann", "call", "06-01 10:00", False),
    ("Ann", "call", "06-10 10:00", False),
    ("Ann", "email", "06-11 10:00", False),
    ("Ann", "note", "06-11 11:00", False),
    ("Ann", "call", "06-12 11:00", True),
    ("Bob", "meeting", "06-09 10:00", False),
    ("Bob", "message", "06-10 10:00", False),
    ("Bob", "call", "06-13 10:00", False),
    ("Ann", "call", "05-10 10:00", False),
]
TASKS = [("Ann", "06-05 10:00"), ("Ann", "06-10 10:00"), ("Bob", "06-11 10:00"), ("Bob", None)]
TASKS += [("Ann", "05-30 10:00")]


def _stages(session: object, ids: dict[str, str]) -> None:
    pipeline = Pipeline(name="Sales", is_default=True)
    session.add(pipeline)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    ids["Sales"] = pipeline.id
    for position, (name, outcome) in enumerate(
        [("Open", Outcome.OPEN), ("Won", Outcome.WON), ("Lost", Outcome.LOST)]
    ):
        stage = Stage(pipeline_id=pipeline.id, name=name, position=position, probability=50,
                      forecast_category=ForecastCategory.PIPELINE, outcome=outcome)  # fmt: skip
        session.add(stage)  # type: ignore[attr-defined]
        session.flush()  # type: ignore[attr-defined]
        ids[outcome.value] = stage.id


def build_reports_dataset(db: Database) -> dict[str, str]:
    ids: dict[str, str] = {}
    with UnitOfWork(db, None) as s:
        s.add_all([
            Setting(key="base_currency", value="USD"), Currency(code="USD", name="US dollar"),
            Currency(code="EUR", name="Euro"),
            CurrencyRate(code="EUR", rate=1.20, effective_from=date(2026, 1, 1)),
        ])  # fmt: skip
        for name in ("Ann", "Bob", "Cid"):
            user = User(name=name)
            s.add(user)
            s.flush()
            ids[name] = user.id
        _stages(s, ids)
        for name, owner, amount, cur, outcome, created, closed, reason in DEALS:
            s.add(Deal(
                name=name, owner_id=ids[owner], amount=Decimal(amount), currency=cur,
                pipeline_id=ids["Sales"], stage_id=ids[outcome], outcome=Outcome(outcome),
                created_at=at(f"{created} 12:00"),
                closed_at=at(f"{closed} 12:00") if closed else None,
                lost_reason=reason, deleted_at=at("06-06 00:00") if name == "T1" else None,
            ))  # fmt: skip
        for owner, kind, when, deleted in ACTIVITIES:
            gone = at("06-13 00:00") if deleted else None
            s.add(Activity(owner_id=ids[owner], type=ActivityType(kind), subject=kind,
                           occurred_at=at(when), deleted_at=gone))  # fmt: skip
        for owner, done in TASKS:
            s.add(Task(title="t", owner_id=ids[owner], done_at=at(done) if done else None))
        for owner, amount in (("Ann", "5000"), ("Bob", "2000")):
            s.add(Target(owner_id=ids[owner], kind=TargetKind.REVENUE, amount=Decimal(amount),
                         period_start=date(2026, 6, 1), period_end=date(2026, 6, 30)))  # fmt: skip
    return ids


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    return build_reports_dataset(db)


def test_periods_of_each_kind() -> None:
    day = date(2026, 6, 10)  # a Wednesday
    assert report_period(ReportKind.DAILY, day).start == day
    assert report_period(ReportKind.DAILY, day).previous().start == date(2026, 6, 9)
    week = report_period(ReportKind.WEEKLY, day)
    assert (week.start, week.end) == (date(2026, 6, 8), date(2026, 6, 14))
    assert week.previous().start == date(2026, 6, 1)
    month = report_period(ReportKind.MONTHLY, day)
    assert (month.start, month.end, month.previous().start) == (
        date(2026, 6, 1), date(2026, 6, 30), date(2026, 5, 1))  # fmt: skip
    custom = report_period(ReportKind.CUSTOM, day, date(2026, 6, 1), date(2026, 6, 10))
    assert custom.previous().end == date(2026, 5, 31) and custom.previous().days == 10
    with pytest.raises(ValueError):
        report_period(ReportKind.CUSTOM, day)


def test_monthly_team_figures_by_hand(db: Database, ids: dict[str, str]) -> None:
    data = build_report(db, JUNE)
    now, before = data.current, data.previous
    assert (now.won_count, now.won_value, now.lost_count, now.lost_value) == (3, 3900, 3, 3900)
    assert now.win_rate == 0.5
    assert (now.new_deals, now.pipeline_created) == (5, 10100)
    assert now.activities == {"call": 3, "email": 1, "meeting": 1, "message": 1}
    assert now.tasks_completed == 3
    assert (before.won_count, before.won_value, before.lost_count) == (1, 800, 0)
    assert before.win_rate == 1.0
    assert (before.new_deals, before.pipeline_created, before.activity_total) == (3, 2500, 1)
    assert before.tasks_completed == 1
    assert (data.quota.target, data.quota.won_value) == (7000, 3900)
    assert data.quota.attainment == pytest.approx(3900 / 7000)
    assert (data.open_count, data.open_value) == (1, 4000)
    assert [d.name for d in data.top_deals] == ["W2", "W1", "W3"]
    assert [(r.reason, r.count, r.value) for r in data.lost_reasons] == [
        ("Price", 2, 3700), (None, 1, 200)]  # fmt: skip
    assert [(d.name, d.reason) for d in data.lost_deals] == [
        ("L1", "Price"), ("L2", "Price"), ("L3", None)]  # fmt: skip


def test_leaderboard_ranks_every_active_rep(db: Database, ids: dict[str, str]) -> None:
    reps = build_report(db, JUNE).reps
    assert [(r.rank, r.name) for r in reps] == [(1, "Ann"), (2, "Bob"), (3, "Cid")]
    ann, bob, cid = (r.figures for r in reps)
    assert (ann.won_count, ann.won_value, ann.lost_count) == (2, 3400, 1)
    assert ann.win_rate == pytest.approx(2 / 3)
    assert (bob.new_deals, bob.pipeline_created, bob.tasks_completed) == (4, 7700, 1)
    assert bob.activities == {"call": 1, "email": 0, "meeting": 1, "message": 1}
    assert ann.activities == {"call": 2, "email": 1, "meeting": 0, "message": 0}
    assert (cid.won_value, cid.activity_total, reps[2].quota) == (0, 0, None)
    assert reps[0].quota is not None and reps[0].quota.attainment == pytest.approx(0.68)
    assert reps[1].quota is not None and reps[1].quota.attainment == pytest.approx(0.25)


def test_weekly_and_daily_reports_with_month_to_date_quota(
    db: Database, ids: dict[str, str]
) -> None:
    week = build_report(db, ReportRequest(ReportKind.WEEKLY, date(2026, 6, 10), today=TODAY))
    assert (week.current.won_count, week.current.won_value, week.current.lost_count) == (2, 2900, 2)
    assert (week.quota.period.start, week.quota.period.end) == (date(2026, 6, 1), date(2026, 6, 14))
    assert (week.quota.target, week.quota.won_value) == (7000, 3900)
    assert [p.activities for p in week.trend] == [0, 1, 2, 1, 0, 1, 0]  # Mon 06-08 .. Sun
    day = build_report(db, ReportRequest(ReportKind.DAILY, date(2026, 6, 10), today=TODAY))
    assert (day.current.won_value, day.current.activity_total, day.previous.activity_total) == (
        2400, 2, 1)  # fmt: skip


def test_one_reps_report(db: Database, ids: dict[str, str]) -> None:
    request = ReportRequest(ReportKind.MONTHLY, date(2026, 6, 10), owner_id=ids["Bob"], today=TODAY)
    data = build_report(db, request)
    assert data.owner_name == "Bob" and not data.is_team and data.reps == ()
    assert (data.current.won_value, data.current.lost_value, data.current.new_deals) == (
        500,
        3200,
        4,
    )
    assert (data.quota.target, data.quota.attainment) == (2000, 0.25)
    assert [d.name for d in data.lost_deals] == ["L1", "L3"]


@pytest.mark.parametrize(
    ("kind", "rep"),
    [(ReportKind.DAILY, None), (ReportKind.WEEKLY, "Ann"), (ReportKind.MONTHLY, None),
     (ReportKind.MONTHLY, "Bob")],
)  # fmt: skip
def test_figures_equal_the_dashboards(
    db: Database, ids: dict[str, str], kind: ReportKind, rep: str | None
) -> None:
    """One source of truth: the same period through the dashboard services gives the same."""
    owner = ids[rep] if rep else None
    data = build_report(db, ReportRequest(kind, date(2026, 6, 10), owner_id=owner, today=TODAY))
    metrics = MetricsService(db)
    for period, figures in ((data.period, data.current), (data.previous_period, data.previous)):
        filters = Filters(period.start, period.end, owner, today=TODAY)
        union = metrics.state_of_the_union(filters)
        assert (figures.won_count, figures.won_value) == (
            union.current.won_count, union.current.won_value)  # fmt: skip
        assert (figures.lost_count, figures.win_rate) == (
            union.current.lost_count, union.current.win_rate)  # fmt: skip
        pipegen = metrics.pipegen(filters)
        assert figures.pipeline_created == pipegen.created_value
        assert figures.new_deals == sum(s.count for s in pipegen.sources)
        assert figures.activity_total == metrics.activity(filters).total
    union = metrics.state_of_the_union(
        Filters(data.period.start, data.period.end, owner, today=TODAY)
    )
    assert (data.open_value, data.open_count) == (
        union.current.open_value,
        union.current.open_count,
    )
    quota_filters = Filters(data.quota.period.start, data.quota.period.end, owner, today=TODAY)
    board = {row.owner_id: row for row in metrics.state_of_the_union(quota_filters).leaderboard}
    for rep_row in data.reps:
        if rep_row.quota is not None:
            assert rep_row.quota.attainment == board[rep_row.owner_id].attainment
    if owner:
        assert data.quota.target == board[owner].quota


def test_figures_equal_the_dashboards_on_demo_data(db: Database) -> None:
    from crm_desktop.services.demo import DemoService, demo_size

    DemoService(db).generate(demo_size("small"), seed=7, today=TODAY)
    data = build_report(db, ReportRequest(ReportKind.MONTHLY, date(2026, 5, 20), today=TODAY))
    metrics = MetricsService(db)
    filters = Filters(date(2026, 5, 1), date(2026, 5, 31), today=TODAY)
    union = metrics.state_of_the_union(filters)
    activity = metrics.activity(filters)
    pipegen = metrics.pipegen(filters)
    assert data.current.won_value == union.current.won_value > 0
    assert data.current.activity_total == activity.total > 0
    assert data.current.pipeline_created == pipegen.created_value
    by_rep = {r.owner_id: r.counts for r in activity.per_rep}
    created = {r.owner_id: r.created for r in pipegen.reps}
    leaders = {r.owner_id: r for r in union.leaderboard}
    for rep in data.reps:
        assert rep.figures.activities == by_rep.get(rep.owner_id, rep.figures.activities)
        assert rep.figures.pipeline_created == pytest.approx(created.get(rep.owner_id, 0.0))
        if rep.owner_id in leaders:
            assert rep.figures.won_value == leaders[rep.owner_id].won_value
    assert data.current.lost_count == sum(r.count for r in data.lost_reasons)


def test_progress_and_cancel(db: Database, ids: dict[str, str]) -> None:
    seen: list[tuple[int, int]] = []
    build_report(db, JUNE, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(seen) == seen[-1][1]
    with pytest.raises(ReportCancelled):
        build_report(db, JUNE, cancelled=lambda: True)


def test_no_data_no_crash(db: Database) -> None:
    data = build_report(db, ReportRequest(ReportKind.DAILY, date(2026, 6, 10), today=TODAY))
    assert data.current.won_count == 0 and data.current.win_rate is None
    assert data.top_deals == () and data.lost_reasons == ()
