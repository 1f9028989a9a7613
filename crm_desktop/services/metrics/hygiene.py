"""Clean your room: open deals that need fixing, and why."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.services.metrics.base import (
    DEAL_FROM,
    DealSet,
    Filters,
    MetricsQuery,
    open_deals,
)
from crm_desktop.services.metrics.pipeline_xray import STALE
from crm_desktop.services.metrics.summary import TODAY_VALUE, today_rates

HYGIENE_LIMIT = 2000
#: problem -> SQL condition on an open deal (``d``) and its stage (``s``)
PROBLEMS: dict[str, str] = {
    "past_close_date": "d.expected_close_date < :today",
    # open_task_due (kept by triggers) is NULL exactly when the deal has no open task
    "no_next_step": "(d.next_step IS NULL OR trim(d.next_step) = '') AND d.open_task_due IS NULL",
    "missing_amount": "d.amount IS NULL",
    "missing_close_date": "d.expected_close_date IS NULL",
    "rotting": STALE,
}


@dataclass(frozen=True)
class HygieneRow:
    id: str
    name: str
    owner_name: str | None
    stage_name: str | None
    value: float | None
    expected_close_date: str | None
    problems: tuple[str, ...]


@dataclass(frozen=True)
class HygieneData:
    counts: dict[str, int]
    rows: tuple[HygieneRow, ...]


def problem_deal_set(filters: Filters, problem: str) -> DealSet:
    return open_deals(filters).narrowed(PROBLEMS[problem])


def any_problem_deal_set(filters: Filters) -> DealSet:
    return open_deals(filters).narrowed(
        "(" + " OR ".join(f"({c})" for c in PROBLEMS.values()) + ")"
    )


def hygiene(query: MetricsQuery, limit: int = HYGIENE_LIMIT) -> HygieneData:
    """Counts per problem and the deals with at least one problem (most problems first).

    One scan of the open deals: the counts are window sums over every deal with a problem
    (computed before the LIMIT); the deals without one would only add zeros. The rows are
    ``any_problem_deal_set``. The inner ``LIMIT -1`` (no limit) keeps SQLite from pushing the
    outer WHERE into the subquery, which would evaluate every flag's subqueries again.
    """
    flags = ", ".join(f"COALESCE(({c}), 0) AS {name}" for name, c in PROBLEMS.items())
    totals = ", ".join(f"SUM({name}) OVER ()" for name in PROBLEMS)
    problems = " + ".join(PROBLEMS)
    deal_set = open_deals(query.filters)
    sql = (
        f"WITH {today_rates()} SELECT *, {totals} FROM (SELECT d.id, d.name, u.name, s.name, "
        f"{TODAY_VALUE} AS value, d.expected_close_date, {flags} FROM {DEAL_FROM} "
        "LEFT JOIN rates r ON r.currency = d.currency LEFT JOIN user u ON u.id = d.owner_id "
        f"WHERE {deal_set.where()} LIMIT -1) WHERE {problems} > 0 "
        f"ORDER BY ({problems}) DESC, value DESC, 2 LIMIT :limit"
    )
    result = query.rows(sql, {**deal_set.params, "limit": limit})
    count = len(PROBLEMS)
    rows = [
        HygieneRow(
            r[0],
            r[1],
            r[2],
            r[3],
            None if r[4] is None else round(r[4], 2),
            r[5],
            tuple(n for n, flag in zip(PROBLEMS, r[6 : 6 + count], strict=True) if flag),
        )
        for r in result
    ]
    counts = dict.fromkeys(PROBLEMS, 0)
    if result:
        counts = {n: int(v) for n, v in zip(PROBLEMS, result[0][6 + count :], strict=True)}
    return HygieneData(counts, tuple(rows))
