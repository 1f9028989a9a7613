"""The one currency rule every total uses (board, dashboards, reports, settings).

The base currency is the ``base_currency`` setting (USD when unset). One unit of a currency is
worth its rate with the latest ``effective_from`` on or before the day in question; before its
first known rate, its first rate; the base currency is worth 1. A currency with no rate at all
has none (callers leave it out of sums). ``metrics.base.rate_sql`` is the same rule in SQL.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.storage.models import CurrencyRate, Setting

DEFAULT_BASE = "USD"
BASE_KEY = "base_currency"


def base_currency(session: Session) -> str:
    setting = session.get(Setting, BASE_KEY)
    return base_from_setting(setting.value if setting is not None else None)


def base_from_setting(value: object) -> str:
    """The base currency a stored ``base_currency`` setting value stands for (raw-SQL readers)."""
    return value.upper() if isinstance(value, str) and value else DEFAULT_BASE


def rates_on(session: Session, on_date: date) -> dict[str, float]:
    """Every currency's rate on ``on_date``, the base currency included (at 1)."""
    stmt = select(CurrencyRate.code, CurrencyRate.rate, CurrencyRate.effective_from).order_by(
        CurrencyRate.effective_from, CurrencyRate.created_at
    )
    rates: dict[str, float] = {}
    for code, rate, effective_from in session.execute(stmt):
        code = code.upper()
        # Ascending order: rates in force overwrite each other (the latest wins); a rate from
        # after the day only stands in when the currency has none in force yet.
        if effective_from <= on_date or code not in rates:
            rates[code] = float(rate)
    rates[base_currency(session)] = 1.0
    return rates


def rate_on(session: Session, code: str, on_date: date) -> float | None:
    """The base-currency value of one ``code`` on ``on_date``; None when it has no rate."""
    code = code.upper()
    if code == base_currency(session):
        return 1.0
    stmt = select(CurrencyRate.rate).where(CurrencyRate.code == code)
    latest = (
        stmt.where(CurrencyRate.effective_from <= on_date)
        .order_by(CurrencyRate.effective_from.desc(), CurrencyRate.created_at.desc())
        .limit(1)
    )
    rate = session.scalar(latest)
    if rate is None:
        rate = session.scalar(stmt.order_by(CurrencyRate.effective_from).limit(1))
    return float(rate) if rate is not None else None
