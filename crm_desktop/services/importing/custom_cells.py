"""Import cells into custom properties, stored the way the record editor stores them.

Numbers and money become JSON numbers, dates ``YYYY-MM-DD`` text, yes/no ``true``/``false``,
a multiple choice a list; a choice takes the spelling of the matching option. Text-like types
(and properties the import itself creates, which are text) keep the cleaned text. A cell that
does not fit its property's type raises ``ValueError`` with the reason (the row is rejected).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.domain.text import clean_text
from crm_desktop.services.importing.values import DateOrder, parse_amount, parse_bool, parse_date

_SEPARATORS = re.compile(r"[,，;；|]")


@dataclass(frozen=True)
class CustomType:
    type: str
    options: tuple[str, ...] = ()


def custom_types(conn: sqlite3.Connection, entity: str) -> dict[str, CustomType]:
    """The live custom properties of ``entity`` (contact, company, deal) by key."""
    rows = conn.execute(
        "SELECT key, type, options FROM custom_field WHERE entity = ? AND deleted_at IS NULL",
        (entity,),
    )
    out: dict[str, CustomType] = {}
    for key, type_, options in rows:
        parsed = json.loads(options) if isinstance(options, str) and options else []
        out[str(key)] = CustomType(str(type_), tuple(str(o) for o in parsed or ()))
    return out


def _number(text: str) -> int | float:
    try:
        value = Decimal(text.replace(",", "").replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        value = parse_amount(text)[0]  # '$1,200.50', '1.200,50 €'; raises ValueError
    if not value.is_finite():
        raise ValueError(f"not a number: {text!r}")
    return int(value) if value == value.to_integral_value() else float(value)


def _choice(text: str, options: Sequence[str]) -> str:
    folded = text.casefold()
    return next((option for option in options if option.casefold() == folded), text)


def custom_cell(kind: CustomType | None, text: str, order: DateOrder = DateOrder.YMD) -> Any:
    """The stored value of one non-empty ``text`` cell for a property of ``kind``."""
    text = clean_text(text)
    type_ = kind.type if kind is not None else "text"
    if type_ in ("number", "money"):
        try:
            return _number(text)
        except ValueError:
            raise ValueError(f"not a number: {text!r}") from None
    if type_ == "date":
        return parse_date(text, order).isoformat()
    if type_ == "yes_no":
        return parse_bool(text)
    if type_ == "single_choice" and kind is not None:
        return _choice(text, kind.options)
    if type_ == "multi_choice" and kind is not None:
        parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
        return list(dict.fromkeys(_choice(p, kind.options) for p in parts))
    return text
