"""Demo data in the database's own base currency.

The demo team is planned in US dollars (``demo_data.CURRENCIES`` holds the dollar value of each
demo currency). A database may already have another base currency (chosen in Settings, or taken
from the system locale): its stored amounts and rates mean "value in that base", so the demo's
rates and sales targets are converted into it. The demo sets the base currency (USD) only when
none was chosen yet.

One US dollar in the base is, in this order: the stored USD rate in force today (the rates table
is the truth every total uses), else the demo's own rate of the base currency, else an
approximate rate of a common currency. A base currency with none of those cannot be priced.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Mapping
from datetime import date

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.currency import BASE_KEY, base_from_setting

DOLLAR = "USD"

#: Approximate dollars per unit of common currencies the demo itself does not use (made-up
#: demo rates, good enough to make targets and totals of the right size).
APPROXIMATE_DOLLARS = {
    "JPY": 0.0067,
    "HKD": 0.128,
    "SGD": 0.74,
    "AUD": 0.65,
    "CAD": 0.73,
    "CHF": 1.12,
    "INR": 0.012,
    "KRW": 0.00073,
    "TWD": 0.031,
}


def stored_base(cursor: sqlite3.Cursor) -> str | None:
    """The base currency chosen in the database, or None when none was chosen yet."""
    row = cursor.execute("SELECT value FROM setting WHERE key = ?", (BASE_KEY,)).fetchone()
    if row is None or row[0] is None:
        return None
    value = row[0]
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    return base_from_setting(value)


def dollar_in_base(
    cursor: sqlite3.Cursor, base: str, today: date, demo_dollars: Mapping[str, float]
) -> float:
    """What one US dollar is worth in ``base`` (see the module docstring)."""
    if base == DOLLAR:
        return 1.0
    stored = _stored_dollar_rate(cursor, today)
    if stored is not None:
        return stored
    dollars = demo_dollars.get(base) or APPROXIMATE_DOLLARS.get(base)
    if dollars:
        return 1.0 / dollars
    raise ValidationError(
        {
            "base_currency": (
                f"Demo data is priced in US dollars and no rate says what a dollar is worth in "
                f"{base}: add a USD rate in Settings › Currencies first."
            )
        }
    )


def _stored_dollar_rate(cursor: sqlite3.Cursor, today: date) -> float | None:
    """The stored USD rate in force ``today``; before the first one, the first one."""
    rows = cursor.execute(
        "SELECT rate, effective_from FROM currency_rate WHERE upper(code) = ? "
        "ORDER BY effective_from, created_at",
        (DOLLAR,),
    ).fetchall()
    rate: float | None = None
    for value, effective_from in rows:
        if rate is None or str(effective_from) <= today.isoformat():
            rate = float(value)
    return rate


def priced_codes(cursor: sqlite3.Cursor) -> set[str]:
    """Currencies that have at least one stored rate."""
    return {
        str(row[0]).upper() for row in cursor.execute("SELECT DISTINCT code FROM currency_rate")
    }
