"""The Qt side of reminders: one timer for the next due reminder, popup, centre, badge, tray.

The main window creates one ``ReminderController(hub, window)``. It follows the hub: a database
opened (re)builds the scheduler, every change re-arms the timer. The timer never sleeps longer
than ``RECHECK_MS``, so a laptop waking up or a clock jump is noticed within a minute.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon, QWidget

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.reminders import Clock
from crm_desktop.notifications.scheduler import RECHECK_MS, DueBatch, ReminderScheduler
from crm_desktop.notifications.widgets import NotificationBadge, NotificationCentre, ReminderPopup
from crm_desktop.services.tasks import TaskDTO
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.resources import icon

log = logging.getLogger(__name__)

#: The centre lists reminders shown within this many days and still open.
CENTRE_DAYS = 14
TRAY_MESSAGE_MS = 10_000


class ReminderController(QObject):
    #: A batch of reminders was shown (popup, centre, and tray when there is one).
    sig_shown = Signal(object)

    def __init__(self, hub: SignalHub, parent_window: QWidget, clock: Clock | None = None) -> None:
        super().__init__(parent_window)
        self.hub = hub
        self.window = parent_window
        self._clock = clock
        self.scheduler: ReminderScheduler | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early
        self.timer.timeout.connect(self.check_now)
        self.popup = ReminderPopup(parent_window)
        self.centre = NotificationCentre(parent_window)
        self.badge = NotificationBadge()
        self.badge.clicked.connect(lambda: self.centre.show_below(self.badge))
        self.centre_tasks: list[TaskDTO] = []
        self.tray: QSystemTrayIcon | None = None
        self._last_batch: DueBatch | None = None
        for reminders in (self.popup.list, self.centre.list):
            reminders.sig_open.connect(self.open_record)
            reminders.sig_done.connect(self.mark_done)
            reminders.sig_snooze.connect(self.snooze)
        if isinstance(parent_window, QMainWindow):
            parent_window.statusBar().addPermanentWidget(self.badge)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._make_tray()
        hub.sig_database_opened.connect(self.set_services)
        hub.sig_changed.connect(self._on_changed)
        if hub.services is not None:
            self.set_services(hub.services)

    # -- wiring ----------------------------------------------------------------------------
    def _make_tray(self) -> None:
        tray = QSystemTrayIcon(icon("app"), self)
        menu = QMenu(self.window)
        menu.addAction(self.tr("Show window"), self._show_window)
        menu.addAction(self.tr("Notifications"), self._show_centre)
        tray.setContextMenu(menu)
        tray.setToolTip(self.tr("CRM reminders"))
        tray.messageClicked.connect(self._on_tray_clicked)
        tray.show()
        self.tray = tray

    def set_services(self, services: object) -> None:
        tasks = getattr(services, "tasks", None)
        self.scheduler = None if tasks is None else ReminderScheduler(tasks, self._clock)
        self._reload_centre()
        self.check_now()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(EntityKind.TASK):
            self._reload_centre()
            if self.popup.isVisible():  # done or snoozed elsewhere: no longer to remind
                waiting = {task.id: task for task in self.centre_tasks}
                rows = [waiting[r.task.id] for r in self.popup.list.rows if r.task.id in waiting]
                self.popup.show_tasks(rows)
            self.arm()

    def now(self) -> datetime:
        assert self.scheduler is not None
        return self.scheduler.clock()

    # -- the timer ---------------------------------------------------------------------------
    def arm(self) -> None:
        """Arm the one timer for the next due reminder (at most ``RECHECK_MS`` away)."""
        if self.scheduler is None:
            self.timer.stop()
            return
        try:
            delay = self.scheduler.delay_ms(RECHECK_MS)
        except Exception:  # see check_now
            delay = RECHECK_MS
        self.timer.start(delay)

    def check_now(self) -> DueBatch:
        """Show whatever is due now (each reminder once), then re-arm."""
        batch = DueBatch(())
        if self.scheduler is not None:
            try:
                batch = self.scheduler.poll()
            except Exception:  # a locked or closed database: try again at the next check
                log.warning("reminders could not be checked", exc_info=True)
                self.timer.start(RECHECK_MS)
                return batch
            if batch:
                self._show(batch)
        self.arm()
        return batch

    def _show(self, batch: DueBatch) -> None:
        self._last_batch = batch
        known = {task.id for task in self.centre_tasks}
        self.centre_tasks = [t for t in batch.tasks if t.id not in known] + self.centre_tasks
        self._update_centre()
        self.popup.show_tasks(list(batch.tasks))
        if self.tray is not None:
            if batch.grouped:
                title = self.tr("{count} reminders").format(count=len(batch.tasks))
                text = "\n".join(task.title for task in batch.tasks[:5])
            else:
                title, text = self.tr("Reminder"), batch.tasks[0].title
            self.tray.showMessage(
                title, text, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS
            )
        self.sig_shown.emit(batch)

    # -- the centre --------------------------------------------------------------------------
    def _reload_centre(self) -> None:
        if self.scheduler is None:
            self.centre_tasks = []
        else:
            since = self.now() - timedelta(days=CENTRE_DAYS)
            try:
                self.centre_tasks = self.scheduler.tasks.shown_open(since)
            except Exception:  # see check_now
                log.warning("the notification centre could not be loaded", exc_info=True)
        self._update_centre()

    def _update_centre(self) -> None:
        self.centre.set_tasks(self.centre_tasks)
        self.badge.set_count(len(self.centre_tasks))

    def _forget(self, task_id: str) -> None:
        self.centre_tasks = [t for t in self.centre_tasks if t.id != task_id]
        self._update_centre()
        remaining = [t for t in self.popup.list.rows if t.task.id != task_id]
        if self.popup.isVisible():
            self.popup.show_tasks([row.task for row in remaining])

    # -- actions -----------------------------------------------------------------------------
    def _task(self, task_id: str) -> TaskDTO | None:
        for task in self.centre_tasks:
            if task.id == task_id:
                return task
        return None

    def open_record(self, task_id: str) -> None:
        task = self._task(task_id)
        if task is None and self.scheduler is not None:
            task = self.scheduler.tasks.get(task_id)
        if task is None:
            return
        for kind, record_id in (
            (EntityKind.DEAL, task.deal_id),
            (EntityKind.CONTACT, task.contact_id),
            (EntityKind.COMPANY, task.company_id),
        ):
            if record_id:
                self._show_window()
                self.hub.sig_open_record.emit(kind.value, record_id)
                return

    def mark_done(self, task_id: str) -> None:
        if self.scheduler is None:
            return
        try:
            changes = self.scheduler.done(task_id)
        except CrmError:  # deleted or changed meanwhile: nothing left to remind
            log.info("reminder %s is gone", task_id, exc_info=True)
            self._forget(task_id)
            return
        self._forget(task_id)
        self.hub.sig_changed.emit(changes)

    def snooze(self, task_id: str, choice: str) -> None:
        if self.scheduler is None:
            return
        try:
            changes = self.scheduler.snooze(task_id, choice)
        except CrmError:  # deleted or changed meanwhile: nothing left to remind
            log.info("reminder %s is gone", task_id, exc_info=True)
            self._forget(task_id)
            return
        self._forget(task_id)
        self.hub.sig_changed.emit(changes)

    def _on_tray_clicked(self) -> None:
        batch = self._last_batch
        if batch is not None and not batch.grouped and batch.tasks:
            self.open_record(batch.tasks[0].id)
        else:
            self._show_centre()

    def _show_window(self) -> None:
        if self.window.isMinimized() or not self.window.isVisible():
            self.window.showNormal()
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows
            self.window.raise_()
            self.window.activateWindow()

    def _show_centre(self) -> None:
        self._show_window()
        self.centre.show_below(self.badge)
