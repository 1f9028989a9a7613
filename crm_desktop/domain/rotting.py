"""When an open deal is "rotting" and when its close date is overdue (Qt-free, clock given).

Pipedrive marks a deal rotting from its last activity alone. We also ask whether something is
scheduled: a deal with a call booked for next week is not forgotten, however quiet it has been.

A deal is rotting when
- its stage has rotting days set (``None`` means the stage never rots), and
- it has been idle for MORE than that many days: idle since the later of its last past
  activity and the time it entered its stage (or was created, when that is unknown), and
- nothing is scheduled: no open task due at or after ``now`` and no activity after ``now``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

#: Returns the current time as an aware UTC datetime; tests pass a fixed one.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def idle_since(
    last_activity_at: datetime | None,
    stage_entered_at: datetime | None,
    created_at: datetime | None = None,
) -> datetime | None:
    """The moment the deal last saw any life: latest of last activity and stage entry."""
    moments = [m for m in (last_activity_at, stage_entered_at or created_at) if m is not None]
    return max(moments) if moments else None


def is_rotting(
    *,
    now: datetime,
    rotting_days: int | None,
    last_activity_at: datetime | None,
    stage_entered_at: datetime | None,
    created_at: datetime | None = None,
    has_scheduled_work: bool = False,
) -> bool:
    """The rule above; ``has_scheduled_work``: an open task due >= now or a future activity."""
    if rotting_days is None or has_scheduled_work:
        return False
    since = idle_since(last_activity_at, stage_entered_at, created_at)
    if since is None:
        return False
    return now - since > timedelta(days=rotting_days)


def is_overdue(expected_close_date: date | None, today: date) -> bool:
    """An open deal whose expected close date is already past."""
    return expected_close_date is not None and expected_close_date < today


def days_between(start: datetime | None, now: datetime) -> int:
    """Whole days from ``start`` to ``now`` (0 when unknown or in the future)."""
    if start is None:
        return 0
    return max(0, (now - start).days)
