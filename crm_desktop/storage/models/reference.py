"""Reference and setup tables: sources, custom fields, currencies, targets, NPS, views."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.domain.enums import CustomFieldType, TargetKind
from crm_desktop.storage.models.base import Base, OwnedMixin, RecordMixin, str_enum
from crm_desktop.storage.types import Money, new_id, utcnow


class Source(RecordMixin, Base):
    """A lead channel: website, referral, trade show, ..."""

    __tablename__ = "source"
    __entity_kind__ = "source"

    name: Mapped[str] = mapped_column(String(200), index=True)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class CustomField(RecordMixin, Base):
    __tablename__ = "custom_field"
    __entity_kind__ = "custom_field"
    __table_args__ = (Index("ix_custom_field_entity_key", "entity", "key"),)

    entity: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(200))
    label_zh: Mapped[str | None] = mapped_column(String(200))
    type: Mapped[CustomFieldType] = mapped_column(str_enum(CustomFieldType, "custom_field_type"))
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
    required: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


class Currency(Base):
    __tablename__ = "currency"
    __entity_kind__ = "currency"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    symbol: Mapped[str | None] = mapped_column(String(8))
    decimals: Mapped[int] = mapped_column(default=2)
    active: Mapped[bool] = mapped_column(default=True)


class CurrencyRate(Base):
    """How many units of the base currency one unit of ``code`` is worth, from a date on."""

    __tablename__ = "currency_rate"
    __entity_kind__ = "currency_rate"
    __table_args__ = (
        CheckConstraint("rate > 0", name="rate_positive"),
        Index("ix_currency_rate_code_from", "code", "effective_from"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(3), ForeignKey("currency.code", ondelete="CASCADE"))
    rate: Mapped[float]
    effective_from: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Target(RecordMixin, OwnedMixin, Base):
    """A quota (revenue) or pipeline-generation goal for a rep, or the team when no owner."""

    __tablename__ = "target"
    __entity_kind__ = "target"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        Index("ix_target_period", "kind", "period_start"),
    )

    kind: Mapped[TargetKind] = mapped_column(str_enum(TargetKind, "target_kind"))
    period_start: Mapped[date]
    period_end: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money())


class NpsResponse(RecordMixin, Base):
    __tablename__ = "nps_response"
    __entity_kind__ = "nps_response"
    __table_args__ = (CheckConstraint("score BETWEEN 0 AND 10", name="score_range"),)

    contact_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    score: Mapped[int]
    comment: Mapped[str | None] = mapped_column(Text)
    responded_at: Mapped[datetime] = mapped_column(index=True)


class SavedView(RecordMixin, OwnedMixin, Base):
    """A named filter, sort and column set for a list view."""

    __tablename__ = "saved_view"
    __entity_kind__ = "saved_view"

    entity: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sort: Mapped[list[Any]] = mapped_column(JSON, default=list)
    columns: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(default=0)


class ImportBatch(Base):
    """One import run: what it read, what it did, and what undoing it needs."""

    __tablename__ = "import_batch"
    __entity_kind__ = "import_batch"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), default="running")
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    undone_at: Mapped[datetime | None]
    by_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("user.id", ondelete="SET NULL")
    )


class Setting(Base):
    """Database-wide settings shared by everyone using this file (base currency, ...)."""

    __tablename__ = "setting"
    __entity_kind__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ChangeLog(Base):
    """Every tracked write: record timelines, field history, import undo, later the sync outbox."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity", "entity", "entity_id", "at"),
        Index("ix_change_log_batch", "batch_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(100))
    old: Mapped[Any] = mapped_column(JSON, nullable=True)
    new: Mapped[Any] = mapped_column(JSON, nullable=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    by_id: Mapped[str | None] = mapped_column(String(36))
    batch_id: Mapped[str | None] = mapped_column(String(36))
