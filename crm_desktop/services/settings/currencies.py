"""Base currency, hand-edited exchange rates with effective dates, and converting amounts.

A rate is the value of one unit of ``code`` in the base currency from ``effective_from`` on.
``convert`` follows the same rule as the metrics SQL (``metrics.base.rate_sql``): the latest
rate effective on the day; before the first known rate, the first rate; the base currency
itself converts at 1; a currency with no rate at all cannot be converted (``None``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.currency import BASE_KEY, base_currency, rate_on
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Currency, CurrencyRate, Deal, Setting
from crm_desktop.storage.unit_of_work import UnitOfWork

#: Currencies a team is likely to need, offered even before any is stored.
COMMON = {
    "USD": ("US Dollar", "$"),
    "EUR": ("Euro", "€"),
    "CNY": ("Chinese Yuan", "¥"),
    "GBP": ("British Pound", "£"),
    "JPY": ("Japanese Yen", "¥"),
    "HKD": ("Hong Kong Dollar", "HK$"),
    "SGD": ("Singapore Dollar", "S$"),
    "AUD": ("Australian Dollar", "A$"),
    "CAD": ("Canadian Dollar", "C$"),
    "CHF": ("Swiss Franc", "CHF"),
}


@dataclass(frozen=True)
class RateDTO:
    id: str
    code: str
    rate: float
    effective_from: date


def convert(
    session: Session, amount: Decimal | float | None, code: str, on_date: date
) -> Decimal | None:
    """``amount`` of ``code`` in the base currency on ``on_date``, rounded to cents."""
    if amount is None:
        return None
    rate = rate_on(session, code, on_date)
    if rate is None:
        return None
    value = Decimal(str(amount)) * Decimal(str(rate))
    return value.quantize(Decimal("0.01"))


class CurrencyService:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    def base_currency(self) -> str:
        with self._db.session(write=False) as session:
            return base_currency(session)

    def set_base_currency(self, code: str) -> Changes:
        code = _clean_code(code)
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            _ensure_currency(session, code)
            setting = session.get(Setting, BASE_KEY)
            if setting is None:
                session.add(Setting(key=BASE_KEY, value=code))
            else:
                setting.value = code
        return uow.changes

    def default_base_currency(self, code: str) -> Changes:
        """Make ``code`` (the system locale's currency) the base of a database still blank.

        Only when no base currency was ever chosen and no deal or rate exists yet: amounts and
        rates already stored were entered against the old default (USD) and must keep their
        meaning. Anything not a three-letter code leaves the setting alone.
        """
        code = (code or "").strip().upper()
        if len(code) != 3 or not code.isalpha():
            return Changes()
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            if session.get(Setting, BASE_KEY) is not None:
                return Changes()
            if session.scalars(select(Deal.id).limit(1)).first() is not None:
                return Changes()
            if session.scalars(select(CurrencyRate.id).limit(1)).first() is not None:
                return Changes()
            _ensure_currency(session, code)
            session.add(Setting(key=BASE_KEY, value=code))
        return uow.changes

    def codes(self) -> list[str]:
        """Stored currency codes plus the common ones, sorted."""
        with self._db.session(write=False) as session:
            stored = set(session.scalars(select(Currency.code)))
        return sorted(stored | set(COMMON))

    def rates(self) -> list[RateDTO]:
        with self._db.session(write=False) as session:
            stmt = select(CurrencyRate).order_by(
                CurrencyRate.code, CurrencyRate.effective_from.desc()
            )
            return [
                RateDTO(r.id, r.code, float(r.rate), r.effective_from)
                for r in session.scalars(stmt)
            ]

    def set_rate(self, code: str, rate: float, effective_from: date) -> Changes:
        """Store a rate; a second rate for the same code and day replaces the first."""
        code = _clean_code(code)
        if not rate > 0:
            raise ValidationError({"rate": "A rate is a positive number."})
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            _ensure_currency(session, code)
            stmt = select(CurrencyRate).where(
                CurrencyRate.code == code, CurrencyRate.effective_from == effective_from
            )
            existing = session.scalars(stmt).first()
            if existing is None:
                session.add(
                    CurrencyRate(code=code, rate=float(rate), effective_from=effective_from)
                )
            else:
                existing.rate = float(rate)
        return uow.changes

    def delete_rate(self, rate_id: str) -> Changes:
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            rate = session.get(CurrencyRate, rate_id)
            if rate is not None:
                session.delete(rate)
        return uow.changes

    def convert(self, amount: Decimal | float | None, code: str, on_date: date) -> Decimal | None:
        with self._db.session(write=False) as session:
            return convert(session, amount, code, on_date)


def _clean_code(code: str) -> str:
    code = (code or "").strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ValidationError({"code": "A currency code is three letters, like USD or CNY."})
    return code


def _ensure_currency(session: Session, code: str) -> None:
    if session.get(Currency, code) is None:
        name, symbol = COMMON.get(code, (code, None))
        session.add(Currency(code=code, name=name, symbol=symbol))
        session.flush()
