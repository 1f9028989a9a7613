"""Reporting periods: this week / month / quarter / year, custom ranges, their predecessors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """Days ``start`` .. ``end``, both included."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.CUSTOM

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def elapsed_days(self, today: date) -> int:
        """Days of the period up to and including ``today`` (0 before it, ``days`` after it)."""
        if today < self.start:
            return 0
        return min((today - self.start).days + 1, self.days)

    def previous(self) -> Period:
        """The period just before this one, of the same kind (same length when custom)."""
        if self.kind is PeriodKind.CUSTOM:
            end = self.start - timedelta(days=1)
            return Period(end - timedelta(days=self.days - 1), end, self.kind)
        return period_containing(self.kind, self.start - timedelta(days=1))

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def _month_end(day: date) -> date:
    first_next = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def period_containing(kind: PeriodKind, day: date) -> Period:
    """The week (Monday first), month, quarter or year that ``day`` falls in."""
    if kind is PeriodKind.WEEK:
        start = day - timedelta(days=day.weekday())
        return Period(start, start + timedelta(days=6), kind)
    if kind is PeriodKind.MONTH:
        start = day.replace(day=1)
        return Period(start, _month_end(start), kind)
    if kind is PeriodKind.QUARTER:
        start = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return Period(start, _month_end(date(start.year, start.month + 2, 1)), kind)
    if kind is PeriodKind.YEAR:
        return Period(date(day.year, 1, 1), date(day.year, 12, 31), kind)
    raise ValueError("a custom period needs its own start and end")


def custom_period(start: date, end: date) -> Period:
    return Period(start, end, PeriodKind.CUSTOM)


def month_starts(start: date, end: date) -> list[date]:
    """The first day of every month that ``start`` .. ``end`` touches, in order."""
    months: list[date] = []
    current = start.replace(day=1)
    while current <= end:
        months.append(current)
        current = _month_end(current) + timedelta(days=1)
    return months


def last_months(today: date, count: int) -> Period:
    """The ``count`` calendar months ending with the month of ``today``."""
    start = today.replace(day=1)
    for _ in range(count - 1):
        start = (start - timedelta(days=1)).replace(day=1)
    return Period(start, _month_end(today), PeriodKind.CUSTOM)
