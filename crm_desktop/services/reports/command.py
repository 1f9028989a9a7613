"""``report daily|weekly|monthly``: build a report and write it as HTML or PDF, headless.

The PDF comes from Qt's rich text like in the app; Qt is loaded only then, by name, so this
module and ``cli.py`` stay Qt-free (a headless application is created on the offscreen platform).
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.metrics.kpis import KpiService
from crm_desktop.services.metrics.report_kpis import UnknownNameError
from crm_desktop.services.reports.html import render_html, report_title
from crm_desktop.services.reports.model import ReportKind, ReportRequest
from crm_desktop.services.reports.service import ReportService
from crm_desktop.services.reports.strings import catalog_translator
from crm_desktop.storage.database import Database

LANGUAGE_ENV = "CRM_DESKTOP_LANG"
PDF_MODULE = "crm_desktop.ui.reports.pdf"


@dataclass(frozen=True)
class ReportCommand:
    kind: ReportKind
    out: Path
    day: date | None = None
    custom: tuple[date, date] | None = None
    owner: str | None = None
    language: str | None = None


def _request(db: Database, command: ReportCommand) -> ReportRequest:
    owner_id = None
    if command.owner:
        owner_id = KpiService(db).owner_id_by_name(command.owner)
        if owner_id is None:
            raise UnknownNameError(f"no owner named {command.owner!r}")
    day = command.day or datetime.now(UTC).astimezone().date()
    if command.custom is None:
        return ReportRequest(command.kind, day, owner_id=owner_id)
    start, end = command.custom
    if end < start:
        raise CrmError("--custom: the period ends before it starts")
    return ReportRequest(ReportKind.CUSTOM, day, start, end, owner_id)


def write_report(db: Database, command: ReportCommand) -> Path:
    """Build the report and write ``command.out`` (.html or .pdf); returns the path."""
    suffix = command.out.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise CrmError("--out must end in .html or .pdf")
    data = ReportService(db).build(_request(db, command))
    tr = catalog_translator(command.language or os.environ.get(LANGUAGE_ENV))
    html = render_html(data, tr)
    command.out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".pdf":
        pdf: bytes = importlib.import_module(PDF_MODULE).html_to_pdf(html, report_title(data, tr))
        command.out.write_bytes(pdf)
    else:
        command.out.write_text(html, encoding="utf-8")
    return command.out
