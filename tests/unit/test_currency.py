"""One currency rule for every total: the board's rates equal the settings' and the SQL's."""

from __future__ import annotations

from datetime import date

from crm_desktop.services.currency import base_currency, rate_on, rates_on
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Currency, CurrencyRate, Setting
from crm_desktop.storage.unit_of_work import UnitOfWork


def test_rates_on_matches_rate_on_for_every_currency_and_day(db: Database) -> None:
    with UnitOfWork(db) as session:
        session.add(Setting(key="base_currency", value="usd"))
        for code in ("EUR", "CNY", "GBP"):
            session.add(Currency(code=code, name=code))
        session.add_all([
            CurrencyRate(code="EUR", rate=1.05, effective_from=date(2026, 1, 1)),
            CurrencyRate(code="EUR", rate=1.10, effective_from=date(2026, 6, 1)),
            CurrencyRate(code="CNY", rate=0.14, effective_from=date(2026, 9, 1)),
        ])  # fmt: skip
    with db.session(write=False) as session:
        assert base_currency(session) == "USD"
        # before CNY's first rate its first rate stands in; GBP has none at all
        assert rates_on(session, date(2026, 3, 1)) == {"EUR": 1.05, "CNY": 0.14, "USD": 1.0}
        assert rates_on(session, date(2026, 7, 1)) == {"EUR": 1.10, "CNY": 0.14, "USD": 1.0}
        for day in (date(2025, 12, 31), date(2026, 3, 1), date(2026, 6, 1), date(2027, 1, 1)):
            bulk = rates_on(session, day)
            for code in ("EUR", "CNY", "GBP", "USD"):
                assert bulk.get(code) == rate_on(session, code, day), (code, day)
