"""Pipelines, their stages, deals and the history of their moves."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.domain.enums import ForecastCategory, Outcome
from crm_desktop.storage.models.base import Base, CustomMixin, OwnedMixin, RecordMixin, str_enum
from crm_desktop.storage.types import Money, UTCDateTime, new_id, utcnow

if TYPE_CHECKING:
    from crm_desktop.storage.models.accounts import Company, Contact


class Pipeline(RecordMixin, Base):
    __tablename__ = "pipeline"
    __entity_kind__ = "pipeline"

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    is_default: Mapped[bool] = mapped_column(default=False)

    stages: Mapped[list[Stage]] = relationship(back_populates="pipeline", order_by="Stage.position")


class Stage(RecordMixin, Base):
    __tablename__ = "stage"
    __entity_kind__ = "stage"
    __table_args__ = (
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability_range"),
        CheckConstraint("rotting_days IS NULL OR rotting_days >= 0", name="rotting_not_negative"),
        Index("ix_stage_pipeline_position", "pipeline_id", "position"),
    )

    pipeline_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("pipeline.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    probability: Mapped[int] = mapped_column(default=0)
    forecast_category: Mapped[ForecastCategory] = mapped_column(
        str_enum(ForecastCategory, "forecast_category"), default=ForecastCategory.PIPELINE
    )
    rotting_days: Mapped[int | None]
    outcome: Mapped[Outcome] = mapped_column(
        str_enum(Outcome, "stage_outcome"), default=Outcome.OPEN
    )

    pipeline: Mapped[Pipeline] = relationship(back_populates="stages")


deal_contact = Table(
    "deal_contact",
    Base.metadata,
    Column("deal_id", String(36), ForeignKey("deal.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id",
        String(36),
        ForeignKey("contact.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("role", String(100)),
    Column("created_at", UTCDateTime(), default=utcnow),
)


class Deal(RecordMixin, OwnedMixin, CustomMixin, Base):
    __tablename__ = "deal"
    __entity_kind__ = "deal"
    __table_args__ = (
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_not_negative"),
        CheckConstraint(
            "probability IS NULL OR probability BETWEEN 0 AND 100", name="probability_range"
        ),
        Index("ix_deal_board", "pipeline_id", "outcome", "stage_id", "position"),
        Index("ix_deal_owner_outcome", "owner_id", "outcome"),
        Index("ix_deal_close_date", "expected_close_date"),
        Index("ix_deal_updated", "updated_at"),
        # Covering indexes of the dashboard queries (migration 0003, widened by 0004 with the
        # trigger-kept columns): closed in a period, created in a period, open now (partial:
        # only the open deals).
        Index(
            "ix_deal_closed_cover",
            "outcome",
            "closed_at",
            "deleted_at",
            "owner_id",
            "pipeline_id",
            "stage_id",
            "source_id",
            "currency",
            "amount",
            "created_at",
            "activity_count",
        ),
        Index(
            "ix_deal_created_cover",
            "created_at",
            "deleted_at",
            "pipeline_id",
            "owner_id",
            "stage_id",
            "source_id",
            "outcome",
            "currency",
            "amount",
            "id",
            "reached_position",
        ),
        Index(
            "ix_deal_open_cover",
            "outcome",
            "owner_id",
            "expected_close_date",
            "deleted_at",
            "pipeline_id",
            "stage_id",
            "currency",
            "amount",
            "probability",
            "closed_at",
            "stage_entered_at",
            "last_activity_at",
            "created_at",
            "id",
            "latest_activity_at",
            "open_task_due",
            "name",
            "next_step",
            sqlite_where=text("outcome = 'open'"),
        ),
        Index(  # open deals in stage and currency order (migration 0007: the X-ray)
            "ix_deal_open_stage",
            "outcome",
            "stage_id",
            "currency",
            "deleted_at",
            "owner_id",
            "pipeline_id",
            "amount",
            "probability",
            "expected_close_date",
            "stage_entered_at",
            "created_at",
            "last_activity_at",
            "latest_activity_at",
            "open_task_due",
            "next_step",
            "name",
            sqlite_where=text("outcome = 'open'"),
        ),
        Index(  # rows another tool wrote without the key (storage/sort_keys.py)
            "ix_deal_sort_missing",
            "name",
            sqlite_where=text("(sort_name IS NULL AND name IS NOT NULL)"),
        ),
    )

    name: Mapped[str] = mapped_column(String(300), index=True)
    amount: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    pipeline_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("pipeline.id", ondelete="RESTRICT")
    )
    #: NULL when the deal's stage was deleted: the board shows it as "unassigned".
    stage_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("stage.id", ondelete="SET NULL"), index=True
    )
    company_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    expected_close_date: Mapped[date | None]
    #: The deal's own win probability; NULL means "use the stage's".
    probability: Mapped[int | None]
    source_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("source.id", ondelete="SET NULL"), index=True
    )
    outcome: Mapped[Outcome] = mapped_column(
        str_enum(Outcome, "deal_outcome"), default=Outcome.OPEN
    )
    lost_reason: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None]
    stage_entered_at: Mapped[datetime | None]
    next_step: Mapped[str | None] = mapped_column(Text)
    last_activity_at: Mapped[datetime | None] = mapped_column(index=True)
    #: Order of the card inside its board column.
    position: Mapped[float] = mapped_column(default=0.0)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    # Kept by triggers (storage/summaries.py, migration 0004); the application never writes
    # them. Latest time of the deal's live activities (future ones too):
    latest_activity_at: Mapped[datetime | None]
    #: Its live calls, emails, meetings and messages.
    activity_count: Mapped[int] = mapped_column(default=0, server_default="0")
    #: Latest due time of its open tasks (summaries.NO_DUE when one has none); NULL: none open.
    open_task_due: Mapped[str | None] = mapped_column(String(26))
    #: Highest position of an open stage the deal entered (stage_change).
    reached_position: Mapped[int | None]
    #: pinyin sort key of ``name`` (storage/sort_keys.py, migration 0006)
    sort_name: Mapped[str | None] = mapped_column(Text)

    pipeline: Mapped[Pipeline] = relationship()
    stage: Mapped[Stage | None] = relationship()
    company: Mapped[Company | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(secondary=deal_contact)


class StageChange(Base):
    """One move of a deal between stages (or to won/lost): time in stage, funnel, velocity."""

    __tablename__ = "stage_change"
    __entity_kind__ = "stage_change"
    __table_args__ = (Index("ix_stage_change_deal_cover", "deal_id", "at", "to_stage_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    deal_id: Mapped[str] = mapped_column(String(36), ForeignKey("deal.id", ondelete="CASCADE"))
    from_stage_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("stage.id", ondelete="SET NULL")
    )
    to_stage_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("stage.id", ondelete="SET NULL"), index=True
    )
    from_outcome: Mapped[Outcome | None] = mapped_column(str_enum(Outcome, "from_outcome"))
    to_outcome: Mapped[Outcome | None] = mapped_column(str_enum(Outcome, "to_outcome"))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    by_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("user.id", ondelete="SET NULL")
    )


class LostReason(RecordMixin, Base):
    __tablename__ = "lost_reason"
    __entity_kind__ = "lost_reason"

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
