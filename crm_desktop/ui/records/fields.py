"""What each record editor shows: its fields, their input kind and their labels."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.enums import (
    CompanyLifecycle,
    EntityKind,
    LeadStatus,
    LifecycleStage,
    Outcome,
)


class Input(StrEnum):
    LINE = "line"
    TEXT = "text"  # several lines
    ENUM = "enum"
    USER = "user"
    SOURCE = "source"
    PIPELINE = "pipeline"
    STAGE = "stage"
    COMPANY = "company"
    CONTACTS = "contacts"
    LIST = "list"  # comma-separated


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    input: Input = Input.LINE
    enum: type[StrEnum] | None = None
    placeholder: str = ""


translate = QCoreApplication.translate


def enum_label(value: StrEnum | str) -> str:
    """The translated name of an enum value (lifecycle stage, lead status, outcome...)."""
    key = value.value if isinstance(value, StrEnum) else value
    labels = {
        "subscriber": translate("RecordFields", "Subscriber"),
        "lead": translate("RecordFields", "Lead"),
        "mql": translate("RecordFields", "Marketing qualified lead"),
        "sql": translate("RecordFields", "Sales qualified lead"),
        "opportunity": translate("RecordFields", "Opportunity"),
        "customer": translate("RecordFields", "Customer"),
        "evangelist": translate("RecordFields", "Evangelist"),
        "other": translate("RecordFields", "Other"),
        "new": translate("RecordFields", "New"),
        "open": translate("RecordFields", "Open"),
        "in_progress": translate("RecordFields", "In progress"),
        "connected": translate("RecordFields", "Connected"),
        "unqualified": translate("RecordFields", "Unqualified"),
        "bad_timing": translate("RecordFields", "Bad timing"),
        "won": translate("RecordFields", "Won"),
        "lost": translate("RecordFields", "Lost"),
        "prospect": translate("RecordFields", "Prospect"),
        "churned": translate("RecordFields", "Churned"),
    }
    return labels.get(key, key)


def field_specs(kind: EntityKind) -> list[FieldSpec]:
    return {
        EntityKind.CONTACT: _contact_fields,
        EntityKind.COMPANY: _company_fields,
        EntityKind.DEAL: _deal_fields,
    }[kind]()


def _contact_fields() -> list[FieldSpec]:
    return [
        FieldSpec("first_name", translate("RecordFields", "First name")),
        FieldSpec("last_name", translate("RecordFields", "Last name")),
        FieldSpec("email", translate("RecordFields", "Email"), placeholder="name@example.com"),
        FieldSpec("phone", translate("RecordFields", "Phone"), placeholder="+86 138 0013 8000"),
        FieldSpec("title", translate("RecordFields", "Job title")),
        FieldSpec("company_id", translate("RecordFields", "Company"), Input.COMPANY),
        FieldSpec(
            "lifecycle_stage",
            translate("RecordFields", "Lifecycle stage"),
            Input.ENUM,
            LifecycleStage,
        ),
        FieldSpec("lead_status", translate("RecordFields", "Lead status"), Input.ENUM, LeadStatus),
        FieldSpec("source_id", translate("RecordFields", "Source"), Input.SOURCE),
        FieldSpec("owner_id", translate("RecordFields", "Owner"), Input.USER),
        FieldSpec("city", translate("RecordFields", "City")),
        FieldSpec("country", translate("RecordFields", "Country")),
        FieldSpec(
            "tags",
            translate("RecordFields", "Tags"),
            Input.LIST,
            placeholder=translate("RecordFields", "comma separated"),
        ),
    ]


def _company_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", translate("RecordFields", "Name")),
        FieldSpec("domain", translate("RecordFields", "Domain"), placeholder="example.com"),
        FieldSpec("industry", translate("RecordFields", "Industry")),
        FieldSpec("employees", translate("RecordFields", "Employees")),
        FieldSpec("annual_revenue", translate("RecordFields", "Annual revenue")),
        FieldSpec("phone", translate("RecordFields", "Phone")),
        FieldSpec("website", translate("RecordFields", "Website")),
        FieldSpec("address", translate("RecordFields", "Address"), Input.TEXT),
        FieldSpec("city", translate("RecordFields", "City")),
        FieldSpec("country", translate("RecordFields", "Country")),
        FieldSpec(
            "lifecycle", translate("RecordFields", "Lifecycle"), Input.ENUM, CompanyLifecycle
        ),
        FieldSpec("source_id", translate("RecordFields", "Source"), Input.SOURCE),
        FieldSpec("owner_id", translate("RecordFields", "Owner"), Input.USER),
    ]


def _deal_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", translate("RecordFields", "Name")),
        FieldSpec("amount", translate("RecordFields", "Amount"), placeholder="0.00"),
        FieldSpec("currency", translate("RecordFields", "Currency"), placeholder="USD"),
        FieldSpec("pipeline_id", translate("RecordFields", "Pipeline"), Input.PIPELINE),
        FieldSpec("stage_id", translate("RecordFields", "Stage"), Input.STAGE),
        FieldSpec("outcome", translate("RecordFields", "Outcome"), Input.ENUM, Outcome),
        FieldSpec("company_id", translate("RecordFields", "Company"), Input.COMPANY),
        FieldSpec("contact_ids", translate("RecordFields", "Contacts"), Input.CONTACTS),
        FieldSpec("owner_id", translate("RecordFields", "Owner"), Input.USER),
        FieldSpec(
            "expected_close_date",
            translate("RecordFields", "Expected close"),
            placeholder="YYYY-MM-DD",
        ),
        FieldSpec(
            "probability",
            translate("RecordFields", "Probability (%)"),
            placeholder=translate("RecordFields", "stage default"),
        ),
        FieldSpec("source_id", translate("RecordFields", "Source"), Input.SOURCE),
        FieldSpec("next_step", translate("RecordFields", "Next step"), Input.TEXT),
        FieldSpec("lost_reason", translate("RecordFields", "Lost reason"), Input.TEXT),
    ]


def kind_label(kind: EntityKind) -> str:
    return {
        EntityKind.CONTACT: translate("RecordFields", "Contact"),
        EntityKind.COMPANY: translate("RecordFields", "Company"),
        EntityKind.DEAL: translate("RecordFields", "Deal"),
    }.get(kind, kind.value)
