"""Reports in the app: menu -> dialog -> worker -> preview; PDF, e-mail draft, schedule timer."""

from __future__ import annotations

import email
import io
import unicodedata
from datetime import date, datetime, time
from email import policy
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from crm_desktop.services.reports.builder import build_report
from crm_desktop.services.reports.html import render_html
from crm_desktop.services.reports.model import ReportKind
from crm_desktop.services.reports.schedule import Frequency, ScheduleRule
from crm_desktop.services.reports.strings import catalog_translator
from crm_desktop.storage.database import Database
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.reports.controller import ReportsController
from crm_desktop.ui.reports.dialog import ReportDialog
from crm_desktop.ui.reports.pdf import html_to_pdf
from crm_desktop.ui.reports.preview import ReportPreview
from crm_desktop.ui.reports.schedule_dialog import ScheduleDialog
from tests.gui.conftest import Dialogs
from tests.unit.test_reports import JUNE, build_reports_dataset


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    # CJK fonts map some glyphs to Kangxi radicals: NFKC folds them back.
    return len(reader.pages), unicodedata.normalize("NFKC", text).replace("\t", " ")


@pytest.fixture
def report_window(
    db: Database, window: MainWindow, qtbot: QtBot, db_path: Path, dialogs: Dialogs
) -> MainWindow:
    build_reports_dataset(db)
    with qtbot.waitSignal(window.hub.sig_summary_updated, timeout=10000):
        window.open_database(db_path)
    return window


def controller_of(window: MainWindow) -> ReportsController:
    assert isinstance(window.reports, ReportsController)
    return window.reports


def test_pdf_renders_english_and_chinese(db: Database, qapp: QApplication) -> None:
    build_reports_dataset(db)
    data = build_report(db, JUNE)
    pages, text = pdf_text(html_to_pdf(render_html(data), "t"))
    assert pages > 0
    assert "Team performance report" in text and "Leaderboard" in text and "3,900" in text
    pages, text = pdf_text(html_to_pdf(render_html(data, catalog_translator("zh_CN")), "t"))
    assert pages > 0 and "团队业绩报告" in text and "排行榜" in text and "赢单金额" in text


def test_menu_dialog_worker_preview(report_window: MainWindow, qtbot: QtBot) -> None:
    window = report_window
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Reports")
    actions = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert actions == ["&Daily Report…", "&Weekly Report…", "&Monthly Report…",
                       "&Custom Period…", "&Schedule…"]  # fmt: skip
    assert all(a.isEnabled() for a in menu.actions())
    window.main_actions.reports.by_kind["monthly"].trigger()
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind() is ReportKind.MONTHLY
    assert [dialog.scope_combo.itemText(i) for i in range(dialog.scope_combo.count())][1:] == [
        "Ann", "Bob", "Cid"]  # fmt: skip
    dialog.day_edit.setDate(QDate(2026, 6, 10))
    controller = controller_of(window)
    with qtbot.waitSignal(controller.sig_previewed, timeout=10000) as shown:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    preview = shown.args[0]
    assert isinstance(preview, ReportPreview) and preview.isVisible()
    text = preview.browser.toPlainText()
    assert "Team performance report" in text and "2026-06-01 to 2026-06-30" in text
    assert "3,900" in text and "Leaderboard" in text
    assert controller.worker is None and controller.progress is None
    preview.close()


def test_custom_period_is_checked(report_window: MainWindow, qtbot: QtBot) -> None:
    dialog = controller_of(report_window).open_dialog(ReportKind.CUSTOM)
    assert isinstance(dialog, ReportDialog)
    assert dialog.start_edit.isEnabled() and not dialog.day_edit.isEnabled()
    dialog.start_edit.setDate(QDate(2026, 6, 10))
    dialog.end_edit.setDate(QDate(2026, 6, 1))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    dialog.end_edit.setDate(QDate(2026, 6, 12))
    request = dialog.request()
    assert (request.kind, request.start, request.end) == (
        ReportKind.CUSTOM, date(2026, 6, 10), date(2026, 6, 12))  # fmt: skip
    dialog.reject()


