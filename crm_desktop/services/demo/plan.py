"""The in-memory plan of a demo data set: users, companies, contacts, deals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from crm_desktop.services import demo_data as dd


@dataclass(slots=True)
class _User:
    id: str
    person: dd.DemoUser
    office_start: int


@dataclass(slots=True)
class _Company:
    id: str
    region: dd.Region
    city: int
    name: str
    short: str
    domain: str
    industry: str
    employees: int
    owner: int
    created: int
    source: int
    #: Customer since before the 12 months of history (-1: not a customer then).
    legacy_since: int
    contacts: list[int] = field(default_factory=list)
    first_won: int = -1
    renewal_lost: int = -1
    lifecycle: str = "prospect"
    customer_since: int = -1
    churned_at: int = -1
    last: int = -1

    @property
    def chinese(self) -> bool:
        return self.region.code == "CN"


@dataclass(slots=True)
class _Contact:
    id: str
    company: int
    owner: int
    created: int
    chinese: bool
    first: str
    last_name: str
    email: str
    on_open_deal: bool = False
    last: int = -1

    @property
    def display(self) -> str:
        return f"{self.last_name}{self.first}" if self.chinese else f"{self.first} {self.last_name}"


@dataclass(frozen=True, slots=True)
class _Stream:
    """``count`` activities between ``start`` and ``end``; ``pin_end``: one of them at ``end``."""

    count: int
    start: int
    end: int
    pin_end: bool


@dataclass(slots=True)
class _Deal:
    id: str
    pipeline: int
    company: int
    owner: int
    contacts: list[int]
    created: int
    outcome: str
    stage: int
    #: (moment, from stage or -1, to stage): creation first, then every move.
    moves: list[tuple[int, int, int]]
    closed: int
    rotting: bool
    amount: int | None
    currency: str
    amount_usd: float
    close_day: int | None
    #: Activities: how many, from when, and when the latest past one happens.
    activity_count: int = 0
    activity_from: int = 0
    activity_last: int = 0
    last: int = -1

    @property
    def stage_entered(self) -> int:
        return self.moves[-1][0]


def _activity_pool(templates: Sequence[dd.ActivityTemplate]) -> list[dd.ActivityTemplate]:
    """Templates repeated so that picking one uniformly follows ``TYPE_WEIGHTS``."""
    per_type: dict[str, int] = {}
    for template in templates:
        per_type[template[0]] = per_type.get(template[0], 0) + 1
    pool: list[dd.ActivityTemplate] = []
    for template in templates:
        kind = template[0]
        copies = max(1, round(dd.TYPE_WEIGHTS[kind] * 12 / per_type[kind]))
        pool.extend([template] * copies)
    return pool
