"""Reports: HTML page, Chinese words, e-mail draft, schedule (fake clock), CLI, settings store."""

from __future__ import annotations

import email
import subprocess
import sys
from datetime import date, datetime, time
from email import policy
from pathlib import Path

import pytest

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.metrics.report_kpis import UnknownNameError
from crm_desktop.services.reports import strings as s
from crm_desktop.services.reports.builder import build_report
from crm_desktop.services.reports.command import ReportCommand, write_report
from crm_desktop.services.reports.eml import email_draft
from crm_desktop.services.reports.html import render_html
from crm_desktop.services.reports.model import ReportKind
from crm_desktop.services.reports.schedule import (
    Frequency,
    ScheduleRule,
    due_slot,
    latest_slot,
    new_rule,
    next_due,
    ran,
    request_for,
)
from crm_desktop.services.reports.service import ReportService, file_stem
from crm_desktop.storage.database import Database
from tests.unit.test_reports import JUNE, build_reports_dataset

ROOT = Path(__file__).resolve().parents[2]


def test_html_holds_the_figures_and_charts(db: Database) -> None:
    build_reports_dataset(db)
    html = render_html(build_report(db, JUNE))
    for text in ("Team performance report", "Monthly report", "2026-06-01 to 2026-06-30",
                 "3,900", "10,100", "Leaderboard", "Ann", "Cid", "Price", "W2",
                 "+3,100 (+388%)", "56%", "data:image/svg+xml;base64,"):  # fmt: skip
        assert text in html, text
    assert html.count("<img ") == 2  # won value by rep, activities per day


def test_chinese_catalog_translates_every_report_string(db: Database) -> None:
    tr = s.catalog_translator("zh_CN")
    texts = [v for k, v in vars(s).items() if k.isupper() and isinstance(v, str) and k != "CONTEXT"]
    untranslated = [t for t in texts if tr(t) == t]
    assert untranslated == []
    build_reports_dataset(db)
    html = render_html(build_report(db, JUNE), tr)
    assert "团队业绩报告" in html and "排行榜" in html and "赢单金额" in html
    assert s.catalog_translator("en")(s.SUMMARY) == "Summary"


def test_email_draft_parses(db: Database) -> None:
    build_reports_dataset(db)
    data = build_report(db, JUNE)
    html = render_html(data)
    raw = ReportService.email_draft(data, html, b"%PDF-1.4 fake", s.identity)
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Team performance report: 2026-06-01 to 2026-06-30"
    body = message.get_body(("html",))
    assert body is not None and "Leaderboard" in body.get_content()
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [file_stem(data) + ".pdf"]
    assert attachments[0].get_content() == b"%PDF-1.4 fake"
    assert file_stem(data) == "report-monthly-team-2026-06-01"
    plain = email.message_from_bytes(email_draft("S", "<p>x</p>", "text"), policy=policy.default)
    assert list(plain.iter_attachments()) == []


MONDAY_8 = ScheduleRule("r1", Frequency.WEEKLY, ReportKind.WEEKLY, time(8, 0), weekday=0)


def test_schedule_slots() -> None:
    wednesday = datetime(2026, 6, 17, 12, 0)
    assert latest_slot(MONDAY_8, wednesday) == datetime(2026, 6, 15, 8, 0)
    weekdays = ScheduleRule("r2", Frequency.WEEKDAYS, ReportKind.DAILY, time(8, 0))
    sunday = datetime(2026, 6, 21, 9, 0)
    assert latest_slot(weekdays, sunday) == datetime(2026, 6, 19, 8, 0)  # Friday
    monthly = ScheduleRule("r3", Frequency.MONTHLY, ReportKind.MONTHLY, time(7, 30))
    assert latest_slot(monthly, wednesday) == datetime(2026, 6, 1, 7, 30)
    assert next_due([MONDAY_8, monthly], wednesday) == datetime(2026, 6, 22, 8, 0)
    daily = ScheduleRule("r4", Frequency.DAILY, ReportKind.DAILY, time(18, 0))
    assert latest_slot(daily, wednesday) == datetime(2026, 6, 16, 18, 0)


