"""Demo data set sizes: "small", "large" or a number of contacts."""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_CONTACTS = 1_000_000
MAX_USERS = 200


@dataclass(frozen=True)
class DemoSize:
    """How many records of each kind to generate."""

    users: int
    companies: int
    contacts: int
    deals: int
    activities: int
    tasks: int
    nps: int


SMALL = DemoSize(
    users=6, companies=150, contacts=600, deals=300, activities=4_000, tasks=200, nps=120
)
LARGE = DemoSize(
    users=16,
    companies=20_000,
    contacts=100_000,
    deals=20_000,
    activities=1_000_000,
    tasks=20_000,
    nps=20_000,
)


def scaled_size(contacts: int) -> DemoSize:
    """A data set with ``contacts`` contacts and everything else in the proportions of "small"."""
    if contacts < 1:
        raise ValueError("a demo data set needs at least one contact")
    return DemoSize(
        users=min(24, max(6, contacts // 6_000)),
        companies=math.ceil(contacts / 4),
        contacts=contacts,
        deals=math.ceil(contacts / 2),
        activities=max(10, round(contacts * SMALL.activities / SMALL.contacts)),
        tasks=max(3, math.ceil(contacts / 3)),
        nps=math.ceil(contacts / 5),
    )


def demo_size(spec: str) -> DemoSize:
    """``"small"``, ``"large"`` or a number of contacts (``"250"``, ``"10_000"``, ``"10,000"``)."""
    text = str(spec).strip().lower()
    if text == "small":
        return SMALL
    if text == "large":
        return LARGE
    digits = text.replace("_", "").replace(",", "")
    if digits.isdigit() and digits.isascii():
        contacts = int(digits)
        if 1 <= contacts <= MAX_CONTACTS:
            return scaled_size(contacts)
    raise ValueError(
        f"demo size must be 'small', 'large' or a number of contacts from 1 to "
        f"{MAX_CONTACTS:,}, not {spec!r}"
    )


def _check_size(size: DemoSize) -> None:
    values = vars(size)
    negative = [name for name, value in values.items() if value < 0]
    if negative:
        raise ValueError(f"demo size cannot be negative: {', '.join(negative)}")
    if not 1 <= size.users <= MAX_USERS:
        raise ValueError(f"a demo data set needs 1 to {MAX_USERS} users")
    if size.companies < 1 or size.contacts < 1:
        raise ValueError("a demo data set needs at least one company and one contact")
