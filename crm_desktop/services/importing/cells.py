"""Cleaning one mapped cell into a stored value; each helper names its field when it fails."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.enums import (
    ActivityType,
    LeadStatus,
    LifecycleStage,
    Priority,
    TaskType,
)
from crm_desktop.domain.text import clean_text
from crm_desktop.domain.validation import normalize_email, normalize_phone
from crm_desktop.services.importing.relations import Resolver
from crm_desktop.services.importing.values import (
    DateOrder,
    parse_amount,
    parse_datetime,
)
from crm_desktop.storage.types import to_db_datetime


class RowProblem(ValueError):
    """A value that cannot be imported: which field, and why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


@dataclass
class BuildContext:
    resolver: Resolver
    date_order: DateOrder = DateOrder.YMD
    pipeline: str | None = None
    default_currency: str = "USD"
    now: str = ""


Values = Mapping[str, str]

_SIMPLE_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_SPECIAL_TLDS = {"arpa", "invalid", "local", "localhost", "onion", "test"}
_PHONE_CHARS = re.compile(r"^[0-9+()\-. /]*(ext\.?|x|#)?[0-9 ]*$", re.IGNORECASE)
_E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")
_LIST_SPLIT = re.compile(r"[;,|、，；\n]+")
_REGIONS = {"china": "CN", "中国": "CN", "cn": "CN", "united states": "US", "usa": "US",
            "us": "US", "uk": "GB", "united kingdom": "GB", "taiwan": "TW", "台湾": "TW",
            "hong kong": "HK", "香港": "HK", "germany": "DE", "france": "FR", "japan": "JP",
            "singapore": "SG", "canada": "CA", "australia": "AU", "india": "IN"}  # fmt: skip


# -- value helpers (each raises RowProblem naming its field) -----------------------------
def text(values: Values, key: str, limit: int) -> str | None:
    value = values.get(key)
    if value is None:
        return None
    result = clean_text(value)
    if len(result) > limit:
        raise RowProblem(key, f"longer than {limit} characters ({len(result)})")
    return result or None


def email(values: Values, key: str = "email") -> str | None:
    value = values.get(key)
    return None if value is None else checked_email(value, key)


def checked_email(value: str, key: str) -> str:
    value = value.strip()
    if _SIMPLE_EMAIL.match(value) and len(value) <= 254:
        local, _, domain = value.rpartition("@")
        if domain.rsplit(".", 1)[-1].lower() not in _SPECIAL_TLDS and len(local) <= 64:
            return f"{local}@{domain.lower()}"
    try:
        return normalize_email(value)
    except ValueError as exc:
        raise RowProblem(key, f"not an email address: {value!r} ({exc})") from exc


def phone(values: Values, key: str = "phone") -> str | None:
    value = values.get(key)
    if value is None:
        return None
    if _E164.match(value):
        return value  # already normalised: the common case in exports, skip the parser
    region = _REGIONS.get((values.get("country") or "").strip().lower())
    for attempt in (None, region):
        if attempt is None and not value.strip().startswith("+") and region is not None:
            continue
        try:
            return normalize_phone(value, attempt)
        except ValueError:
            pass
    digits = sum(ch.isdigit() for ch in value)
    if digits >= 5 and _PHONE_CHARS.match(value.strip()) and len(value) <= 64:
        return " ".join(value.split())  # a local number kept as written
    raise RowProblem(key, f"not a phone number: {value!r}")


def moment(values: Values, key: str, ctx: BuildContext) -> str | None:
    value = values.get(key)
    if value is None:
        return None
    try:
        return to_db_datetime(parse_datetime(value, ctx.date_order))
    except ValueError as exc:
        raise RowProblem(key, str(exc)) from exc


def day(values: Values, key: str, ctx: BuildContext) -> str | None:
    stamp = moment(values, key, ctx)
    return None if stamp is None else stamp[:10]


def choice(values: Values, key: str, options: Mapping[str, str]) -> str | None:
    value = values.get(key)
    if value is None:
        return None
    norm = " ".join(value.strip().lower().replace("_", " ").replace("-", " ").split())
    if norm in options:
        return options[norm]
    allowed = ", ".join(sorted(set(options.values())))
    raise RowProblem(key, f"{value!r} is not one of: {allowed}")


def _enum_options(enum_cls: Any, extra: Mapping[str, str]) -> dict[str, str]:
    options = {m.value.replace("_", " "): m.value for m in enum_cls}
    options.update(extra)
    return options


LIFECYCLE = _enum_options(LifecycleStage, {
    "marketing qualified lead": "mql", "sales qualified lead": "sql", "潜在客户": "lead",
    "线索": "lead", "订阅者": "subscriber", "商机": "opportunity", "客户": "customer",
    "其他": "other",
})  # fmt: skip
LEAD_STATUS = _enum_options(LeadStatus, {"attempted to contact": "in_progress", "新": "new"})
ACTIVITY_TYPES = _enum_options(ActivityType, {
    "电话": "call", "通话": "call", "phone call": "call", "邮件": "email", "e mail": "email",
    "会议": "meeting", "拜访": "meeting", "短信": "message", "微信": "message", "sms": "message",
    "备注": "note", "笔记": "note", "task": "note",
})  # fmt: skip
TASK_TYPES = _enum_options(TaskType, {
    "follow up": "follow_up", "todo": "other", "to do": "other", "电话": "call", "邮件": "email",
    "会议": "meeting", "跟进": "follow_up", "其他": "other",
})  # fmt: skip
PRIORITIES = _enum_options(Priority, {"medium": "normal", "none": "normal", "低": "low",
                                      "中": "normal", "高": "high", "urgent": "high"})  # fmt: skip


def owner_id(values: Values, ctx: BuildContext) -> str | None:
    value = values.get("owner")
    return None if value is None else ctx.resolver.owner(value)


def company_id(values: Values, ctx: BuildContext) -> str | None:
    value = text(values, "company", 300)
    return None if value is None else ctx.resolver.company(value)


def source_id(values: Values, ctx: BuildContext) -> str | None:
    value = text(values, "source", 200)
    return None if value is None else ctx.resolver.source(value)


def split_list(value: str | None) -> list[str]:
    if not value:
        return []
    return [clean_text(v) for v in _LIST_SPLIT.split(value) if v.strip()]


def compact(columns: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in columns.items() if v is not None}


def domain_of(value: str) -> str:
    text_value = value.strip().lower()
    text_value = re.sub(r"^[a-z]+://", "", text_value)
    text_value = text_value.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]
    return text_value.removeprefix("www.")


def number(values: Values, key: str, parse: Callable[[str], int]) -> int | None:
    value = values.get(key)
    if value is None:
        return None
    try:
        return parse(value)
    except ValueError as exc:
        raise RowProblem(key, str(exc)) from exc


def money(values: Values, key: str) -> int | None:
    value = values.get(key)
    if value is None:
        return None
    try:
        amount, _ = parse_amount(value)
    except ValueError as exc:
        raise RowProblem(key, str(exc)) from exc
    return int(amount * 100)
