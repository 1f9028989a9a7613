"""Column types: UTC timestamps, money in minor units, ids."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

ID_LENGTH = 36
#: Money is stored as an integer number of hundredths: exact sums in SQL, no float drift.
MONEY_SCALE = 100


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


def IdColumnType() -> String:
    return String(ID_LENGTH)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC (``YYYY-MM-DD HH:MM:SS.ffffff``), returns aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def to_db_datetime(value: datetime) -> str:
    """The stored text form of a timestamp, for bulk inserts that bypass the ORM."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


class Money(TypeDecorator[Decimal]):
    """A money amount as ``Decimal`` in Python, integer hundredths in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return to_minor_units(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_minor_units(value)


def to_minor_units(value: Decimal | int | float | str) -> int:
    return int((Decimal(str(value)) * MONEY_SCALE).to_integral_value())


def from_minor_units(value: int | float) -> Decimal:
    return Decimal(int(value)) / MONEY_SCALE
