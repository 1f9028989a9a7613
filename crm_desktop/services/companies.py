"""Companies (accounts)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.domain.enums import CompanyLifecycle, EntityKind
from crm_desktop.services import cleaners as c
from crm_desktop.services.dto import CompanyDTO, dto_from
from crm_desktop.services.records import RecordService
from crm_desktop.storage.models import Company


class CompanyService(RecordService[Company, CompanyDTO]):
    model = Company
    kind = EntityKind.COMPANY
    required = ("name",)
    fields = {
        "name": c.text(300),
        "domain": c.text(253),
        "industry": c.text(120),
        "employees": c.whole_number,
        "annual_revenue": c.money,
        "phone": c.phone,
        "website": c.text(500),
        "address": c.text(2000),
        "city": c.text(120),
        "country": c.text(120),
        "source_id": c.record_id,
        "lifecycle": c.enum(CompanyLifecycle),
        "customer_since": c.calendar_date,
        "churned_at": c.calendar_date,
        "owner_id": c.record_id,
        "external_id": c.text(200),
        "custom": c.custom_values,
    }

    def _to_dto(self, session: Session, record: Company) -> CompanyDTO:
        return dto_from(record, CompanyDTO)
