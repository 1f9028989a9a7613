"""Tasks and follow-ups: the agenda, completing and repeating, snoozing, reminders, .ics export."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

import icalendar
from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import ActivityType, Priority, Repeat, TaskType
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.reminders import (
    Clock,
    ReminderOffset,
    local_day_bounds,
    local_zone,
    next_occurrence,
    reminder_for,
    system_clock,
)
from crm_desktop.domain.text import clean_text
from crm_desktop.services.activities import ActivityLinks, ActivityService
from crm_desktop.services.dto import Saved, dto_from
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Task
from crm_desktop.storage.unit_of_work import UnitOfWork

_ACTIVITY_OF = {
    TaskType.CALL: ActivityType.CALL,
    TaskType.EMAIL: ActivityType.EMAIL,
    TaskType.MEETING: ActivityType.MEETING,
}


@dataclass(frozen=True)
class TaskDTO:
    id: str
    title: str
    type: TaskType
    notes: str | None
    due_at: datetime | None
    remind_at: datetime | None
    reminded_at: datetime | None
    snoozed_until: datetime | None
    done_at: datetime | None
    priority: Priority
    repeat: Repeat
    owner_id: str | None
    contact_id: str | None
    company_id: str | None
    deal_id: str | None

    @property
    def loggable(self) -> bool:
        """Completing it can be logged as an activity (a call, email or meeting with a link)."""
        return self.type in _ACTIVITY_OF and any((self.contact_id, self.company_id, self.deal_id))


@dataclass(frozen=True)
class TaskInput:
    """What a user enters for a task. ``remind_at`` is used when ``reminder`` is CUSTOM."""

    title: str
    type: TaskType = TaskType.FOLLOW_UP
    due_at: datetime | None = None
    reminder: ReminderOffset = ReminderOffset.AT_DUE
    remind_at: datetime | None = None
    priority: Priority = Priority.NORMAL
    owner_id: str | None = None
    contact_id: str | None = None
    company_id: str | None = None
    deal_id: str | None = None
    notes: str | None = None
    repeat: Repeat = Repeat.NONE


@dataclass(frozen=True)
class Agenda:
    overdue: list[TaskDTO]
    today: list[TaskDTO]
    upcoming: list[TaskDTO]
    done: list[TaskDTO]


class TaskService:
    def __init__(
        self,
        db: Database,
        actor: Callable[[], str | None] = lambda: None,
        clock: Clock = system_clock,
        zone: tzinfo | None = None,
    ) -> None:
        self._db = db
        self._actor = actor
        self.clock = clock
        self.zone = zone or local_zone()

    # -- writes -------------------------------------------------------------------------------
    def create(self, data: TaskInput) -> Saved[TaskDTO]:
        values = self._validated(data)
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            task = Task(**values)
            if task.owner_id is None:
                task.owner_id = self._actor()
            session.add(task)
            session.flush()
            dto = _dto(task)
        return Saved(dto, uow.changes)

    def update(self, task_id: str, data: TaskInput) -> Saved[TaskDTO]:
        values = self._validated(data)
        return self._write(task_id, lambda _s, task: _assign(task, values))

    def complete(self, task_id: str, *, log_activity: bool = False) -> Saved[TaskDTO]:
        """Mark done; a repeating task gets its next occurrence; optionally log an activity."""
        now = self.clock()
        created: list[Task] = []

        def apply(session: Session, task: Task) -> None:
            if task.done_at is not None:
                return
            task.done_at = now
            if task.repeat is not Repeat.NONE and task.due_at is not None:
                nxt = self._next_of(task, now)
                session.add(nxt)
                created.append(nxt)

        saved = self._write(task_id, apply)
        if log_activity and saved.record.loggable:
            task = saved.record
            logged = ActivityService(self._db, self._actor).log(
                _ACTIVITY_OF[task.type],
                task.title,
                ActivityLinks(task.contact_id, task.company_id, task.deal_id),
                body=task.notes,
                occurred_at=now,
            )
            saved = Saved(saved.record, saved.changes.merged(logged.changes))
        return saved

    def reopen(self, task_id: str) -> Saved[TaskDTO]:
        return self._write(task_id, lambda _s, task: setattr(task, "done_at", None))

    def snooze(self, task_id: str, until: datetime) -> Saved[TaskDTO]:
        """The reminder comes back at ``until`` (once), even if it was shown already."""

        def apply(_session: Session, task: Task) -> None:
            task.snoozed_until = until
            task.reminded_at = None

        return self._write(task_id, apply)

    def reschedule(self, task_id: str, due_at: datetime) -> Saved[TaskDTO]:
        """Move the due time; the reminder keeps its distance to it and fires again."""

        def apply(_session: Session, task: Task) -> None:
            if task.remind_at is not None and task.due_at is not None:
                task.remind_at = due_at - (task.due_at - task.remind_at)
            elif task.remind_at is None:
                task.remind_at = due_at
            task.due_at = due_at
            task.snoozed_until = None
            task.reminded_at = None

        return self._write(task_id, apply)

    def restore_schedule(self, before: TaskDTO) -> Saved[TaskDTO]:
        """Put a task's due, reminder and snooze state back as ``before`` had it (undo).

        ``reminded_at`` comes back too, so a reminder already shown is not shown again.
        """

        def apply(_session: Session, task: Task) -> None:
            task.due_at = before.due_at
            task.remind_at = before.remind_at
            task.reminded_at = before.reminded_at
            task.snoozed_until = before.snoozed_until

        return self._write(before.id, apply)

    # -- reminders -----------------------------------------------------------------------------
    def claim_due_reminders(self, now: datetime) -> list[TaskDTO]:
        """Reminders due at ``now`` not shown yet; marks them shown in the same transaction."""
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            tasks = session.scalars(_pending().where(_fires_at() <= now).order_by(_fires_at()))
            claimed = []
            for task in tasks:
                task.reminded_at = now
                claimed.append(task)
            session.flush()
            result = [_dto(task) for task in claimed]
        return result

    def next_reminder_at(self) -> datetime | None:
        """When the earliest pending reminder fires (maybe in the past)."""
        with self._db.session(write=False) as session:
            first = session.scalars(_pending().order_by(_fires_at()).limit(1)).first()
            if first is None:
                return None
            moment: datetime | None = first.snoozed_until or first.remind_at
            return moment

    def shown_open(self, since: datetime, limit: int = 200) -> list[TaskDTO]:
        """Open tasks whose reminder was shown since ``since``: the notification centre."""
        query = (
            select(Task)
            .where(Task.deleted_at.is_(None), Task.done_at.is_(None), Task.reminded_at >= since)
            .order_by(Task.reminded_at.desc())
            .limit(limit)
        )
        with self._db.session(write=False) as session:
            return [_dto(task) for task in session.scalars(query)]

    # -- reads ---------------------------------------------------------------------------------
    def get(self, task_id: str) -> TaskDTO:
        with self._db.session(write=False) as session:
            return _dto(_live(session, task_id))

    def agenda(
        self,
        *,
        owner_id: str | None = None,
        task_type: TaskType | None = None,
        done_limit: int = 50,
        upcoming_limit: int = 500,
    ) -> Agenda:
        start, end = local_day_bounds(self.clock(), self.zone)
        base = select(Task).where(Task.deleted_at.is_(None))
        if owner_id is not None:
            base = base.where(Task.owner_id == owner_id)
        if task_type is not None:
            base = base.where(Task.type == task_type)
        open_ = base.where(Task.done_at.is_(None))
        with self._db.session(write=False) as session:

            def run(query: Select[Task], limit: int | None = None) -> list[TaskDTO]:
                q = query.limit(limit) if limit else query
                return [_dto(task) for task in session.scalars(q)]

            by_due = (Task.due_at, Task.priority)
            return Agenda(
                overdue=run(open_.where(Task.due_at < start).order_by(*by_due)),
                today=run(
                    open_.where(
                        (Task.due_at >= start) & (Task.due_at < end) | Task.due_at.is_(None)
                    ).order_by(Task.due_at.is_(None), *by_due)
                ),
                upcoming=run(open_.where(Task.due_at >= end).order_by(*by_due), upcoming_limit),
                done=run(
                    base.where(Task.done_at.is_not(None)).order_by(Task.done_at.desc()),
                    done_limit,
                ),
            )

    def list(self, ids: Iterable[str] | None = None, include_done: bool = True) -> list[TaskDTO]:
        query = select(Task).where(Task.deleted_at.is_(None)).order_by(Task.due_at)
        if ids is not None:
            query = query.where(Task.id.in_(list(ids)))
        if not include_done:
            query = query.where(Task.done_at.is_(None))
        with self._db.session(write=False) as session:
            return [_dto(task) for task in session.scalars(query)]

    def export_ics(self, tasks: Iterable[TaskDTO]) -> bytes:
        """An iCalendar file with one event per task that has a due time."""
        return tasks_to_ics(tasks, self.clock())

    # -- helpers -------------------------------------------------------------------------------
    def _validated(self, data: TaskInput) -> dict[str, object]:
        title = clean_text(data.title or "")
        errors = {}
        if not title:
            errors["title"] = "required"
        elif len(title) > 500:
            errors["title"] = "at most 500 characters"
        if data.repeat is not Repeat.NONE and data.due_at is None:
            errors["repeat"] = "a repeating task needs a due time"
        if data.reminder is ReminderOffset.CUSTOM:
            remind_at = data.remind_at
        else:
            remind_at = reminder_for(data.due_at, data.reminder, self.zone)
        if errors:
            raise ValidationError(errors)
        return {
            "title": title,
            "type": TaskType(data.type),
            "due_at": data.due_at,
            "remind_at": remind_at,
            "reminded_at": None,
            "snoozed_until": None,
            "priority": Priority(data.priority),
            "owner_id": data.owner_id,
            "contact_id": data.contact_id,
            "company_id": data.company_id,
            "deal_id": data.deal_id,
            "notes": clean_text(data.notes) if data.notes else None,
            "repeat": Repeat(data.repeat),
        }

    def _next_of(self, task: Task, now: datetime) -> Task:
        assert task.due_at is not None
        due = next_occurrence(task.due_at, task.repeat, self.zone, now)
        remind = None if task.remind_at is None else due - (task.due_at - task.remind_at)
        return Task(
            title=task.title,
            type=task.type,
            notes=task.notes,
            due_at=due,
            remind_at=remind,
            priority=task.priority,
            repeat=task.repeat,
            owner_id=task.owner_id,
            contact_id=task.contact_id,
            company_id=task.company_id,
            deal_id=task.deal_id,
        )

    def _write(self, task_id: str, apply: Callable[[Session, Task], None]) -> Saved[TaskDTO]:
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            task = _live(session, task_id)
            apply(session, task)
            session.flush()
            dto = _dto(task)
        return Saved(dto, uow.changes)


def _assign(task: Task, values: dict[str, object]) -> None:
    moved = values["due_at"] != task.due_at or values["remind_at"] != task.remind_at
    for name, value in values.items():
        if name in ("reminded_at", "snoozed_until") and not moved:
            continue
        if name == "owner_id" and value is None:
            continue
        setattr(task, name, value)


def _pending() -> Select[Task]:
    return select(Task).where(
        Task.deleted_at.is_(None),
        Task.done_at.is_(None),
        Task.reminded_at.is_(None),
        _fires_at().is_not(None),
    )


def _fires_at() -> ColumnElement[datetime]:
    return func.coalesce(Task.snoozed_until, Task.remind_at)


def _live(session: Session, task_id: str) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.deleted_at is not None:
        raise NotFoundError("task", task_id)
    return task


def _dto(task: Task) -> TaskDTO:
    return dto_from(task, TaskDTO)


_ICS_PRIORITY = {Priority.HIGH: 1, Priority.NORMAL: 5, Priority.LOW: 9}
_RRULE = {Repeat.DAILY: "DAILY", Repeat.WEEKLY: "WEEKLY", Repeat.MONTHLY: "MONTHLY"}


def tasks_to_ics(tasks: Iterable[TaskDTO], now: datetime) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//crm-desktop//tasks//EN")
    cal.add("version", "2.0")
    for task in tasks:
        if task.due_at is None:
            continue
        event = icalendar.Event()
        event.add("uid", f"{task.id}@crm-desktop")
        event.add("dtstamp", now)
        event.add("dtstart", task.due_at)
        event.add("duration", timedelta(minutes=30))
        event.add("summary", task.title)
        event.add("categories", [task.type.value])
        event.add(
            "priority", {Priority.HIGH: 1, Priority.NORMAL: 5, Priority.LOW: 9}[task.priority]
        )
        if task.notes:
            event.add("description", task.notes)
        event.add("status", "CONFIRMED")
        if task.done_at is not None:
            event.add("x-crm-done-at", task.done_at)
        if task.repeat in _RRULE:
            event.add("rrule", {"freq": _RRULE[task.repeat]})
        if task.remind_at is not None and task.done_at is None:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", task.title)
            alarm.add("trigger", task.remind_at - task.due_at)
            event.add_component(alarm)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
