"""The smallest task use case the record views need: add a follow-up linked to a record.

It is a thin front of ``TaskService`` (the same validation, reminder and change log as every
other task): a follow-up task, due when given, reminded at its due time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from crm_desktop.domain.enums import EntityKind, Priority, TaskType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.reminders import ReminderOffset
from crm_desktop.services.dto import Saved
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.storage.database import Database

_LINK_COLUMN = {
    EntityKind.CONTACT: "contact_id",
    EntityKind.COMPANY: "company_id",
    EntityKind.DEAL: "deal_id",
}


@dataclass(frozen=True)
class FollowUpDTO:
    id: str
    title: str
    due_at: datetime | None
    owner_id: str | None
    contact_id: str | None
    company_id: str | None
    deal_id: str | None


class FollowUpService:
    def __init__(
        self,
        db: Database,
        actor: Callable[[], str | None] = lambda: None,
        tasks: TaskService | None = None,
    ) -> None:
        self._tasks = tasks or TaskService(db, actor)

    def add(
        self,
        kind: EntityKind | str,
        record_id: str,
        title: str,
        due_at: datetime | None = None,
        priority: Priority = Priority.NORMAL,
    ) -> Saved[FollowUpDTO]:
        try:
            column = _LINK_COLUMN.get(EntityKind(kind))
        except ValueError:
            column = None
        if column is None:
            raise ValidationError({"kind": f"tasks cannot be linked to a {kind}"})
        data = TaskInput(
            title=(title or "")[:500],
            type=TaskType.FOLLOW_UP,
            due_at=due_at,
            reminder=ReminderOffset.AT_DUE,
            priority=priority,
            contact_id=record_id if column == "contact_id" else None,
            company_id=record_id if column == "company_id" else None,
            deal_id=record_id if column == "deal_id" else None,
        )
        saved = self._tasks.create(data)
        task = saved.record
        dto = FollowUpDTO(
            task.id,
            task.title,
            task.due_at,
            task.owner_id,
            task.contact_id,
            task.company_id,
            task.deal_id,
        )
        return Saved(dto, saved.changes)
