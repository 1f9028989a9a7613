"""The Qt-free reminder scheduler: what is due now, and when to look again.

It decides from the database and the clock it is given. The Qt side only arms one timer for
``delay_ms()`` and calls ``poll()`` when it fires (and periodically, to survive sleep).
``poll`` claims every due reminder in one transaction (sets ``reminded_at``), so each one is
returned once: after sleep, a clock jump or a restart, the ones that came due while away come
back together in one batch, and never again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.reminders import Clock, tomorrow_morning
from crm_desktop.services.tasks import TaskDTO, TaskService

#: The longest the Qt timer sleeps before asking again (the clock may have jumped meanwhile).
RECHECK_MS = 60_000


class SnoozeChoice:
    MINUTES_5 = "5m"
    MINUTES_10 = "10m"
    MINUTES_15 = "15m"
    HOUR_1 = "1h"
    TOMORROW_MORNING = "tomorrow"


_SNOOZE_DELAYS = {
    SnoozeChoice.MINUTES_5: timedelta(minutes=5),
    SnoozeChoice.MINUTES_10: timedelta(minutes=10),
    SnoozeChoice.MINUTES_15: timedelta(minutes=15),
    SnoozeChoice.HOUR_1: timedelta(hours=1),
}


@dataclass(frozen=True)
class DueBatch:
    """Reminders to show now; more than one is shown grouped."""

    tasks: tuple[TaskDTO, ...]

    def __bool__(self) -> bool:
        return bool(self.tasks)

    @property
    def grouped(self) -> bool:
        return len(self.tasks) > 1


class ReminderScheduler:
    def __init__(self, tasks: TaskService, clock: Clock | None = None) -> None:
        self.tasks = tasks
        self.clock = clock or tasks.clock

    def poll(self) -> DueBatch:
        """Claim and return every reminder due now (each exactly once, ever)."""
        return DueBatch(tuple(self.tasks.claim_due_reminders(self.clock())))

    def next_due(self) -> datetime | None:
        return self.tasks.next_reminder_at()

    def delay_ms(self, cap_ms: int = RECHECK_MS) -> int:
        """How long the timer may sleep: until the next reminder, at most ``cap_ms``."""
        moment = self.next_due()
        if moment is None:
            return cap_ms
        wait = (moment - self.clock()) / timedelta(milliseconds=1)
        return int(max(0, min(cap_ms, wait)))

    def snooze_until(self, choice: str, now: datetime | None = None) -> datetime:
        now = now or self.clock()
        if choice in _SNOOZE_DELAYS:
            return now + _SNOOZE_DELAYS[choice]
        if choice == SnoozeChoice.TOMORROW_MORNING:
            return tomorrow_morning(now, self.tasks.zone)
        raise ValueError(f"unknown snooze choice {choice!r}")

    def snooze(self, task_id: str, choice: str) -> Changes:
        return self.tasks.snooze(task_id, self.snooze_until(choice)).changes

    def snooze_at(self, task_id: str, until: datetime) -> Changes:
        """Snooze to a moment the user picked; it must lie ahead."""
        if until <= self.clock():
            raise ValidationError({"snoozed_until": "must be in the future"})
        return self.tasks.snooze(task_id, until).changes

    def poll_with_delay(self, cap_ms: int = RECHECK_MS) -> tuple[DueBatch, int]:
        """``poll`` then ``delay_ms``: what a worker thread runs for the timer."""
        batch = self.poll()
        try:
            delay = self.delay_ms(cap_ms)
        except Exception:  # the next check will tell
            delay = cap_ms
        return batch, delay

    def done(self, task_id: str) -> Changes:
        return self.tasks.complete(task_id).changes
