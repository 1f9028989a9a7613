"""Pipe Gen: pipeline created per month by rep and source vs the pipeline the target needs.

Required pipeline = revenue target / win rate, the win rate taken over the 12 months before the
period ends. A rep's own pipeline target (kind 'pipeline') replaces the computed requirement.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    DealSet,
    Filters,
    MetricsQuery,
    created_deals,
    money,
    value_sql,
)
from crm_desktop.services.metrics.quota import targets_by_owner, team_target
from crm_desktop.services.metrics.summary import (
    SUMMARY_OWNER,
    closed_figures,
    open_figures_summary,
)

CREATED_VALUE = value_sql("substr(d.created_at, 1, 10)")
WIN_RATE_DAYS = 365


@dataclass(frozen=True)
class CreatedPoint:
    month: date
    #: owner id (None: nobody) -> value of the deals created that month
    by_owner: dict[str | None, float]

    @property
    def total(self) -> float:
        return money(sum(self.by_owner.values()))


@dataclass(frozen=True)
class SourceFigure:
    source_id: str | None
    name: str | None
    count: int
    value: float


@dataclass(frozen=True)
class RepPace:
    owner_id: str
    name: str | None
    created: float
    required: float | None
    expected_to_date: float | None
    below_pace: bool


@dataclass(frozen=True)
class PipeGenData:
    months: tuple[CreatedPoint, ...]
    owner_names: dict[str | None, str | None]
    sources: tuple[SourceFigure, ...]
    created_value: float
    revenue_target: float
    win_rate: float | None
    required_pipeline: float | None
    open_pipeline: float
    won_value: float
    coverage: float | None
    reps: tuple[RepPace, ...]
    elapsed_days: int
    total_days: int


def trailing_filters(filters: Filters) -> Filters:
    end = filters.end or filters.as_of()
    return replace(filters, start=end - timedelta(days=WIN_RATE_DAYS - 1), end=end)


def source_deal_set(filters: Filters, source_id: str | None) -> DealSet:
    if source_id is None:
        return created_deals(filters).narrowed("d.source_id IS NULL")
    return created_deals(filters).narrowed("d.source_id = :g_src", g_src=source_id)


def month_owner_deal_set(filters: Filters, month: date, owner_id: str | None) -> DealSet:
    deal_set = created_deals(filters).narrowed(
        "substr(d.created_at, 1, 7) = :g_month", g_month=month.isoformat()[:7]
    )
    if owner_id is None:
        return deal_set.narrowed("d.owner_id IS NULL")
    return deal_set.narrowed("d.owner_id = :g_owner", g_owner=owner_id)


def win_rates(query: MetricsQuery) -> dict[str | None, float | None]:
    """Trailing win rate by count per owner, and the scope's under the key ``"*"``."""
    trailing = trailing_filters(query.filters)
    counts: dict[str | None, list[int]] = {}
    for owner, outcome, count, *_ in closed_figures(
        query, trailing, SUMMARY_OWNER, counts_only=True
    ):
        counts.setdefault(owner, [0, 0])[0 if outcome == "won" else 1] = int(count)
    rates: dict[str | None, float | None] = {o: m.win_rate(*c) for o, c in counts.items()}
    rates["*"] = m.win_rate(sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values()))
    return rates


def _sum(query: MetricsQuery, deal_set: DealSet, value: str) -> float:
    return money(query.deal_aggregate(deal_set, f"SUM({value})")[0][0])


def created_groups(query: MetricsQuery) -> list[Any]:
    """(month, owner, source, count, value) of the deals created in the period: the months
    and the sources from one pass (one sort), each deal converted at its creation day's rate
    (``CREATED_VALUE`` with ``MetricsQuery.value``: no rate subqueries per deal)."""
    value = query.value("substr(d.created_at, 1, 10)")
    return query.deal_aggregate(
        created_deals(query.filters),
        f"substr(d.created_at, 1, 7), d.owner_id, d.source_id, COUNT(*), COALESCE(SUM({value}), 0)",
        "1, 2, 3",
    )


def created_by_month(query: MetricsQuery, groups: list[Any] | None = None) -> list[CreatedPoint]:
    months: dict[str, dict[str | None, float]] = {}
    for month, owner, _source, _count, value in created_groups(query) if groups is None else groups:
        by_owner = months.setdefault(month, {})
        by_owner[owner] = by_owner.get(owner, 0.0) + value
    return [
        CreatedPoint(date.fromisoformat(k + "-01"), {o: money(v) for o, v in by_owner.items()})
        for k, by_owner in sorted(months.items())
    ]


def by_source(query: MetricsQuery, groups: list[Any] | None = None) -> list[SourceFigure]:
    sums: dict[str | None, list[float]] = {}
    for _month, _owner, source, count, value in created_groups(query) if groups is None else groups:
        entry = sums.setdefault(source, [0, 0.0])
        entry[0] += count
        entry[1] += value
    names = {r[0]: r[1] for r in query.rows("SELECT id, name FROM source")}
    figures = [
        SourceFigure(source, names.get(source) if source else None, int(n), money(v))
        for source, (n, v) in sums.items()
    ]
    return sorted(figures, key=lambda f: -f.value)


def rep_paces(
    query: MetricsQuery,
    months: list[CreatedPoint],
    rates: dict[str | None, float | None],
    days: tuple[int, int],
) -> list[RepPace]:
    elapsed, total = days
    names = {r[0]: r[1] for r in query.rows("SELECT id, name FROM user")}
    revenue = targets_by_owner(query, "revenue")
    pipeline_goals = targets_by_owner(query, "pipeline")
    created: dict[str, float] = {}
    for point in months:
        for owner, value in point.by_owner.items():
            if owner is not None:
                created[owner] = created.get(owner, 0.0) + value
    reps = []
    owners: set[str] = {o for o in (*created, *revenue, *pipeline_goals) if o is not None}
    for owner in sorted(owners):
        required = pipeline_goals.get(owner) or m.required_pipeline(
            revenue.get(owner, 0.0), rates.get(owner) or rates["*"]
        )
        done = money(created.get(owner, 0.0))
        expected = None if not required else m.expected_to_date(required, elapsed, total)
        behind = bool(required) and m.below_pace(done, required or 0.0, elapsed, total)
        reps.append(RepPace(owner, names.get(owner), done, required, expected, behind))
    return sorted(reps, key=lambda r: (r.name or "").casefold())


def pipegen(query: MetricsQuery) -> PipeGenData:
    filters = query.filters
    today = query.today
    start = filters.start or today
    end = filters.end or today
    total = (end - start).days + 1
    elapsed = min(max((today - start).days + 1, 0), total)
    groups = created_groups(query)
    months = created_by_month(query, groups)
    target = team_target(query, "revenue")
    rates = win_rates(query)
    rate = rates["*"]
    won = money(sum(r[3] for r in closed_figures(query, filters, outcomes=("won",))))
    open_value = money(sum(r[2] for r in open_figures_summary(query, filters)))
    names = {r[0]: r[1] for r in query.rows("SELECT id, name FROM user")}
    return PipeGenData(
        months=tuple(months),
        owner_names={o: names.get(o) for p in months for o in p.by_owner},
        sources=tuple(by_source(query, groups)),
        created_value=money(sum(p.total for p in months)),
        revenue_target=target,
        win_rate=rate,
        required_pipeline=m.required_pipeline(target, rate),
        open_pipeline=open_value,
        won_value=won,
        coverage=m.coverage(open_value, m.remaining_target(target, won)),
        reps=tuple(rep_paces(query, months, rates, (elapsed, total))),
        elapsed_days=elapsed,
        total_days=total,
    )
