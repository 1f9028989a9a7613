"""Demo data on a database whose base currency is not the US dollar (issue 8)."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.demo import DemoService, demo_size
from crm_desktop.services.settings import CurrencyService
from crm_desktop.storage.database import Database, open_database

TODAY = date(2026, 3, 18)
DEMO_CNY_PER_USD = 1 / 0.1385  # the demo's own rate of the yuan, when none is stored
DRIFT = 0.03  # demo rates wander up to 3 % around their value


def generate(db: Database) -> None:
    DemoService(db).generate(demo_size("60"), seed=5, today=TODAY)


def rows(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def rates(path: Path, code: str) -> list[float]:
    return [float(r[0]) for r in rows(path, "SELECT rate FROM currency_rate WHERE code = ?", code)]


def within_drift(values: list[float], centre: float) -> bool:
    return bool(values) and all(centre * (1 - DRIFT) <= v <= centre * (1 + DRIFT) for v in values)


def test_a_stored_dollar_rate_prices_the_demo_in_yuan(db: Database, db_path: Path) -> None:
    currencies = CurrencyService(db)
    currencies.set_base_currency("CNY")
    currencies.set_rate("USD", 7.0, date(2020, 1, 1))
    generate(db)

    assert currencies.base_currency() == "CNY"  # the database's base stays
    assert rates(db_path, "CNY") == []  # the base needs no rate
    assert rates(db_path, "USD") == [7.0]  # the stored dollar rate is the truth: kept alone
    assert within_drift(rates(db_path, "EUR"), 1.085 * 7.0)
    assert within_drift(rates(db_path, "GBP"), 1.268 * 7.0)
    # Every deal converts into the base (none drops out of a total for want of a rate) ...
    deals = rows(db_path, "SELECT amount, currency FROM deal WHERE amount IS NOT NULL")
    assert {str(code) for _, code in deals} >= {"USD", "CNY"}
    for amount, code in deals:
        value = Decimal(int(str(amount))) / 100
        assert currencies.convert(value, str(code), TODAY) is not None, code
    # ... and a dollar deal converts at the stored USD -> CNY rate.
    usd = next(Decimal(int(str(a))) / 100 for a, c in deals if c == "USD")
    assert currencies.convert(usd, "USD", TODAY) == (usd * 7).quantize(Decimal("0.01"))
    # Targets are in yuan too: the smallest monthly target is $10,000 x 0.9 = 63,000 CNY.
    revenue = [int(str(r[0])) / 100 for r in rows(db_path, "SELECT amount FROM target")]
    assert revenue and min(revenue) >= 63_000


def test_without_a_dollar_rate_the_demo_writes_one(db: Database, db_path: Path) -> None:
    currencies = CurrencyService(db)
    assert currencies.default_base_currency("CNY")  # a blank database in a Chinese locale
    generate(db)
    assert currencies.base_currency() == "CNY"
    assert rates(db_path, "CNY") == []
    assert within_drift(rates(db_path, "USD"), DEMO_CNY_PER_USD)
    assert within_drift(rates(db_path, "EUR"), 1.085 * DEMO_CNY_PER_USD)


def test_a_dollar_database_is_priced_as_before(db: Database, db_path: Path) -> None:
    generate(db)
    assert CurrencyService(db).base_currency() == "USD"  # the demo owns a blank base
    assert rates(db_path, "USD") == []
    assert within_drift(rates(db_path, "CNY"), 0.1385)
    revenue = [int(str(r[0])) / 100 for r in rows(db_path, "SELECT amount FROM target")]
    assert min(revenue) >= 9_000  # $10,000 x 0.9


def test_a_base_nobody_can_price_stops_before_writing(db: Database, db_path: Path) -> None:
    CurrencyService(db).set_base_currency("XAU")
    with pytest.raises(ValidationError, match="add a USD rate"):
        generate(db)
    assert rows(db_path, "SELECT COUNT(*) FROM user") == [(0,)]


def test_an_approximate_rate_prices_a_common_base(tmp_path: Path) -> None:
    db = open_database(tmp_path / "yen.sqlite3")
    try:
        CurrencyService(db).set_base_currency("JPY")
        generate(db)
        assert within_drift(rates(tmp_path / "yen.sqlite3", "USD"), 1 / 0.0067)
    finally:
        db.close()
