"""What a report asks for and what it holds (plain frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from crm_desktop.services.metrics.activity import TYPES
from crm_desktop.services.metrics.drill import DealRow
from crm_desktop.services.metrics.periods import Period, PeriodKind, period_containing


class ReportKind(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    CUSTOM = "custom"


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    #: a day inside the period (daily, weekly, monthly)
    day: date
    #: the custom period's own days
    start: date | None = None
    end: date | None = None
    #: one rep's report; None: the team report
    owner_id: str | None = None
    #: "now" for open figures and currency rates (UTC today when not given)
    today: date | None = None

    def period(self) -> Period:
        return report_period(self.kind, self.day, self.start, self.end)


def report_period(
    kind: ReportKind, day: date, start: date | None = None, end: date | None = None
) -> Period:
    """The days a report covers; the previous period is ``period.previous()``."""
    if kind is ReportKind.DAILY:
        return Period(day, day, PeriodKind.CUSTOM)
    if kind is ReportKind.WEEKLY:
        return period_containing(PeriodKind.WEEK, day)
    if kind is ReportKind.MONTHLY:
        return period_containing(PeriodKind.MONTH, day)
    if start is None or end is None:
        raise ValueError("a custom report needs its first and last day")
    return Period(start, end, PeriodKind.CUSTOM)


@dataclass(frozen=True)
class Figures:
    """One rep's (or the team's) figures over one period."""

    won_count: int = 0
    won_value: float = 0.0
    lost_count: int = 0
    lost_value: float = 0.0
    win_rate: float | None = None
    new_deals: int = 0
    pipeline_created: float = 0.0
    activities: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    tasks_completed: int = 0

    @property
    def activity_total(self) -> int:
        return sum(self.activities.values())


@dataclass(frozen=True)
class Quota:
    """Revenue target against won value over ``period`` (month to date for short reports)."""

    period: Period
    target: float
    won_value: float
    attainment: float | None


@dataclass(frozen=True)
class RepRow:
    rank: int
    owner_id: str
    name: str
    figures: Figures
    quota: Quota | None


@dataclass(frozen=True)
class LostDeal:
    name: str
    owner_name: str | None
    value: float | None
    reason: str | None


@dataclass(frozen=True)
class LostReason:
    reason: str | None
    count: int
    value: float


@dataclass(frozen=True)
class TrendPoint:
    day: date
    activities: int


@dataclass(frozen=True)
class ReportData:
    request: ReportRequest
    period: Period
    previous_period: Period
    owner_name: str | None
    currency: str
    generated_at: datetime
    current: Figures
    previous: Figures
    quota: Quota
    open_value: float
    open_count: int
    reps: tuple[RepRow, ...]
    top_deals: tuple[DealRow, ...]
    lost_deals: tuple[LostDeal, ...]
    lost_reasons: tuple[LostReason, ...]
    trend: tuple[TrendPoint, ...]
    weekly_trend: bool

    @property
    def is_team(self) -> bool:
        return self.request.owner_id is None
