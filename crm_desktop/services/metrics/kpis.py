"""The headline sales KPIs, for everyone or per owner (State of the union, ``report kpis``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from crm_desktop.domain import metrics as m
from crm_desktop.services.metrics.base import (
    CLOSED_VALUE,
    CYCLE_DAYS,
    OPEN_VALUE,
    PROBABILITY,
    DealSet,
    Filters,
    MetricsQuery,
    closed_any,
    closed_deals,
    money,
    open_deals,
)
from crm_desktop.services.metrics.summary import (
    OPEN_SUMMARY_KEYS,
    SUMMARY_OWNER,
    closed_figures,
    open_figures,
    open_figures_summary,
)
from crm_desktop.storage.database import Database


@dataclass(frozen=True)
class Kpis:
    won_count: int
    lost_count: int
    won_value: float
    lost_value: float
    #: won / (won + lost) by count, 0..1; None without closed deals.
    win_rate: float | None
    #: the same by value
    win_rate_value: float | None
    open_count: int
    open_value: float
    weighted_open_value: float
    avg_won_deal_size: float | None
    #: mean days from creation to won
    sales_cycle_days: float | None
    #: money per day: open deals x win rate x average deal size / sales cycle
    sales_velocity: float | None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("win_rate", "win_rate_value"):
            data[key] = None if data[key] is None else round(data[key], 6)
        for key in ("avg_won_deal_size", "sales_cycle_days", "sales_velocity"):
            data[key] = None if data[key] is None else round(data[key], 2)
        return data


@dataclass(frozen=True)
class OwnerKpis:
    owner_id: str | None
    name: str | None
    kpis: Kpis

    def as_json(self) -> dict[str, Any]:
        return {"owner_id": self.owner_id, "name": self.name, **self.kpis.as_json()}


@dataclass
class _Sums:
    """Mergeable sums (per owner, added up for the team): ratios come last, in ``kpis``."""

    won_count: int = 0
    lost_count: int = 0
    won_value: float = 0.0
    lost_value: float = 0.0
    cycle_days_sum: float = 0.0
    open_count: int = 0
    open_value: float = 0.0
    weighted: float = 0.0

    def add(self, other: _Sums) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def kpis(self) -> Kpis:
        rate = m.win_rate(self.won_count, self.lost_count)
        size = m.average_deal_size(self.won_value, self.won_count)
        cycle = m.ratio(self.cycle_days_sum, self.won_count)
        return Kpis(
            won_count=self.won_count,
            lost_count=self.lost_count,
            won_value=money(self.won_value),
            lost_value=money(self.lost_value),
            win_rate=rate,
            win_rate_value=m.win_rate(self.won_value, self.lost_value),
            open_count=self.open_count,
            open_value=money(self.open_value),
            weighted_open_value=money(self.weighted),
            avg_won_deal_size=None if size is None else round(size, 2),
            sales_cycle_days=cycle,
            sales_velocity=m.sales_velocity(self.open_count, rate, size, cycle),
        )


CLOSED_COLUMNS = (
    f"d.outcome, COUNT(*), COALESCE(SUM({CLOSED_VALUE}), 0), COALESCE(SUM({CYCLE_DAYS}), 0)"
)
OPEN_COLUMNS = (
    f"COUNT(*), COALESCE(SUM({OPEN_VALUE}), 0), "
    f"COALESCE(SUM({OPEN_VALUE} * {PROBABILITY} / 100.0), 0)"
)


#: ``closed_sums``/``_sums`` keys (SQL over a deal ``d``) -> the same over a summary row ``c``
SUMMARY_KEYS = {"''": "''", "d.owner_id": SUMMARY_OWNER}


def closed_sums(query: MetricsQuery, key: str, sums: dict[Any, _Sums]) -> None:
    """Won and lost in the period (``closed_any`` split by outcome), from ``deal_close_day``
    when ``key`` is one of ``SUMMARY_KEYS``, else one scan of the deals."""
    if key in SUMMARY_KEYS:
        rows = closed_figures(query, query.filters, SUMMARY_KEYS[key])
    else:
        columns = f"{key}, {CLOSED_COLUMNS}"
        rows = query.deal_aggregate(closed_any(query.filters), columns, f"{key}, d.outcome")
    for row in rows:
        entry = sums.setdefault(row[0], _Sums())
        if row[1] == "won":
            entry.won_count, entry.won_value, entry.cycle_days_sum = row[2], row[3], row[4]
        else:
            entry.lost_count, entry.lost_value = row[2], row[3]


def _sums(query: MetricsQuery, group: str, with_open: bool = True) -> dict[Any, _Sums]:
    """Won, lost and open sums, grouped by the SQL expression ``group`` (or one '' group)."""
    key = group or "''"
    sums: dict[Any, _Sums] = {}
    closed_sums(query, key, sums)
    if with_open:
        if key in OPEN_SUMMARY_KEYS:
            rows = open_figures_summary(query, query.filters, key)
        else:
            rows = open_figures(query, open_deals(query.filters), key)
        for row in rows:
            entry = sums.setdefault(row[0], _Sums())
            entry.open_count, entry.open_value, entry.weighted = row[1], row[2], row[3]
    return sums


def kpis(query: MetricsQuery, with_open: bool = True) -> Kpis:
    return _sums(query, "", with_open).get("", _Sums()).kpis()


def _named(query: MetricsQuery, sums: dict[Any, _Sums]) -> list[OwnerKpis]:
    names = {r[0]: r[1] for r in query.rows("SELECT id, name FROM user")}
    result = [OwnerKpis(owner, names.get(owner), s.kpis()) for owner, s in sums.items()]
    return sorted(result, key=lambda o: (o.name is None, (o.name or "").casefold()))


def kpis_by_owner(query: MetricsQuery) -> list[OwnerKpis]:
    """One entry per owner with deals in scope (owner ``None``: deals nobody owns), by name."""
    return _named(query, _sums(query, "d.owner_id"))


def kpis_and_owners(query: MetricsQuery) -> tuple[Kpis, list[OwnerKpis]]:
    """The team's KPIs and each owner's, from the same two scans (the team = sum of owners)."""
    sums = _sums(query, "d.owner_id")
    team = _Sums()
    for entry in sums.values():
        team.add(entry)
    return team.kpis(), _named(query, sums)


def kpi_deal_set(filters: Filters, figure: str) -> DealSet:
    """The deals behind a KPI: 'won', 'lost' (in the period) or 'open' (now)."""
    if figure == "open":
        return open_deals(filters)
    if figure in ("won", "lost"):
        return closed_deals(filters, figure)
    raise ValueError(f"no deal set for {figure!r}")


class KpiService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def kpis(self, filters: Filters) -> Kpis:
        with self._db.session(write=False) as session:
            return kpis(MetricsQuery(session, filters))

    def kpis_by_owner(self, filters: Filters) -> list[OwnerKpis]:
        with self._db.session(write=False) as session:
            return kpis_by_owner(MetricsQuery(session, filters))

    def owner_id_by_name(self, name: str) -> str | None:
        """The live user called ``name`` (case-insensitive), or None."""
        with self._db.session(write=False) as session:
            query = MetricsQuery(session, Filters())
            rows = query.rows(
                "SELECT id FROM user WHERE deleted_at IS NULL AND lower(name) = lower(:name)",
                {"name": name.strip()},
            )
            return str(rows[0][0]) if rows else None
