"""Figures read from the trigger-kept summaries (``storage/summaries.py``), money converted
per currency and day (or per currency for today's rate) instead of per deal.

Each function returns exactly what the same figure summed over the deals or activities gives
(tests/unit/test_metrics_summaries.py checks the summaries against the base tables); the
drill-down lists still come from the deal sets.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.services.metrics.base import (
    DEAL_FROM,
    PROBABILITY,
    DealSet,
    Filters,
    MetricsQuery,
    rate_sql,
)

#: Owner of a summary row back to the deal's form ('' is "nobody").
SUMMARY_OWNER = "NULLIF(c.owner_id, '')"
#: ``closed_figures`` keys made of the summary row's day alone (none, month).
DAY_KEYS = ("''", "substr(c.day, 1, 7)")


def _close_where(filters: Filters, outcomes: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    conditions = ["c.outcome IN (" + ", ".join(f"'{o}'" for o in outcomes) + ")"]
    params: dict[str, Any] = {}
    if filters.start is not None:
        conditions.append("c.day >= :c_start")
        params["c_start"] = filters.start.isoformat()
    if filters.end is not None:
        conditions.append("c.day <= :c_end")
        params["c_end"] = filters.end.isoformat()
    if filters.owner_id:
        conditions.append("c.owner_id = :c_owner")
        params["c_owner"] = filters.owner_id
    if filters.pipeline_id:
        conditions.append("c.pipeline_id = :c_pipe")
        params["c_pipe"] = filters.pipeline_id
    return " AND ".join(conditions), params


def closed_figures(
    query: MetricsQuery,
    filters: Filters,
    key: str = "''",
    outcomes: tuple[str, ...] = ("won", "lost"),
    *,
    counts_only: bool = False,
) -> list[Any]:
    """(key, outcome, count, value in base currency, sum of cycle days) of the deals closed
    in ``filters``' period, grouped by ``key`` (SQL over the summary row ``c``, e.g.
    ``SUMMARY_OWNER`` or ``substr(c.day, 1, 7)``). Converted at each close day's rate;
    ``counts_only``: value and days are 0 (no conversion)."""
    where, params = _close_where(filters, outcomes)
    value = "0" if counts_only else f"c.amount / 100.0 * {query.rate('c.day', 'c')}"
    source = f"deal_close_day c WHERE {where}"
    if key in DAY_KEYS:
        # Summed per day and outcome first, in primary-key order (no sort): the grouping by
        # ``key`` (a sort) then has one row per day and outcome.
        source = (
            "(SELECT c.day AS day, c.outcome AS outcome, SUM(c.n) AS n, "
            f"SUM({value}) AS amount, SUM(c.cycle_days) AS cycle_days FROM {source} "
            "GROUP BY c.day, c.outcome) c"
        )
        value = "c.amount"
    if counts_only:
        return query.rows(
            f"SELECT {key}, c.outcome, SUM(c.n), 0, 0 FROM {source} GROUP BY 1, 2", params
        )
    # Each summary row is converted at its day's rate (one CASE, ``MetricsQuery.rate``).
    return query.rows(
        f"SELECT {key}, c.outcome, SUM(c.n), COALESCE(SUM({value}), 0), "
        f"COALESCE(SUM(c.cycle_days), 0) FROM {source} GROUP BY 1, 2",
        params,
    )


def open_figures(query: MetricsQuery, deal_set: DealSet, key: str = "''") -> list[Any]:
    """(key, count, value, weighted value) of the open deals of ``deal_set`` grouped by
    ``key`` (SQL over ``d``/``s``), converted once per currency at today's rate."""
    inner = (
        f"SELECT {key} AS k, d.currency AS currency, COUNT(*) AS n, SUM(d.amount) AS amount, "
        f"SUM(d.amount * {PROBABILITY}) AS weighted FROM {DEAL_FROM} "
        f"WHERE {deal_set.where()} GROUP BY 1, 2"
    )
    rate = rate_sql(":today", "g")
    sql = (
        f"SELECT k, SUM(n), COALESCE(SUM(g.amount / 100.0 * {rate}), 0), "
        f"COALESCE(SUM(g.weighted / 10000.0 * {rate}), 0) FROM ({inner}) g GROUP BY 1"
    )
    return query.rows(sql, deal_set.params)


