"""Clean your room: open deals that need fixing, and why."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.services.metrics.base import DealSet, Filters, MetricsQuery, open_deals
from crm_desktop.services.metrics.pipeline_xray import CUTOFFS, STALE, STALE_AT

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


def _flags() -> dict[str, str]:
    """``PROBLEMS`` with each stage's rotting cut-off read from ``CUTOFFS`` (as ``cutoff``)."""
    return {**PROBLEMS, "rotting": STALE_AT.replace("{rot}", "cutoff.rot")}


def hygiene(query: MetricsQuery, limit: int = HYGIENE_LIMIT) -> HygieneData:
    """Counts per problem and the deals with at least one problem (most problems first).

    Two passes over the open deals (covering indexes): the counts, then the ``limit`` deals
    with most problems, biggest first (a top-``limit`` sort, not a sort of every deal with a
    problem); only those are joined to their owner and stage. The rows are
    ``any_problem_deal_set``.
    """
    deal_set = open_deals(query.filters)
    flags = _flags()
    sums = ", ".join(f"COALESCE(SUM({c}), 0)" for c in flags.values())
    source = f"FROM deal d LEFT JOIN cutoff ON cutoff.id = d.stage_id WHERE {deal_set.where()}"
    totals = query.one(f"WITH {CUTOFFS} SELECT {sums} {source}", deal_set.params)
    counts = {name: int(value) for name, value in zip(PROBLEMS, totals, strict=True)}
    if not any(counts.values()):
        return HygieneData(counts, ())
    columns = ", ".join(f"COALESCE(({c}), 0) AS {name}" for name, c in flags.items())
    # The inner LIMIT -1 (no limit) keeps SQLite from copying the flags into the outer WHERE
    # and ORDER BY: each deal's flags are computed once.
    per_deal = (
        f"SELECT d.rowid AS rid, {query.value(':today')} AS value, d.name AS name, {columns} "
        f"{source} LIMIT -1"
    )
    problems = " + ".join(PROBLEMS)
    top = (
        f"SELECT *, {problems} AS n FROM ({per_deal}) WHERE {problems} > 0 "
        "ORDER BY n DESC, value DESC, name LIMIT :limit"
    )
    result = query.rows(
        f"WITH {CUTOFFS}, top AS ({top}) SELECT d.id, d.name, u.name, s.name, top.value, "
        f"d.expected_close_date, {', '.join(f'top.{name}' for name in PROBLEMS)} "
        "FROM top CROSS JOIN deal d ON d.rowid = top.rid LEFT JOIN stage s ON s.id = d.stage_id "
        "LEFT JOIN user u ON u.id = d.owner_id ORDER BY top.n DESC, top.value DESC, top.name",
        {**deal_set.params, "limit": limit},
    )
    rows = [
        HygieneRow(
            r[0],
            r[1],
            r[2],
            r[3],
            None if r[4] is None else round(r[4], 2),
            r[5],
            tuple(n for n, flag in zip(PROBLEMS, r[6:], strict=True) if flag),
        )
        for r in result
    ]
    return HygieneData(counts, tuple(rows))
