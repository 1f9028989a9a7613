"""Targets in a period, summed in SQL: revenue quotas and pipeline-generation goals.

A target counts for a period when it starts inside it (a monthly quota counts for its month,
its quarter and its year). Targets without an owner are team targets.
"""

from __future__ import annotations

from crm_desktop.services.metrics.base import Filters, MetricsQuery, money


def _conditions(filters: Filters, kind: str) -> tuple[str, dict[str, object]]:
    conditions = ["t.deleted_at IS NULL", "t.kind = :kind"]
    params: dict[str, object] = {"kind": kind}
    if filters.start is not None:
        conditions.append("t.period_start >= :t_start")
        params["t_start"] = filters.start.isoformat()
    if filters.end is not None:
        conditions.append("t.period_start <= :t_end")
        params["t_end"] = filters.end.isoformat()
    return " AND ".join(conditions), params


def targets_by_owner(query: MetricsQuery, kind: str = "revenue") -> dict[str | None, float]:
    """Sum of targets per owner (``None``: team targets) starting in the period."""
    where, params = _conditions(query.filters, kind)
    if query.filters.owner_id:
        where += " AND t.owner_id = :t_owner"
        params["t_owner"] = query.filters.owner_id
    sql = f"SELECT t.owner_id, SUM(t.amount) / 100.0 FROM target t WHERE {where} GROUP BY 1"
    return {row[0]: money(row[1]) for row in query.rows(sql, params)}


def team_target(query: MetricsQuery, kind: str = "revenue") -> float:
    """The team's target: its own (ownerless) target, else the sum of the reps' targets."""
    targets = targets_by_owner(query, kind)
    if query.filters.owner_id:
        return targets.get(query.filters.owner_id, 0.0)
    if targets.get(None):
        return targets[None]
    return money(sum(v for k, v in targets.items() if k is not None))
