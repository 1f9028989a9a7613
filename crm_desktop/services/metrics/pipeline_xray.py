"""Open pipeline X-ray: by stage, stage-to-stage funnel, time in stage, stale and stuck deals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    DEAL_FROM,
    PROBABILITY,
    DealSet,
    Filters,
    MetricsQuery,
    created_deals,
    money,
    open_deals,
    rate_sql,
)

DEFAULT_STUCK_DAYS = 30
#: Position reached by a deal: won deals passed every open stage; the others the highest open
#: stage they entered (``reached_position``, kept by triggers from ``stage_change``).
REACHED = "(CASE WHEN d.outcome = 'won' THEN 1000000 ELSE d.reached_position END)"
DAYS_IN_STAGE = "(julianday(:today) - julianday(COALESCE(d.stage_entered_at, d.created_at)))"
#: No activity for longer than the stage's rotting days, and nothing scheduled: no activity
#: on or after today (``latest_activity_at``) and no open task due today or later or without
#: a due time (``open_task_due``); both columns are kept by triggers.
STALE = (
    "s.rotting_days IS NOT NULL "
    "AND julianday(:today) - julianday(COALESCE(d.last_activity_at, d.stage_entered_at, "
    "d.created_at)) > s.rotting_days "
    "AND (d.latest_activity_at IS NULL OR d.latest_activity_at < :today) "
    "AND (d.open_task_due IS NULL OR d.open_task_due < :today)"
)


@dataclass(frozen=True)
class StageFigure:
    stage_id: str | None
    name: str | None
    position: int
    count: int
    value: float
    weighted_value: float
    #: mean days the open deals have been in this stage
    avg_days_in_stage: float | None


@dataclass(frozen=True)
class FunnelStep:
    pipeline_id: str
    stage_id: str
    name: str
    position: int
    #: deals created in the period that reached this stage or a later one
    reached: int
    #: share of the previous step's deals that reached this one (None for the first)
    conversion: float | None


@dataclass(frozen=True)
class XrayData:
    stages: tuple[StageFigure, ...]
    funnel: tuple[FunnelStep, ...]
    stale_count: int
    stale_value: float
    stuck_count: int
    stuck_value: float
    stuck_days: int


def stage_deal_set(filters: Filters, stage_id: str | None) -> DealSet:
    if stage_id is None:
        return open_deals(filters).narrowed("d.stage_id IS NULL")
    return open_deals(filters).narrowed("d.stage_id = :x_stage", x_stage=stage_id)


def funnel_cohort(filters: Filters, pipeline_id: str) -> DealSet:
    """Deals of the pipeline created in the period."""
    return created_deals(filters).narrowed("d.pipeline_id = :f_pipe", f_pipe=pipeline_id)


def funnel_deal_set(filters: Filters, pipeline_id: str, position: int) -> DealSet:
    """Deals of the funnel's cohort that reached the stage at ``position`` or later."""
    cohort = funnel_cohort(filters, pipeline_id)
    return cohort.narrowed(f"{REACHED} >= :x_pos", x_pos=position)


def stale_deal_set(filters: Filters) -> DealSet:
    return open_deals(filters).narrowed(STALE)


def stuck_deal_set(filters: Filters, days: int) -> DealSet:
    return open_deals(filters).narrowed(f"{DAYS_IN_STAGE} > :x_stuck", x_stuck=days)


def _when(condition: str, value: str) -> str:
    return f"COALESCE(SUM(CASE WHEN {condition} THEN {value} END), 0)"