#: ``open_figures_summary`` keys: SQL over a deal ``d`` -> the same over a summary row ``c``
OPEN_SUMMARY_KEYS = {"''": "''", "d.owner_id": SUMMARY_OWNER}


def open_figures_summary(query: MetricsQuery, filters: Filters, key: str = "''") -> list[Any]:
    """``open_figures(query, open_deals(filters), key)`` from the ``deal_open_sum`` summary
    (``key`` one of ``OPEN_SUMMARY_KEYS``): the stage's probability is joined here, so a
    changed stage probability needs no summary update."""
    conditions = ["1"]
    params: dict[str, Any] = {}
    if filters.owner_id:
        conditions.append("c.owner_id = :o_owner")
        params["o_owner"] = filters.owner_id
    if filters.pipeline_id:
        conditions.append("c.pipeline_id = :o_pipe")
        params["o_pipe"] = filters.pipeline_id
    inner = (
        f"SELECT {OPEN_SUMMARY_KEYS[key]} AS k, c.currency AS currency, SUM(c.n) AS n, "
        "SUM(c.amount) AS amount, SUM(c.weighted_own + c.amount_stage_p * "
        "COALESCE(s.probability, 0)) AS weighted FROM deal_open_sum c "
        "LEFT JOIN stage s ON s.id = NULLIF(c.stage_id, '') "
        f"WHERE {' AND '.join(conditions)} GROUP BY 1, 2"
    )
    rate = rate_sql(":today", "g")
    sql = (
        f"SELECT k, SUM(n), COALESCE(SUM(g.amount / 100.0 * {rate}), 0), "
        f"COALESCE(SUM(g.weighted / 10000.0 * {rate}), 0) FROM ({inner}) g GROUP BY 1"
    )
    return query.rows(sql, params)


def today_rates() -> str:
    """A CTE ``rates(currency, rate)``: today's rate of every currency with a rate.

    Joined to open deals (``LEFT JOIN rates r ON r.currency = d.currency``) it gives each
    one's rate without a subquery per deal; the base currency needs none (see ``TODAY_VALUE``).
    """
    return (
        "rates AS MATERIALIZED (SELECT g.currency AS currency, "
        f"{rate_sql(':today', 'g')} AS rate FROM "
        "(SELECT DISTINCT code AS currency FROM currency_rate) g)"
    )


#: An open deal's value with ``today_rates`` joined as ``r``.
TODAY_VALUE = "(d.amount / 100.0 * (CASE WHEN d.currency = :base THEN 1.0 ELSE r.rate END))"


def activity_counts(
    query: MetricsQuery, filters: Filters, types: tuple[str, ...], weekly_expr: str | None
) -> list[Any]:
    """(day or week start, owner, type, count) of the live activities in the period."""
    conditions = ["c.type IN (" + ", ".join(f"'{t}'" for t in types) + ")"]
    params: dict[str, Any] = {}
    if filters.start is not None:
        conditions.append("c.day >= :a_start")
        params["a_start"] = filters.start.isoformat()
    if filters.end is not None:
        conditions.append("c.day <= :a_end")
        params["a_end"] = filters.end.isoformat()
    if filters.owner_id:
        conditions.append("c.owner_id = :a_owner")
        params["a_owner"] = filters.owner_id
    bucket = weekly_expr.replace("{day}", "c.day") if weekly_expr else "c.day"
    sql = (
        f"SELECT {bucket}, {SUMMARY_OWNER}, c.type, SUM(c.n) FROM activity_day c "
        f"WHERE {' AND '.join(conditions)} GROUP BY 1, 2, 3"
    )
    return query.rows(sql, params)
