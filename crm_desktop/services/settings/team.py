"""The team: deactivate a rep and hand their open work to someone else in one step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import Outcome
from crm_desktop.domain.errors import ValidationError
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Company, Contact, Deal, Task, User
from crm_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class OpenWork:
    """What a rep owns that still needs someone: open deals and tasks, contacts, companies."""

    deals: int = 0
    tasks: int = 0
    contacts: int = 0
    companies: int = 0

    @property
    def total(self) -> int:
        return self.deals + self.tasks + self.contacts + self.companies


_OWNED: tuple[type[Deal] | type[Task] | type[Contact] | type[Company], ...] = (
    Deal,
    Task,
    Contact,
    Company,
)


def _open_filter(
    model: type[Deal] | type[Task] | type[Contact] | type[Company],
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [model.deleted_at.is_(None)]
    if model is Deal:
        conditions.append(Deal.outcome == Outcome.OPEN)
    elif model is Task:
        conditions.append(Task.done_at.is_(None))
    return conditions


class TeamService:
    """Deactivation and bulk reassignment (plain edits go through ``UserService``)."""

    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    def open_work(self, user_id: str) -> OpenWork:
        with self._db.session(write=False) as session:
            counts = [self._count(session, model, user_id) for model in _OWNED]
        return OpenWork(*counts)

    def reassign(self, from_user_id: str, to_user_id: str) -> Changes:
        """Give every open record of ``from_user_id`` to ``to_user_id`` (won/lost deals stay)."""
        if from_user_id == to_user_id:
            raise ValidationError({"owner_id": "Choose a different rep to take over."})
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            self._check_active(session, to_user_id)
            for model in _OWNED:
                stmt = select(model).where(model.owner_id == from_user_id, *_open_filter(model))
                record: Any
                for record in session.scalars(stmt):
                    record.owner_id = to_user_id
        return uow.changes

    def deactivate(self, user_id: str, reassign_to: str | None = None) -> Changes:
        """Mark a rep inactive (their history stays); optionally hand over their open work."""
        changes = Changes()
        if reassign_to is not None:
            changes = self.reassign(user_id, reassign_to)
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            user = session.get(User, user_id)
            if user is None:
                raise ValidationError({"id": "This rep no longer exists."})
            user.active = False
        return changes.merged(uow.changes)

    def reactivate(self, user_id: str) -> Changes:
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            user = session.get(User, user_id)
            if user is not None:
                user.active = True
        return uow.changes

    @staticmethod
    def _count(
        session: Session,
        model: type[Deal] | type[Task] | type[Contact] | type[Company],
        user_id: str,
    ) -> int:
        stmt = (
            select(func.count())
            .select_from(model)
            .where(model.owner_id == user_id, *_open_filter(model))
        )
        return int(session.scalar(stmt) or 0)

    @staticmethod
    def _check_active(session: Session, user_id: str) -> None:
        user = session.get(User, user_id)
        if user is None or not user.active or user.deleted_at is not None:
            raise ValidationError({"owner_id": "Choose an active rep to take over."})
