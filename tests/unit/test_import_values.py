"""Dates, amounts, percentages and names as people type them into spreadsheets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from crm_desktop.services.importing.values import (
    DateOrder,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_percent,
    parse_whole_number,
    split_full_name,
)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2024-03-05", DateOrder.YMD, date(2024, 3, 5)),
        ("2024/3/5", DateOrder.DMY, date(2024, 3, 5)),
        ("05/03/2024", DateOrder.DMY, date(2024, 3, 5)),
        ("03/05/2024", DateOrder.MDY, date(2024, 3, 5)),
        ("5.3.2024", DateOrder.DMY, date(2024, 3, 5)),
        ("05-03-24", DateOrder.DMY, date(2024, 3, 5)),
        ("2024年3月5日", DateOrder.DMY, date(2024, 3, 5)),
        ("2024 年 03 月 05 日", DateOrder.MDY, date(2024, 3, 5)),
        ("45356", DateOrder.DMY, date(2024, 3, 5)),  # Excel serial
        ("2024-03-05T10:00:00Z", DateOrder.DMY, date(2024, 3, 5)),
    ],
)
def test_dates(text: str, order: DateOrder, expected: date) -> None:
    assert parse_date(text, order) == expected


def test_datetimes_with_times_are_utc() -> None:
    assert parse_datetime("05/03/2024 2:30 PM", DateOrder.DMY) == datetime(
        2024, 3, 5, 14, 30, tzinfo=UTC
    )
    assert parse_datetime("2024-03-05 08:00:00+08:00") == datetime(2024, 3, 5, 0, 0, tzinfo=UTC)
    assert parse_datetime("45356.5") == datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
    assert parse_datetime("2024年3月5日 09:15") == datetime(2024, 3, 5, 9, 15, tzinfo=UTC)


@pytest.mark.parametrize("text", ["yesterday", "31/02/2024", "2024-13-01", "12:00", "", "1/2"])
def test_bad_dates_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, DateOrder.DMY)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("1234.5", "1234.50", None),
        ("$1,234.50", "1234.50", "USD"),
        ("¥12,000", "12000.00", "CNY"),
        ("￥ 8 888", "8888.00", "CNY"),
        ("1.234,56 €", "1234.56", "EUR"),
        ("12,5", "12.50", None),
        ("USD 5,000", "5000.00", "USD"),
        ("1 000 000 RMB", "1000000.00", "CNY"),
        ("£99", "99.00", "GBP"),
        ("1.234.567", "1234567.00", None),
    ],
)
def test_amounts(text: str, amount: str, currency: str | None) -> None:
    assert parse_amount(text) == (Decimal(amount), currency)


@pytest.mark.parametrize("text", ["abc", "-5", "", "1e999", "NaN"])
def test_bad_amounts_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


def test_numbers_and_percentages() -> None:
    assert parse_whole_number("1,200") == 1200
    assert parse_whole_number("12.0") == 12
    with pytest.raises(ValueError):
        parse_whole_number("12.5")
    assert parse_percent("30%") == 30
    assert parse_percent("0.3") == 30
    assert parse_percent("75") == 75
    with pytest.raises(ValueError):
        parse_percent("130")


@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("张伟", "伟", "张"),
        ("欧阳娜", "阳娜", "欧"),  # 2-3 characters: the family name is the first one
        ("欧阳娜娜", "娜娜", "欧阳"),
        ("Ada Lovelace", "Ada", "Lovelace"),
        ("Mary Ann  Evans", "Mary Ann", "Evans"),
        ("Lovelace, Ada", "Ada", "Lovelace"),
        ("Cher", "Cher", None),
        ("   ", None, None),
    ],
)
def test_split_full_name(full: str, first: str | None, last: str | None) -> None:
    assert split_full_name(full) == (first, last)
