"""Activity (AMP): calls, emails, meetings, messages per rep and per day/week; per won deal."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    Filters,
    MetricsQuery,
    closed_deals,
    period_conditions,
)
from crm_desktop.services.metrics.summary import activity_counts

#: Activity types counted (notes are not an activity towards a customer).
TYPES = ("call", "email", "meeting", "message")
#: Days in a period up to which the trend is per day; longer periods go per week.
DAILY_UP_TO = 31
WEEK_START = "date(a.occurred_at, 'weekday 0', '-6 days')"
ACTIVITY_LIMIT = 5000


@dataclass(frozen=True)
class ActivitySet:
    conditions: tuple[str, ...]
    params: Mapping[str, Any]

    def where(self) -> str:
        return " AND ".join(("a.deleted_at IS NULL", *self.conditions))

    def narrowed(self, condition: str, **params: Any) -> ActivitySet:
        return ActivitySet((*self.conditions, condition), {**self.params, **params})


@dataclass(frozen=True)
class RepActivity:
    owner_id: str | None
    name: str | None
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ActivityPoint:
    #: the day, or the Monday of the week
    day: date
    counts: dict[str, int]


@dataclass(frozen=True)
class ActivityData:
    per_rep: tuple[RepActivity, ...]
    trend: tuple[ActivityPoint, ...]
    weekly: bool
    total: int
    won_deals: int
    activities_on_won_deals: int
    per_won_deal: float | None


@dataclass(frozen=True)
class ActivityRow:
    id: str
    type: str
    subject: str
    owner_name: str | None
    occurred_at: str
    deal_id: str | None


def activity_set(filters: Filters) -> ActivitySet:
    types = ", ".join(f"'{t}'" for t in TYPES)
    conditions, params = period_conditions("a.occurred_at", filters, "a")
    conditions.append(f"a.type IN ({types})")
    if filters.owner_id:
        conditions.append("a.owner_id = :a_owner")
        params["a_owner"] = filters.owner_id
    return ActivitySet(tuple(conditions), params)


def is_weekly(filters: Filters) -> bool:
    if filters.start is None or filters.end is None:
        return True
    return (filters.end - filters.start).days + 1 > DAILY_UP_TO


def counts_by_bucket_rep_type(query: MetricsQuery, act: ActivitySet, weekly: bool) -> list[Any]:
    """(day or week, owner, type, count) from the ``activity_day`` summary (kept by
    triggers); per rep and per period add these up. ``act`` must be ``activity_set`` of the
    query's filters (its conditions are the summary's day, owner and type)."""
    week = WEEK_START.replace("a.occurred_at", "{day}") if weekly else None
    return activity_counts(query, query.filters, TYPES, week)


def per_rep(query: MetricsQuery, groups: list[Any]) -> list[RepActivity]:
    names = {r[0]: r[1] for r in query.rows("SELECT id, name FROM user")}
    counts: dict[str | None, dict[str, int]] = {}
    for _day, owner, kind, count in groups:
        rep = counts.setdefault(owner, dict.fromkeys(TYPES, 0))
        rep[kind] += int(count)
    reps = [RepActivity(o, names.get(o), c) for o, c in counts.items()]
    return sorted(reps, key=lambda r: (-r.total, (r.name or "").casefold()))


def trend(groups: list[Any]) -> list[ActivityPoint]:
    points: dict[str, dict[str, int]] = {}
    for day, _owner, kind, count in groups:
        points.setdefault(day, dict.fromkeys(TYPES, 0))[kind] += int(count)
    return [ActivityPoint(date.fromisoformat(d), c) for d, c in sorted(points.items())]


def won_deal_activity(query: MetricsQuery) -> tuple[int, int]:
    """(deals won in the period, activities of any date logged on them)."""
    won = closed_deals(query.filters, "won")
    sql = f"SELECT COUNT(*), COALESCE(SUM(d.activity_count), 0) FROM deal d WHERE {won.where()}"
    row = query.rows(sql, won.params)[0]
    return int(row[0]), int(row[1])


def activity(query: MetricsQuery) -> ActivityData:
    act = activity_set(query.filters)
    weekly = is_weekly(query.filters)
    groups = counts_by_bucket_rep_type(query, act, weekly)
    reps = per_rep(query, groups)
    won, on_won = won_deal_activity(query)
    return ActivityData(
        per_rep=tuple(reps),
        trend=tuple(trend(groups)),
        weekly=weekly,
        total=sum(r.total for r in reps),
        won_deals=won,
        activities_on_won_deals=on_won,
        per_won_deal=m.ratio(on_won, won),
    )


def activity_rows(query: MetricsQuery, act: ActivitySet) -> list[ActivityRow]:
    sql = (
        "SELECT a.id, a.type, a.subject, u.name, a.occurred_at, a.deal_id FROM activity a "
        f"LEFT JOIN user u ON u.id = a.owner_id WHERE {act.where()} "
        "ORDER BY a.occurred_at DESC LIMIT :limit"
    )
    rows = query.rows(sql, {**act.params, "limit": ACTIVITY_LIMIT})
    return [ActivityRow(r[0], r[1], r[2], r[3], str(r[4])[:16], r[5]) for r in rows]


def rep_type_set(filters: Filters, owner_id: str | None, kind: str) -> ActivitySet:
    act = activity_set(filters).narrowed("a.type = :a_type", a_type=kind)
    if owner_id is None:
        return act.narrowed("a.owner_id IS NULL")
    return act.narrowed("a.owner_id = :a_rep", a_rep=owner_id)
