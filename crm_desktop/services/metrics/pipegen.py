"""Pipe Gen: pipeline created per month by rep and source vs the pipeline the target needs.

Required pipeline = revenue target / win rate, the win rate taken over the 12 months before the
period ends. A rep's own pipeline target (kind 'pipeline') replaces the computed requirement.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    DealSet,
    Filters,
    MetricsQuery,
    created_deals,
    money,
    rate_sql,
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


def _created_per_day(query: MetricsQuery, key: str, joins: str = "") -> str:
    """SQL of (key, day, currency, count, amount) of the deals created in the period: the
    amounts are converted per day and currency (``CREATED_VALUE`` without a rate per deal)."""
    created = created_deals(query.filters)
    return (
        f"SELECT {key} AS k, substr(d.created_at, 1, 10) AS day, d.currency AS currency, "
        f"COUNT(*) AS n, SUM(d.amount) AS amount FROM deal d {joins}"
        f"WHERE {created.where()} GROUP BY 1, 2, 3"
    )


DAY_VALUE = f"(g.amount / 100.0 * {rate_sql('g.day', 'g')})"


def created_by_month(query: MetricsQuery) -> list[CreatedPoint]:
    per_day = _created_per_day(query, "d.owner_id")
    rows = query.rows(
        f"SELECT substr(g.day, 1, 7), g.k, COALESCE(SUM({DAY_VALUE}), 0) FROM ({per_day}) g "
        "GROUP BY 1, 2",
        created_deals(query.filters).params,
    )
    months: dict[str, dict[str | None, float]] = {}
    for month, owner, value in rows:
        months.setdefault(month, {})[owner] = money(value)
    return [CreatedPoint(date.fromisoformat(k + "-01"), v) for k, v in sorted(months.items())]


def by_source(query: MetricsQuery) -> list[SourceFigure]:
    per_day = _created_per_day(query, "d.source_id")
    rows = query.rows(
        f"SELECT g.k, src.name, SUM(g.n), COALESCE(SUM({DAY_VALUE}), 0) FROM ({per_day}) g "
        "LEFT JOIN source src ON src.id = g.k GROUP BY 1 ORDER BY 4 DESC",
        created_deals(query.filters).params,
    )
    return [SourceFigure(r[0], r[1], int(r[2]), money(r[3])) for r in rows]


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
    months = created_by_month(query)
    target = team_target(query, "revenue")
    rates = win_rates(query)
    rate = rates["*"]
    won = money(sum(r[3] for r in closed_figures(query, filters, outcomes=("won",))))
    open_value = money(sum(r[2] for r in open_figures_summary(query, filters)))
    names = {r[0]: r[1] for r in query.rows("SELECT id, name FROM user")}
    return PipeGenData(
        months=tuple(months),
        owner_names={o: names.get(o) for p in months for o in p.by_owner},
        sources=tuple(by_source(query)),
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
