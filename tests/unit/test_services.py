"""Record services: one unit of work per action, DTOs out, Changes and change log written."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import ChangeAction, EntityKind, Outcome
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import ChangeLog, Contact, Pipeline, Stage, StageChange
from crm_desktop.storage.types import utcnow
from crm_desktop.storage.unit_of_work import UnitOfWork


@pytest.fixture
def services(db: Database) -> Services:
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


def log_rows(db: Database, entity_id: str) -> list[tuple[str, str | None, object, object]]:
    with db.session(write=False) as session:
        rows = session.scalars(
            select(ChangeLog).where(ChangeLog.entity_id == entity_id).order_by(ChangeLog.id)
        )
        return [(r.action, r.field, r.old, r.new) for r in rows]


def test_create_returns_dto_and_changes_and_logs(services: Services, db: Database) -> None:
    saved = services.contacts.create(
        {"first_name": " 伟 ", "last_name": "张", "email": "Wei.Zhang@Example.COM"}
    )
    contact = saved.record
    assert contact.display_name == "张伟"
    assert contact.email == "Wei.Zhang@example.com"
    assert saved.changes.ids(EntityKind.CONTACT, ChangeAction.CREATE) == {contact.id}
    [(action, field, old, new)] = log_rows(db, contact.id)
    assert (action, field, old) == ("create", None, None)
    assert isinstance(new, dict) and new["first_name"] == "伟"


def test_update_logs_each_changed_field_with_old_and_new(services: Services, db: Database) -> None:
    contact = services.contacts.create({"first_name": "Ada", "title": "CTO"}).record
    saved = services.contacts.update(contact.id, {"title": "CEO", "first_name": "Ada"})
    assert saved.record.title == "CEO"
    assert saved.changes.ids(EntityKind.CONTACT, ChangeAction.UPDATE) == {contact.id}
    assert log_rows(db, contact.id)[1:] == [("update", "title", "CTO", "CEO")]


def test_actor_is_recorded(services: Services, db: Database) -> None:
    rep = services.users.create({"name": "Li Na", "email": "li.na@example.com"}).record
    assert rep.initials == "LN"
    services.current_user_id = rep.id
    contact = services.contacts.create({"first_name": "Bo"}).record
    with db.session(write=False) as session:
        by = session.scalars(select(ChangeLog.by_id).where(ChangeLog.entity_id == contact.id))
        assert list(by) == [rep.id]


def test_trash_restore_and_purge_after_30_days(services: Services, db: Database) -> None:
    company = services.companies.create({"name": "Acme"}).record
    changes = services.companies.trash([company.id])
    assert changes.ids(EntityKind.COMPANY, ChangeAction.DELETE) == {company.id}
    assert services.companies.get(company.id).deleted_at is not None
    assert services.summary.summary().companies == 0
    assert services.companies.restore([company.id]).ids(EntityKind.COMPANY) == {company.id}
    assert services.companies.get(company.id).deleted_at is None
    services.companies.trash([company.id])
    assert not services.companies.purge_trash(now=utcnow() + timedelta(days=29))
    purged = services.companies.purge_trash(now=utcnow() + timedelta(days=31))
    assert purged.ids(EntityKind.COMPANY, ChangeAction.PURGE) == {company.id}
    with pytest.raises(NotFoundError):
        services.companies.get(company.id)
    actions = [row[0] for row in log_rows(db, company.id)]
    assert actions == ["create", "delete", "restore", "delete", "purge"]


@pytest.mark.parametrize(
    ("service", "values", "field"),
    [
        ("contacts", {"email": "not-an-email"}, "email"),
        ("contacts", {"title": "no name"}, "first_name"),
        ("contacts", {"first_name": "A", "phone": "12"}, "phone"),
        ("companies", {"name": ""}, "name"),
        ("companies", {"name": "A", "employees": -1}, "employees"),
        ("deals", {"name": "D", "amount": "-5"}, "amount"),
        ("deals", {"name": "D", "probability": 140}, "probability"),
        ("deals", {"name": "D", "outcome": "maybe"}, "outcome"),
        ("contacts", {"first_name": "A", "shoe_size": 42}, "shoe_size"),
    ],
)
def test_bad_input_is_rejected_with_field_messages(
    services: Services, db: Database, service: str, values: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        getattr(services, service).create(values)
    assert field in info.value.errors
    assert services.summary.summary().is_empty


def test_failed_update_writes_nothing(services: Services, db: Database) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    with pytest.raises(ValidationError):
        services.contacts.update(contact.id, {"first_name": "Ada2", "email": "bad"})
    assert services.contacts.get(contact.id).first_name == "Ada"
    assert len(log_rows(db, contact.id)) == 1


def test_text_is_normalised_on_save(services: Services) -> None:
    contact = services.contacts.create({"first_name": "A\x00da", "last_name": "Lo\ud800ve"}).record
    assert contact.first_name == "Ada"
    assert "\ud800" not in (contact.last_name or "")


def test_deal_starts_in_first_stage_and_records_moves(services: Services, db: Database) -> None:
    company = services.companies.create({"name": "Acme"}).record
    buyer = services.contacts.create({"first_name": "Ada", "company_id": company.id}).record
    pipeline = services.pipelines.default()
    assert pipeline is not None
    qualified, proposal = pipeline.stages
    deal = services.deals.create(
        {"name": "Acme rollout", "amount": "12,000".replace(",", ""), "company_id": company.id,
         "contact_ids": [buyer.id]}
    ).record  # fmt: skip
    assert deal.stage_id == qualified.id and deal.pipeline_id == pipeline.id
    assert deal.amount == Decimal("12000.00") and deal.contact_ids == (buyer.id,)
    moved = services.deals.update(deal.id, {"stage_id": proposal.id})
    assert moved.changes.touches(EntityKind.STAGE_CHANGE)
    won = services.deals.update(deal.id, {"outcome": "won"}).record
    assert won.outcome == Outcome.WON and won.closed_at is not None
    with db.session(write=False) as session:
        moves = session.execute(
            select(StageChange.from_stage_id, StageChange.to_stage_id, StageChange.to_outcome)
            .where(StageChange.deal_id == deal.id)
            .order_by(StageChange.at)
        ).all()
    assert moves == [
        (None, qualified.id, Outcome.OPEN),
        (qualified.id, proposal.id, Outcome.OPEN),
        (proposal.id, proposal.id, Outcome.WON),
    ]


def test_stage_of_another_pipeline_is_refused(services: Services, db: Database) -> None:
    with UnitOfWork(db) as session:
        other = Pipeline(name="Renewals")
        session.add(other)
        session.flush()
        stage = Stage(pipeline_id=other.id, name="Due", probability=50)
        session.add(stage)
        session.flush()
        stage_id = stage.id
    with pytest.raises(ValidationError, match="stage"):
        services.deals.create({"name": "D", "stage_id": stage_id})


def test_deal_contacts_changes_are_logged(services: Services, db: Database) -> None:
    ada = services.contacts.create({"first_name": "Ada"}).record
    deal = services.deals.create({"name": "D"}).record
    services.deals.update(deal.id, {"contact_ids": [ada.id]})
    assert ("update", "contacts", [], [ada.id]) in log_rows(db, deal.id)


def test_summary_counts_live_records(services: Services, db: Database) -> None:
    services.contacts.create({"first_name": "A"})
    gone = services.contacts.create({"first_name": "B"}).record
    services.contacts.trash([gone.id])
    services.deals.create({"name": "D"})
    summary = services.summary.summary()
    assert (summary.contacts, summary.deals, summary.open_deals) == (1, 1, 1)
    with db.session(write=False) as session:
        assert len(session.scalars(select(Contact)).all()) == 2
