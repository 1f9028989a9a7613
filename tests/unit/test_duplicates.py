"""Duplicate detection and merging: every activity, task, deal link and NPS response kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.activities import ActivityLinks
from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Activity, ChangeLog, Contact, Deal, NpsResponse, Task
from crm_desktop.storage.unit_of_work import UnitOfWork
from tests.unit.record_helpers import make_services


@pytest.fixture
def services(db: Database) -> Services:
    return make_services(db)


def test_find_by_email_phone_and_similar_name_at_same_company(services: Services) -> None:
    acme = services.companies.create({"name": "Acme"}).record
    other = services.companies.create({"name": "Other"}).record
    me = services.contacts.create(
        {
            "first_name": "Jon",
            "last_name": "Smith",
            "email": "jon@acme.com",
            "company_id": acme.id,
            "phone": "+8613800138000",
        }
    ).record
    by_email = services.contacts.create({"first_name": "J", "email": "JON@acme.com"}).record
    by_phone = services.contacts.create({"first_name": "Z", "phone": "+86 138 0013 8000"}).record
    by_name = services.contacts.create(
        {"first_name": "John", "last_name": "Smith", "company_id": acme.id}
    ).record
    services.contacts.create({"first_name": "John", "last_name": "Smith", "company_id": other.id})
    services.contacts.create({"first_name": "Mary", "last_name": "Jones", "company_id": acme.id})
    trashed = services.contacts.create({"first_name": "T", "email": "jon@acme.com"}).record
    services.contacts.trash([trashed.id])

    found = {m.other_id: m.reasons for m in services.duplicates.find_for("contact", me.id)}

    assert found == {by_email.id: ("email",), by_phone.id: ("phone",), by_name.id: ("name",)}


def test_find_companies_by_name_and_domain(services: Services) -> None:
    a = services.companies.create({"name": "Acme", "domain": "acme.com"}).record
    b = services.companies.create({"name": "ACME", "domain": "acme.com"}).record
    services.companies.create({"name": "Acme Holdings"})
    [match] = services.duplicates.find_for("company", a.id)
    assert (match.other_id, match.reasons, match.label) == (b.id, ("name", "domain"), "ACME")


def _contact_world(services: Services, db: Database) -> dict[str, str]:
    winner = services.contacts.create(
        {"first_name": "Ada", "email": "ada@a.com", "tags": ["vip"]}
    ).record
    loser = services.contacts.create(
        {
            "first_name": "Ada L",
            "email": "ada@b.com",
            "title": "CTO",
            "tags": ["beta"],
            "custom": {"shoe": "42"},
        }
    ).record
    shared = services.deals.create({"name": "Both", "contact_ids": [winner.id, loser.id]}).record
    only_loser = services.deals.create({"name": "Loser's", "contact_ids": [loser.id]}).record
    when = datetime(2026, 2, 1, tzinfo=UTC)
    services.activities.log("call", "c1", ActivityLinks(loser.id), occurred_at=when)
    services.activities.log("note", "n1", ActivityLinks(winner.id), occurred_at=when)
    services.follow_ups.add("contact", loser.id, "Call back")
    with UnitOfWork(db) as session:
        session.add(NpsResponse(contact_id=loser.id, score=9, responded_at=when))
    return {"winner": winner.id, "loser": loser.id, "shared": shared.id, "only": only_loser.id}


def _links(db: Database, contact_id: str) -> dict[str, object]:
    with db.session(write=False) as session:
        deals = session.scalars(
            select(Deal.name).where(Deal.contacts.any(Contact.id == contact_id))
        )
        return {
            "activities": sorted(
                session.scalars(select(Activity.subject).where(Activity.contact_id == contact_id))
            ),
            "tasks": list(session.scalars(select(Task.title).where(Task.contact_id == contact_id))),
            "nps": list(
                session.scalars(
                    select(NpsResponse.score).where(NpsResponse.contact_id == contact_id)
                )
            ),
            "deals": sorted(deals),
        }


def test_merge_keeps_every_link_and_trashes_the_loser(services: Services, db: Database) -> None:
    ids = _contact_world(services, db)

    result = services.duplicates.merge(
        "contact", ids["winner"], ids["loser"], {"title": "CTO", "email": "ada@b.com"}
    )

    assert _links(db, ids["winner"]) == {
        "activities": ["c1", "n1"],
        "tasks": ["Call back"],
        "nps": [9],
        "deals": ["Both", "Loser's"],
    }
    assert _links(db, ids["loser"]) == {"activities": [], "tasks": [], "nps": [], "deals": []}
    winner = services.contacts.get(ids["winner"])
    assert (winner.title, winner.email, winner.first_name) == ("CTO", "ada@b.com", "Ada")
    assert winner.other_emails == ["ada@a.com"]  # the replaced address is kept
    assert winner.tags == ["vip", "beta"] and winner.custom == {"shoe": "42"}
    assert services.contacts.get(ids["loser"]).deleted_at is not None
    assert result.changes.touches(EntityKind.ACTIVITY, EntityKind.TASK, EntityKind.DEAL)
    with db.session(write=False) as session:
        merge_rows = session.scalars(select(ChangeLog).where(ChangeLog.action == "merge")).all()
        assert {(r.entity_id, str(r.new)) for r in merge_rows} == {
            (ids["winner"], str({"activity": 1, "task": 1, "nps_response": 1, "deal_contact": 2})),
            (ids["loser"], str({"merged_into": ids["winner"]})),
        }


def test_unmerge_puts_everything_back(services: Services, db: Database) -> None:
    ids = _contact_world(services, db)
    before_winner = _links(db, ids["winner"])
    before_loser = _links(db, ids["loser"])
    original = services.contacts.get(ids["winner"])

    result = services.duplicates.merge("contact", ids["winner"], ids["loser"], {"title": "CTO"})
    services.duplicates.unmerge(result.receipt)

    assert _links(db, ids["winner"]) == before_winner
    assert _links(db, ids["loser"]) == before_loser
    restored = services.contacts.get(ids["winner"])
    assert (restored.title, restored.tags, restored.other_emails, restored.custom) == (
        original.title,
        original.tags,
        original.other_emails,
        original.custom,
    )
    assert services.contacts.get(ids["loser"]).deleted_at is None


def test_merge_companies_moves_contacts_and_deals(services: Services) -> None:
    a = services.companies.create({"name": "Acme"}).record
    b = services.companies.create({"name": "ACME Inc", "industry": "Tools"}).record
    person = services.contacts.create({"first_name": "Bo", "company_id": b.id}).record
    deal = services.deals.create({"name": "D", "company_id": b.id}).record

    services.duplicates.merge("company", a.id, b.id, {"industry": "Tools"})

    assert services.contacts.get(person.id).company_id == a.id
    assert services.deals.get(deal.id).company_id == a.id
    assert services.companies.get(a.id).industry == "Tools"
    assert services.companies.get(b.id).deleted_at is not None


def test_merge_refuses_self_and_trashed(services: Services) -> None:
    a = services.contacts.create({"first_name": "A"}).record
    b = services.contacts.create({"first_name": "B"}).record
    with pytest.raises(ValidationError):
        services.duplicates.merge("contact", a.id, a.id)
    services.contacts.trash([b.id])
    with pytest.raises(ValidationError):
        services.duplicates.merge("contact", a.id, b.id)
