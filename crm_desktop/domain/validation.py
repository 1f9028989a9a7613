"""Field validation shared by editors, services and import (email, phone, money, ranges)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import phonenumbers
from email_validator import EmailNotValidError, validate_email


def normalize_email(value: str) -> str:
    """The normalised address; raises ValueError with a readable reason."""
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from exc


def normalize_phone(value: str, default_region: str | None = None) -> str:
    """E.164 when the number parses (``+8613800138000``); raises ValueError otherwise."""
    text = value.strip()
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else default_region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"not a phone number: {value!r}") from exc
    if not phonenumbers.is_possible_number(number):
        raise ValueError(f"not a possible phone number: {value!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_money(value: object) -> Decimal:
    """A non-negative amount; raises ValueError otherwise."""
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    if amount < 0:
        raise ValueError("an amount cannot be negative")
    return amount.quantize(Decimal("0.01"))


def check_percent(value: object) -> int:
    try:
        number = int(str(value))
    except ValueError as exc:
        raise ValueError(f"not a whole percentage: {value!r}") from exc
    if not 0 <= number <= 100:
        raise ValueError("a probability is between 0 and 100")
    return number
