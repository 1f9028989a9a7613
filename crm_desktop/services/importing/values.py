"""Parsing the values people put in spreadsheets: dates, amounts, numbers, names."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from crm_desktop.domain.names import is_cjk


class DateOrder(StrEnum):
    """How to read an ambiguous date like 03/04/2024."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


_EXCEL_EPOCH = date(1899, 12, 30)
_CHINESE_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$")
_TIME_PART = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?$")
_SERIAL = re.compile(r"^\d{4,5}(\.\d+)?$")

#: Currency symbols and the ISO code they stand for when no currency column says otherwise.
CURRENCY_SYMBOLS = {
    "US$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "RMB": "CNY",
    "CN¥": "CNY",
    "$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "元": "CNY",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "₩": "KRW",
}
#: Larger amounts are typos (and would not fit the database's integer hundredths).
MAX_AMOUNT = Decimal(10) ** 15
_CODE = re.compile(r"\b([A-Za-z]{3})\b")


def parse_date(text: str, order: DateOrder = DateOrder.YMD) -> date:
    """A calendar date from ISO, d/m/Y, m/d/Y, Y/m/d, 2024年3月5日 or an Excel serial."""
    return parse_datetime(text, order).date()


def parse_datetime(text: str, order: DateOrder = DateOrder.YMD) -> datetime:
    """A UTC timestamp from the same formats, with an optional time part."""
    value = text.strip()
    if not value:
        raise ValueError("empty date")
    if _SERIAL.match(value):
        return _from_serial(float(value))
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = _parse_loose(value, order)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _from_serial(serial: float) -> datetime:
    if not 1 <= serial < 2958466:
        raise ValueError(f"not a date: {serial!r}")
    moment = datetime.combine(_EXCEL_EPOCH, datetime.min.time()) + timedelta(days=serial)
    return moment.replace(microsecond=0, tzinfo=UTC)


def _parse_loose(value: str, order: DateOrder) -> datetime:
    date_part, _, time_part = value.replace("T", " ").partition(" ")
    chinese = _CHINESE_DATE.match(value)
    if chinese:
        day = _make_date(*(int(g) for g in chinese.groups()))
        time_part = value[chinese.end() :].strip()
    else:
        match = _NUMERIC_DATE.match(date_part)
        if not match:
            raise ValueError(f"not a date: {value!r}")
        day = _ordered(*(int(g) for g in match.groups()), order=order)
    return datetime.combine(day, _parse_time(time_part.strip(), value))


def _ordered(a: int, b: int, c: int, *, order: DateOrder) -> date:
    if a > 31:  # a four-digit year first is never ambiguous
        return _make_date(a, b, c)
    year = c + 2000 if c < 100 else c
    if order == DateOrder.MDY:
        return _make_date(year, a, b)
    return _make_date(year, b, a)


def _make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"not a date: {year}-{month}-{day} ({exc})") from exc


def _parse_time(text: str, original: str) -> time:
    if not text:
        return time()
    match = _TIME_PART.match(text)
    if not match:
        raise ValueError(f"not a date: {original!r}")
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        hour = hour % 12 + (12 if match[4].lower() == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"not a time: {original!r}")
    return time(hour, minute, second)


def parse_amount(text: str) -> tuple[Decimal, str | None]:
    """``(amount, currency code or None)`` from '$1,234.50', '¥ 12 000', '1.234,50 €', 'USD 5'."""
    value = text.strip().replace("\u00a0", " ")
    currency = None
    for symbol, code in CURRENCY_SYMBOLS.items():
        if symbol in value:
            currency = code
            value = value.replace(symbol, "")
            break
    code_match = _CODE.search(value)
    if code_match and any(ch.isdigit() for ch in value):
        currency = code_match[1].upper()
        value = value[: code_match.start()] + value[code_match.end() :]
    if not any(ch.isdigit() for ch in value):
        raise ValueError(f"not an amount: {text!r}")
    number = _normalise_number(value.replace(" ", "").replace("'", ""))
    try:
        amount = Decimal(number)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {text!r}") from exc
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        raise ValueError(f"not an amount: {text!r}")
    if amount < 0:
        raise ValueError("an amount cannot be negative")
    return amount.quantize(Decimal("0.01")), currency


def _normalise_number(value: str) -> str:
    """Drop thousands separators: '1,234.5' and '1.234,5' both become '1234.5'."""
    if not value:
        raise ValueError("empty amount")
    if "," in value and "." in value:
        if value.rfind(",") > value.rfind("."):
            return value.replace(".", "").replace(",", ".")
        return value.replace(",", "")
    if value.count(",") == 1 and len(value.rsplit(",", 1)[1]) != 3:
        return value.replace(",", ".")  # a decimal comma: '12,5'
    if value.count(".") > 1:
        return value.replace(".", "")
    return value.replace(",", "")


def parse_whole_number(text: str) -> int:
    """A non-negative whole number; '1,200' and '12.0' are accepted."""
    amount, _ = parse_amount(text)
    if amount != amount.to_integral_value():
        raise ValueError(f"not a whole number: {text!r}")
    return int(amount)


def parse_percent(text: str) -> int:
    value = text.strip().rstrip("%").strip()
    try:
        number = float(value)
    except ValueError as exc:
        raise ValueError(f"not a percentage: {text!r}") from exc
    if 0 < number < 1 and "." in value and not text.strip().endswith("%"):
        number *= 100  # 0.3 means 30%
    if not 0 <= number <= 100:
        raise ValueError("a probability is between 0 and 100")
    return round(number)


def split_full_name(full: str) -> tuple[str | None, str | None]:
    """``(first, last)``: '张伟' -> ('伟', '张'); 'Ada Lovelace' -> ('Ada', 'Lovelace')."""
    name = " ".join(full.split())
    if not name:
        return None, None
    if is_cjk(name) and " " not in name:
        if len(name) in (2, 3):
            return name[1:], name[0]
        if len(name) == 4:  # most four-character names have a two-character family name
            return name[2:], name[:2]
        return name, None
    if "," in name:  # 'Lovelace, Ada'
        last, _, first = name.partition(",")
        return first.strip() or None, last.strip() or None
    first, _, last = name.rpartition(" ")
    if not first:
        return name, None
    return first, last


def parse_bool(text: str) -> bool:
    value = text.strip().lower()
    if value in {"1", "true", "yes", "y", "x", "是", "对", "done", "completed"}:
        return True
    if value in {"0", "false", "no", "n", "否", ""}:
        return False
    raise ValueError(f"not yes or no: {text!r}")