def test_schedule_catch_up_with_a_fake_clock() -> None:
    """Closed over two Mondays: one report at the next start, for the latest slot only."""
    rule = new_rule(Frequency.WEEKLY, ReportKind.WEEKLY, time(8, 0), datetime(2026, 6, 3, 9, 0))
    assert due_slot(rule, datetime(2026, 6, 8, 7, 59)) is None  # not yet
    assert due_slot(rule, datetime(2026, 6, 8, 8, 0)) == datetime(2026, 6, 8, 8, 0)
    rule = ran(rule, datetime(2026, 6, 8, 8, 0))
    assert due_slot(rule, datetime(2026, 6, 10, 9, 0)) is None  # already made this week
    reopened = datetime(2026, 6, 23, 10, 0)  # Tuesday, after missing 06-15 and 06-22
    slot = due_slot(rule, reopened)
    assert slot == datetime(2026, 6, 22, 8, 0)
    request = request_for(rule, slot)
    assert request.period().start == date(2026, 6, 15)  # last complete week
    assert due_slot(ran(rule, reopened), reopened) is None  # once
    assert due_slot(ScheduleRule("x", Frequency.DAILY, ReportKind.DAILY, enabled=False),
                    reopened) is None  # fmt: skip


def test_schedule_reports_cover_the_period_before() -> None:
    monday = datetime(2026, 6, 15, 8, 0)
    weekdays = ScheduleRule("d", Frequency.WEEKDAYS, ReportKind.DAILY, time(8, 0))
    assert request_for(weekdays, monday).day == date(2026, 6, 12)  # Friday
    daily = ScheduleRule("d", Frequency.DAILY, ReportKind.DAILY, time(8, 0))
    assert request_for(daily, monday).day == date(2026, 6, 14)
    monthly = ScheduleRule("m", Frequency.MONTHLY, ReportKind.MONTHLY, time(8, 0))
    assert request_for(monthly, datetime(2026, 7, 1, 8, 0)).period().start == date(2026, 6, 1)
    with pytest.raises(ValueError):
        new_rule(Frequency.DAILY, ReportKind.CUSTOM, time(8, 0), monday)


def test_schedule_is_stored_in_the_database(db: Database) -> None:
    ids = build_reports_dataset(db)
    service = ReportService(db)
    assert service.schedule() == []
    rule = new_rule(Frequency.WEEKLY, ReportKind.WEEKLY, time(8, 15), datetime(2026, 6, 1, 9, 0),
                    weekday=4, owner_id=ids["Ann"])  # fmt: skip
    changes = service.save_schedule([rule, MONDAY_8])
    assert changes  # a write the hub can announce
    assert service.schedule() == [rule, MONDAY_8]
    later = ran(MONDAY_8, datetime(2026, 6, 15, 8, 0, 5))
    service.record_run(later)
    assert service.schedule() == [rule, later]
    assert [name for _, name in service.reps()] == ["Ann", "Bob", "Cid"]


def test_report_command_in_process(db: Database, tmp_path: Path) -> None:
    build_reports_dataset(db)
    html = tmp_path / "week.html"
    week = ReportCommand(ReportKind.WEEKLY, html, date(2026, 6, 10), language="en")
    assert write_report(db, week) == html
    assert "2026-06-08 to 2026-06-14" in html.read_text(encoding="utf-8")
    with pytest.raises(UnknownNameError, match="no owner named 'nobody'"):
        write_report(db, ReportCommand(ReportKind.DAILY, html, owner="nobody"))
    with pytest.raises(CrmError, match="--out"):
        write_report(db, ReportCommand(ReportKind.DAILY, tmp_path / "x.doc"))


def test_cli_writes_a_pdf_headless(db: Database, tmp_path: Path) -> None:
    """A fresh process without a display: Qt is loaded only for the PDF, offscreen."""
    build_reports_dataset(db)
    path = db.path
    db.close()
    pdf = tmp_path / "ann.pdf"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "report", "monthly", "--db", str(path),
         "--owner", "ann", "--custom", "2026-06-01", "2026-06-15", "--lang", "zh_CN",
         "--out", str(pdf)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
