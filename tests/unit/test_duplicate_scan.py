"""The global duplicate scan: groups by email, phone, name at the same company; joined."""

from __future__ import annotations

import pytest

from crm_desktop.domain.enums import EntityKind
from crm_desktop.services.container import Services
from crm_desktop.services.search import SearchCancelled
from crm_desktop.storage.database import Database
from tests.unit.record_helpers import make_services


@pytest.fixture
def services(db: Database) -> Services:
    return make_services(db)


def test_scan_groups_contacts_and_joins_groups_sharing_a_record(services: Services) -> None:
    acme = services.companies.create({"name": "Acme"}).record.id
    c = services.contacts.create
    a = c({"first_name": "Jon", "email": "jon@acme.com", "phone": "+8613800138000"}).record.id
    b = c({"first_name": "J", "email": "JON@acme.com"}).record.id  # same email as a
    d = c({"first_name": "Zed", "phone": "+86 138 0013 8000"}).record.id  # same phone as a
    e = c({"first_name": "Li", "last_name": "Na", "company_id": acme}).record.id
    f = c({"first_name": "li", "last_name": "na ", "company_id": acme}).record.id
    c({"first_name": "Li", "last_name": "Na"})  # no company: not with e/f
    g = c({"first_name": "Gone", "email": "jon@acme.com"}).record.id
    services.contacts.trash([g])  # trashed records are left out
    groups = services.duplicates.scan(EntityKind.CONTACT)
    assert [set(group.ids) for group in groups] == [{a, b, d}, {e, f}]
    assert groups[0].reasons == ("email", "phone")
    assert groups[1].reasons == ("name",)
    assert sorted(groups[1].labels) == ["Li Na", "li na"]


def test_scan_companies_by_name_and_domain(services: Services) -> None:
    make = services.companies.create
    a = make({"name": "Acme", "domain": "acme.com"}).record.id
    b = make({"name": "ACME "}).record.id
    c = make({"name": "Acme Corp", "domain": "ACME.com"}).record.id
    make({"name": "Other"})
    [group] = services.duplicates.scan("company")
    assert set(group.ids) == {a, b, c}
    assert group.reasons == ("name", "domain")


def test_scan_can_be_cancelled(services: Services) -> None:
    services.contacts.create({"first_name": "A", "email": "a@x.com"})
    with pytest.raises(SearchCancelled):
        services.duplicates.scan("contact", cancelled=lambda: True)
