"""Editing pipelines, their stages and the lost-reasons list."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import ForecastCategory, Outcome
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.dto import StageDTO, dto_from
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Deal, LostReason, Pipeline, Stage, StageChange
from crm_desktop.storage.types import utcnow
from crm_desktop.storage.unit_of_work import UnitOfWork


def clean_stage(values: Mapping[str, Any]) -> dict[str, Any]:
    """Checked stage values; raises ``ValidationError`` naming each bad field."""
    out: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for key, value in values.items():
        try:
            out[key] = _clean_one(key, value)
        except ValueError as exc:
            errors[key] = str(exc)
    if errors:
        raise ValidationError(errors)
    return out


def _clean_one(key: str, value: Any) -> Any:
    if key == "name":
        text = str(value or "").strip()
        if not text:
            raise ValueError("A stage needs a name.")
        return text[:200]
    if key == "probability":
        number = int(value)
        if not 0 <= number <= 100:
            raise ValueError("Probability is between 0 and 100.")
        return number
    if key == "rotting_days":
        if value in (None, ""):
            return None
        days = int(value)
        if days < 0:
            raise ValueError("Rotting days cannot be negative.")
        return days
    if key == "forecast_category":
        return ForecastCategory(value)
    if key == "outcome":
        return Outcome(value)
    raise ValueError("Unknown stage field.")


class StageService:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    # -- pipelines -----------------------------------------------------------------------
    def add_pipeline(self, name: str) -> tuple[str, Changes]:
        name = name.strip()
        if not name:
            raise ValidationError({"name": "A pipeline needs a name."})
        uow = self._uow()
        with uow as session:
            count = session.scalar(select(func.count()).select_from(Pipeline)) or 0
            pipeline = Pipeline(name=name[:200], position=int(count), is_default=count == 0)
            session.add(pipeline)
            session.flush()
            pipeline_id = pipeline.id
        return pipeline_id, uow.changes

    def rename_pipeline(self, pipeline_id: str, name: str) -> Changes:
        if not name.strip():
            raise ValidationError({"name": "A pipeline needs a name."})
        uow = self._uow()
        with uow as session:
            pipeline = session.get(Pipeline, pipeline_id)
            if pipeline is not None:
                pipeline.name = name.strip()[:200]
        return uow.changes

    # -- stages --------------------------------------------------------------------------
    def stages(self, pipeline_id: str) -> list[StageDTO]:
        with self._db.session(write=False) as session:
            return [dto_from(s, StageDTO) for s in _live_stages(session, pipeline_id)]

    def deal_count(self, stage_id: str) -> int:
        with self._db.session(write=False) as session:
            stmt = select(func.count()).select_from(Deal).where(Deal.stage_id == stage_id)
            return int(session.scalar(stmt.where(Deal.deleted_at.is_(None))) or 0)

    def add_stage(self, pipeline_id: str, values: Mapping[str, Any]) -> tuple[str, Changes]:
        cleaned = clean_stage({"name": values.get("name", ""), **values})
        uow = self._uow()
        with uow as session:
            position = len(_live_stages(session, pipeline_id))
            stage = Stage(pipeline_id=pipeline_id, position=position, **cleaned)
            session.add(stage)
            session.flush()
            stage_id = stage.id
        return stage_id, uow.changes

    def update_stage(self, stage_id: str, values: Mapping[str, Any]) -> Changes:
        cleaned = clean_stage(values)
        uow = self._uow()
        with uow as session:
            stage = _load(session, stage_id)
            for key, value in cleaned.items():
                setattr(stage, key, value)
        return uow.changes

    def reorder(self, pipeline_id: str, stage_ids: Sequence[str]) -> Changes:
        """Put the pipeline's stages in the order of ``stage_ids`` (others keep theirs, after)."""
        uow = self._uow()
        with uow as session:
            stages = _live_stages(session, pipeline_id)
            rank = {sid: i for i, sid in enumerate(stage_ids)}
            ordered = sorted(stages, key=lambda s: (rank.get(s.id, len(rank)), s.position))
            for position, stage in enumerate(ordered):
                if stage.position != position:
                    stage.position = position
        return uow.changes

    def delete_stage(self, stage_id: str, move_deals_to: str | None) -> Changes:
        """Trash a stage; its deals go to ``move_deals_to`` (a stage_change row each).

        ``None`` leaves them without a stage (the board shows them as unassigned).
        """
        uow = self._uow()
        with uow as session:
            stage = _load(session, stage_id)
            target = _load(session, move_deals_to) if move_deals_to else None
            if target is not None and (target.id == stage.id or target.deleted_at is not None):
                raise ValidationError({"move_deals_to": "Choose another stage for its deals."})
            self._move_deals(session, stage, target)
            stage.deleted_at = utcnow()
            remaining = [s for s in _live_stages(session, stage.pipeline_id) if s.id != stage.id]
            for position, other in enumerate(remaining):
                if other.position != position:
                    other.position = position
        return uow.changes

    def _move_deals(self, session: Session, stage: Stage, target: Stage | None) -> None:
        now = utcnow()
        deals = session.scalars(select(Deal).where(Deal.stage_id == stage.id))
        for deal in deals:
            old_outcome = deal.outcome
            deal.stage_id = target.id if target is not None else None
            if target is not None:
                deal.pipeline_id = target.pipeline_id
                deal.outcome = target.outcome
                if deal.outcome != old_outcome:
                    deal.closed_at = None if deal.outcome == Outcome.OPEN else now
            deal.stage_entered_at = now
            session.add(
                StageChange(
                    deal_id=deal.id,
                    from_stage_id=stage.id,
                    to_stage_id=deal.stage_id,
                    from_outcome=old_outcome,
                    to_outcome=deal.outcome,
                    at=now,
                    by_id=self._actor(),
                )
            )

    # -- lost reasons --------------------------------------------------------------------
    def lost_reasons(self) -> list[tuple[str, str]]:
        """``(id, name)`` of the live lost reasons, in order."""
        with self._db.session(write=False) as session:
            stmt = (
                select(LostReason.id, LostReason.name)
                .where(LostReason.deleted_at.is_(None))
                .order_by(LostReason.position, LostReason.name)
            )
            return [(rid, name) for rid, name in session.execute(stmt)]

    def set_lost_reasons(self, names: Sequence[str]) -> Changes:
        """Make the list exactly ``names`` (blank and repeated names dropped); keeps row ids."""
        wanted: list[str] = []
        for name in (n.strip() for n in names):
            if name and name.casefold() not in {w.casefold() for w in wanted}:
                wanted.append(name[:200])
        uow = self._uow()
        with uow as session:
            live = list(session.scalars(select(LostReason).where(LostReason.deleted_at.is_(None))))
            by_name = {r.name.casefold(): r for r in live}
            for position, name in enumerate(wanted):
                reason = by_name.pop(name.casefold(), None)
                if reason is None:
                    session.add(LostReason(name=name, position=position))
                elif reason.position != position or reason.name != name:
                    reason.position, reason.name = position, name
            for gone in by_name.values():
                gone.deleted_at = utcnow()
        return uow.changes

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._db, self._actor())


def _live_stages(session: Session, pipeline_id: str) -> list[Stage]:
    stmt = (
        select(Stage)
        .where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
        .order_by(Stage.position, Stage.name)
    )
    return list(session.scalars(stmt))


def _load(session: Session, stage_id: str) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise ValidationError({"stage": "This stage no longer exists."})
    return stage
