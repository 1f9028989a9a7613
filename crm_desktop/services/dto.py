"""Plain data handed to the UI and the CLI: never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import (
    CompanyLifecycle,
    ForecastCategory,
    LeadStatus,
    LifecycleStage,
    Outcome,
    Role,
)

T = TypeVar("T")
D = TypeVar("D")


@dataclass(frozen=True)
class Saved(Generic[T]):
    """The record as saved, and what the write changed."""

    record: T
    changes: Changes


def dto_from(obj: object, dto_cls: type[D], **extra: Any) -> D:
    """Build ``dto_cls`` from the attributes of ``obj`` with the same names, plus ``extra``."""
    names = [f.name for f in fields(dto_cls)]  # type: ignore[arg-type]
    values = {n: extra[n] if n in extra else getattr(obj, n) for n in names}
    return dto_cls(**values)


@dataclass(frozen=True)
class UserDTO:
    id: str
    name: str
    email: str | None
    role: Role
    active: bool
    color: str
    initials: str | None


@dataclass(frozen=True)
class CompanyDTO:
    id: str
    name: str
    domain: str | None
    industry: str | None
    employees: int | None
    annual_revenue: Decimal | None
    phone: str | None
    website: str | None
    address: str | None
    city: str | None
    country: str | None
    source_id: str | None
    lifecycle: CompanyLifecycle
    owner_id: str | None
    external_id: str | None
    custom: dict[str, Any]
    last_activity_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class ContactDTO:
    id: str
    first_name: str | None
    last_name: str | None
    display_name: str
    email: str | None
    phone: str | None
    other_emails: list[str]
    other_phones: list[str]
    title: str | None
    company_id: str | None
    company_name: str | None
    lifecycle_stage: LifecycleStage
    lead_status: LeadStatus | None
    source_id: str | None
    city: str | None
    country: str | None
    tags: list[str]
    owner_id: str | None
    external_id: str | None
    custom: dict[str, Any]
    last_activity_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class DealDTO:
    id: str
    name: str
    amount: Decimal | None
    currency: str
    pipeline_id: str
    stage_id: str | None
    company_id: str | None
    contact_ids: tuple[str, ...]
    owner_id: str | None
    expected_close_date: date | None
    probability: int | None
    source_id: str | None
    outcome: Outcome
    lost_reason: str | None
    closed_at: datetime | None
    stage_entered_at: datetime | None
    next_step: str | None
    external_id: str | None
    custom: dict[str, Any]
    last_activity_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class StageDTO:
    id: str
    pipeline_id: str
    name: str
    position: int
    probability: int
    forecast_category: ForecastCategory
    rotting_days: int | None
    outcome: Outcome


@dataclass(frozen=True)
class PipelineDTO:
    id: str
    name: str
    is_default: bool
    stages: tuple[StageDTO, ...]
