"""Converting a lead to a deal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.domain.enums import ChangeAction, EntityKind, LifecycleStage, Outcome
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from tests.unit.record_helpers import make_services, stage_ids


@pytest.fixture
def services(db: Database) -> Services:
    return make_services(db)


def test_convert_to_deal_links_contact_and_company_and_moves_lifecycle(
    services: Services,
) -> None:
    company = services.companies.create({"name": "Acme"}).record
    contact = services.contacts.create(
        {"first_name": "Ada", "last_name": "Lovelace", "company_id": company.id}
    ).record
    assert contact.lifecycle_stage == LifecycleStage.LEAD

    saved = services.leads.convert_to_deal(contact.id, amount="5000")

    deal = saved.record
    assert deal.name == "Acme - Ada Lovelace"
    assert (deal.company_id, deal.contact_ids) == (company.id, (contact.id,))
    assert (deal.amount, deal.outcome) == (Decimal("5000.00"), Outcome.OPEN)
    assert deal.stage_id == stage_ids(services.db)[0]
    assert services.contacts.get(contact.id).lifecycle_stage == LifecycleStage.OPPORTUNITY
    assert saved.changes.ids(EntityKind.DEAL, ChangeAction.CREATE) == {deal.id}
    assert saved.changes.ids(EntityKind.CONTACT, ChangeAction.UPDATE) == {contact.id}


def test_convert_keeps_a_customer_a_customer(services: Services) -> None:
    contact = services.contacts.create(
        {"first_name": "Bo", "lifecycle_stage": LifecycleStage.CUSTOMER}
    ).record
    deal = services.leads.convert_to_deal(contact.id, name="Upsell").record
    assert deal.name == "Upsell" and deal.company_id is None
    assert services.contacts.get(contact.id).lifecycle_stage == LifecycleStage.CUSTOMER


def test_convert_with_bad_amount_writes_nothing(services: Services) -> None:
    contact = services.contacts.create({"first_name": "Bo"}).record
    with pytest.raises(ValidationError) as error:
        services.leads.convert_to_deal(contact.id, amount="-1")
    assert "amount" in error.value.errors
    assert services.contacts.get(contact.id).lifecycle_stage == LifecycleStage.LEAD
    assert services.summary.summary().deals == 0
