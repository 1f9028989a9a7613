"""Open pipeline X-ray: by stage, stage-to-stage funnel, time in stage, stale and stuck deals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    DealSet,
    Filters,
    MetricsQuery,
    created_deals,
    money,
    open_deals,
)

DEFAULT_STUCK_DAYS = 30
#: Position reached by a deal: won deals passed every open stage; the others the highest open
#: stage they entered (``reached_position``, kept by triggers from ``stage_change``).
REACHED = "(CASE WHEN d.outcome = 'won' THEN 1000000 ELSE d.reached_position END)"
DAYS_IN_STAGE = "(julianday(:today) - julianday(COALESCE(d.stage_entered_at, d.created_at)))"
#: Stored timestamps compare as text: ``julianday(:today) - julianday(t) > n`` (n whole days)
#: is ``t < date(:today, '-n days')``, without two date conversions per deal.
STUCK = "COALESCE(d.stage_entered_at, d.created_at) < date(:today, (-:x_stuck) || ' days')"
#: No activity for longer than the stage's rotting days, and nothing scheduled: no activity
#: on or after today (``latest_activity_at``) and no open task due today or later or without
#: a due time (``open_task_due``); both columns are kept by triggers. ``{rot}``: the stage's
#: cut-off day.
STALE_AT = (
    "{rot} IS NOT NULL "
    "AND COALESCE(d.last_activity_at, d.stage_entered_at, d.created_at) < {rot} "
    "AND (d.latest_activity_at IS NULL OR d.latest_activity_at < :today) "
    "AND (d.open_task_due IS NULL OR d.open_task_due < :today)"
)
ROTTING_CUTOFF = "date(:today, (-{days}) || ' days')"
STALE = STALE_AT.replace("{rot}", ROTTING_CUTOFF.replace("{days}", "s.rotting_days"))
#: Each stage's rotting cut-off day, computed once per stage instead of once per deal.
CUTOFFS = (
    "cutoff AS MATERIALIZED (SELECT id, "
    f"{ROTTING_CUTOFF.replace('{days}', 'rotting_days')} AS rot "
    "FROM stage WHERE rotting_days IS NOT NULL)"
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
    """Deals of the pipeline created in the period. (The unary ``+`` keeps SQLite from
    reading the cohort through the non-covering board index: the created-in-period covering
    index serves it, with or without planner statistics.)"""
    return created_deals(filters).narrowed("+d.pipeline_id = :f_pipe", f_pipe=pipeline_id)


def funnel_deal_set(filters: Filters, pipeline_id: str, position: int) -> DealSet:
    """Deals of the funnel's cohort that reached the stage at ``position`` or later."""
    cohort = funnel_cohort(filters, pipeline_id)
    return cohort.narrowed(f"{REACHED} >= :x_pos", x_pos=position)


def stale_deal_set(filters: Filters) -> DealSet:
    return open_deals(filters).narrowed(STALE)


def stuck_deal_set(filters: Filters, days: int) -> DealSet:
    return open_deals(filters).narrowed(STUCK, x_stuck=days)


def _when(condition: str, value: str) -> str:
    return f"COALESCE(SUM(CASE WHEN {condition} THEN {value} END), 0)"


def by_stage(query: MetricsQuery, stuck_days: int) -> list[Any]:
    """Per stage of the open deals: figures, then stale and stuck counts and values.

    One pass over the open deals grouped by stage and currency, in the order of the partial
    index ``ix_deal_open_stage`` (no sort); each stage's rotting cut-off is computed once
    (``CUTOFFS``). The weighted amount is split into the deals' own probabilities and the
    amounts the stage's probability applies to (joined per group, not per deal). The sums
    are converted once per currency at today's rate.
    """
    deal_set = open_deals(query.filters)
    stale = STALE_AT.replace("{rot}", "cutoff.rot")
    per_currency = (
        "SELECT d.stage_id AS stage_id, d.currency AS currency, COUNT(*) AS n, "
        "SUM(d.amount) AS a, SUM(d.amount * d.probability) AS w_own, "
        "SUM(CASE WHEN d.probability IS NULL THEN d.amount END) AS a_stage_p, "
        f"SUM({DAYS_IN_STAGE}) AS days, MIN(d.pipeline_id) AS pipeline_id, "
        f"{_when(stale, '1')} AS stale_n, SUM(CASE WHEN {stale} THEN d.amount END) AS stale_a, "
        f"{_when(STUCK, '1')} AS stuck_n, SUM(CASE WHEN {STUCK} THEN d.amount END) AS stuck_a "
        "FROM deal d LEFT JOIN cutoff ON cutoff.id = d.stage_id "
        f"WHERE {deal_set.where()} GROUP BY d.stage_id, d.currency"
    )
    rate = query.rate(":today", "g")
    weighted = "(COALESCE(g.w_own, 0) + COALESCE(g.a_stage_p, 0) * COALESCE(s.probability, 0))"
    rows = query.rows(
        f"WITH {CUTOFFS}, g AS ({per_currency}) "
        "SELECT g.stage_id, s.name, COALESCE(s.position, -1), SUM(g.n), "
        f"COALESCE(SUM(g.a / 100.0 * {rate}), 0), COALESCE(SUM({weighted} / 10000.0 * {rate}), 0), "
        "SUM(g.days) / SUM(g.n), MIN(g.pipeline_id), SUM(g.stale_n), "
        f"COALESCE(SUM(g.stale_a / 100.0 * {rate}), 0), SUM(g.stuck_n), "
        f"COALESCE(SUM(g.stuck_a / 100.0 * {rate}), 0) "
        "FROM g LEFT JOIN stage s ON s.id = g.stage_id GROUP BY g.stage_id",
        {**deal_set.params, "x_stuck": stuck_days},
    )
    rows.sort(key=lambda r: (r[7] or "", r[2]))
    return rows


def funnel(query: MetricsQuery) -> list[FunnelStep]:
    """Stage-to-stage conversion of the deals created in the period, in the chosen pipeline."""
    pipeline_id = query.filters.pipeline_id or _default_pipeline(query)
    if pipeline_id is None:
        return []
    stages = query.rows(
        "SELECT id, name, position FROM stage WHERE pipeline_id = :p AND deleted_at IS NULL "
        "AND outcome = 'open' ORDER BY position",
        {"p": pipeline_id},
    )
    if not stages:
        return []
    # One count per stage (deals that reached it or a later one) in a single pass over the
    # cohort: no grouping (a sort), and the cohort's conditions need no stage row.
    cohort = funnel_cohort(query.filters, pipeline_id)
    positions = {f"x_pos{i}": position for i, (_id, _name, position) in enumerate(stages)}
    counts = ", ".join(f"COALESCE(SUM({REACHED} >= :{key}), 0)" for key in positions)
    reached = query.one(
        f"SELECT {counts} FROM deal d WHERE {cohort.where()}", {**cohort.params, **positions}
    )
    steps: list[FunnelStep] = []
    for (stage_id, name, position), count in zip(stages, reached, strict=True):
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
