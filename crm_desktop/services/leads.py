"""Leads: turning a qualified contact into a deal."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from crm_desktop.domain.enums import LifecycleStage
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.names import display_name
from crm_desktop.services.deals import DealService
from crm_desktop.services.dto import DealDTO, Saved
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Contact, Deal
from crm_desktop.storage.unit_of_work import UnitOfWork

#: Lifecycle stages a conversion does not move backwards from.
_LATER_STAGES = (LifecycleStage.OPPORTUNITY, LifecycleStage.CUSTOMER, LifecycleStage.EVANGELIST)


class LeadService:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor
        self._deals = DealService(db, actor)

    def convert_to_deal(
        self,
        contact_id: str,
        *,
        name: str | None = None,
        amount: Decimal | str | None = None,
        pipeline_id: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Saved[DealDTO]:
        """Create a deal linked to the contact and its company; the contact becomes an
        opportunity (unless it is already further along). One unit of work."""
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise ValidationError({"contact_id": "the contact does not exist"})
            values: dict[str, Any] = {
                "name": name or _deal_name(contact),
                "amount": amount,
                "pipeline_id": pipeline_id,
                "company_id": contact.company_id,
                "contact_ids": [contact.id],
                "source_id": contact.source_id,
                "owner_id": contact.owner_id or self._actor(),
                **(extra or {}),
            }
            cleaned = self._deals._clean(values)
            self._deals._check_required(cleaned, None)
            deal = Deal()
            self._deals._apply(session, deal, cleaned)
            session.add(deal)
            session.flush()
            self._deals._after_create(session, deal)
            if contact.lifecycle_stage not in _LATER_STAGES:
                contact.lifecycle_stage = LifecycleStage.OPPORTUNITY
            session.flush()
            dto = self._deals._to_dto(session, deal)
        return Saved(dto, uow.changes)


def _deal_name(contact: Contact) -> str:
    person = display_name(contact.first_name, contact.last_name) or contact.email or ""
    company = contact.company.name if contact.company else None
    return f"{company} - {person}" if company and person else (company or person or "Deal")
