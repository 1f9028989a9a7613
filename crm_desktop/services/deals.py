"""Deals: create, edit, trash; every change of stage or outcome is recorded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import EntityKind, Outcome
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import cleaners as c
from crm_desktop.services.dto import DealDTO, dto_from
from crm_desktop.services.pipelines import default_pipeline, first_open_stage
from crm_desktop.services.records import RecordService
from crm_desktop.storage.models import Contact, Deal, Stage, StageChange
from crm_desktop.storage.types import utcnow


class DealService(RecordService[Deal, DealDTO]):
    model = Deal
    kind = EntityKind.DEAL
    required = ("name",)
    fields = {
        "name": c.text(300),
        "amount": c.money,
        "currency": c.text(3),
        "pipeline_id": c.record_id,
        "stage_id": c.record_id,
        "company_id": c.record_id,
        "contact_ids": c.string_list,
        "owner_id": c.record_id,
        "expected_close_date": c.calendar_date,
        "probability": c.percent,
        "source_id": c.record_id,
        "outcome": c.enum(Outcome),
        "lost_reason": c.text(2000),
        "next_step": c.text(2000),
        "external_id": c.text(200),
        "custom": c.custom_values,
    }

    def _apply(self, session: Session, record: Deal, values: Mapping[str, Any]) -> None:
        values = dict(values)
        contact_ids = values.pop("contact_ids", None)
        old_stage, old_outcome = record.stage_id, record.outcome
        super()._apply(session, record, values)
        self._place_in_pipeline(session, record)
        if contact_ids is not None:
            record.contacts = list(
                session.scalars(select(Contact).where(Contact.id.in_(contact_ids)))
            )
        if record.outcome is None:
            record.outcome = Outcome.OPEN
        if record.id is not None and (old_stage, old_outcome) != (record.stage_id, record.outcome):
            self._record_move(session, record, old_stage, old_outcome)

    def _place_in_pipeline(self, session: Session, record: Deal) -> None:
        if record.pipeline_id is None:
            pipeline = default_pipeline(session)
            if pipeline is None:
                raise ValidationError({"pipeline_id": "create a pipeline first"})
            record.pipeline_id = pipeline.id
        if record.stage_id is None and record.outcome in (None, Outcome.OPEN):
            stage = first_open_stage(session, record.pipeline_id)
            record.stage_id = stage.id if stage else None
        if record.stage_id is not None:
            stage = session.get(Stage, record.stage_id)
            if stage is None or stage.pipeline_id != record.pipeline_id:
                raise ValidationError({"stage_id": "the stage is not in the deal's pipeline"})

    def _record_move(
        self, session: Session, record: Deal, old_stage: str | None, old_outcome: Outcome | None
    ) -> None:
        now = utcnow()
        if old_stage != record.stage_id:
            record.stage_entered_at = now
        if record.outcome != old_outcome:
            record.closed_at = None if record.outcome == Outcome.OPEN else now
            if record.outcome != Outcome.LOST:
                record.lost_reason = None
        session.add(
            StageChange(
                deal_id=record.id,
                from_stage_id=old_stage,
                to_stage_id=record.stage_id,
                from_outcome=old_outcome,
                to_outcome=record.outcome,
                at=now,
                by_id=self._actor(),
            )
        )

    def _after_create(self, session: Session, record: Deal) -> None:
        now = utcnow()
        record.stage_entered_at = now
        if record.outcome != Outcome.OPEN:
            record.closed_at = now
        session.add(
            StageChange(
                deal_id=record.id,
                from_stage_id=None,
                to_stage_id=record.stage_id,
                from_outcome=None,
                to_outcome=record.outcome,
                at=now,
                by_id=self._actor(),
            )
        )

    def _to_dto(self, session: Session, record: Deal) -> DealDTO:
        return dto_from(record, DealDTO, contact_ids=tuple(sorted(c.id for c in record.contacts)))
