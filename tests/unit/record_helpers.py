"""Helpers shared by the record tests (timeline, activities, duplicates, leads)."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Pipeline, Stage
from crm_desktop.storage.unit_of_work import UnitOfWork


def make_services(db: Database) -> Services:
    """Services on ``db`` with one default pipeline of two open stages."""
    with UnitOfWork(db) as session:
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add(pipeline)
        session.flush()
        for position, (name, probability) in enumerate([("Qualified", 20), ("Proposal", 60)]):
            session.add(
                Stage(
                    pipeline_id=pipeline.id, name=name, position=position, probability=probability
                )
            )
    return Services(db)


def stage_ids(db: Database) -> list[str]:
    with db.session(write=False) as session:
        return list(session.scalars(select(Stage.id).order_by(Stage.position)))
