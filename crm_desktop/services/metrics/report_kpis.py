"""``report kpis``: the KPIs as plain JSON-ready data (the CLI and later reports use it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.currency import base_currency
from crm_desktop.services.metrics.base import Filters, MetricsQuery
from crm_desktop.services.metrics.kpis import kpis, kpis_by_owner
from crm_desktop.storage.database import Database


class UnknownNameError(CrmError):
    """An owner or pipeline named on the command line does not exist."""


@dataclass(frozen=True)
class KpiRequest:
    start: date | None = None
    end: date | None = None
    owner: str | None = None
    pipeline: str | None = None
    by_owner: bool = False
    today: date | None = None


def _lookup(query: MetricsQuery, table: str, name: str) -> str:
    rows = query.rows(
        f"SELECT id FROM {table} WHERE deleted_at IS NULL AND lower(name) = lower(:name)",
        {"name": name.strip()},
    )
    if not rows:
        raise UnknownNameError(f"no {table.replace('user', 'owner')} named {name!r}")
    return str(rows[0][0])


def kpi_report(db: Database, request: KpiRequest) -> dict[str, Any]:
    """The KPIs of ``request`` with the period and currency they cover."""
    if request.start and request.end and request.end < request.start:
        raise CrmError("--to is before --from")
    with db.session(write=False) as session:
        query = MetricsQuery(session, Filters(today=request.today))
        owner_id = _lookup(query, "user", request.owner) if request.owner else None
        pipeline_id = _lookup(query, "pipeline", request.pipeline) if request.pipeline else None
        filters = Filters(request.start, request.end, owner_id, pipeline_id, request.today)
        query = MetricsQuery(session, filters)
        data: dict[str, Any] = {
            "from": request.start.isoformat() if request.start else None,
            "to": request.end.isoformat() if request.end else None,
            "as_of": query.today.isoformat(),
            "currency": base_currency(session),
        }
        if request.owner:
            data["owner"] = request.owner
        if request.pipeline:
            data["pipeline"] = request.pipeline
        if request.by_owner:
            data["owners"] = [o.as_json() for o in kpis_by_owner(query)]
        else:
            data.update(kpis(query).as_json())
        return data


def report_lines(data: dict[str, Any]) -> list[str]:
    """A human-readable rendering of ``kpi_report``'s data."""
    lines = [f"{key}: {value}" for key, value in data.items() if key != "owners"]
    for owner in data.get("owners", []):
        lines.append("")
        lines.append(f"[{owner['name'] or '(no owner)'}]")
        lines.extend(f"  {k}: {v}" for k, v in owner.items() if k not in ("name", "owner_id"))
    return lines
