"""When a task's reminder is due, and where a repeating task goes next. Pure, Qt-free.

Times are aware datetimes; storage is UTC. Wall-clock arithmetic (a day later, next month,
tomorrow morning) is done in the user's ``ZoneInfo`` so it survives DST changes.

A reminder is *pending* while the task is open and ``reminded_at`` is empty; it fires at
``snoozed_until`` if set, else at ``remind_at``. Showing it sets ``reminded_at`` (once); any
snooze or reschedule clears ``reminded_at`` again. No comparison with the shown time is made,
so a clock jumping backwards or forwards can neither bring a shown reminder back nor lose one.
"""

from __future__ import annotations

import calendar
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_desktop.domain.enums import Repeat

#: A clock gives the current aware time (UTC or any zone); tests inject a fake one.
Clock = Callable[[], datetime]
MORNING = time(9, 0)


def system_clock() -> datetime:
    return datetime.now(UTC)


def local_zone() -> tzinfo:
    """The user's time zone with its DST rules where it can be found, else the fixed offset."""
    name = os.environ.get("TZ", "").lstrip(":")
    candidates = [name] if name else []
    link = Path("/etc/localtime")
    if link.is_symlink():
        target = str(link.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for candidate in candidates:
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return datetime.now().astimezone().tzinfo or UTC


class ReminderOffset(StrEnum):
    AT_DUE = "at_due"
    MINUTES_10 = "10m"
    HOUR_1 = "1h"
    DAY_1 = "1d"
    CUSTOM = "custom"
    NONE = "none"


_OFFSETS = {
    ReminderOffset.AT_DUE: timedelta(0),
    ReminderOffset.MINUTES_10: timedelta(minutes=10),
    ReminderOffset.HOUR_1: timedelta(hours=1),
}


@dataclass(frozen=True)
class ReminderState:
    remind_at: datetime | None
    reminded_at: datetime | None = None
    snoozed_until: datetime | None = None
    done_at: datetime | None = None


def fires_at(state: ReminderState) -> datetime | None:
    """When the pending reminder fires; ``None`` when there is none (done, shown, unset)."""
    if state.done_at is not None or state.reminded_at is not None:
        return None
    return state.snoozed_until or state.remind_at


def is_due(state: ReminderState, now: datetime) -> bool:
    moment = fires_at(state)
    return moment is not None and moment <= now


def reminder_for(
    due: datetime | None, offset: ReminderOffset | str, zone: tzinfo
) -> datetime | None:
    """The reminder time for a due time: ``1d`` is the same wall-clock time the day before."""
    kind = ReminderOffset(offset)
    if due is None or kind in (ReminderOffset.NONE, ReminderOffset.CUSTOM):
        return None
    if kind is ReminderOffset.DAY_1:
        return add_local(due, zone, days=-1)
    return due - _OFFSETS[kind]


def add_local(moment: datetime, zone: tzinfo, *, days: int = 0, months: int = 0) -> datetime:
    """``moment`` moved by whole days/months of the local calendar, same wall-clock time."""
    local = moment.astimezone(zone)
    if months:
        index = local.year * 12 + local.month - 1 + months
        year, month = divmod(index, 12)
        day = min(local.day, calendar.monthrange(year, month + 1)[1])
        local = local.replace(year=year, month=month + 1, day=day)
    naive = local.replace(tzinfo=None) + timedelta(days=days)
    return naive.replace(tzinfo=zone).astimezone(UTC)


def next_occurrence(due: datetime, repeat: Repeat | str, zone: tzinfo, after: datetime) -> datetime:
    """The first occurrence of a repeating ``due`` strictly later than both ``due`` and ``after``.

    A far-overdue task skips the occurrences already past instead of piling them up.
    """
    kind = Repeat(repeat)
    if kind is Repeat.NONE:
        raise ValueError("the task does not repeat")
    step = 1
    while True:
        if kind is Repeat.MONTHLY:
            candidate = add_local(due, zone, months=step)
        else:
            candidate = add_local(due, zone, days=step * (7 if kind is Repeat.WEEKLY else 1))
        if candidate > after:
            return candidate
        step += 1


def tomorrow_morning(now: datetime, zone: tzinfo, at: time = MORNING) -> datetime:
    """Tomorrow at ``at`` local time, in UTC."""
    day = now.astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(day, at).replace(tzinfo=zone).astimezone(UTC)


def local_day_bounds(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """Start of today and start of tomorrow (local calendar), in UTC."""
    day = now.astimezone(zone).date()
    start = datetime.combine(day, time()).replace(tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time()).replace(tzinfo=zone).astimezone(UTC)
    return start, end


def move_to_day(due: datetime | None, day: date, zone: tzinfo, default: time = MORNING) -> datetime:
    """``day`` at the local wall-clock time of ``due`` (``default`` without one), in UTC."""
    at = due.astimezone(zone).time().replace(tzinfo=None) if due is not None else default
    return datetime.combine(day, at).replace(tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True)
class DayGroup:
    """An agenda group after today's: its key and the day a task dropped on it moves to."""

    key: str
    first: date  # the first day in the group (and the drop target)
    end: date | None  # the day after the group (None: open-ended)


def upcoming_groups(today: date) -> list[DayGroup]:
    """Tomorrow, the rest of this (ISO) week, next week, later: the empty ones are left out."""
    tomorrow = today + timedelta(days=1)
    next_monday = today + timedelta(days=7 - today.weekday())
    after_next = next_monday + timedelta(days=7)
    groups = [DayGroup("tomorrow", tomorrow, tomorrow + timedelta(days=1))]
    if tomorrow + timedelta(days=1) < next_monday:
        groups.append(DayGroup("this_week", tomorrow + timedelta(days=1), next_monday))
    next_start = max(next_monday, tomorrow + timedelta(days=1))
    groups.append(DayGroup("next_week", next_start, after_next))
    groups.append(DayGroup("later", after_next, None))
    return groups
