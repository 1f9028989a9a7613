"""Declarative base and the columns every record table shares."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from crm_desktop.storage.types import UTCDateTime, new_id, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}

    #: Entity kind written to the change log; ``None`` for tables that are not tracked.
    __entity_kind__: str | None = None


def str_enum(enum_cls: type[Any], name: str) -> Enum:
    """A string column limited to an enum's values (CHECK constraint, no native enum)."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class RecordMixin:
    """UUID id, timestamps and the trash column shared by every record table."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class CustomMixin:
    """Custom property values keyed by ``custom_field.key``."""

    custom: Mapped[dict[str, Any]] = mapped_column(default=dict)


class OwnedMixin:
    @declared_attr
    def owner_id(cls) -> Mapped[str | None]:
        return mapped_column(String(36), ForeignKey("user.id", ondelete="SET NULL"), index=True)
