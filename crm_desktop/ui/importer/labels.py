"""Translated names of import kinds, fields and options."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.importing.fields import ImportKind
from crm_desktop.services.importing.values import DateOrder


def kind_label(kind: ImportKind) -> str:
    return {
        ImportKind.CONTACTS: QCoreApplication.translate("importer", "Contacts"),
        ImportKind.COMPANIES: QCoreApplication.translate("importer", "Companies"),
        ImportKind.DEALS: QCoreApplication.translate("importer", "Deals"),
        ImportKind.ACTIVITIES: QCoreApplication.translate("importer", "Activities"),
        ImportKind.TASKS: QCoreApplication.translate("importer", "Tasks"),
    }[kind]


def date_order_label(order: DateOrder) -> str:
    return {
        DateOrder.YMD: QCoreApplication.translate("importer", "year/month/day"),
        DateOrder.DMY: QCoreApplication.translate("importer", "day/month/year"),
        DateOrder.MDY: QCoreApplication.translate("importer", "month/day/year"),
    }[order]


def match_label(key: str) -> str:
    return {
        "email": QCoreApplication.translate("importer", "Email address"),
        "domain": QCoreApplication.translate("importer", "Domain"),
        "name": QCoreApplication.translate("importer", "Name"),
        "external_id": QCoreApplication.translate("importer", "External ID"),
        "none": QCoreApplication.translate("importer", "Don't match: always create"),
    }.get(key, key)


def field_label(key: str) -> str:
    labels = {
        "first_name": QCoreApplication.translate("importer", "First name"),
        "last_name": QCoreApplication.translate("importer", "Last name"),
        "full_name": QCoreApplication.translate("importer", "Full name (split)"),
        "email": QCoreApplication.translate("importer", "Email"),
        "phone": QCoreApplication.translate("importer", "Phone"),
        "title": QCoreApplication.translate("importer", "Title"),
        "company": QCoreApplication.translate("importer", "Company"),
        "owner": QCoreApplication.translate("importer", "Owner"),
        "lifecycle_stage": QCoreApplication.translate("importer", "Lifecycle stage"),
        "lead_status": QCoreApplication.translate("importer", "Lead status"),
        "source": QCoreApplication.translate("importer", "Source"),
        "city": QCoreApplication.translate("importer", "City"),
        "country": QCoreApplication.translate("importer", "Country"),
        "tags": QCoreApplication.translate("importer", "Tags"),
        "created_at": QCoreApplication.translate("importer", "Created"),
        "external_id": QCoreApplication.translate("importer", "External ID"),
        "name": QCoreApplication.translate("importer", "Name"),
        "domain": QCoreApplication.translate("importer", "Domain"),
        "industry": QCoreApplication.translate("importer", "Industry"),
        "employees": QCoreApplication.translate("importer", "Employees"),
        "annual_revenue": QCoreApplication.translate("importer", "Annual revenue"),
        "website": QCoreApplication.translate("importer", "Website"),
        "amount": QCoreApplication.translate("importer", "Amount"),
        "currency": QCoreApplication.translate("importer", "Currency"),
        "pipeline": QCoreApplication.translate("importer", "Pipeline"),
        "stage": QCoreApplication.translate("importer", "Stage"),
        "contacts": QCoreApplication.translate("importer", "Contacts (emails)"),
        "close_date": QCoreApplication.translate("importer", "Close date"),
        "probability": QCoreApplication.translate("importer", "Probability"),
        "lost_reason": QCoreApplication.translate("importer", "Lost reason"),
        "type": QCoreApplication.translate("importer", "Type"),
        "subject": QCoreApplication.translate("importer", "Subject"),
        "body": QCoreApplication.translate("importer", "Body"),
        "occurred_at": QCoreApplication.translate("importer", "Date"),
        "duration_minutes": QCoreApplication.translate("importer", "Duration (minutes)"),
        "outcome": QCoreApplication.translate("importer", "Outcome"),
        "contact": QCoreApplication.translate("importer", "Contact (email)"),
        "deal": QCoreApplication.translate("importer", "Deal (name or external ID)"),
        "notes": QCoreApplication.translate("importer", "Notes"),
        "due_at": QCoreApplication.translate("importer", "Due"),
        "priority": QCoreApplication.translate("importer", "Priority"),
        "done_at": QCoreApplication.translate("importer", "Done"),
    }
    return f"{labels.get(key, key)} ({key})"
