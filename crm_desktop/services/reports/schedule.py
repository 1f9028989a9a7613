"""Scheduled reports: rules ("every Monday 08:00"), when they are due, catch-up after a gap.

Times are the user's local wall-clock time (naive datetimes). A rule is due when its latest
slot at or before now is after its last run: a laptop closed over several slots generates the
report once, for the latest slot, at the next start. The report covers the last complete day,
week or month before the slot (a Monday 08:00 weekly report covers last week).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from crm_desktop.services.reports.model import ReportKind, ReportRequest

Clock = Callable[[], datetime]
#: How far back and forward slots are searched (longer than any month).
SEARCH_DAYS = 62


def local_now() -> datetime:
    """The local wall-clock time, naive."""
    return datetime.now(UTC).astimezone().replace(tzinfo=None)


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKDAYS = "weekdays"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class ScheduleRule:
    id: str
    frequency: Frequency
    report: ReportKind
    at: time = time(8, 0)
    #: Monday 0 .. Sunday 6, for weekly rules
    weekday: int = 0
    #: one rep's report; None: the team report
    owner_id: str | None = None
    enabled: bool = True
    last_run: datetime | None = None

    def runs_on(self, day: date) -> bool:
        if self.frequency is Frequency.WEEKDAYS:
            return day.weekday() < 5
        if self.frequency is Frequency.WEEKLY:
            return day.weekday() == self.weekday
        if self.frequency is Frequency.MONTHLY:
            return day.day == 1
        return True

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "frequency": self.frequency.value,
            "report": self.report.value,
            "at": self.at.strftime("%H:%M"),
            "weekday": self.weekday,
            "owner_id": self.owner_id,
            "enabled": self.enabled,
            "last_run": self.last_run.isoformat(timespec="seconds") if self.last_run else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScheduleRule:
        last = data.get("last_run")
        return cls(
            id=str(data["id"]),
            frequency=Frequency(data["frequency"]),
            report=ReportKind(data["report"]),
            at=time.fromisoformat(str(data.get("at", "08:00"))),
            weekday=int(data.get("weekday", 0)) % 7,
            owner_id=data.get("owner_id") or None,
            enabled=bool(data.get("enabled", True)),
            last_run=datetime.fromisoformat(last) if last else None,
        )


def new_rule(
    frequency: Frequency,
    report: ReportKind,
    at: time,
    now: datetime,
    weekday: int = 0,
    owner_id: str | None = None,
) -> ScheduleRule:
    """A rule that starts counting from ``now`` (past slots are not caught up)."""
    if report is ReportKind.CUSTOM:
        raise ValueError("a scheduled report is daily, weekly or monthly")
    return ScheduleRule(uuid.uuid4().hex, frequency, report, at, weekday, owner_id, True, now)


def latest_slot(rule: ScheduleRule, now: datetime) -> datetime | None:
    """The rule's last slot at or before ``now``."""
    for back in range(SEARCH_DAYS + 1):
        day = now.date() - timedelta(days=back)
        slot = datetime.combine(day, rule.at)
        if rule.runs_on(day) and slot <= now:
            return slot
    return None


def next_slot(rule: ScheduleRule, now: datetime) -> datetime | None:
    """The rule's first slot after ``now``."""
    for ahead in range(SEARCH_DAYS + 1):
        day = now.date() + timedelta(days=ahead)
        slot = datetime.combine(day, rule.at)
        if rule.runs_on(day) and slot > now:
            return slot
    return None


def due_slot(rule: ScheduleRule, now: datetime) -> datetime | None:
    """The slot to generate now (only the latest one when several were missed), or None."""
    if not rule.enabled:
        return None
    slot = latest_slot(rule, now)
    if slot is None or (rule.last_run is not None and rule.last_run >= slot):
        return None
    return slot


def next_due(rules: list[ScheduleRule], now: datetime) -> datetime | None:
    """When the next enabled rule comes due."""
    slots = [next_slot(rule, now) for rule in rules if rule.enabled]
    return min((slot for slot in slots if slot is not None), default=None)


def request_for(rule: ScheduleRule, slot: datetime) -> ReportRequest:
    """The report a slot makes: the last complete day/week/month before it.

    A daily report on working days covers the previous working day (Friday, on a Monday).
    """
    day = slot.date() - timedelta(days=1)
    if rule.report is ReportKind.DAILY and rule.frequency is Frequency.WEEKDAYS:
        while day.weekday() >= 5:
            day -= timedelta(days=1)
    return ReportRequest(rule.report, day, owner_id=rule.owner_id)


def ran(rule: ScheduleRule, when: datetime) -> ScheduleRule:
    return replace(rule, last_run=when)
