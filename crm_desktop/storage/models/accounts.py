"""Companies and the contacts who work there."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.domain.enums import CompanyLifecycle, LeadStatus, LifecycleStage
from crm_desktop.storage.models.base import Base, CustomMixin, OwnedMixin, RecordMixin, str_enum
from crm_desktop.storage.types import Money

if TYPE_CHECKING:
    from crm_desktop.storage.models.reference import Source


class Company(RecordMixin, OwnedMixin, CustomMixin, Base):
    __tablename__ = "company"
    __entity_kind__ = "company"
    __table_args__ = (
        CheckConstraint("employees IS NULL OR employees >= 0", name="employees_not_negative"),
        CheckConstraint(
            "annual_revenue IS NULL OR annual_revenue >= 0", name="revenue_not_negative"
        ),
        Index("ix_company_lifecycle_name", "lifecycle", "name"),
        Index("ix_company_updated", "updated_at"),
        Index(  # rows another tool wrote without the key (storage/sort_keys.py)
            "ix_company_sort_missing",
            "name",
            sqlite_where=text("(sort_name IS NULL AND name IS NOT NULL)"),
        ),
    )

    name: Mapped[str] = mapped_column(String(300), index=True)
    domain: Mapped[str | None] = mapped_column(String(253), index=True)
    industry: Mapped[str | None] = mapped_column(String(120))
    employees: Mapped[int | None]
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money())
    phone: Mapped[str | None] = mapped_column(String(64))
    website: Mapped[str | None] = mapped_column(String(500))
    address: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(120), index=True)
    country: Mapped[str | None] = mapped_column(String(120))
    source_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("source.id", ondelete="SET NULL"), index=True
    )
    lifecycle: Mapped[CompanyLifecycle] = mapped_column(
        str_enum(CompanyLifecycle, "company_lifecycle"), default=CompanyLifecycle.PROSPECT
    )
    customer_since: Mapped[date | None]
    churned_at: Mapped[date | None]
    last_activity_at: Mapped[datetime | None] = mapped_column(index=True)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    #: pinyin sort key of ``name`` (storage/sort_keys.py, migration 0006)
    sort_name: Mapped[str | None] = mapped_column(Text)

    source: Mapped[Source | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(back_populates="company")


class Contact(RecordMixin, OwnedMixin, CustomMixin, Base):
    __tablename__ = "contact"
    __entity_kind__ = "contact"
    __table_args__ = (
        Index("ix_contact_name", "last_name", "first_name"),
        Index("ix_contact_first_name", "first_name"),
        Index("ix_contact_updated", "updated_at"),
        Index("ix_contact_created", "created_at"),
        Index("ix_contact_lifecycle", "lifecycle_stage", "lead_status"),
        Index(  # rows another tool wrote without the keys (storage/sort_keys.py)
            "ix_contact_sort_missing",
            "last_name",
            sqlite_where=text(
                "(sort_last_name IS NULL AND last_name IS NOT NULL) OR "
                "(sort_first_name IS NULL AND first_name IS NOT NULL)"
            ),
        ),
    )

    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(64), index=True)
    #: Further addresses and numbers beyond the primary ``email`` and ``phone``.
    other_emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    other_phones: Mapped[list[str]] = mapped_column(JSON, default=list)
    title: Mapped[str | None] = mapped_column(String(200))
    company_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    lifecycle_stage: Mapped[LifecycleStage] = mapped_column(
        str_enum(LifecycleStage, "lifecycle_stage"), default=LifecycleStage.LEAD
    )
    lead_status: Mapped[LeadStatus | None] = mapped_column(str_enum(LeadStatus, "lead_status"))
    source_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("source.id", ondelete="SET NULL"), index=True
    )
    city: Mapped[str | None] = mapped_column(String(120), index=True)
    country: Mapped[str | None] = mapped_column(String(120))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    last_activity_at: Mapped[datetime | None] = mapped_column(index=True)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    #: pinyin sort keys of the names (storage/sort_keys.py, migration 0006)
    sort_last_name: Mapped[str | None] = mapped_column(Text)
    sort_first_name: Mapped[str | None] = mapped_column(Text)

    company: Mapped[Company | None] = relationship(back_populates="contacts")
    source: Mapped[Source | None] = relationship()

    def custom_value(self, key: str) -> Any:
        return (self.custom or {}).get(key)
