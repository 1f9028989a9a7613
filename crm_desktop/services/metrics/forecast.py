"""Forecast: open deals by expected close month and forecast category, weighted; vs quota."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    PROBABILITY,
    DealSet,
    Filters,
    MetricsQuery,
    money,
    open_deals,
)
from crm_desktop.services.metrics.periods import last_months, month_starts
from crm_desktop.services.metrics.quota import targets_by_owner, team_target
from crm_desktop.services.metrics.summary import SUMMARY_OWNER, closed_figures

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


def closing_figures(query: MetricsQuery) -> list[Any]:
    """(close month, category, owner, value, weighted value) of the open deals closing in the
    forecast window: the months and the per-owner weighted figures from one scan and sort."""
    value = query.value(":today")
    return query.deal_aggregate(
        closing_deal_set(query.filters),
        f"substr(d.expected_close_date, 1, 7), {CATEGORY}, d.owner_id, "
        f"COALESCE(SUM({value}), 0), COALESCE(SUM({value} * {PROBABILITY} / 100.0), 0)",
        "1, 2, 3",
    )


def forecast_months(query: MetricsQuery, closing: list[Any] | None = None) -> list[ForecastMonth]:
    values: dict[str, dict[str, float]] = {}
    weighted: dict[str, float] = {}
    rows = closing_figures(query) if closing is None else closing
    for month, category, _owner, value, weight in rows:
        by_category = values.setdefault(month, {})
        by_category[category] = by_category.get(category, 0.0) + value
        weighted[month] = weighted.get(month, 0.0) + weight
    start, end = forecast_window(query.filters)
    return [
        ForecastMonth(
            first,
            {c: money(values.get(first.isoformat()[:7], {}).get(c)) for c in CATEGORIES},
            money(weighted.get(first.isoformat()[:7], 0.0)),
        )
        for first in month_starts(start, end)
    ]


def _weighted_by_owner(closing: list[Any]) -> dict[str | None, float]:
    weighted: dict[str | None, float] = {}
    for _month, _category, owner, _value, weight in closing:
        weighted[owner] = weighted.get(owner, 0.0) + weight
    return {owner: money(value) for owner, value in weighted.items()}


def won_by_owner(query: MetricsQuery) -> dict[str | None, float]:
    """Value won in the period per owner (``closed_deals(filters, "won")``), unrounded, from
    the ``deal_close_day`` summary."""
    rows = closed_figures(query, query.filters, SUMMARY_OWNER, ("won",))
    return {r[0]: float(r[3]) for r in rows}


def quota_rows(
    query: MetricsQuery,
    won_values: dict[str | None, float] | None = None,
    closing: list[Any] | None = None,
) -> list[QuotaRow]:
    quotas = targets_by_owner(query)
    values = won_by_owner(query) if won_values is None else won_values
    won = {owner: money(value) for owner, value in values.items()}
    weighted = _weighted_by_owner(closing_figures(query) if closing is None else closing)
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
    closing = closing_figures(query)
    months = forecast_months(query, closing)
    won = won_by_owner(query)
    rows = quota_rows(query, won, closing)
    return ForecastData(
        months=tuple(months),
        won_so_far=money(sum(won.values())),
        team_quota=team_target(query),
        team_weighted_open=money(sum(mo.weighted for mo in months)),
        quota_rows=tuple(rows),
    )
