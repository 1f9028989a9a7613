"""State of the union: this period vs the last, pipeline, leaderboard, top deals, trend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    DealSet,
    Filters,
    MetricsQuery,
    closed_deals,
    money,
    open_deals,
)
from crm_desktop.services.metrics.drill import DealRow, open_deal_rows
from crm_desktop.services.metrics.kpis import Kpis, OwnerKpis, kpis, kpis_and_owners
from crm_desktop.services.metrics.periods import Period, last_months, month_starts
from crm_desktop.services.metrics.quota import targets_by_owner
from crm_desktop.services.metrics.summary import closed_figures

TOP_DEALS = 10
TREND_MONTHS = 12


@dataclass(frozen=True)
class LeaderRow:
    owner_id: str | None
    name: str | None
    won_value: float
    won_count: int
    win_rate: float | None
    quota: float
    attainment: float | None


@dataclass(frozen=True)
class MonthPoint:
    month: date
    won_count: int
    won_value: float
    lost_count: int
    lost_value: float


@dataclass(frozen=True)
class UnionData:
    current: Kpis
    previous: Kpis | None
    leaderboard: tuple[LeaderRow, ...]
    top_open: tuple[DealRow, ...]
    trend: tuple[MonthPoint, ...]


def leaderboard(query: MetricsQuery, owners: list[OwnerKpis]) -> list[LeaderRow]:
    quotas = targets_by_owner(query)
    rows = [
        LeaderRow(
            o.owner_id,
            o.name,
            o.kpis.won_value,
            o.kpis.won_count,
            o.kpis.win_rate,
            quotas.get(o.owner_id, 0.0),
            m.attainment(o.kpis.won_value, quotas.get(o.owner_id, 0.0)),
        )
        for o in owners
        if o.owner_id is not None
    ]
    return sorted(rows, key=lambda r: (-r.won_value, (r.name or "").casefold()))


def trend_period(filters: Filters) -> Period:
    """The months the won/lost trend shows: the 12 months up to the period's end (or today)."""
    end = min(filters.end, filters.as_of()) if filters.end else filters.as_of()
    return last_months(end, TREND_MONTHS)


def month_deal_set(filters: Filters, outcome: str, month: date) -> DealSet:
    """Deals won/lost in ``month`` (drill-down of one trend point)."""
    period = last_months(month, 1)
    return closed_deals(filters.with_period(period.start, period.end), outcome)


def trend(query: MetricsQuery) -> list[MonthPoint]:
    period = trend_period(query.filters)
    filters = query.filters.with_period(period.start, period.end)
    by_month: dict[str, dict[str, tuple[int, float]]] = {}
    rows = closed_figures(query, filters, "substr(c.day, 1, 7)")
    for month, outcome, count, value, _cycle in rows:
        by_month.setdefault(month, {})[outcome] = (int(count), money(value))
    points = []
    for start in month_starts(period.start, period.end):
        entry = by_month.get(start.isoformat()[:7], {})
        won, lost = entry.get("won", (0, 0.0)), entry.get("lost", (0, 0.0))
        points.append(MonthPoint(start, won[0], won[1], lost[0], lost[1]))
    return points


def state_of_the_union(query: MetricsQuery, previous: Filters | None) -> UnionData:
    current, owners = kpis_and_owners(query)
    before = None
    if previous is not None:  # only its closed figures are compared
        before = kpis(MetricsQuery(query.session, previous), with_open=False)
    return UnionData(
        current=current,
        previous=before,
        leaderboard=tuple(leaderboard(query, owners)),
        top_open=tuple(open_deal_rows(query, open_deals(query.filters), TOP_DEALS)),
        trend=tuple(trend(query)),
    )
