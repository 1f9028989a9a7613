"""Value cleaners for service input: each returns the stored value or raises ValueError."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from crm_desktop.domain.text import clean_text
from crm_desktop.domain.validation import (
    check_percent,
    normalize_email,
    normalize_phone,
    parse_money,
)

E = TypeVar("E", bound=StrEnum)


def text(max_length: int) -> Callable[[Any], str]:
    def clean(value: Any) -> str:
        result = clean_text(str(value))
        if len(result) > max_length:
            raise ValueError(f"at most {max_length} characters")
        return result

    return clean


def enum(enum_cls: type[E]) -> Callable[[Any], E]:
    def clean(value: Any) -> E:
        try:
            return enum_cls(value)
        except ValueError as exc:
            allowed = ", ".join(m.value for m in enum_cls)
            raise ValueError(f"{value!r} is not one of: {allowed}") from exc

    return clean


def whole_number(value: Any) -> int:
    number = int(str(value))
    if number < 0:
        raise ValueError("cannot be negative")
    return number


def calendar_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def record_id(value: Any) -> str:
    return str(value)


def string_list(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    return [clean_text(str(v)) for v in value if str(v).strip()]


def email_list(value: Any) -> list[str]:
    return [normalize_email(v) for v in string_list(value)]


def phone_list(value: Any) -> list[str]:
    return [normalize_phone(v) for v in string_list(value)]


def custom_values(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("custom properties are a mapping of key to value")
    return {str(k): v for k, v in value.items()}


def boolean(value: Any) -> bool:
    return bool(value)


email = normalize_email
phone = normalize_phone
money = parse_money
percent = check_percent
