"""Drill-down: the deals behind a figure, from the same ``DealSet`` that computed it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from crm_desktop.services.metrics.base import (
    DEAL_FROM,
    DEAL_VALUE,
    PROBABILITY,
    DealSet,
    MetricsQuery,
)

DRILL_LIMIT = 5000


@dataclass(frozen=True)
class DealRow:
    id: str
    name: str
    owner_name: str | None
    stage_name: str | None
    outcome: str
    #: in the base currency (None when the deal has no amount)
    value: float | None
    currency: str
    probability: int
    expected_close_date: date | None
    closed_on: date | None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def deal_rows(query: MetricsQuery, deal_set: DealSet, limit: int = DRILL_LIMIT) -> list[DealRow]:
    """The deals of ``deal_set``, biggest first (at most ``limit``).

    A first pass over the values only (covering indexes, no row reads) finds the ``limit``-th
    biggest value; only the deals worth at least that much (all of them when it is NULL: fewer
    deals or NULL values) are read whole and sorted by value and name.
    """
    values = f"SELECT d.rowid AS rid, {DEAL_VALUE} AS val FROM {DEAL_FROM} WHERE {deal_set.where()}"
    cut = "(SELECT val FROM v ORDER BY val DESC LIMIT 1 OFFSET :limit - 1)"
    sql = (
        f"WITH v AS ({values}) "
        f"SELECT d.id, d.name, u.name, s.name, d.outcome, {DEAL_VALUE}, d.currency, "
        f"{PROBABILITY}, d.expected_close_date, d.closed_at "
        f"FROM {DEAL_FROM} LEFT JOIN user u ON u.id = d.owner_id "
        f"WHERE d.rowid IN (SELECT rid FROM v WHERE {cut} IS NULL OR val >= {cut}) "
        "ORDER BY 6 DESC, d.name LIMIT :limit"
    )
    return _deal_rows(query.rows(sql, {**deal_set.params, "limit": limit}))


def _deal_rows(rows: list[Any]) -> list[DealRow]:
    return [
        DealRow(
            id=r[0],
            name=r[1],
            owner_name=r[2],
            stage_name=r[3],
            outcome=r[4],
            value=None if r[5] is None else round(r[5], 2),
            currency=r[6],
            probability=int(r[7]),
            expected_close_date=_day(r[8]),
            closed_on=_day(r[9]),
        )
        for r in rows
    ]


def open_deal_rows(
    query: MetricsQuery, deal_set: DealSet, limit: int = DRILL_LIMIT
) -> list[DealRow]:
    """``deal_rows`` of a set of open deals only: one pass keeps the ``limit`` biggest (a
    top-``limit`` sort over a covering index, each value converted at today's rate with
    ``MetricsQuery.value``); only those are read whole."""
    value = query.value(":today")
    top = (
        f"SELECT d.rowid AS rid, {value} AS val, d.name AS name FROM {DEAL_FROM} "
        f"WHERE {deal_set.where()} ORDER BY val DESC, name LIMIT :limit"
    )
    sql = (
        f"WITH top AS ({top}) "
        "SELECT d.id, d.name, u.name, s.name, d.outcome, top.val, d.currency, "
        f"{PROBABILITY}, d.expected_close_date, d.closed_at "
        "FROM top CROSS JOIN deal d ON d.rowid = top.rid LEFT JOIN stage s ON s.id = d.stage_id "
        "LEFT JOIN user u ON u.id = d.owner_id ORDER BY top.val DESC, top.name"
    )
    return _deal_rows(query.rows(sql, {**deal_set.params, "limit": limit}))


def deal_count(query: MetricsQuery, deal_set: DealSet) -> int:
    return int(query.deal_aggregate(deal_set, "COUNT(*)")[0][0])