def by_stage(query: MetricsQuery, stuck_days: int) -> list[Any]:
    """Per stage of the open deals: figures, then stale and stuck counts and values.

    Each deal's days in stage and stale flag are computed once, in a subquery that ``LIMIT -1``
    (no limit) keeps SQLite from merging into the sums; the amounts are summed per stage and
    currency first and converted once per currency at today's rate.
    """
    deal_set = open_deals(query.filters)
    per_deal = (
        f"SELECT d.stage_id AS stage_id, s.name AS name, COALESCE(s.position, -1) AS position, "
        f"d.currency AS currency, d.amount AS a, {PROBABILITY} AS p, {DAYS_IN_STAGE} AS days, "
        f"d.pipeline_id AS pipeline_id, ({STALE}) AS stale "
        f"FROM {DEAL_FROM} WHERE {deal_set.where()} LIMIT -1"
    )
    stuck = "days > :x_stuck"
    per_currency = (
        "SELECT stage_id, name, position, currency, COUNT(*) AS n, SUM(a) AS a, "
        "SUM(a * p) AS w, SUM(days) AS days, MIN(pipeline_id) AS pipeline_id, "
        f"{_when('stale', '1')} AS stale_n, SUM(CASE WHEN stale THEN a END) AS stale_a, "
        f"{_when(stuck, '1')} AS stuck_n, SUM(CASE WHEN {stuck} THEN a END) AS stuck_a "
        f"FROM ({per_deal}) GROUP BY stage_id, currency"
    )
    rate = rate_sql(":today", "g")
    rows = query.rows(
        f"SELECT stage_id, name, position, SUM(n), COALESCE(SUM(a / 100.0 * {rate}), 0), "
        f"COALESCE(SUM(w / 10000.0 * {rate}), 0), SUM(days) / SUM(n), MIN(pipeline_id), "
        f"SUM(stale_n), COALESCE(SUM(stale_a / 100.0 * {rate}), 0), SUM(stuck_n), "
        f"COALESCE(SUM(stuck_a / 100.0 * {rate}), 0) FROM ({per_currency}) g GROUP BY stage_id",
        {**deal_set.params, "x_stuck": stuck_days},
    )
    rows.sort(key=lambda r: (r[7] or "", r[2]))
    return rows


def funnel(query: MetricsQuery) -> list[FunnelStep]:
    """Stage-to-stage conversion of the deals created in the period, in the chosen pipeline."""
    pipeline_id = query.filters.pipeline_id or _default_pipeline(query)
    if pipeline_id is None:
        return []
    cohort = funnel_cohort(query.filters, pipeline_id)
    reached = dict(query.deal_aggregate(cohort, f"{REACHED}, COUNT(*)", "1"))
    stages = query.rows(
        "SELECT id, name, position FROM stage WHERE pipeline_id = :p AND deleted_at IS NULL "
        "AND outcome = 'open' ORDER BY position",
        {"p": pipeline_id},
    )
    steps: list[FunnelStep] = []
    for stage_id, name, position in stages:
        count = sum(n for pos, n in reached.items() if pos is not None and pos >= position)
        previous = steps[-1].reached if steps else None
        rate = None if previous is None else m.conversion(count, previous)
        steps.append(FunnelStep(pipeline_id, stage_id, name, position, count, rate))
    return steps


def _default_pipeline(query: MetricsQuery) -> str | None:
    rows = query.rows(
        "SELECT id FROM pipeline WHERE deleted_at IS NULL "
        "ORDER BY is_default DESC, position LIMIT 1"
    )
    return str(rows[0][0]) if rows else None


def pipeline_xray(query: MetricsQuery, stuck_days: int = DEFAULT_STUCK_DAYS) -> XrayData:
    rows = by_stage(query, stuck_days)
    stages = [StageFigure(r[0], r[1], r[2], r[3], money(r[4]), money(r[5]), r[6]) for r in rows]
    return XrayData(
        stages=tuple(stages),
        funnel=tuple(funnel(query)),
        stale_count=int(sum(r[8] for r in rows)),
        stale_value=money(sum(r[9] for r in rows)),
        stuck_count=int(sum(r[10] for r in rows)),
        stuck_value=money(sum(r[11] for r in rows)),
        stuck_days=stuck_days,
    )
