"""Pipelines and their stages (read side; editing them belongs to Settings)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from crm_desktop.services.dto import PipelineDTO, StageDTO, dto_from
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Pipeline, Stage


class PipelineService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[PipelineDTO]:
        with self._db.session(write=False) as session:
            stmt = (
                select(Pipeline)
                .where(Pipeline.deleted_at.is_(None))
                .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.name)
                .options(selectinload(Pipeline.stages))
            )
            return [pipeline_dto(p) for p in session.scalars(stmt)]

    def default(self) -> PipelineDTO | None:
        pipelines = self.list()
        return pipelines[0] if pipelines else None


def pipeline_dto(pipeline: Pipeline) -> PipelineDTO:
    stages = tuple(dto_from(s, StageDTO) for s in pipeline.stages if s.deleted_at is None)
    return PipelineDTO(pipeline.id, pipeline.name, pipeline.is_default, stages)


def default_pipeline(session: Session) -> Pipeline | None:
    stmt = (
        select(Pipeline)
        .where(Pipeline.deleted_at.is_(None))
        .order_by(Pipeline.is_default.desc(), Pipeline.position)
        .limit(1)
    )
    return session.scalars(stmt).first()


def first_open_stage(session: Session, pipeline_id: str) -> Stage | None:
    stmt = (
        select(Stage)
        .where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
        .order_by(Stage.position)
        .limit(1)
    )
    return session.scalars(stmt).first()
