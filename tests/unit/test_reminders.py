"""The reminder scheduler with a fake clock: sleep, clock jumps, DST, restart, snooze, repeat."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.domain.enums import Repeat, TaskType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.reminders import (
    ReminderOffset,
    ReminderState,
    add_local,
    fires_at,
    is_due,
    move_to_day,
    next_occurrence,
    reminder_for,
    tomorrow_morning,
    upcoming_groups,
)
from crm_desktop.notifications.scheduler import ReminderScheduler, SnoozeChoice
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.storage.database import Database, open_database

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def utc(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(utc(10, 8))


@pytest.fixture
def tasks(db: Database, clock: FakeClock) -> TaskService:
    return TaskService(db, clock=clock, zone=PARIS)


@pytest.fixture
def scheduler(tasks: TaskService) -> ReminderScheduler:
    return ReminderScheduler(tasks)


def add(tasks: TaskService, title: str, due: datetime, **kw: object) -> str:
    return tasks.create(TaskInput(title, due_at=due, **kw)).record.id  # type: ignore[arg-type]


def titles(scheduler: ReminderScheduler) -> list[str]:
    return [task.title for task in scheduler.poll().tasks]


# -- pure rules ------------------------------------------------------------------------------


def test_fires_at_prefers_snooze_and_stops_once_shown_or_done() -> None:
    remind = utc(10, 9)
    assert fires_at(ReminderState(remind)) == remind
    assert fires_at(ReminderState(remind, snoozed_until=utc(10, 10))) == utc(10, 10)
    assert fires_at(ReminderState(remind, reminded_at=utc(10, 9))) is None
    assert fires_at(ReminderState(remind, done_at=utc(10, 8))) is None
    assert not is_due(ReminderState(remind), utc(10, 8, 59))
    assert is_due(ReminderState(remind), utc(10, 9))


def test_reminder_offsets() -> None:
    due = utc(10, 14)
    assert reminder_for(due, ReminderOffset.AT_DUE, PARIS) == due
    assert reminder_for(due, ReminderOffset.MINUTES_10, PARIS) == utc(10, 13, 50)
    assert reminder_for(due, ReminderOffset.HOUR_1, PARIS) == utc(10, 13)
    assert reminder_for(due, ReminderOffset.DAY_1, PARIS) == utc(9, 14)
    assert reminder_for(due, ReminderOffset.NONE, PARIS) is None
    assert reminder_for(None, ReminderOffset.AT_DUE, PARIS) is None


def test_one_day_before_keeps_wall_clock_across_dst() -> None:
    # Paris moves to summer time on Sunday 29 March 2026 at 02:00.
    due = datetime(2026, 3, 30, 9, tzinfo=PARIS).astimezone(UTC)  # 07:00 UTC (CEST)
    assert reminder_for(due, ReminderOffset.DAY_1, PARIS) == utc(29, 7)  # 09:00 CEST
    before = datetime(2026, 3, 29, 9, tzinfo=PARIS).astimezone(UTC)
    assert reminder_for(before, ReminderOffset.DAY_1, PARIS) == utc(28, 8)  # 09:00 CET


def test_daily_repeat_keeps_local_time_across_spring_and_autumn_dst() -> None:
    saturday = datetime(2026, 3, 28, 9, tzinfo=PARIS)  # 08:00 UTC
    nxt = next_occurrence(saturday, Repeat.DAILY, PARIS, after=saturday)
    assert nxt == utc(29, 7)  # Sunday 09:00 CEST
    assert nxt.astimezone(PARIS).hour == 9
    # New York leaves summer time on Sunday 1 November 2026.
    oct31 = datetime(2026, 10, 31, 9, tzinfo=NEW_YORK)  # 13:00 UTC
    assert next_occurrence(oct31, Repeat.DAILY, NEW_YORK, oct31) == utc(1, 14, month=11)


def test_weekly_and_monthly_repeat_and_month_end() -> None:
    due = utc(10, 8)
    assert next_occurrence(due, Repeat.WEEKLY, PARIS, due) == utc(17, 8)
    jan31 = datetime(2026, 1, 31, 10, tzinfo=UTC)
    assert next_occurrence(jan31, Repeat.MONTHLY, UTC, jan31) == datetime(
        2026, 2, 28, 10, tzinfo=UTC
    )
    assert add_local(jan31, UTC, months=2) == datetime(2026, 3, 31, 10, tzinfo=UTC)
    # Far overdue: skips to the first occurrence after now, no pile of past ones.
    assert next_occurrence(utc(1, 8), Repeat.DAILY, UTC, after=utc(10, 12)) == utc(11, 8)


def test_tomorrow_morning_is_9_local() -> None:
    late = datetime(2026, 3, 28, 23, 30, tzinfo=PARIS)
    assert tomorrow_morning(late, PARIS) == utc(29, 7)  # Sunday 09:00 CEST


# -- the scheduler on a real database ---------------------------------------------------------


def test_due_reminder_is_returned_once(scheduler: ReminderScheduler, clock: FakeClock) -> None:
    add(scheduler.tasks, "Call Ada", utc(10, 9))
    assert titles(scheduler) == []
    assert scheduler.delay_ms() == 60_000  # one hour away: recheck after the cap
    clock.advance(minutes=59, seconds=30)
    assert scheduler.delay_ms() == 30_000
    clock.advance(seconds=30)
    assert titles(scheduler) == ["Call Ada"]
    assert titles(scheduler) == []
    assert scheduler.next_due() is None


def test_sleep_resume_groups_every_missed_reminder_once(
    scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    add(scheduler.tasks, "A", utc(10, 9))
    add(scheduler.tasks, "B", utc(10, 10))
    add(scheduler.tasks, "C", utc(10, 20))
    clock.now = utc(10, 15)  # the laptop slept from 08:00 to 15:00
    batch = scheduler.poll()
    assert batch.grouped
    assert [task.title for task in batch.tasks] == ["A", "B"]
    assert titles(scheduler) == []
    assert scheduler.next_due() == utc(10, 20)


def test_clock_backwards_neither_repeats_nor_loses(
    scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    add(scheduler.tasks, "Shown", utc(10, 9))
    add(scheduler.tasks, "Later", utc(10, 11))
    clock.now = utc(10, 9, 30)
    assert titles(scheduler) == ["Shown"]
    clock.now = utc(10, 7)  # NTP or the user put the clock back two and a half hours
    assert titles(scheduler) == []
    clock.now = utc(10, 9, 30)
    assert titles(scheduler) == []
    clock.now = utc(10, 11)
    assert titles(scheduler) == ["Later"]


def test_clock_forwards_then_back_shows_once(
    scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    add(scheduler.tasks, "Tomorrow", utc(11, 9))
    clock.now = utc(12, 9)  # wrong jump forward
    assert titles(scheduler) == ["Tomorrow"]
    clock.now = utc(10, 9)  # corrected
    clock.now = utc(11, 9)
    assert titles(scheduler) == []


def test_restart_sees_missed_reminders_once(db_path: object, clock: FakeClock) -> None:
    first = open_database(db_path)  # type: ignore[arg-type]
    tasks = TaskService(first, clock=clock, zone=PARIS)
    add(tasks, "Missed", utc(10, 9))
    add(tasks, "Shown before quitting", utc(10, 8))
    assert titles(ReminderScheduler(tasks)) == ["Shown before quitting"]
    first.close()
    clock.now = utc(11, 8)  # the app was closed overnight
    second = open_database(db_path)  # type: ignore[arg-type]
    try:
        scheduler = ReminderScheduler(TaskService(second, clock=clock, zone=PARIS))
        assert titles(scheduler) == ["Missed"]
        assert titles(scheduler) == []
        centre = scheduler.tasks.shown_open(since=utc(9, 0))
        assert {t.title for t in centre} == {"Missed", "Shown before quitting"}
    finally:
        second.close()


def test_snooze_brings_it_back_once_at_snooze_time(
    scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    task_id = add(scheduler.tasks, "Email Bob", utc(10, 8))
    assert titles(scheduler) == ["Email Bob"]
    scheduler.snooze(task_id, SnoozeChoice.MINUTES_10)
    assert scheduler.next_due() == utc(10, 8, 10)
    clock.advance(minutes=9)
    assert titles(scheduler) == []
    clock.advance(minutes=1)
    assert titles(scheduler) == ["Email Bob"]
    scheduler.snooze(task_id, SnoozeChoice.HOUR_1)
    assert scheduler.next_due() == utc(10, 9, 10)
    scheduler.snooze(task_id, SnoozeChoice.TOMORROW_MORNING)
    assert scheduler.next_due() == utc(11, 8)  # 09:00 Paris (CET)
    clock.now = utc(12, 8)
    assert titles(scheduler) == ["Email Bob"]
    assert titles(scheduler) == []


def test_snooze_after_wrong_forward_jump_is_not_lost(
    scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    task_id = add(scheduler.tasks, "X", utc(10, 8))
    clock.now = utc(20, 8)  # wrong clock: shown "on the 20th"
    assert titles(scheduler) == ["X"]
    clock.now = utc(10, 8, 1)  # corrected; the user snoozes 10 minutes
    scheduler.snooze(task_id, SnoozeChoice.MINUTES_10)
    clock.now = utc(10, 8, 11)
    assert titles(scheduler) == ["X"]


def test_done_task_never_reminds(scheduler: ReminderScheduler, clock: FakeClock) -> None:
    task_id = add(scheduler.tasks, "Done early", utc(10, 9))
    scheduler.done(task_id)
    clock.now = utc(10, 10)
    assert titles(scheduler) == []


def test_repeat_creates_next_occurrence_with_its_own_reminder(
    scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    due = datetime(2026, 3, 28, 9, tzinfo=PARIS).astimezone(UTC)
    task_id = add(
        scheduler.tasks,
        "Standup",
        due,
        repeat=Repeat.DAILY,
        reminder=ReminderOffset.MINUTES_10,
        type=TaskType.MEETING,
    )
    clock.now = due
    assert titles(scheduler) == ["Standup"]
    scheduler.done(task_id)
    open_tasks = scheduler.tasks.list(include_done=False)
    assert len(open_tasks) == 1
    nxt = open_tasks[0]
    assert nxt.id != task_id
    assert nxt.due_at == utc(29, 7)  # 09:00 CEST, across the DST change
    assert nxt.remind_at == utc(29, 6, 50)
    assert nxt.repeat is Repeat.DAILY
    clock.now = utc(29, 6, 50)
    assert titles(scheduler) == ["Standup"]
    assert titles(scheduler) == []


def test_completing_twice_creates_one_next_occurrence(
    scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    task_id = add(scheduler.tasks, "Weekly", utc(10, 9), repeat=Repeat.WEEKLY)
    scheduler.done(task_id)
    scheduler.done(task_id)
    assert [t.due_at for t in scheduler.tasks.list(include_done=False)] == [utc(17, 9)]


def test_quick_and_custom_snooze_times(scheduler: ReminderScheduler, clock: FakeClock) -> None:
    task_id = add(scheduler.tasks, "Quick", utc(10, 8))
    assert titles(scheduler) == ["Quick"]
    scheduler.snooze(task_id, SnoozeChoice.MINUTES_5)
    assert scheduler.next_due() == utc(10, 8, 5)
    scheduler.snooze(task_id, SnoozeChoice.MINUTES_15)
    assert scheduler.next_due() == utc(10, 8, 15)
    with pytest.raises(ValidationError):  # a custom time in the past would never come back
        scheduler.snooze_at(task_id, clock.now)
    scheduler.snooze_at(task_id, utc(13, 16, 45))
    assert scheduler.next_due() == utc(13, 16, 45)
    clock.now = utc(13, 16, 44)
    assert titles(scheduler) == []
    clock.now = utc(13, 16, 45)
    batch, delay = scheduler.poll_with_delay()
    assert [task.title for task in batch.tasks] == ["Quick"]
    assert delay == 60_000  # nothing else pending: look again in a minute
    assert titles(scheduler) == []


def test_poll_with_delay_claims_and_says_when_to_look_again(
    scheduler: ReminderScheduler, clock: FakeClock
) -> None:
    add(scheduler.tasks, "Now", utc(10, 8))
    add(scheduler.tasks, "Soon", utc(10, 8, 0) + timedelta(seconds=30))
    batch, delay = scheduler.poll_with_delay()
    assert [task.title for task in batch.tasks] == ["Now"]
    assert delay == 30_000


def test_move_to_day_keeps_the_local_time_across_dst() -> None:
    # 14:30 in Paris on Friday 27 March (CET, UTC+1) moved to Monday 30 March (CEST, UTC+2).
    due = utc(27, 13, 30)
    assert move_to_day(due, date(2026, 3, 30), PARIS) == utc(30, 12, 30)
    assert move_to_day(None, date(2026, 3, 30), PARIS) == utc(30, 7)  # 09:00 without a time


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        # Tuesday: tomorrow, Thursday to Sunday, next Monday to Sunday, then later.
        (
            date(2026, 3, 10),
            [
                ("tomorrow", date(2026, 3, 11), date(2026, 3, 12)),
                ("this_week", date(2026, 3, 12), date(2026, 3, 16)),
                ("next_week", date(2026, 3, 16), date(2026, 3, 23)),
                ("later", date(2026, 3, 23), None),
            ],
        ),
        # Saturday: tomorrow is Sunday, nothing else is left of this week.
        (
            date(2026, 3, 14),
            [
                ("tomorrow", date(2026, 3, 15), date(2026, 3, 16)),
                ("next_week", date(2026, 3, 16), date(2026, 3, 23)),
                ("later", date(2026, 3, 23), None),
            ],
        ),
        # Sunday: tomorrow is next week's Monday; "next week" goes on from Tuesday.
        (
            date(2026, 3, 15),
            [
                ("tomorrow", date(2026, 3, 16), date(2026, 3, 17)),
                ("next_week", date(2026, 3, 17), date(2026, 3, 23)),
                ("later", date(2026, 3, 23), None),
            ],
        ),
    ],
)
def test_upcoming_groups(today: date, expected: list[tuple[str, date, date | None]]) -> None:
    assert [(g.key, g.first, g.end) for g in upcoming_groups(today)] == expected
