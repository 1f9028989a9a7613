"""The Reports menu and the schedule: dialog -> worker (progress, cancel) -> preview.

Created by the main window with the first database. The schedule timer checks the stored rules
(``services.reports.schedule()``) when a database opens - catching up a slot missed while the
app was closed - and again at the next slot (at least every ``RECHECK_MS``).
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from crm_desktop.services.reports.builder import ReportCancelled
from crm_desktop.services.reports.model import ReportData, ReportKind, ReportRequest
from crm_desktop.services.reports.schedule import (
    Clock,
    ScheduleRule,
    due_slot,
    local_now,
    next_due,
    ran,
    request_for,
)
from crm_desktop.services.reports.service import file_stem, reports_dir
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.reports.actions import ReportActions
from crm_desktop.ui.reports.notice import ReportNotice
from crm_desktop.ui.reports.preview import ReportPreview, report_html, translate
from crm_desktop.ui.workers import TaskContext, Worker, start_worker

if TYPE_CHECKING:
    from crm_desktop.domain.changes import Changes
    from crm_desktop.services.container import Services

log = logging.getLogger(__name__)
RECHECK_MS = 60_000


class ReportsController(QObject):
    #: A report was generated on request and its preview shown: carries the preview.
    sig_previewed = Signal(object)
    #: A scheduled report was saved: carries its path.
    sig_scheduled = Signal(object)

    def __init__(
        self,
        hub: SignalHub,
        window: QWidget,
        actions: ReportActions | None = None,
        clock: Clock | None = None,
        output_dir: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.hub = hub
        self.window = window
        self.clock = clock or local_now
        self.output_dir = output_dir
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.scheduled_worker: Worker | None = None
        self.claim_worker: Worker | None = None
        self.queue: list[ReportRequest] = []
        self.last_scheduled: ReportData | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_schedule_later)
        self.notice = ReportNotice(window)
        self.notice.sig_open.connect(self._on_notice_open)
        if actions is not None:
            for kind, action in actions.by_kind.items():
                action.triggered.connect(lambda _=False, k=kind: self.open_dialog(ReportKind(k)))
            actions.schedule.triggered.connect(self.open_schedule_dialog)
        hub.sig_database_opened.connect(self._on_database_opened)
        if hub.services is not None:
            self._on_database_opened(hub.services)

    @property
    def services(self) -> Services | None:
        return self.hub.services

    def _on_database_opened(self, _services: object) -> None:
        self.check_schedule_later()

    # -- on request --------------------------------------------------------------------------
    def open_dialog(self, kind: ReportKind) -> QWidget | None:
        from crm_desktop.ui.reports.dialog import ReportDialog

        if self.services is None:
            return None
        dialog = ReportDialog(kind, self.services.reports.reps(), date.today(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.generate(dialog.request()))
        dialog.open()
        return dialog

    def generate(self, request: ReportRequest) -> None:
        services = self.services
        if services is None or self.worker is not None:
            return

        def build(context: TaskContext) -> ReportData:
            return services.reports.build(request, context.progress, context.cancelled)

        self.progress = self._progress_dialog()
        self.worker = start_worker(
            build,
            on_finished=self._on_generated,
            on_failed=self._on_failed,
            on_progress=self._on_progress,
        )

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Gathering the report's figures…"), self.tr("Cancel"), 0, 0, self.window
        )
        dialog.setWindowTitle(self.tr("Performance Report"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _end(self) -> None:
        self.worker = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_generated(self, data: ReportData) -> None:
        self._end()
        self.show_preview(data)

    def show_preview(self, data: ReportData) -> ReportPreview:
        preview = ReportPreview(data, self.window)
        preview.show()
        self.sig_previewed.emit(preview)
        return preview

    def _on_failed(self, exc: Exception) -> None:
        self._end()
        if isinstance(exc, ReportCancelled):
            return
        log.warning("report failed: %s", exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Performance Report"),
            self.tr("The report could not be made: {error}").format(error=exc),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- the schedule ------------------------------------------------------------------------
    def open_schedule_dialog(self) -> QWidget | None:
        from crm_desktop.ui.reports.schedule_dialog import ScheduleDialog

        if self.services is None:
            return None
        reports = self.services.reports
        dialog = ScheduleDialog(reports.schedule(), reports.reps(), self.clock, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_schedule(dialog.rules))
        dialog.open()
        return dialog

    def _save_schedule(self, rules: list[ScheduleRule]) -> None:
        if self.services is not None:
            self.hub.sig_changed.emit(self.services.reports.save_schedule(rules))
            self.check_schedule()

    def check_schedule(self) -> list[ReportRequest]:
        """Queue every report due now (once per rule, however many slots were missed).

        Synchronous; the timer and a newly opened database use ``check_schedule_later``.
        """
        services = self.services
        if services is None:
            self.timer.stop()
            return []
        now = self.clock()
        try:
            claimed = _claim_due(services, now)
        except Exception:  # a locked or closed database: try again at the next check
            log.warning("the report schedule could not be checked", exc_info=True)
            claimed = ([], [], [])
        return self._accept(now, claimed)

    def check_schedule_later(self) -> None:
        """``check_schedule`` with its reads and its write on a worker: the GUI never waits on
        another program's write lock."""
        services = self.services
        if services is None:
            self.timer.stop()
            return
        if self.claim_worker is not None:
            return
        now = self.clock()

        def finished(claimed: _Claimed) -> None:
            self.claim_worker = None
            self._accept(now, claimed)

        def failed(_exc: Exception) -> None:
            self.claim_worker = None
            log.warning("the report schedule could not be checked: %s", _exc)
            self._arm([], now)

        self.claim_worker = start_worker(
            lambda _context: _claim_due(services, now), on_finished=finished, on_failed=failed
        )

    def _accept(self, now: datetime, claimed: _Claimed) -> list[ReportRequest]:
        rules, due, changes = claimed
        for change in changes:
            self.hub.sig_changed.emit(change)
        self.queue.extend(due)
        self._run_next_scheduled()
        self._arm(rules, now)
        return due

    def _arm(self, rules: list[ScheduleRule], now: datetime) -> None:
        upcoming = next_due(rules, now)
        delay = RECHECK_MS
        if upcoming is not None:
            delay = min(delay, max(int((upcoming - now).total_seconds() * 1000), 1000))
        self.timer.start(delay)

    def _run_next_scheduled(self) -> None:
        services = self.services
        if self.scheduled_worker is not None or not self.queue or services is None:
            return
        request = self.queue.pop(0)

        def build(context: TaskContext) -> ReportData:
            return services.reports.build(request, cancelled=context.cancelled)

        self.scheduled_worker = start_worker(
            build, on_finished=self._on_scheduled_built, on_failed=self._on_scheduled_failed
        )

    def _on_scheduled_built(self, data: ReportData) -> None:
        self.scheduled_worker = None
        folder = self.output_dir or reports_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{file_stem(data)}.html"
            path.write_text(report_html(data), encoding="utf-8")
        except OSError:
            log.warning("the scheduled report could not be saved", exc_info=True)
        else:
            self.last_scheduled = data
            from crm_desktop.services.reports.html import report_title

            title = report_title(data, translate)
            self.notice.show_report(title, path)
            self._tray_message(title, path)
            self.sig_scheduled.emit(path)
        self._run_next_scheduled()

    def _tray_message(self, title: str, path: Path) -> None:
        """When the window is hidden (closed to the tray), the reminders' tray icon tells."""
        tray = getattr(getattr(self.window, "reminders", None), "tray", None)
        if tray is not None and not self.window.isVisible():
            tray.showMessage(self.tr("Report ready"), f"{title}\n{path}")

    def _on_scheduled_failed(self, exc: Exception) -> None:
        self.scheduled_worker = None
        log.warning("a scheduled report failed: %s", exc)
        self._run_next_scheduled()

    def _on_notice_open(self) -> None:
        if self.last_scheduled is not None:
            self.show_preview(self.last_scheduled)

    def shutdown(self) -> Any:
        self.timer.stop()
        for worker in (self.worker, self.scheduled_worker, self.claim_worker):
            if worker is not None:
                worker.cancel()


_Claimed = tuple[list[ScheduleRule], list[ReportRequest], list["Changes"]]


def _claim_due(services: Services, now: datetime) -> _Claimed:
    """The rules, the reports due at ``now``, and the writes recording that they ran."""
    rules = services.reports.schedule()
    due: list[ReportRequest] = []
    changes: list[Changes] = []
    for rule in rules:
        slot = due_slot(rule, now)
        if slot is not None:
            changes.append(services.reports.record_run(ran(rule, now)))
            due.append(request_for(rule, slot))
    return rules, due, changes
