"""Import error reasons in the UI language: the service's reason code + parameters, worded
from the translated templates below (the CLI keeps the English sentences)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.importing.options import RowError
from crm_desktop.ui.text import fill

translate = QCoreApplication.translate


def templates() -> dict[str, str]:
    """Reason code -> translated template with ``%1``, ``%2`` for the parameters."""
    return {
        "too_long_count": translate("ImportReasons", "longer than %1 characters (%2)"),
        "too_long": translate("ImportReasons", "longer than %1 characters"),
        "not_email": translate("ImportReasons", "not an email address: %1 (%2)"),
        "not_phone": translate("ImportReasons", "not a phone number: %1"),
        "not_one_of": translate("ImportReasons", "%1 is not one of: %2"),
        "contact_needs_name": translate(
            "ImportReasons", "a contact needs a name or an email address"
        ),
        "company_needs_name": translate("ImportReasons", "a company needs a name"),
        "deal_needs_name": translate(
            "ImportReasons", "a deal needs a name, a company or an external id"
        ),
        "activity_needs_date": translate("ImportReasons", "an activity needs a date"),
        "task_needs_title": translate("ImportReasons", "a task needs a title"),
        "not_currency": translate("ImportReasons", "not a currency code: %1"),
        "no_deal": translate("ImportReasons", "no deal named %1"),
        "empty_date": translate("ImportReasons", "empty date"),
        "not_date": translate("ImportReasons", "not a date: %1"),
        "not_time": translate("ImportReasons", "not a time: %1"),
        "not_amount": translate("ImportReasons", "not an amount: %1"),
        "negative_amount": translate("ImportReasons", "an amount cannot be negative"),
        "empty_amount": translate("ImportReasons", "empty amount"),
        "not_whole_number": translate("ImportReasons", "not a whole number: %1"),
        "not_number": translate("ImportReasons", "not a number: %1"),
        "not_percentage": translate("ImportReasons", "not a percentage: %1"),
        "probability_range": translate("ImportReasons", "a probability is between 0 and 100"),
        "not_yes_no": translate("ImportReasons", "not yes or no: %1"),
        "unreadable_row": translate("ImportReasons", "unreadable row: %1"),
        "too_many_cells": translate(
            "ImportReasons", "the row has %1 cells but the header only %2 columns"
        ),
        "no_value": translate("ImportReasons", "no value in any imported column"),
    }


def reason_text(error: RowError) -> str:
    """``error.reason`` in the UI language (as it is when no template knows it)."""
    template = templates().get(error.code)
    if template is None:
        return error.reason
    return fill(template, *error.params)


def report_headers() -> tuple[str, str, str]:
    return (
        translate("ImportReasons", "row"),
        translate("ImportReasons", "column"),
        translate("ImportReasons", "reason"),
    )
