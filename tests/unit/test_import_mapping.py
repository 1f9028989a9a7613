"""Column suggestions (English, Chinese, other CRMs' exports) and saved mapping templates."""

from __future__ import annotations

import pytest

from crm_desktop.services.importing.fields import (
    FIELDS,
    ImportKind,
    parse_map_options,
    suggest_mapping,
)
from crm_desktop.services.importing.mapping import MappingTemplates
from crm_desktop.storage.database import Database

HUBSPOT_CONTACTS = ["Record ID", "First Name", "Last Name", "Email", "Phone Number",
                    "Job Title", "Contact owner", "Lifecycle Stage", "Lead Status",
                    "Associated Company", "Create Date", "City", "Country/Region"]  # fmt: skip
PIPEDRIVE_DEALS = ["Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency of Value",
                   "Deal - Pipeline", "Deal - Stage", "Deal - Owner", "Deal - Organization",
                   "Deal - Expected close date", "Deal - Lost reason",
                   "Deal - Deal created"]  # fmt: skip
SALESFORCE_OPPS = ["Opportunity ID", "Opportunity Name", "Account Name", "Amount", "Stage",
                   "Close Date", "Probability (%)", "Opportunity Owner", "Lead Source"]  # fmt: skip
ZOHO_ACCOUNTS = ["Account Name", "Website", "Industry", "Employees", "Annual Revenue",
                 "Account Owner", "Phone", "Billing City", "Billing Country"]  # fmt: skip


def test_chinese_headers() -> None:
    headers = ["姓名", "邮箱", "电话", "公司", "职位", "负责人", "城市", "备注"]
    assert suggest_mapping(ImportKind.CONTACTS, headers) == {
        "姓名": "full_name",
        "邮箱": "email",
        "电话": "phone",
        "公司": "company",
        "职位": "title",
        "负责人": "owner",
        "城市": "city",
    }


def test_hubspot_contacts() -> None:
    mapping = suggest_mapping(ImportKind.CONTACTS, HUBSPOT_CONTACTS)
    assert mapping == {
        "Record ID": "external_id",
        "First Name": "first_name",
        "Last Name": "last_name",
        "Email": "email",
        "Phone Number": "phone",
        "Job Title": "title",
        "Contact owner": "owner",
        "Lifecycle Stage": "lifecycle_stage",
        "Lead Status": "lead_status",
        "Associated Company": "company",
        "Create Date": "created_at",
        "City": "city",
        "Country/Region": "country",
    }


def test_pipedrive_deals() -> None:
    mapping = suggest_mapping(ImportKind.DEALS, PIPEDRIVE_DEALS)
    assert mapping == {
        "Deal - ID": "external_id",
        "Deal - Title": "name",
        "Deal - Value": "amount",
        "Deal - Currency of Value": "currency",
        "Deal - Pipeline": "pipeline",
        "Deal - Stage": "stage",
        "Deal - Owner": "owner",
        "Deal - Organization": "company",
        "Deal - Expected close date": "close_date",
        "Deal - Lost reason": "lost_reason",
    }


def test_salesforce_opportunities_and_zoho_accounts() -> None:
    deals = suggest_mapping(ImportKind.DEALS, SALESFORCE_OPPS)
    assert deals == {
        "Opportunity ID": "external_id",
        "Opportunity Name": "name",
        "Account Name": "company",
        "Amount": "amount",
        "Stage": "stage",
        "Close Date": "close_date",
        "Probability (%)": "probability",
        "Opportunity Owner": "owner",
        "Lead Source": "source",
    }
    companies = suggest_mapping(ImportKind.COMPANIES, ZOHO_ACCOUNTS)
    assert companies == {
        "Account Name": "name",
        "Website": "website",
        "Industry": "industry",
        "Employees": "employees",
        "Annual Revenue": "annual_revenue",
        "Account Owner": "owner",
        "Phone": "phone",
        "Billing City": "city",
        "Billing Country": "country",
    }


def test_each_field_is_suggested_once_and_field_keys_map_to_themselves() -> None:
    for kind, keys in FIELDS.items():
        assert suggest_mapping(kind, list(keys)) == {
            k: k for k in keys if not (k == "full_name" and kind == ImportKind.CONTACTS)
        }
    assert suggest_mapping(ImportKind.CONTACTS, ["Email", "E-mail"]) == {"Email": "email"}


def test_parse_map_options() -> None:
    assert parse_map_options(
        ImportKind.CONTACTS, ["Mail=email", "a=b=custom:shoe_size", " Name = full_name "]
    ) == {"Mail": "email", "a=b": "custom:shoe_size", "Name": "full_name"}
    with pytest.raises(ValueError, match="not a contacts field"):
        parse_map_options(ImportKind.CONTACTS, ["Mail=e_mail"])
    with pytest.raises(ValueError, match="Column=field"):
        parse_map_options(ImportKind.CONTACTS, ["Mail"])
    with pytest.raises(ValueError, match="needs a key"):
        parse_map_options(ImportKind.CONTACTS, ["Mail=custom:"])


def test_templates_are_saved_listed_applied_and_deleted(db: Database) -> None:
    templates = MappingTemplates(db)
    assert templates.list() == []
    changes = templates.save("HubSpot", ImportKind.CONTACTS, {"E-Mail": "email", "X": ""})
    assert changes
    templates.save("Deals", ImportKind.DEALS, {"Title": "name"})
    saved = templates.list(ImportKind.CONTACTS)
    assert [t.name for t in saved] == ["HubSpot"]
    assert saved[0].mapping == {"E-Mail": "email"}
    assert saved[0].applied_to(["e-mail", "Other"]) == {"e-mail": "email"}
    templates.delete("HubSpot")
    assert [t.name for t in templates.list()] == ["Deals"]
