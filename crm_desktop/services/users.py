"""Reps and managers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import EntityKind, Role
from crm_desktop.domain.names import initials
from crm_desktop.services import cleaners as c
from crm_desktop.services.dto import UserDTO, dto_from
from crm_desktop.services.records import RecordService
from crm_desktop.storage.models import User


class UserService(RecordService[User, UserDTO]):
    model = User
    kind = EntityKind.USER
    required = ("name",)
    fields = {
        "name": c.text(200),
        "email": c.email,
        "role": c.enum(Role),
        "active": c.boolean,
        "color": c.text(9),
        "initials": c.text(4),
    }

    def list(self, *, include_inactive: bool = False) -> list[UserDTO]:
        with self._db.session(write=False) as session:
            stmt = select(User).where(User.deleted_at.is_(None)).order_by(User.name)
            if not include_inactive:
                stmt = stmt.where(User.active.is_(True))
            return [self._to_dto(session, u) for u in session.scalars(stmt)]

    def _apply(self, session: Session, record: User, values: Any) -> None:
        super()._apply(session, record, values)
        if not record.initials and record.name:
            record.initials = initials(record.name)

    def _to_dto(self, session: Session, record: User) -> UserDTO:
        return dto_from(record, UserDTO)
