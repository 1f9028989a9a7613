"""A record's timeline: activities, stage changes and field changes, newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.domain.enums import ActivityType, LifecycleStage
from crm_desktop.services.activities import ActivityLinks
from crm_desktop.services.container import Services
from crm_desktop.services.timeline import EntryKind
from crm_desktop.storage.database import Database
from crm_desktop.storage.types import utcnow
from tests.unit.record_helpers import make_services, stage_ids


@pytest.fixture
def services(db: Database) -> Services:
    return make_services(db)


def test_contact_timeline_merges_activities_and_field_changes_newest_first(
    services: Services,
) -> None:
    contact = services.contacts.create({"first_name": "Ada", "title": "CTO"}).record
    services.contacts.update(contact.id, {"title": "CEO"})
    past = utcnow() - timedelta(days=3)
    future = utcnow() + timedelta(days=1)
    links = ActivityLinks(contact_id=contact.id)
    services.activities.log("call", "Old call", links, occurred_at=past)
    services.activities.log("meeting", "Planned demo", links, occurred_at=future)

    entries = services.timeline.for_record("contact", contact.id)

    summary = [(e.kind, e.title, e.old, e.new) for e in entries]
    assert summary == [
        (EntryKind.ACTIVITY, "Planned demo", None, None),
        (EntryKind.FIELD_CHANGE, "title", "CTO", "CEO"),
        (EntryKind.CREATED, "", None, None),
        (EntryKind.ACTIVITY, "Old call", None, None),
    ]
    assert entries[0].activity_type == ActivityType.MEETING
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)


def test_last_activity_changes_are_not_listed(services: Services) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    services.activities.log("note", "n", ActivityLinks(contact_id=contact.id))
    titles = [e.title for e in services.timeline.for_record("contact", contact.id)]
    assert "last_activity_at" not in titles


def test_deal_timeline_has_stage_changes_with_stage_names(services: Services) -> None:
    qualified, proposal = stage_ids(services.db)
    deal = services.deals.create({"name": "Big", "stage_id": qualified}).record
    services.deals.update(deal.id, {"stage_id": proposal, "amount": "1200.50"})

    entries = services.timeline.for_record("deal", deal.id)

    moves = [(e.old, e.new) for e in entries if e.kind == EntryKind.STAGE_CHANGE]
    assert moves == [("Qualified", "Proposal"), (None, "Qualified")]
    fields = {e.title: (e.old, e.new) for e in entries if e.kind == EntryKind.FIELD_CHANGE}
    assert fields["amount"] == (None, "1200.50")
    assert fields["stage_id"] == (qualified, proposal)


def test_company_timeline_has_activities_of_its_contacts(services: Services) -> None:
    company = services.companies.create({"name": "Acme"}).record
    contact = services.contacts.create({"first_name": "Bo", "company_id": company.id}).record
    when = datetime(2026, 1, 2, tzinfo=UTC)
    services.activities.log("email", "Hello", ActivityLinks(contact.id), occurred_at=when)
    services.contacts.update(contact.id, {"lifecycle_stage": LifecycleStage.SQL})
    activity = [
        e for e in services.timeline.for_record("company", company.id) if e.kind == "activity"
    ]
    assert [(a.title, a.at) for a in activity] == [("Hello", when)]


def test_trash_and_restore_are_listed(services: Services) -> None:
    company = services.companies.create({"name": "Acme"}).record
    services.companies.trash([company.id])
    services.companies.restore([company.id])
    kinds = [e.kind for e in services.timeline.for_record("company", company.id)]
    assert kinds == [EntryKind.RESTORED, EntryKind.DELETED, EntryKind.CREATED]
