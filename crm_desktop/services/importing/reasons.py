"""Why a row was rejected, as a reason code plus parameters (services stay Qt-free).

The import code reports reasons as English sentences (what the CLI prints and what the error
report holds by default). ``classify`` turns each one back into a code and its parameters,
so the GUI can show and save it in the user's language (``ui/importer/reasons.py`` holds the
translated templates); a reason with no code stays as it is.
"""

from __future__ import annotations

import re

#: code -> English template ({0}, {1}: parameters), tried in this order
TEMPLATES: dict[str, str] = {
    "too_long_count": "longer than {0} characters ({1})",
    "too_long": "longer than {0} characters",
    "not_email": "not an email address: {0} ({1})",
    "not_phone": "not a phone number: {0}",
    "not_one_of": "{0} is not one of: {1}",
    "contact_needs_name": "a contact needs a name or an email address",
    "company_needs_name": "a company needs a name",
    "deal_needs_name": "a deal needs a name, a company or an external id",
    "activity_needs_date": "an activity needs a date",
    "task_needs_title": "a task needs a title",
    "not_currency": "not a currency code: {0}",
    "no_deal": "no deal named {0}",
    "empty_date": "empty date",
    "not_date": "not a date: {0}",
    "not_time": "not a time: {0}",
    "not_amount": "not an amount: {0}",
    "negative_amount": "an amount cannot be negative",
    "empty_amount": "empty amount",
    "not_whole_number": "not a whole number: {0}",
    "not_number": "not a number: {0}",
    "not_percentage": "not a percentage: {0}",
    "probability_range": "a probability is between 0 and 100",
    "not_yes_no": "not yes or no: {0}",
    "unreadable_row": "unreadable row: {0}",
    "too_many_cells": "the row has {0} cells but the header only {1} columns",
    "no_value": "no value in any imported column",
}
OTHER = "other"


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{\d\}", template)
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in parts) + "$", re.DOTALL)


_PATTERNS = [(code, _pattern(template)) for code, template in TEMPLATES.items()]


def classify(reason: str) -> tuple[str, tuple[str, ...]]:
    """``(code, parameters)`` of an English reason; ``("other", (reason,))`` when unknown."""
    for code, pattern in _PATTERNS:
        match = pattern.match(reason)
        if match is not None:
            return code, match.groups()
    return OTHER, (reason,)


def english(code: str, params: tuple[str, ...]) -> str:
    """The English sentence of a code (what the CLI prints)."""
    if code not in TEMPLATES:
        return params[0] if params else code
    return TEMPLATES[code].format(*params)