def test_preview_saves_html_pdf_and_email(
    report_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = report_window.hub.services
    assert services is not None
    preview = controller_of(report_window).show_preview(services.reports.build(JUNE))
    html_path = tmp_path / "out" / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(html_path), ""))
    preview.save_html_button.click()
    assert "Leaderboard" in html_path.with_suffix(".html").read_text(encoding="utf-8")
    pdf_path = tmp_path / "r.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_path), ""))
    preview.save_pdf_button.click()
    pages, text = pdf_text(pdf_path.read_bytes())
    assert pages > 0 and "Team performance report" in text
    assert "Saved:" in preview.status_label.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    eml = preview.prepare_email(tmp_path / "drafts")
    assert [url.toLocalFile() for url in opened] == [str(eml)]
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    attachment = next(message.iter_attachments())
    assert pdf_text(attachment.get_content())[0] > 0
    preview.close()


def test_schedule_catches_up_once_with_a_fake_clock(
    report_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    services = report_window.hub.services
    assert services is not None
    rule = ScheduleRule("weekly", Frequency.WEEKLY, ReportKind.WEEKLY, time(8, 0), weekday=0,
                        last_run=datetime(2026, 6, 1, 8, 0))  # fmt: skip
    services.reports.save_schedule([rule])
    now = [datetime(2026, 6, 16, 9, 30)]  # Tuesday: the app was closed on Monday 06-15 08:00
    controller = ReportsController(
        report_window.hub, report_window, clock=lambda: now[0], output_dir=tmp_path
    )  # its constructor checks the schedule: the catch-up starts at once
    with qtbot.waitSignal(controller.sig_scheduled, timeout=10000) as saved:
        pass
    path = saved.args[0]
    assert path == tmp_path / "report-weekly-team-2026-06-08.html"
    assert "2026-06-08 to 2026-06-14" in path.read_text(encoding="utf-8")
    assert controller.notice.isVisible() and str(path) in controller.notice.path_label.text()
    assert services.reports.schedule()[0].last_run == now[0]
    assert controller.check_schedule() == []  # once, not again
    now[0] = datetime(2026, 6, 22, 8, 0, 1)  # next Monday: due again
    with qtbot.waitSignal(controller.sig_scheduled, timeout=10000):
        assert [r.day for r in controller.check_schedule()] == [date(2026, 6, 21)]
    assert controller.timer.isActive()
    with qtbot.waitSignal(controller.sig_previewed, timeout=5000):
        controller.notice.open_button.click()
    controller.shutdown()


def test_the_timer_claims_due_reports_off_the_gui_thread_while_a_writer_holds_the_lock(
    report_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    import sqlite3
    from dataclasses import replace

    services = report_window.hub.services
    assert services is not None
    rule = ScheduleRule("daily", Frequency.DAILY, ReportKind.DAILY, time(8, 0),
                        last_run=datetime(2026, 6, 15, 8, 0))  # fmt: skip
    services.reports.save_schedule([rule])
    now = datetime(2026, 6, 16, 9, 30)
    controller = ReportsController(
        report_window.hub, report_window, clock=lambda: now, output_dir=tmp_path
    )
    qtbot.waitUntil(lambda: controller.claim_worker is None, timeout=10000)  # first check done
    with qtbot.waitSignal(controller.sig_scheduled, timeout=10000):
        pass
    rule = services.reports.schedule()[0]
    services.reports.save_schedule([replace(rule, last_run=datetime(2026, 6, 15, 8, 0))])
    other = sqlite3.connect(services.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        controller.check_schedule_later()
        assert controller.claim_worker is not None  # the GUI thread did not wait for the lock
        qtbot.wait(300)
        assert controller.claim_worker is not None  # still waiting on the worker
    finally:
        other.rollback()
        other.close()
    with qtbot.waitSignal(controller.sig_scheduled, timeout=10000):
        pass
    assert services.reports.schedule()[0].last_run == now
    controller.shutdown()


def test_schedule_dialog_adds_rules(report_window: MainWindow, qtbot: QtBot) -> None:
    controller = controller_of(report_window)
    dialog = controller.open_schedule_dialog()
    assert isinstance(dialog, ScheduleDialog)
    dialog.frequency_combo.setCurrentIndex(dialog.frequency_combo.findData("weekdays"))
    dialog.report_combo.setCurrentIndex(dialog.report_combo.findData("daily"))
    rule = dialog.add_rule()
    assert dialog.list.count() == 1 and "Every weekday" in dialog.list.item(0).text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    services = report_window.hub.services
    assert services is not None
    stored = services.reports.schedule()
    assert [(r.id, r.frequency, r.report) for r in stored] == [
        (rule.id, Frequency.WEEKDAYS, ReportKind.DAILY)]  # fmt: skip
