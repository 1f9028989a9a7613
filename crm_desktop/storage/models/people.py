"""Users of the CRM: reps and managers."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.enums import Role
from crm_desktop.storage.models.base import Base, RecordMixin, str_enum


class User(RecordMixin, Base):
    __tablename__ = "user"
    __entity_kind__ = "user"

    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"), default=Role.REP)
    active: Mapped[bool] = mapped_column(default=True)
    color: Mapped[str] = mapped_column(String(9), default="#4f7cff")
    initials: Mapped[str | None] = mapped_column(String(4))
