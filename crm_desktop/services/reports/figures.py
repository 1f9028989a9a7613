"""The few report figures no dashboard shows, on the dashboards' SQL helpers and deal sets."""

from __future__ import annotations

from crm_desktop.services.metrics.base import (
    CLOSED_VALUE,
    DEAL_FROM,
    MetricsQuery,
    closed_deals,
    created_deals,
    money,
    period_conditions,
)
from crm_desktop.services.metrics.pipegen import CREATED_VALUE
from crm_desktop.services.reports.model import LostDeal, LostReason

LOST_LIMIT = 10


def created_by_owner(query: MetricsQuery) -> dict[str | None, tuple[int, float]]:
    """Deals created in the period per owner: (count, value) - Pipe Gen's deal set and value."""
    rows = query.deal_aggregate(
        created_deals(query.filters),
        f"d.owner_id, COUNT(*), COALESCE(SUM({CREATED_VALUE}), 0)",
        "1",
    )
    return {row[0]: (int(row[1]), money(row[2])) for row in rows}


def tasks_done_by_owner(query: MetricsQuery) -> dict[str | None, int]:
    """Live tasks marked done in the period, per owner."""
    conditions, params = period_conditions("t.done_at", query.filters, "t")
    if query.filters.owner_id:
        conditions.append("t.owner_id = :t_owner")
        params["t_owner"] = query.filters.owner_id
    where = " AND ".join(["t.deleted_at IS NULL", "t.done_at IS NOT NULL", *conditions])
    rows = query.rows(f"SELECT t.owner_id, COUNT(*) FROM task t WHERE {where} GROUP BY 1", params)
    return {row[0]: int(row[1]) for row in rows}


def lost_deals(query: MetricsQuery, limit: int = LOST_LIMIT) -> list[LostDeal]:
    """The biggest deals lost in the period, with their reasons."""
    lost = closed_deals(query.filters, "lost")
    sql = (
        f"SELECT d.name, u.name, {CLOSED_VALUE}, d.lost_reason FROM {DEAL_FROM} "
        f"LEFT JOIN user u ON u.id = d.owner_id WHERE {lost.where()} "
        "ORDER BY 3 DESC, d.name LIMIT :limit"
    )
    rows = query.rows(sql, {**lost.params, "limit": limit})
    return [
        LostDeal(r[0], r[1], None if r[2] is None else round(r[2], 2), _reason(r[3])) for r in rows
    ]


def lost_reasons(query: MetricsQuery) -> list[LostReason]:
    """Deals lost in the period per reason (no reason: ``None``), most frequent first."""
    lost = closed_deals(query.filters, "lost")
    rows = query.deal_aggregate(
        lost, f"NULLIF(TRIM(d.lost_reason), ''), COUNT(*), COALESCE(SUM({CLOSED_VALUE}), 0)", "1"
    )
    reasons = [LostReason(r[0], int(r[1]), money(r[2])) for r in rows]
    return sorted(reasons, key=lambda r: (-r.count, -r.value, r.reason is None, r.reason or ""))


def _reason(text: str | None) -> str | None:
    return text.strip() or None if text else None
