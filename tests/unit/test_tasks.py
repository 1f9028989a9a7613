"""TaskService: create/update/complete/reopen/snooze/reschedule, the agenda, activities, .ics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from crm_desktop.domain.enums import (
    ActivityType,
    ChangeAction,
    EntityKind,
    Priority,
    Repeat,
    TaskType,
)
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.reminders import ReminderOffset
from crm_desktop.services.container import Services
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Activity
from tests.unit.record_helpers import make_services

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 10, 10, tzinfo=UTC)  # 11:00 in Paris


@pytest.fixture
def services(db: Database) -> Services:
    return make_services(db)


@pytest.fixture
def tasks(services: Services) -> TaskService:
    return TaskService(services.db, clock=lambda: NOW, zone=PARIS)


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def test_container_registers_tasks(services: Services) -> None:
    assert isinstance(services.tasks, TaskService)


def test_create_validates_and_sets_reminder(tasks: TaskService) -> None:
    with pytest.raises(ValidationError) as err:
        tasks.create(TaskInput("   "))
    assert "title" in err.value.errors
    with pytest.raises(ValidationError):
        tasks.create(TaskInput("Repeat", repeat=Repeat.DAILY))
    saved = tasks.create(
        TaskInput(
            "  Call Ada ",
            type=TaskType.CALL,
            due_at=utc(11, 14),
            reminder=ReminderOffset.HOUR_1,
            priority=Priority.HIGH,
            notes="about the renewal",
        )
    )
    task = saved.record
    assert task.title == "Call Ada"
    assert task.remind_at == utc(11, 13)
    assert task.priority is Priority.HIGH
    assert saved.changes.ids(EntityKind.TASK, ChangeAction.CREATE) == {task.id}
    custom = tasks.create(
        TaskInput(
            "Custom", due_at=utc(11, 14), reminder=ReminderOffset.CUSTOM, remind_at=utc(11, 7)
        )
    ).record
    assert custom.remind_at == utc(11, 7)
    none = tasks.create(TaskInput("Quiet", due_at=utc(11, 14), reminder=ReminderOffset.NONE))
    assert none.record.remind_at is None


def test_agenda_sections_use_the_local_day(tasks: TaskService) -> None:
    def add(title: str, due: datetime | None) -> str:
        return tasks.create(TaskInput(title, due_at=due)).record.id

    add("overdue", utc(9, 22, 59))  # 23:59 Paris, 9 March
    add("today early", utc(9, 23))  # 00:00 Paris, 10 March
    add("today late", utc(10, 22, 59))
    add("no date", None)
    add("upcoming", utc(10, 23))  # 00:00 Paris, 11 March
    done_id = add("done", utc(10, 12))
    tasks.complete(done_id)
    agenda = tasks.agenda()
    assert [t.title for t in agenda.overdue] == ["overdue"]
    assert [t.title for t in agenda.today] == ["today early", "today late", "no date"]
    assert [t.title for t in agenda.upcoming] == ["upcoming"]
    assert [t.title for t in agenda.done] == ["done"]


def test_agenda_filters_by_owner_and_type(services: Services, tasks: TaskService) -> None:
    ann = services.users.create({"name": "Ann"}).record
    bob = services.users.create({"name": "Bob"}).record
    tasks.create(TaskInput("a call", type=TaskType.CALL, owner_id=ann.id, due_at=utc(10, 12)))
    tasks.create(TaskInput("a mail", type=TaskType.EMAIL, owner_id=ann.id, due_at=utc(10, 12)))
    tasks.create(TaskInput("b call", type=TaskType.CALL, owner_id=bob.id, due_at=utc(10, 12)))
    assert {t.title for t in tasks.agenda(owner_id=ann.id).today} == {"a call", "a mail"}
    assert [t.title for t in tasks.agenda(task_type=TaskType.CALL, owner_id=bob.id).today] == [
        "b call"
    ]
    assert len(tasks.agenda(task_type=TaskType.CALL).today) == 2


def test_complete_logs_activity_and_reopen(services: Services, tasks: TaskService) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    task = tasks.create(
        TaskInput("Call Ada", type=TaskType.CALL, contact_id=contact.id, due_at=utc(10, 9))
    ).record
    assert task.loggable
    saved = tasks.complete(task.id, log_activity=True)
    assert saved.record.done_at == NOW
    assert saved.changes.touches(EntityKind.ACTIVITY)
    activity_ids = saved.changes.ids(EntityKind.ACTIVITY, ChangeAction.CREATE)
    assert len(activity_ids) == 1
    with services.db.session(write=False) as session:
        activity = session.get(Activity, next(iter(activity_ids)))
        assert activity is not None
        assert activity.contact_id == contact.id
        assert activity.type is ActivityType.CALL
        assert activity.subject == "Call Ada"
        assert activity.occurred_at == NOW
    reopened = tasks.reopen(task.id).record
    assert reopened.done_at is None


def test_complete_without_link_logs_nothing(tasks: TaskService) -> None:
    task = tasks.create(TaskInput("Email", type=TaskType.EMAIL)).record
    assert not task.loggable
    saved = tasks.complete(task.id, log_activity=True)
    assert not saved.changes.touches(EntityKind.ACTIVITY)


def test_reschedule_keeps_reminder_distance_and_rearms(tasks: TaskService) -> None:
    task = tasks.create(
        TaskInput("Move me", due_at=utc(10, 9), reminder=ReminderOffset.MINUTES_10)
    ).record
    assert [t.id for t in tasks.claim_due_reminders(NOW)] == [task.id]
    moved = tasks.reschedule(task.id, utc(12, 9)).record
    assert moved.due_at == utc(12, 9)
    assert moved.remind_at == utc(12, 8, 50)
    assert moved.reminded_at is None
    assert tasks.next_reminder_at() == utc(12, 8, 50)


def test_snooze_and_update(tasks: TaskService) -> None:
    task = tasks.create(TaskInput("Snooze", due_at=utc(10, 9))).record
    tasks.claim_due_reminders(NOW)
    snoozed = tasks.snooze(task.id, NOW + timedelta(hours=1)).record
    assert snoozed.snoozed_until == utc(10, 11)
    assert snoozed.reminded_at is None
    updated = tasks.update(
        task.id, TaskInput("Renamed", due_at=utc(10, 9), notes="n", priority=Priority.LOW)
    ).record
    assert updated.title == "Renamed"
    assert updated.snoozed_until == utc(10, 11)  # same due time: the snooze stays
    assert updated.priority is Priority.LOW
    with pytest.raises(NotFoundError):
        tasks.update("missing", TaskInput("x"))


def test_ics_export_parses_back(tasks: TaskService) -> None:
    tasks.create(
        TaskInput(
            "Weekly review",
            due_at=utc(12, 15),
            reminder=ReminderOffset.DAY_1,
            repeat=Repeat.WEEKLY,
            notes="Bring numbers",
            priority=Priority.HIGH,
        )
    )
    tasks.create(TaskInput("Undated"))
    data = tasks.export_ics(tasks.list())
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == "Weekly review"
    assert event.decoded("dtstart") == utc(12, 15)
    assert str(event["description"]) == "Bring numbers"
    assert event["rrule"]["FREQ"] == ["WEEKLY"]
    assert int(event["priority"]) == 1
    alarms = list(event.walk("VALARM"))
    assert alarms[0].decoded("trigger") == timedelta(days=-1)


def test_follow_up_service_still_works_and_shows_in_agenda(services: Services) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    due = datetime.now(UTC) + timedelta(days=3)
    saved = services.follow_ups.add(EntityKind.CONTACT, contact.id, "Follow up", due)
    assert saved.record.contact_id == contact.id
    task = services.tasks.get(saved.record.id)
    assert task.type is TaskType.FOLLOW_UP
    assert task.remind_at == task.due_at


def test_restore_schedule_puts_due_reminder_and_shown_state_back(tasks: TaskService) -> None:
    task = tasks.create(
        TaskInput("Call", due_at=utc(10, 9), reminder=ReminderOffset.MINUTES_10)
    ).record
    [shown] = tasks.claim_due_reminders(NOW)
    moved = tasks.reschedule(task.id, utc(12, 9)).record
    assert (moved.remind_at, moved.reminded_at) == (utc(12, 8, 50), None)
    saved = tasks.restore_schedule(shown)
    back = saved.record
    assert (back.due_at, back.remind_at, back.reminded_at, back.snoozed_until) == (
        utc(10, 9),
        utc(10, 8, 50),
        NOW,  # it was shown: undoing the move does not show it again
        None,
    )
    assert saved.changes.ids(EntityKind.TASK) == {task.id}
    assert tasks.claim_due_reminders(utc(12, 9)) == []


def test_follow_ups_from_record_views_go_through_the_task_service(services: Services) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    saved = services.follow_ups.add("contact", contact.id, "Call back", due_at=utc(11, 9))
    task = services.tasks.get(saved.record.id)
    assert (task.type, task.contact_id, task.due_at, task.remind_at) == (
        TaskType.FOLLOW_UP,
        contact.id,
        utc(11, 9),
        utc(11, 9),  # reminded at its due time, like a task made on the Tasks page
    )
    with pytest.raises(ValidationError):
        services.follow_ups.add("user", contact.id, "Nope")
