"""What every dashboard query shares: filters, currency conversion in SQL, deal sets.

Queries are plain SQL over the stored forms (money in INTEGER hundredths, timestamps as
naive-UTC text, dates as 'YYYY-MM-DD'): the aggregates run in SQLite, never as Python loops.
A ``DealSet`` names the deals behind one figure; the figure and its drill-down list both come
from the same ``DealSet``, so the list always holds exactly the records counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.services.currency import base_currency

DEAL_FROM = "deal d LEFT JOIN stage s ON s.id = d.stage_id"
#: Probability of a deal in percent: its own override, else its stage's.
PROBABILITY = "COALESCE(d.probability, s.probability, 0)"
#: Days from creation to close of a closed deal.
CYCLE_DAYS = "(julianday(d.closed_at) - julianday(d.created_at))"
CLOSE_DAY = "substr(d.closed_at, 1, 10)"


@dataclass(frozen=True)
class Filters:
    """The common dashboard controls. Dates are inclusive; ``None`` means unbounded."""

    start: date | None = None
    end: date | None = None
    owner_id: str | None = None
    pipeline_id: str | None = None
    #: "Now" for open figures and currency rates (UTC today when not given).
    today: date | None = None

    def as_of(self) -> date:
        return self.today or datetime.now(UTC).date()

    def with_period(self, start: date | None, end: date | None) -> Filters:
        return replace(self, start=start, end=end)


def stored_day(day: date) -> str:
    """The stored text form of midnight UTC of ``day`` (timestamps compare as text)."""
    return day.isoformat() + " 00:00:00.000000"


def rate_sql(day_expr: str, alias: str = "d") -> str:
    """SQL for the base-currency value of one unit of ``alias.currency`` on ``day_expr``.

    Latest rate effective on that day; before the first known rate, the first rate; deals in
    the base currency (``:base``) need none. ``NULL`` when the currency has no rate at all.
    """
    rates = f"SELECT r.rate FROM currency_rate r WHERE r.code = {alias}.currency"
    return (
        f"(CASE WHEN {alias}.currency = :base THEN 1.0 ELSE COALESCE("
        f"({rates} AND r.effective_from <= {day_expr} ORDER BY r.effective_from DESC LIMIT 1),"
        f"({rates} ORDER BY r.effective_from LIMIT 1)) END)"
    )


def value_sql(day_expr: str, alias: str = "d") -> str:
    """A deal's amount in the base currency (NULL amount -> NULL)."""
    return f"({alias}.amount / 100.0 * {rate_sql(day_expr, alias)})"


#: Closed deals convert at the rate of their close day, open ones at today's (``:today``).
CLOSED_VALUE = value_sql(CLOSE_DAY)
OPEN_VALUE = value_sql(":today")
DEAL_VALUE = value_sql(f"(CASE WHEN d.outcome = 'open' THEN :today ELSE {CLOSE_DAY} END)")


@dataclass(frozen=True)
class DealSet:
    """A set of live deals: SQL conditions on ``d`` (deal) and ``s`` (its stage) + params."""

    conditions: tuple[str, ...]
    params: Mapping[str, Any] = field(default_factory=dict)

    def where(self) -> str:
        return " AND ".join(("d.deleted_at IS NULL", *self.conditions))

    def narrowed(self, condition: str, **params: Any) -> DealSet:
        return DealSet((*self.conditions, condition), {**self.params, **params})


def scope_conditions(filters: Filters) -> tuple[tuple[str, ...], dict[str, Any]]:
    """Owner and pipeline filters."""
    conditions: list[str] = []
    params: dict[str, Any] = {}
    if filters.owner_id:
        conditions.append("d.owner_id = :owner_id")
        params["owner_id"] = filters.owner_id
    if filters.pipeline_id:
        conditions.append("d.pipeline_id = :pipeline_id")
        params["pipeline_id"] = filters.pipeline_id
    return tuple(conditions), params


def period_conditions(
    column: str, filters: Filters, prefix: str = "p"
) -> tuple[list[str], dict[str, Any]]:
    """``column`` (a stored timestamp) within the filter's days."""
    conditions: list[str] = []
    params: dict[str, Any] = {}
    if filters.start is not None:
        conditions.append(f"{column} >= :{prefix}_start")
        params[f"{prefix}_start"] = stored_day(filters.start)
    if filters.end is not None:
        conditions.append(f"{column} < :{prefix}_end")
        params[f"{prefix}_end"] = stored_day(filters.end + timedelta(days=1))
    return conditions, params


def closed_deals(filters: Filters, outcome: str) -> DealSet:
    """Deals won (or lost) with ``closed_at`` in the period."""
    scope, params = scope_conditions(filters)
    period, period_params = period_conditions("d.closed_at", filters)
    return DealSet((f"d.outcome = '{outcome}'", *scope, *period), {**params, **period_params})


def closed_any(filters: Filters) -> DealSet:
    """Deals won or lost in the period: ``closed_deals`` of both outcomes together."""
    scope, params = scope_conditions(filters)
    period, period_params = period_conditions("d.closed_at", filters)
    return DealSet(("d.outcome IN ('won', 'lost')", *scope, *period), {**params, **period_params})


def open_deals(filters: Filters) -> DealSet:
    """Deals open now (the period does not apply)."""
    scope, params = scope_conditions(filters)
    return DealSet(("d.outcome = 'open'", *scope), params)


def created_deals(filters: Filters) -> DealSet:
    """Deals created in the period, whatever became of them (pipeline generation)."""
    scope, params = scope_conditions(filters)
    period, period_params = period_conditions("d.created_at", filters)
    return DealSet((*scope, *period), {**params, **period_params})


class MetricsQuery:
    """Runs metric SQL in one read session, with the base currency and today bound."""

    def __init__(self, session: Session, filters: Filters) -> None:
        self.session = session
        self.filters = filters
        self.base = base_currency(session)
        self.today = filters.as_of()
        self._rates: Any = None

    def rate(self, day_expr: str, alias: str = "d") -> str:
        """``rate_sql(day_expr, alias)`` as one CASE over the rates read once (``RateCase``):
        the same rate, without two subqueries per row."""
        if self._rates is None:
            from crm_desktop.services.metrics.rates import RateCase  # it imports this module

            self._rates = RateCase(self.session)
        return str(self._rates.sql(day_expr, alias))

    def value(self, day_expr: str, alias: str = "d") -> str:
        """``value_sql(day_expr, alias)`` with ``rate``."""
        return f"({alias}.amount / 100.0 * {self.rate(day_expr, alias)})"

    def params(self, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
        rates = self._rates.params if self._rates is not None else {}
        return {**rates, "base": self.base, "today": self.today.isoformat(), **(extra or {})}

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Any]:
        """Result rows (tuple-like; index them or unpack them)."""
        return list(self.session.execute(text(sql), self.params(params)).all())

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        return self.session.execute(text(sql), self.params(params)).one()

    def deal_aggregate(self, deal_set: DealSet, columns: str, group: str = "") -> list[Any]:
        """``SELECT columns FROM deal d LEFT JOIN stage s ... WHERE set [GROUP BY group]``."""
        sql = f"SELECT {columns} FROM {DEAL_FROM} WHERE {deal_set.where()}"
        if group:
            sql += f" GROUP BY {group}"
        return self.rows(sql, deal_set.params)


def money(value: float | None) -> float:
    """A summed amount rounded to cents (0 when nothing was summed)."""
    return round(float(value or 0.0), 2)
