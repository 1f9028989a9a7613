"""Translated labels of list columns, enum values and record kinds."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication


def column_label(key: str, english: str) -> str:
    """The header of a built-in column (``english`` as the service names it), translated."""
    labels = {
        "name": QCoreApplication.translate("RecordLabels", "Name"),
        "email": QCoreApplication.translate("RecordLabels", "Email"),
        "phone": QCoreApplication.translate("RecordLabels", "Phone"),
        "company": QCoreApplication.translate("RecordLabels", "Company"),
        "title": QCoreApplication.translate("RecordLabels", "Title"),
        "lifecycle_stage": QCoreApplication.translate("RecordLabels", "Lifecycle stage"),
        "lead_status": QCoreApplication.translate("RecordLabels", "Lead status"),
        "source": QCoreApplication.translate("RecordLabels", "Source"),
        "city": QCoreApplication.translate("RecordLabels", "City"),
        "country": QCoreApplication.translate("RecordLabels", "Country"),
        "tags": QCoreApplication.translate("RecordLabels", "Tags"),
        "owner": QCoreApplication.translate("RecordLabels", "Owner"),
        "last_activity_at": QCoreApplication.translate("RecordLabels", "Last activity"),
        "created_at": QCoreApplication.translate("RecordLabels", "Created"),
        "updated_at": QCoreApplication.translate("RecordLabels", "Updated"),
        "domain": QCoreApplication.translate("RecordLabels", "Domain"),
        "industry": QCoreApplication.translate("RecordLabels", "Industry"),
        "employees": QCoreApplication.translate("RecordLabels", "Employees"),
        "annual_revenue": QCoreApplication.translate("RecordLabels", "Annual revenue"),
        "lifecycle": QCoreApplication.translate("RecordLabels", "Lifecycle"),
        "amount": QCoreApplication.translate("RecordLabels", "Amount"),
        "currency": QCoreApplication.translate("RecordLabels", "Currency"),
        "pipeline": QCoreApplication.translate("RecordLabels", "Pipeline"),
        "stage": QCoreApplication.translate("RecordLabels", "Stage"),
        "outcome": QCoreApplication.translate("RecordLabels", "Outcome"),
        "expected_close_date": QCoreApplication.translate("RecordLabels", "Close date"),
        "probability": QCoreApplication.translate("RecordLabels", "Probability"),
    }
    return labels.get(key, english)


def custom_label(label: str, chinese: bool) -> str:
    """Custom property labels come as ``english\\x1fchinese`` when both exist."""
    english, _, zh = label.partition("\x1f")
    return zh if chinese and zh else english


def enum_label(value: str) -> str:
    return _enum_labels().get(value, value)


@cache
def _enum_labels() -> dict[str, str]:
    """Built once: the app's language is set before the first list is shown."""
    return {
        # contact lifecycle stages
        "subscriber": QCoreApplication.translate("RecordLabels", "Subscriber"),
        "lead": QCoreApplication.translate("RecordLabels", "Lead"),
        "mql": QCoreApplication.translate("RecordLabels", "MQL"),
        "sql": QCoreApplication.translate("RecordLabels", "SQL"),
        "opportunity": QCoreApplication.translate("RecordLabels", "Opportunity"),
        "customer": QCoreApplication.translate("RecordLabels", "Customer"),
        "evangelist": QCoreApplication.translate("RecordLabels", "Evangelist"),
        "other": QCoreApplication.translate("RecordLabels", "Other"),
        # lead statuses
        "new": QCoreApplication.translate("RecordLabels", "New"),
        "open": QCoreApplication.translate("RecordLabels", "Open"),
        "in_progress": QCoreApplication.translate("RecordLabels", "In progress"),
        "connected": QCoreApplication.translate("RecordLabels", "Connected"),
        "unqualified": QCoreApplication.translate("RecordLabels", "Unqualified"),
        "bad_timing": QCoreApplication.translate("RecordLabels", "Bad timing"),
        # company lifecycle
        "prospect": QCoreApplication.translate("RecordLabels", "Prospect"),
        "churned": QCoreApplication.translate("RecordLabels", "Churned"),
        # deal outcomes
        "won": QCoreApplication.translate("RecordLabels", "Won"),
        "lost": QCoreApplication.translate("RecordLabels", "Lost"),
    }


def kind_label(kind: str, plural: bool = False) -> str:
    if plural:
        return {
            "contact": QCoreApplication.translate("RecordLabels", "Contacts"),
            "company": QCoreApplication.translate("RecordLabels", "Companies"),
            "deal": QCoreApplication.translate("RecordLabels", "Deals"),
            "activity": QCoreApplication.translate("RecordLabels", "Activities"),
            "task": QCoreApplication.translate("RecordLabels", "Tasks"),
        }.get(kind, kind)
    return {
        "contact": QCoreApplication.translate("RecordLabels", "Contact"),
        "company": QCoreApplication.translate("RecordLabels", "Company"),
        "deal": QCoreApplication.translate("RecordLabels", "Deal"),
        "activity": QCoreApplication.translate("RecordLabels", "Activity"),
        "task": QCoreApplication.translate("RecordLabels", "Task"),
    }.get(kind, kind)


LIFECYCLE_STAGES = (
    "subscriber",
    "lead",
    "mql",
    "sql",
    "opportunity",
    "customer",
    "evangelist",
    "other",
)
LEAD_STATUSES = ("new", "open", "in_progress", "connected", "unqualified", "bad_timing")
COMPANY_LIFECYCLES = ("prospect", "customer", "churned")
OUTCOMES = ("open", "won", "lost")
