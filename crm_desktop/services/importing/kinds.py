"""Turning one row's mapped text values into the stored columns of one record, per kind."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crm_desktop.domain.enums import (
    ActivityType,
    Outcome,
)
from crm_desktop.domain.text import clean_text
from crm_desktop.services.importing.cells import (
    ACTIVITY_TYPES,
    LEAD_STATUS,
    LIFECYCLE,
    PRIORITIES,
    TASK_TYPES,
    BuildContext,
    RowProblem,
    Values,
    checked_email,
    choice,
    compact,
    company_id,
    day,
    domain_of,
    email,
    moment,
    money,
    number,
    owner_id,
    phone,
    source_id,
    split_list,
    text,
)
from crm_desktop.services.importing.fields import ImportKind
from crm_desktop.services.importing.values import (
    parse_amount,
    parse_percent,
    parse_whole_number,
    split_full_name,
)

__all__ = ["BUILDERS", "BuildContext", "Built", "RowProblem"]


@dataclass
class Built:
    """Stored column values of a record, plus what must be written after it exists."""

    columns: dict[str, Any]
    contact_ids: list[str] = field(default_factory=list)
    #: The field keys the row had values for (the rest of ``columns`` are defaults).
    given: frozenset[str] = frozenset()


Builder = Callable[[Values, BuildContext], Built]


# -- builders ------------------------------------------------------------------------------
def build_contact(values: Values, ctx: BuildContext) -> Built:
    first, last = text(values, "first_name", 200), text(values, "last_name", 200)
    if not (first or last) and values.get("full_name"):
        first, last = split_full_name(clean_text(values["full_name"]))
        if len(first or "") > 200 or len(last or "") > 200:
            raise RowProblem("full_name", "longer than 200 characters")
    columns = {
        "first_name": first,
        "last_name": last,
        "email": email(values),
        "phone": phone(values),
        "title": text(values, "title", 200),
        "lifecycle_stage": choice(values, "lifecycle_stage", LIFECYCLE),
        "lead_status": choice(values, "lead_status", LEAD_STATUS),
        "city": text(values, "city", 120),
        "country": text(values, "country", 120),
        "external_id": text(values, "external_id", 200),
        "created_at": moment(values, "created_at", ctx),
    }
    if values.get("tags"):
        columns["tags"] = json.dumps(split_list(values["tags"]))
    if not (first or last or columns["email"]):
        field_name = "full_name" if "full_name" in values else "email"
        raise RowProblem(field_name, "a contact needs a name or an email address")
    columns.update(
        company_id=company_id(values, ctx),
        owner_id=owner_id(values, ctx),
        source_id=source_id(values, ctx),
    )
    return Built(compact(columns))


def build_company(values: Values, ctx: BuildContext) -> Built:
    name = text(values, "name", 300)
    if not name:
        raise RowProblem("name", "a company needs a name")
    website = text(values, "website", 500)
    raw_domain = values.get("domain") or website
    columns = {
        "name": name,
        "domain": domain_of(raw_domain) or None if raw_domain else None,
        "industry": text(values, "industry", 120),
        "employees": number(values, "employees", parse_whole_number),
        "annual_revenue": money(values, "annual_revenue"),
        "phone": phone(values),
        "website": website,
        "city": text(values, "city", 120),
        "country": text(values, "country", 120),
        "external_id": text(values, "external_id", 200),
        "owner_id": owner_id(values, ctx),
    }
    return Built(compact(columns))


def build_deal(values: Values, ctx: BuildContext) -> Built:
    amount, symbol_currency = None, None
    if values.get("amount"):
        try:
            parsed, symbol_currency = parse_amount(values["amount"])
        except ValueError as exc:
            raise RowProblem("amount", str(exc)) from exc
        amount = int(parsed * 100)
    currency = (text(values, "currency", 3) or symbol_currency or ctx.default_currency).upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise RowProblem("currency", f"not a currency code: {currency!r}")
    name = text(values, "name", 300) or _deal_name(values)
    close_date = day(values, "close_date", ctx)
    created = moment(values, "created_at", ctx)
    columns = {
        "name": name,
        "amount": amount,
        "currency": currency,
        "expected_close_date": close_date,
        "probability": number(values, "probability", parse_percent),
        "lost_reason": text(values, "lost_reason", 2000),
        "external_id": text(values, "external_id", 200),
        "created_at": created,
        "stage_entered_at": created or ctx.now,
    }
    addresses = [checked_email(a, "contacts") for a in split_list(values.get("contacts"))]
    pipeline_id = ctx.resolver.pipeline(values.get("pipeline") or ctx.pipeline)
    stage_id, outcome = ctx.resolver.stage(pipeline_id, values.get("stage"))
    columns.update(
        pipeline_id=pipeline_id,
        stage_id=stage_id,
        outcome=outcome.value,
        company_id=company_id(values, ctx),
        owner_id=owner_id(values, ctx),
        source_id=source_id(values, ctx),
    )
    if outcome != Outcome.LOST:
        columns["lost_reason"] = None
    if outcome != Outcome.OPEN:
        columns["closed_at"] = f"{close_date} 00:00:00.000000" if close_date else created or ctx.now
    contact_ids: list[str] = []
    for address in addresses:
        found = ctx.resolver.contact_by_email(address, create=True)
        if found is not None and found not in contact_ids:
            contact_ids.append(found)
    return Built(compact(columns), contact_ids)


def _deal_name(values: Values) -> str:
    company, external = values.get("company", "").strip(), values.get("external_id", "").strip()
    if company and external:
        return f"{company} #{external}"[:300]
    if company or external:
        return (f"{company} deal" if company else f"Deal #{external}")[:300]
    raise RowProblem("name", "a deal needs a name, a company or an external id")


def _links(values: Values, ctx: BuildContext) -> dict[str, Any]:
    address = checked_email(values["contact"], "contact") if values.get("contact") else None
    links: dict[str, Any] = {}
    if values.get("deal"):
        found = ctx.resolver.deal(values["deal"])
        if found is None:
            raise RowProblem("deal", f"no deal named {values['deal']!r}")
        links["deal_id"] = found
    if address is not None:
        links["contact_id"] = ctx.resolver.contact_by_email(address, create=True)
    links.update(company_id=company_id(values, ctx), owner_id=owner_id(values, ctx))
    return links


def build_activity(values: Values, ctx: BuildContext) -> Built:
    occurred = moment(values, "occurred_at", ctx)
    if occurred is None:
        raise RowProblem("occurred_at", "an activity needs a date")
    columns = {
        "type": choice(values, "type", ACTIVITY_TYPES) or ActivityType.NOTE.value,
        "subject": text(values, "subject", 500) or "",
        "body": text(values, "body", 1_000_000),
        "occurred_at": occurred,
        "duration_minutes": number(values, "duration_minutes", parse_whole_number),
        "outcome": text(values, "outcome", 200),
        **_links(values, ctx),
    }
    return Built(compact(columns))


def build_task(values: Values, ctx: BuildContext) -> Built:
    title = text(values, "title", 500)
    if not title:
        raise RowProblem("title", "a task needs a title")
    columns = {
        "title": title,
        "type": choice(values, "type", TASK_TYPES),
        "notes": text(values, "notes", 1_000_000),
        "due_at": moment(values, "due_at", ctx),
        "priority": choice(values, "priority", PRIORITIES),
        "done_at": moment(values, "done_at", ctx),
        **_links(values, ctx),
    }
    return Built(compact(columns))


BUILDERS: dict[ImportKind, Builder] = {
    ImportKind.CONTACTS: build_contact,
    ImportKind.COMPANIES: build_company,
    ImportKind.DEALS: build_deal,
    ImportKind.ACTIVITIES: build_activity,
    ImportKind.TASKS: build_task,
}
