"""Contacts (people) and leads."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.domain.enums import EntityKind, LeadStatus, LifecycleStage
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.names import display_name
from crm_desktop.services import cleaners as c
from crm_desktop.services.dto import ContactDTO, dto_from
from crm_desktop.services.records import RecordService
from crm_desktop.storage.models import Contact


class ContactService(RecordService[Contact, ContactDTO]):
    model = Contact
    kind = EntityKind.CONTACT
    fields = {
        "first_name": c.text(200),
        "last_name": c.text(200),
        "email": c.email,
        "phone": c.phone,
        "other_emails": c.email_list,
        "other_phones": c.phone_list,
        "title": c.text(200),
        "company_id": c.record_id,
        "lifecycle_stage": c.enum(LifecycleStage),
        "lead_status": c.enum(LeadStatus),
        "source_id": c.record_id,
        "city": c.text(120),
        "country": c.text(120),
        "tags": c.string_list,
        "owner_id": c.record_id,
        "external_id": c.text(200),
        "custom": c.custom_values,
    }

    def _check_required(self, cleaned: Mapping[str, Any], record: Contact | None) -> None:
        def value(key: str) -> Any:
            return cleaned[key] if key in cleaned else getattr(record, key, None)

        if not any(value(k) for k in ("first_name", "last_name", "email")):
            raise ValidationError({"first_name": "a contact needs a name or an email address"})

    def _to_dto(self, session: Session, record: Contact) -> ContactDTO:
        return dto_from(
            record,
            ContactDTO,
            display_name=display_name(record.first_name, record.last_name) or record.email or "",
            company_name=record.company.name if record.company else None,
        )
