"""Logging activities and follow-up tasks; last_activity_at moves forward, never back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import ActivityType, ChangeAction, EntityKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.activities import ActivityLinks
from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Task
from tests.unit.record_helpers import make_services


@pytest.fixture
def services(db: Database) -> Services:
    return make_services(db)


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def test_log_updates_last_activity_of_contact_company_and_deal(services: Services) -> None:
    company = services.companies.create({"name": "Acme"}).record
    contact = services.contacts.create({"first_name": "Ada", "company_id": company.id}).record
    deal = services.deals.create({"name": "Big one", "company_id": company.id}).record

    saved = services.activities.log(
        ActivityType.CALL,
        "Intro call",
        ActivityLinks(contact_id=contact.id, deal_id=deal.id),
        occurred_at=at(5),
        duration_minutes=15,
    )

    activity = saved.record
    assert activity.type == ActivityType.CALL
    assert activity.company_id == company.id  # the contact's company is linked too
    assert saved.changes.ids(EntityKind.ACTIVITY, ChangeAction.CREATE) == {activity.id}
    assert services.contacts.get(contact.id).last_activity_at == at(5)
    assert services.companies.get(company.id).last_activity_at == at(5)
    assert services.deals.get(deal.id).last_activity_at == at(5)


def test_older_activity_does_not_move_last_activity_back(services: Services) -> None:
    contact = services.contacts.create({"first_name": "Bo"}).record
    links = ActivityLinks(contact_id=contact.id)
    services.activities.log("email", "Newer", links, occurred_at=at(10))
    services.activities.log("note", "Older", links, occurred_at=at(2))
    assert services.contacts.get(contact.id).last_activity_at == at(10)


def test_log_rejects_no_link_and_bad_type(services: Services) -> None:
    with pytest.raises(ValidationError) as no_link:
        services.activities.log("call", "x", ActivityLinks())
    assert "links" in no_link.value.errors
    contact = services.contacts.create({"first_name": "Bo"}).record
    with pytest.raises(ValidationError) as bad_type:
        services.activities.log("fax", "x", ActivityLinks(contact_id=contact.id))
    assert "type" in bad_type.value.errors


def test_follow_up_task_is_linked_to_the_record(services: Services, db: Database) -> None:
    deal = services.deals.create({"name": "Renewal"}).record
    saved = services.follow_ups.add("deal", deal.id, "  Send the quote ", due_at=at(7))
    assert saved.record.title == "Send the quote"
    assert saved.changes.ids(EntityKind.TASK) == {saved.record.id}
    with db.session(write=False) as session:
        task = session.scalars(select(Task)).one()
        assert (task.deal_id, task.due_at, task.done_at) == (deal.id, at(7), None)
    with pytest.raises(ValidationError):
        services.follow_ups.add("deal", deal.id, "   ")
