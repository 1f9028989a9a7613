"""What reps do: logged activities and tasks to do."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from crm_desktop.domain.enums import ActivityType, Priority, Repeat, TaskType
from crm_desktop.storage.models.base import Base, CustomMixin, OwnedMixin, RecordMixin, str_enum


class LinksMixin:
    """Optional links to the contact, company and deal a piece of work is about."""

    contact_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("contact.id", ondelete="SET NULL")
    )
    company_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("company.id", ondelete="SET NULL")
    )
    deal_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("deal.id", ondelete="SET NULL")
    )


class Activity(RecordMixin, OwnedMixin, LinksMixin, CustomMixin, Base):
    """A call, email, meeting, message or note; in the future when it is scheduled."""

    __tablename__ = "activity"
    __entity_kind__ = "activity"
    __table_args__ = (
        CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes >= 0", name="duration_not_negative"
        ),
        Index("ix_activity_deal_cover", "deal_id", "occurred_at", "deleted_at", "type"),
        Index("ix_activity_contact_at", "contact_id", "occurred_at"),
        Index("ix_activity_company_at", "company_id", "occurred_at"),
        Index("ix_activity_owner_at", "owner_id", "occurred_at"),
        Index("ix_activity_type_cover", "type", "occurred_at", "deleted_at", "owner_id"),
        Index("ix_activity_at", "occurred_at"),
    )

    #: OwnedMixin's column without its single-column index: ix_activity_owner_at leads with it.
    @declared_attr
    def owner_id(cls) -> Mapped[str | None]:
        return mapped_column(String(36), ForeignKey("user.id", ondelete="SET NULL"))

    type: Mapped[ActivityType] = mapped_column(str_enum(ActivityType, "activity_type"))
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime]
    duration_minutes: Mapped[int | None]
    outcome: Mapped[str | None] = mapped_column(String(200))


class Task(RecordMixin, OwnedMixin, LinksMixin, Base):
    """A follow-up to do, with an optional reminder. Times are UTC."""

    __tablename__ = "task"
    __entity_kind__ = "task"
    __table_args__ = (
        Index("ix_task_owner_open", "owner_id", "done_at", "due_at"),
        Index("ix_task_remind", "done_at", "remind_at"),
        Index("ix_task_due", "due_at"),
        Index("ix_task_deal_cover", "deal_id", "due_at", "deleted_at", "done_at"),
        Index("ix_task_contact", "contact_id", "due_at"),
        Index("ix_task_company", "company_id", "due_at"),
    )

    title: Mapped[str] = mapped_column(String(500))
    type: Mapped[TaskType] = mapped_column(
        str_enum(TaskType, "task_type"), default=TaskType.FOLLOW_UP
    )
    notes: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime | None]
    remind_at: Mapped[datetime | None]
    #: When the reminder for ``remind_at`` (or the snooze) was shown: never shown twice.
    reminded_at: Mapped[datetime | None]
    snoozed_until: Mapped[datetime | None]
    done_at: Mapped[datetime | None]
    priority: Mapped[Priority] = mapped_column(
        str_enum(Priority, "priority"), default=Priority.NORMAL
    )
    repeat: Mapped[Repeat] = mapped_column(str_enum(Repeat, "repeat"), default=Repeat.NONE)
