"""Gather a report's figures in one read session, step by step (progress, cancel)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from crm_desktop.domain import metrics as m
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.metrics.activity import TYPES, ActivityData, activity
from crm_desktop.services.metrics.base import Filters, MetricsQuery, closed_deals
from crm_desktop.services.metrics.drill import deal_rows
from crm_desktop.services.metrics.kpis import Kpis, kpis_and_owners
from crm_desktop.services.metrics.periods import Period, PeriodKind, period_containing
from crm_desktop.services.metrics.quota import team_target
from crm_desktop.services.metrics.union import LeaderRow, leaderboard, state_of_the_union
from crm_desktop.services.reports import figures as f
from crm_desktop.services.reports.model import (
    Figures,
    Quota,
    ReportData,
    ReportKind,
    ReportRequest,
    RepRow,
    TrendPoint,
)
from crm_desktop.storage.database import Database

TOP_DEALS = 5
STEPS = 6
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
NO_KPIS = Kpis(
    won_count=0,
    lost_count=0,
    won_value=0.0,
    lost_value=0.0,
    win_rate=None,
    win_rate_value=None,
    open_count=0,
    open_value=0.0,
    weighted_open_value=0.0,
    avg_won_deal_size=None,
    sales_cycle_days=None,
    sales_velocity=None,
)


class ReportCancelled(CrmError):
    """The user stopped the report before it was ready."""


@dataclass
class _PeriodFigures:
    """The raw per-owner figures of one period."""

    kpis: Kpis
    activity: ActivityData
    created: dict[str | None, tuple[int, float]]
    tasks: dict[str | None, int]

    def team(self) -> Figures:
        counts = dict.fromkeys(TYPES, 0)
        for rep in self.activity.per_rep:
            for kind, count in rep.counts.items():
                counts[kind] += count
        return _figures(
            self.kpis,
            counts,
            (sum(c for c, _ in self.created.values()), sum(v for _, v in self.created.values())),
            sum(self.tasks.values()),
        )


def _figures(
    kpis: Kpis, activities: dict[str, int], created: tuple[int, float], tasks: int
) -> Figures:
    return Figures(
        won_count=kpis.won_count,
        won_value=kpis.won_value,
        lost_count=kpis.lost_count,
        lost_value=kpis.lost_value,
        win_rate=kpis.win_rate,
        new_deals=created[0],
        pipeline_created=round(created[1], 2),
        activities=activities,
        tasks_completed=tasks,
    )


def full_trend(period: Period, data: ActivityData) -> list[TrendPoint]:
    """Activities per day (per week from Monday, for long periods), quiet days included."""
    totals = {p.day: sum(p.counts.values()) for p in data.trend}
    step = timedelta(days=7 if data.weekly else 1)
    day = period.start - timedelta(days=period.start.weekday()) if data.weekly else period.start
    points = []
    while day <= period.end:
        points.append(TrendPoint(day, totals.get(day, 0)))
        day += step
    return points


def quota_period(request: ReportRequest, period: Period) -> Period:
    """Daily and weekly reports show the month to date: quotas are monthly or longer."""
    if request.kind in (ReportKind.MONTHLY, ReportKind.CUSTOM):
        return period
    month = period_containing(PeriodKind.MONTH, period.end)
    return Period(month.start, period.end)


class _Builder:
    def __init__(self, db: Database, request: ReportRequest, progress: Progress | None,
                 cancelled: Cancelled | None) -> None:  # fmt: skip
        self.db = db
        self.request = request
        self.period = request.period()
        self.filters = Filters(
            self.period.start, self.period.end, request.owner_id, today=request.today
        )
        self._progress = progress
        self._cancelled = cancelled
        self._step = 0

    def step(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled("the report was cancelled")
        self._step += 1
        if self._progress is not None:
            self._progress(self._step, STEPS)

    def period_figures(self, query: MetricsQuery, kpis: Kpis) -> _PeriodFigures:
        result = _PeriodFigures(kpis, activity(query), {}, {})
        result.created = f.created_by_owner(query)
        result.tasks = f.tasks_done_by_owner(query)
        self.step()
        return result

    def build(self) -> ReportData:
        with self.db.session(write=False) as session:
            query = MetricsQuery(session, self.filters)
            previous_period = self.period.previous()
            previous_filters = self.filters.with_period(previous_period.start, previous_period.end)
            self.step()
            union = state_of_the_union(query, previous_filters)
            self.step()
            now = self.period_figures(query, union.current)
            before_kpis = union.previous or NO_KPIS
            before = self.period_figures(MetricsQuery(session, previous_filters), before_kpis)
            quota, leaders = self.quotas(session)
            self.step()
            names = {r[0]: r[1] for r in query.rows("SELECT id, name FROM user")}
            top = deal_rows(query, closed_deals(self.filters, "won"), TOP_DEALS)
            lost, reasons = f.lost_deals(query), f.lost_reasons(query)
            reps = self.rep_rows(query, now, leaders) if self.request.owner_id is None else []
            self.step()
            return ReportData(
                request=self.request,
                period=self.period,
                previous_period=previous_period,
                owner_name=names.get(self.request.owner_id) if self.request.owner_id else None,
                currency=query.base,
                generated_at=datetime.now(UTC),
                current=now.team(),
                previous=before.team(),
                quota=quota,
                open_value=union.current.open_value,
                open_count=union.current.open_count,
                reps=tuple(reps),
                top_deals=tuple(top),
                lost_deals=tuple(lost),
                lost_reasons=tuple(reasons),
                trend=tuple(full_trend(self.period, now.activity)),
                weekly_trend=now.activity.weekly,
            )

    def quotas(self, session: Session) -> tuple[Quota, dict[str | None, LeaderRow]]:
        """The quota figures: the dashboards' leaderboard and team target for the quota days."""
        days = quota_period(self.request, self.period)
        query = MetricsQuery(session, self.filters.with_period(days.start, days.end))
        team, owners = kpis_and_owners(query)
        target = team_target(query)
        quota = Quota(days, target, team.won_value, m.attainment(team.won_value, target))
        return quota, {row.owner_id: row for row in leaderboard(query, owners)}

    def rep_rows(
        self, query: MetricsQuery, now: _PeriodFigures, leaders: dict[str | None, LeaderRow]
    ) -> list[RepRow]:
        """Every active rep and every owner with figures, ranked by won value then activity."""
        users = query.rows("SELECT id, name, active, deleted_at FROM user")
        names = {r[0]: r[1] for r in users}
        owner_kpis = {o.owner_id: o.kpis for o in kpis_and_owners(query)[1]}
        activity_by = {r.owner_id: r.counts for r in now.activity.per_rep}
        owners = {r[0] for r in users if r[2] and r[3] is None}
        owners |= {*owner_kpis, *activity_by, *now.created, *now.tasks}
        rows = []
        for owner in (o for o in owners if o is not None):
            kpis = owner_kpis.get(owner) or NO_KPIS
            figures = _figures(
                kpis,
                {**dict.fromkeys(TYPES, 0), **activity_by.get(owner, {})},
                now.created.get(owner, (0, 0.0)),
                now.tasks.get(owner, 0),
            )
            leader = leaders.get(owner)
            days = quota_period(self.request, self.period)
            quota = None if leader is None or not leader.quota else Quota(
                days, leader.quota, leader.won_value, leader.attainment
            )  # fmt: skip
            rows.append((owner, names.get(owner) or "?", figures, quota))
        return ranked(rows)


def _rank_key(row: tuple[str, str, Figures, Quota | None]) -> tuple[float, int, int]:
    figures = row[2]
    return (-figures.won_value, -figures.won_count, -figures.activity_total)


def ranked(rows: list[tuple[str, str, Figures, Quota | None]]) -> list[RepRow]:
    """Best first; reps with the same won value, won count and activity share a rank."""
    rows = sorted(rows, key=lambda r: (*_rank_key(r), r[1].casefold()))
    result: list[RepRow] = []
    for position, row in enumerate(rows, start=1):
        same = result and _rank_key(row) == _rank_key(rows[position - 2])
        rank = result[-1].rank if same else position
        result.append(RepRow(rank, row[0], row[1], row[2], row[3]))
    return result


def build_report(
    db: Database,
    request: ReportRequest,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportData:
    """The report's figures; raises ``ReportCancelled`` when ``cancelled()`` turns true."""
    return _Builder(db, request, progress, cancelled).build()
