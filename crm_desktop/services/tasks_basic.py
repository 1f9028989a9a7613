"""The smallest task use case the record views need: add a follow-up linked to a record.

The full task feature (lists, reminders, repeat) is its own issue and builds on the same table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from crm_desktop.domain.enums import EntityKind, Priority, TaskType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.text import clean_text
from crm_desktop.services.dto import Saved
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Task
from crm_desktop.storage.unit_of_work import UnitOfWork

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
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    def add(
        self,
        kind: EntityKind | str,
        record_id: str,
        title: str,
        due_at: datetime | None = None,
        priority: Priority = Priority.NORMAL,
    ) -> Saved[FollowUpDTO]:
        column = _LINK_COLUMN.get(EntityKind(kind))
        text = clean_text(title or "")
        if not text:
            raise ValidationError({"title": "required"})
        if column is None:
            raise ValidationError({"kind": f"tasks cannot be linked to a {kind}"})
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            task = Task(
                title=text[:500],
                type=TaskType.FOLLOW_UP,
                due_at=due_at,
                remind_at=due_at,
                priority=priority,
                owner_id=self._actor(),
                **{column: record_id},
            )
            session.add(task)
            session.flush()
            dto = FollowUpDTO(
                task.id,
                task.title,
                task.due_at,
                task.owner_id,
                task.contact_id,
                task.company_id,
                task.deal_id,
            )
        return Saved(dto, uow.changes)
