"""Conversion and customers: win rate, deal size, cycle, velocity, sources, NPS, churn."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    CLOSE_DAY,
    Filters,
    MetricsQuery,
    closed_deals,
    created_deals,
    money,
    period_conditions,
)
from crm_desktop.services.metrics.kpis import Kpis, kpis


@dataclass(frozen=True)
class SourceEffect:
    source_id: str | None
    name: str | None
    leads: int
    deals: int
    won_count: int
    won_value: float
    lead_to_deal: float | None
    deal_to_won: float | None


@dataclass(frozen=True)
class NpsFigures:
    promoters: int
    passives: int
    detractors: int
    score: float | None


@dataclass(frozen=True)
class ChurnFigures:
    customers_at_start: int
    lost: int
    churn_rate: float | None
    retention_rate: float | None


@dataclass(frozen=True)
class ConversionData:
    kpis: Kpis
    sources: tuple[SourceEffect, ...]
    nps: NpsFigures
    churn: ChurnFigures


def _counts_by_source(query: MetricsQuery, sql: str, params: dict[str, object]) -> dict[Any, Any]:
    return {r[0]: tuple(r[1:]) for r in query.rows(sql, params)}


def source_effectiveness(query: MetricsQuery) -> list[SourceEffect]:
    filters = query.filters
    lead_cond, lead_params = period_conditions("c.created_at", filters, "l")
    if filters.owner_id:
        lead_cond.append("c.owner_id = :l_owner")
        lead_params["l_owner"] = filters.owner_id
    lead_where = " AND ".join(["c.deleted_at IS NULL", *lead_cond])
    leads = _counts_by_source(
        query,
        f"SELECT c.source_id, COUNT(*) FROM contact c WHERE {lead_where} GROUP BY 1",
        lead_params,
    )
    deals = dict(query.deal_aggregate(created_deals(filters), "d.source_id, COUNT(*)", "1"))
    won = {
        r[0]: (int(r[1]), money(r[2]))
        for r in query.deal_aggregate(
            closed_deals(filters, "won"),
            f"d.source_id, COUNT(*), COALESCE(SUM({query.value(CLOSE_DAY)}), 0)",
            "1",
        )
    }
    names = {r[0]: r[1] for r in query.rows("SELECT id, name FROM source")}
    result = []
    for source in {*leads, *deals, *won}:
        lead_count = int(leads.get(source, (0,))[0])
        deal_count = int(deals.get(source, 0))
        won_count, won_value = won.get(source, (0, 0.0))
        result.append(
            SourceEffect(
                source,
                names.get(source),
                lead_count,
                deal_count,
                won_count,
                won_value,
                m.conversion(deal_count, lead_count),
                m.conversion(won_count, deal_count),
            )
        )
    return sorted(result, key=lambda s: (-s.won_value, s.name is None, s.name or ""))


def nps(query: MetricsQuery) -> NpsFigures:
    cond, params = period_conditions("n.responded_at", query.filters, "n")
    where = " AND ".join(["n.deleted_at IS NULL", *cond])
    row = query.rows(
        "SELECT COALESCE(SUM(n.score >= 9), 0), COALESCE(SUM(n.score BETWEEN 7 AND 8), 0), "
        f"COALESCE(SUM(n.score <= 6), 0) FROM nps_response n WHERE {where}",
        params,
    )[0]
    promoters, passives, detractors = (int(v) for v in row)
    return NpsFigures(
        promoters, passives, detractors, m.net_promoter_score(promoters, passives, detractors)
    )


def churn(query: MetricsQuery) -> ChurnFigures:
    """Customers at the period's start (ever, without a start) and how many churned in it."""
    filters: Filters = query.filters
    params = {
        "c_start": filters.start.isoformat() if filters.start else "0000-01-01",
        "c_end": filters.end.isoformat() if filters.end else "9999-12-31",
    }
    at_start = ""
    if filters.start:
        at_start = (
            "AND c.customer_since < :c_start AND (c.churned_at IS NULL OR c.churned_at >= :c_start)"
        )
    # One pass over the table: without planner statistics SQLite would walk the list's
    # partial name index (live rows) and read every row through it, 3x slower.
    row = query.rows(
        "SELECT COUNT(*), COALESCE(SUM(c.churned_at BETWEEN :c_start AND :c_end), 0) "
        "FROM company c NOT INDEXED "
        f"WHERE c.deleted_at IS NULL AND c.customer_since IS NOT NULL {at_start}",
        params,
    )[0]
    customers, lost = int(row[0]), int(row[1])
    return ChurnFigures(
        customers, lost, m.churn_rate(lost, customers), m.retention_rate(lost, customers)
    )


def conversion(query: MetricsQuery) -> ConversionData:
    return ConversionData(
        kpis=kpis(query),
        sources=tuple(source_effectiveness(query)),
        nps=nps(query),
        churn=churn(query),
    )
