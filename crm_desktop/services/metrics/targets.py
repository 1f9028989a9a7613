"""Targets (quotas and pipeline goals) per rep or team, per month or quarter: list and edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import EntityKind, TargetKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import cleaners as c
from crm_desktop.services.records import RecordService
from crm_desktop.storage.models import Target, User


@dataclass(frozen=True)
class TargetDTO:
    id: str
    owner_id: str | None
    owner_name: str | None
    kind: TargetKind
    period_start: date
    period_end: date
    amount: Decimal


class TargetService(RecordService[Target, TargetDTO]):
    model = Target
    kind = EntityKind.TARGET
    required = ("kind", "period_start", "period_end", "amount")
    fields = {
        "owner_id": c.record_id,
        "kind": c.enum(TargetKind),
        "period_start": c.calendar_date,
        "period_end": c.calendar_date,
        "amount": c.money,
    }

    def list(
        self, kind: TargetKind | None = None, start: date | None = None, end: date | None = None
    ) -> list[TargetDTO]:
        """Live targets starting from ``start`` to ``end``, by period then owner."""
        with self._db.session(write=False) as session:
            stmt = select(Target).where(Target.deleted_at.is_(None))
            if kind is not None:
                stmt = stmt.where(Target.kind == kind)
            if start is not None:
                stmt = stmt.where(Target.period_start >= start)
            if end is not None:
                stmt = stmt.where(Target.period_start <= end)
            stmt = stmt.order_by(Target.period_start, Target.kind)
            return sorted(
                (self._to_dto(session, t) for t in session.scalars(stmt)),
                key=lambda t: (t.period_start, t.kind, (t.owner_name or "").casefold()),
            )

    def _apply(self, session: Session, record: Target, values: Mapping[str, Any]) -> None:
        super()._apply(session, record, values)
        if record.amount is not None and record.amount < 0:
            raise ValidationError({"amount": "must not be negative"})
        if record.period_start and record.period_end and record.period_end < record.period_start:
            raise ValidationError({"period_end": "ends before it starts"})
        if record.owner_id is not None and session.get(User, record.owner_id) is None:
            raise ValidationError({"owner_id": "no such user"})

    def _to_dto(self, session: Session, record: Target) -> TargetDTO:
        owner = session.get(User, record.owner_id) if record.owner_id else None
        return TargetDTO(
            record.id,
            record.owner_id,
            owner.name if owner else None,
            record.kind,
            record.period_start,
            record.period_end,
            record.amount,
        )
