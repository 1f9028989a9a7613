"""Reports for the UI and the CLI: build, render, file names, e-mail drafts, schedule store."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop.domain.changes import Changes
from crm_desktop.services.reports import strings as s
from crm_desktop.services.reports.builder import Cancelled, Progress, build_report
from crm_desktop.services.reports.eml import email_draft
from crm_desktop.services.reports.html import report_title
from crm_desktop.services.reports.model import ReportData, ReportRequest
from crm_desktop.services.reports.schedule import ScheduleRule
from crm_desktop.storage import paths
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Setting, User
from crm_desktop.storage.unit_of_work import UnitOfWork

SCHEDULE_KEY = "report_schedule"


def reports_dir() -> Path:
    """Where generated reports go: ``reports`` in the user's data folder."""
    return paths.data_dir() / "reports"


def file_stem(data: ReportData) -> str:
    """``report-weekly-team-2026-11-16`` (a rep's name instead of ``team``)."""
    who = "team" if data.is_team else re.sub(r"[^\w-]+", "-", data.owner_name or "rep").strip("-")
    return f"report-{data.request.kind.value}-{who}-{data.period.start.isoformat()}"


def email_subject(data: ReportData, tr: s.Translate) -> str:
    return tr(s.EMAIL_SUBJECT).format(
        title=report_title(data, tr), start=data.period.start, end=data.period.end
    )


class ReportService:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    def build(
        self,
        request: ReportRequest,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ReportData:
        return build_report(self._db, request, progress, cancelled)

    def reps(self) -> list[tuple[str, str]]:
        """(id, name) of the active reps, by name: who a per-rep report can be for."""
        with self._db.session(write=False) as session:
            stmt = select(User.id, User.name).where(User.deleted_at.is_(None), User.active)
            return sorted(((r[0], r[1]) for r in session.execute(stmt)), key=_name_key)

    @staticmethod
    def email_draft(data: ReportData, html: str, pdf: bytes | None, tr: s.Translate) -> bytes:
        return email_draft(
            email_subject(data, tr), html, tr(s.EMAIL_TEXT), pdf, file_stem(data) + ".pdf"
        )

    # -- schedule ----------------------------------------------------------------------------
    def schedule(self) -> list[ScheduleRule]:
        with self._db.session(write=False) as session:
            setting = session.get(Setting, SCHEDULE_KEY)
            stored: Any = setting.value if setting is not None else None
        rules = []
        for item in stored if isinstance(stored, list) else []:
            try:
                rules.append(ScheduleRule.from_json(item))
            except (KeyError, TypeError, ValueError):
                continue  # a rule this version cannot read: leave it out
        return rules

    def save_schedule(self, rules: list[ScheduleRule]) -> Changes:
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            value = [rule.as_json() for rule in rules]
            setting = session.get(Setting, SCHEDULE_KEY)
            if setting is None:
                session.add(Setting(key=SCHEDULE_KEY, value=value))
            else:
                setting.value = value
        return uow.changes

    def record_run(self, rule: ScheduleRule) -> Changes:
        """Store ``rule``'s new ``last_run`` (other rules as they are stored now)."""
        rules = [rule if r.id == rule.id else r for r in self.schedule()]
        return self.save_schedule(rules)


def _name_key(row: tuple[str, str]) -> str:
    return row[1].casefold()
