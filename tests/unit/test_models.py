"""Constraints the database itself enforces, whatever code writes to it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError

from crm_desktop.domain.enums import Outcome
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import (
    Activity,
    Company,
    Contact,
    Deal,
    NpsResponse,
    Pipeline,
    Stage,
    deal_contact,
)
from crm_desktop.storage.unit_of_work import UnitOfWork


def make_pipeline(db: Database) -> tuple[str, str]:
    with UnitOfWork(db) as session:
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add(pipeline)
        session.flush()
        stage = Stage(pipeline_id=pipeline.id, name="Qualified", probability=20)
        session.add(stage)
        session.flush()
        return pipeline.id, stage.id


def test_ids_are_uuid_text_generated_locally(db: Database) -> None:
    with UnitOfWork(db) as session:
        company = Company(name="Acme")
        session.add(company)
        session.flush()
        assert len(company.id) == 36 and company.id.count("-") == 4


def test_money_is_exact_and_timestamps_are_utc(db: Database) -> None:
    pipeline_id, _stage_id = make_pipeline(db)
    with UnitOfWork(db) as session:
        for amount in ("0.10", "0.20", "1234567.89"):
            session.add(Deal(name=amount, amount=Decimal(amount), pipeline_id=pipeline_id))
    with db.session(write=False) as session:
        amounts = sorted(session.scalars(select(Deal.amount)))
        deal = session.scalars(select(Deal)).first()
        assert deal is not None
        assert deal.created_at.tzinfo == UTC
        total = session.execute(select(Deal.amount.expression)).all()
    assert amounts == [Decimal("0.10"), Decimal("0.20"), Decimal("1234567.89")]
    assert len(total) == 3


@pytest.mark.parametrize(
    "make",
    [
        lambda p, s: Deal(name="neg", amount=Decimal("-1"), pipeline_id=p),
        lambda p, s: Deal(name="prob", probability=101, pipeline_id=p),
        lambda p, s: Stage(name="bad", probability=150, pipeline_id=p),
        lambda p, s: NpsResponse(score=11, responded_at=datetime.now(UTC)),
        lambda p, s: Deal(name="no pipeline", pipeline_id="missing"),
        lambda p, s: Company(name="neg", employees=-5),
    ],
    ids=["negative amount", "probability > 100", "stage probability", "nps > 10",
         "unknown pipeline", "negative employees"],
)  # fmt: skip
def test_invalid_rows_are_rejected(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    pipeline_id, stage_id = make_pipeline(db)
    with pytest.raises(IntegrityError), UnitOfWork(db) as session:
        session.add(make(pipeline_id, stage_id))


def test_enum_columns_refuse_unknown_values(db: Database) -> None:
    pipeline_id, _ = make_pipeline(db)
    with pytest.raises((StatementError, LookupError)), UnitOfWork(db) as session:
        session.add(Deal(name="x", pipeline_id=pipeline_id, outcome="maybe"))
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO deal (id, name, currency, pipeline_id, outcome, position, custom, "
            "created_at, updated_at) VALUES ('x', 'x', 'USD', ?, 'maybe', 0, '{}', "
            "'2026-01-01', '2026-01-01')",
            (pipeline_id,),
        )


def test_deleting_a_stage_keeps_its_deals_unassigned(db: Database) -> None:
    pipeline_id, stage_id = make_pipeline(db)
    with UnitOfWork(db) as session:
        session.add(Deal(name="Keep me", pipeline_id=pipeline_id, stage_id=stage_id))
    with UnitOfWork(db) as session:
        stage = session.get(Stage, stage_id)
        session.delete(stage)
    with db.session(write=False) as session:
        deal = session.scalars(select(Deal)).one()
        assert deal.stage_id is None and deal.outcome == Outcome.OPEN


def test_deal_contacts_many_to_many_and_cascade(db: Database) -> None:
    pipeline_id, _ = make_pipeline(db)
    with UnitOfWork(db) as session:
        a, b = Contact(first_name="Ada"), Contact(first_name="Bo")
        deal = Deal(name="Two buyers", pipeline_id=pipeline_id, contacts=[a, b])
        session.add(deal)
        session.flush()
        deal_id = deal.id
        session.add(Activity(type="call", occurred_at=datetime.now(UTC), deal_id=deal.id))
    with UnitOfWork(db) as session:
        session.delete(session.get(Deal, deal_id))
    with db.session(write=False) as session:
        assert session.execute(select(deal_contact)).all() == []
        assert session.scalars(select(Contact)).all().__len__() == 2
        activity = session.scalars(select(Activity)).one()
        assert activity.deal_id is None


def test_dates_round_trip(db: Database) -> None:
    with UnitOfWork(db) as session:
        session.add(Company(name="Acme", customer_since=date(2024, 2, 29)))
    with db.session(write=False) as session:
        company = session.scalars(select(Company)).one()
        assert company.customer_since == date(2024, 2, 29)
