"""Forecast: open deals by expected close month and forecast category, weighted; vs quota."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    CLOSED_VALUE,
    OPEN_VALUE,
    PROBABILITY,
    DealSet,
    Filters,
    MetricsQuery,
    closed_deals,
    money,
    open_deals,
)
from crm_desktop.services.metrics.periods import last_months, month_starts
from crm_desktop.services.metrics.quota import targets_by_owner, team_target

#: Forecast categories shown, in order (closed and omitted deals are not forecast).
CATEGORIES = ("commit", "best_case", "pipeline")
CATEGORY = "COALESCE(s.forecast_category, 'pipeline')"


@dataclass(frozen=True)
class ForecastMonth:
    month: date
    #: category -> value of the open deals expected to close that month
    by_category: dict[str, float]
    weighted: float


@dataclass(frozen=True)
class QuotaRow:
    owner_id: str | None
    name: str | None
    quota: float
    won: float
    weighted_open: float
    attainment: float | None
    #: (won + weighted open) / quota
    projected_attainment: float | None


@dataclass(frozen=True)
class ForecastData:
    months: tuple[ForecastMonth, ...]
    won_so_far: float
    team_quota: float
    team_weighted_open: float
    quota_rows: tuple[QuotaRow, ...]


def forecast_window(filters: Filters) -> tuple[date, date]:
    """Close dates the forecast covers: the period, else the next three months."""
    today = filters.as_of()
    start = filters.start or today.replace(day=1)
    end = filters.end or (start + timedelta(days=92)).replace(day=1) - timedelta(days=1)
    return start, end


def closing_deal_set(filters: Filters, month: date | None = None, category: str = "") -> DealSet:
    """Open deals expected to close in the window (or in ``month``), of ``category`` if given."""
    start, end = forecast_window(filters)
    if month is not None:
        one = last_months(month, 1)
        start, end = max(start, one.start), min(end, one.end)
    deal_set = open_deals(filters).narrowed(
        "d.expected_close_date BETWEEN :f_start AND :f_end",
        f_start=start.isoformat(),
        f_end=end.isoformat(),
    )
    if category:
        deal_set = deal_set.narrowed(f"{CATEGORY} = :f_cat", f_cat=category)
    return deal_set


def forecast_months(query: MetricsQuery) -> list[ForecastMonth]:
    rows = query.deal_aggregate(
        closing_deal_set(query.filters),
        f"substr(d.expected_close_date, 1, 7), {CATEGORY}, COALESCE(SUM({OPEN_VALUE}), 0), "
        f"COALESCE(SUM({OPEN_VALUE} * {PROBABILITY} / 100.0), 0)",
        "1, 2",
    )
    values: dict[str, dict[str, float]] = {}
    weighted: dict[str, float] = {}
    for month, category, value, weight in rows:
        values.setdefault(month, {})[category] = money(value)
        weighted[month] = weighted.get(month, 0.0) + weight
    start, end = forecast_window(query.filters)
    return [
        ForecastMonth(
            first,
            {c: values.get(first.isoformat()[:7], {}).get(c, 0.0) for c in CATEGORIES},
            money(weighted.get(first.isoformat()[:7], 0.0)),
        )
        for first in month_starts(start, end)
    ]


def _per_owner(query: MetricsQuery, deal_set: DealSet, value: str) -> dict[str | None, float]:
    rows = query.deal_aggregate(deal_set, f"d.owner_id, COALESCE(SUM({value}), 0)", "1")
    return {r[0]: money(r[1]) for r in rows}


def quota_rows(query: MetricsQuery) -> list[QuotaRow]:
    quotas = targets_by_owner(query)
    won = _per_owner(query, closed_deals(query.filters, "won"), CLOSED_VALUE)
    weighted = _per_owner(
        query, closing_deal_set(query.filters), f"{OPEN_VALUE} * {PROBABILITY} / 100.0"
    )
    names = {r[0]: r[1] for r in query.rows("SELECT id, name FROM user")}
    owners = {o for o in (*quotas, *won, *weighted) if o is not None}
    rows = [
        QuotaRow(
            owner,
            names.get(owner),
            quotas.get(owner, 0.0),
            won.get(owner, 0.0),
            weighted.get(owner, 0.0),
            m.attainment(won.get(owner, 0.0), quotas.get(owner, 0.0)),
            m.attainment(won.get(owner, 0.0) + weighted.get(owner, 0.0), quotas.get(owner, 0.0)),
        )
        for owner in owners
    ]
    return sorted(rows, key=lambda r: (r.name or "").casefold())


def forecast(query: MetricsQuery) -> ForecastData:
    months = forecast_months(query)
    rows = quota_rows(query)
    won_row = query.deal_aggregate(
        closed_deals(query.filters, "won"), f"COALESCE(SUM({CLOSED_VALUE}), 0)"
    )[0]
    return ForecastData(
        months=tuple(months),
        won_so_far=money(won_row[0]),
        team_quota=team_target(query),
        team_weighted_open=money(sum(mo.weighted for mo in months)),
        quota_rows=tuple(rows),
    )
