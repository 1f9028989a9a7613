"""Filters of the lists as SQL conditions on the row alias ``r``.

A filter set is a plain dict (it is stored as JSON in saved views), e.g.
``{"owner_id": "...", "lifecycle_stage": "lead", "inactive_days": 30}``. Empty values
(None, "", []) mean "no filter". Unknown keys are ignored (old saved views stay usable).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from crm_desktop.services.listing.custom_filters import custom_builder

Condition = tuple[str, dict[str, Any]]
Builder = Callable[[str, Any], Condition]

OPEN_DEAL_OF_CONTACT = (
    "EXISTS (SELECT 1 FROM deal_contact dc JOIN deal d ON d.id = dc.deal_id "
    "WHERE dc.contact_id = r.id AND d.outcome = 'open' AND d.deleted_at IS NULL)"
)
OPEN_DEAL_OF_COMPANY = (
    "EXISTS (SELECT 1 FROM deal d WHERE d.company_id = r.id "
    "AND d.outcome = 'open' AND d.deleted_at IS NULL)"
)


def _eq(column: str) -> Builder:
    def build(name: str, value: Any) -> Condition:
        if isinstance(value, list | tuple):
            names = [f"{name}_{i}" for i in range(len(value))]
            placeholders = ", ".join(f":{n}" for n in names)
            return f"{column} IN ({placeholders})", dict(zip(names, value, strict=True))
        return f"{column} = :{name}", {name: value}

    return build


def _text_eq(column: str) -> Builder:
    def build(name: str, value: Any) -> Condition:
        return f"lower({column}) = lower(:{name})", {name: str(value).strip()}

    return build


def _tag(name: str, value: Any) -> Condition:
    return (
        f"EXISTS (SELECT 1 FROM json_each(r.tags) WHERE json_each.value = :{name})",
        {name: str(value)},
    )


def _company_name(name: str, value: Any) -> Condition:
    escaped = str(value).strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (
        f"r.company_id IN (SELECT id FROM company WHERE name LIKE :{name} ESCAPE '\\' "
        "AND deleted_at IS NULL)",
        {name: f"%{escaped}%"},
    )


def _flag(sql: str) -> Builder:
    def build(_name: str, value: Any) -> Condition:
        return (sql if value else f"NOT {sql}"), {}

    return build


def _inactive(name: str, value: Any) -> Condition:
    cutoff = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=int(value))
    return (
        f"(r.last_activity_at IS NULL OR r.last_activity_at < :{name})",
        {name: cutoff.strftime("%Y-%m-%d %H:%M:%S.%f")},
    )


def _compare(column: str, op: str, convert: Callable[[Any], Any]) -> Builder:
    def build(name: str, value: Any) -> Condition:
        return f"{column} {op} :{name}", {name: convert(value)}

    return build


def _cents(value: Any) -> int:
    return int(Decimal(str(value)) * 100)


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


_PEOPLE: dict[str, Builder] = {
    "owner_id": _eq("r.owner_id"),
    "source_id": _eq("r.source_id"),
    "city": _text_eq("r.city"),
    "country": _text_eq("r.country"),
    "company_id": _eq("r.company_id"),
    "inactive_days": _inactive,
}

FILTERS: dict[str, dict[str, Builder]] = {
    "contact": {
        **_PEOPLE,
        "lifecycle_stage": _eq("r.lifecycle_stage"),
        "lead_status": _eq("r.lead_status"),
        "tag": _tag,
        "company": _company_name,
        "has_open_deals": _flag(OPEN_DEAL_OF_CONTACT),
    },
    "company": {
        **_PEOPLE,
        "lifecycle": _eq("r.lifecycle"),
        "industry": _text_eq("r.industry"),
        "has_open_deals": _flag(OPEN_DEAL_OF_COMPANY),
    },
    "deal": {
        "owner_id": _eq("r.owner_id"),
        "source_id": _eq("r.source_id"),
        "company_id": _eq("r.company_id"),
        "company": _company_name,
        "pipeline_id": _eq("r.pipeline_id"),
        "stage_id": _eq("r.stage_id"),
        "outcome": _eq("r.outcome"),
        "close_from": _compare("r.expected_close_date", ">=", _iso),
        "close_to": _compare("r.expected_close_date", "<=", _iso),
        "amount_min": _compare("r.amount", ">=", _cents),
        "amount_max": _compare("r.amount", "<=", _cents),
        "inactive_days": _inactive,
    },
}


def is_empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, list | tuple) and not value)


def conditions(kind: str, filters: Mapping[str, Any]) -> Condition:
    """The WHERE clause (without WHERE) and parameters for ``filters`` on ``kind``."""
    parts = ["r.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    builders = FILTERS[kind]
    for i, (key, value) in enumerate(sorted(filters.items())):
        builder = builders.get(key) or custom_builder(key)
        if builder is None or is_empty(value):
            continue
        sql, p = builder(f"f{i}", value)
        parts.append(sql)
        params.update(p)
    return " AND ".join(parts), params
