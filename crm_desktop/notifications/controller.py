"""The Qt side of reminders: one timer for the next due reminder, popup, centre, badge, tray.

The main window creates one ``ReminderController(hub, window)``. It follows the hub: a database
opened (re)builds the scheduler, every change re-arms the timer. The timer never sleeps longer
than ``RECHECK_MS``, so a laptop waking up or a clock jump is noticed within a minute.

A check (``check_now``) claims the due reminders in a write transaction: it runs on a worker
thread, so a long import holding the write lock never freezes the window; the batch comes back
to the GUI thread to be shown. ``poll_now`` is the same check run synchronously.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon, QWidget

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.reminders import Clock
from crm_desktop.notifications.scheduler import RECHECK_MS, DueBatch, ReminderScheduler
from crm_desktop.notifications.tray import Tray, tray_available
from crm_desktop.notifications.widgets import (
    NotificationBadge,
    NotificationCentre,
    ReminderPopup,
    SnoozeDialog,
)
from crm_desktop.services.tasks import Agenda, TaskDTO
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.workers import start_worker

log = logging.getLogger(__name__)

#: The centre lists reminders shown within this many days and still open.
CENTRE_DAYS = 14
TASK_KIND = "task"  # ``hub.sig_open_record("task", id)`` opens a task's dialog


class ReminderController(QObject):
    #: A batch of reminders was shown (popup, centre, and tray when there is one).
    sig_shown = Signal(object)
    #: A check on the worker ended (carries its ``DueBatch``, empty when none or it failed).
    sig_checked = Signal(object)

    def __init__(
        self,
        hub: SignalHub,
        parent_window: QWidget,
        clock: Clock | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent_window)
        self.hub = hub
        self.window = parent_window
        self._clock = clock
        self.scheduler: ReminderScheduler | None = None
        self._generation = 0
        self._checking = False
        self._check_again = False
        self._writes = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early
        self.timer.timeout.connect(self.check_now)
        self.popup = ReminderPopup(parent_window)
        self.centre = NotificationCentre(parent_window)
        self.badge = NotificationBadge()
        self.badge.clicked.connect(lambda: self.centre.show_below(self.badge))
        self.centre_tasks: list[TaskDTO] = []
        self.snooze_dialog: SnoozeDialog | None = None
        self.tray: QSystemTrayIcon | None = None
        self.tray_menu: Tray | None = None
        self._last_batch: DueBatch | None = None
        for reminders in (self.popup.list, self.centre.list):
            reminders.sig_open.connect(self.open_record)
            reminders.sig_done.connect(self.mark_done)
            reminders.sig_snooze.connect(self.snooze)
            reminders.sig_snooze_custom.connect(self.ask_snooze_time)
        if isinstance(parent_window, QMainWindow):
            parent_window.statusBar().addPermanentWidget(self.badge)
        if tray_available():
            self._make_tray(settings or _settings_of(parent_window))
        hub.sig_database_opened.connect(self.set_services)
        hub.sig_changed.connect(self._on_changed)
        hub.sig_open_record.connect(self._on_open_record)
        if hub.services is not None:
            self.set_services(hub.services)

    # -- wiring ----------------------------------------------------------------------------
    def _make_tray(self, settings: QSettings) -> None:
        tray = Tray(self.window, settings, self)
        tray.sig_open_window.connect(self._show_window)
        tray.sig_show_centre.connect(self._show_centre)
        tray.sig_open_task.connect(self.open_task)
        tray.sig_message_clicked.connect(self._on_tray_clicked)
        self.tray_menu = tray
        self.tray = tray.icon

    def set_services(self, services: object) -> None:
        tasks = getattr(services, "tasks", None)
        self._generation += 1
        # A check of the previous database may never report back (its workers were dropped):
        # start afresh. Claims are atomic, so two checks at once can never show one twice.
        self._checking = self._check_again = False
        self.scheduler = None if tasks is None else ReminderScheduler(tasks, self._clock)
        self._reload_centre()
        self._reload_today()
        self.check_now()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(EntityKind.TASK):
            self._reload_centre()
            self._reload_today()
            if self.popup.isVisible():  # done or snoozed elsewhere: no longer to remind
                waiting = {task.id: task for task in self.centre_tasks}
                rows = [waiting[r.task.id] for r in self.popup.list.rows if r.task.id in waiting]
                self.popup.show_tasks(rows)
            self.check_now()

    @property
    def checking(self) -> bool:
        """A check, or a done or snooze, is running on a worker."""
        return self._checking or self._writes > 0

    def now(self) -> datetime:
        assert self.scheduler is not None
        return self.scheduler.clock()

    # -- the timer ---------------------------------------------------------------------------
    def arm(self, delay: int | None = None) -> None:
        """Arm the one timer for the next due reminder (at most ``RECHECK_MS`` away)."""
        if self.scheduler is None:
            self.timer.stop()
            return
        if delay is None:
            try:
                delay = self.scheduler.delay_ms(RECHECK_MS)
            except Exception:  # see check_now
                delay = RECHECK_MS
        self.timer.start(delay)

    def check_now(self) -> None:
        """Claim and show whatever is due now, on a worker; the timer is re-armed after."""
        scheduler = self.scheduler
        if scheduler is None:
            self.timer.stop()
            return
        if self._checking:  # one check at a time; one more after it
            self._check_again = True
            return
        self._checking = True
        self._check_again = False
        self.timer.stop()
        start_worker(
            lambda _context: scheduler.poll_with_delay(RECHECK_MS),
            on_finished=partial(self._on_checked, scheduler),
            on_failed=partial(self._on_check_failed, scheduler),
        )

    def _current(self, scheduler: ReminderScheduler) -> bool:
        """The check was made on the database open now (maybe reopened or refilled since)."""
        return self.scheduler is not None and self.scheduler.tasks is scheduler.tasks

    def _on_checked(self, scheduler: ReminderScheduler, result: tuple[DueBatch, int]) -> None:
        batch, delay = result
        if not self._current(scheduler):
            return  # another database: its claimed reminders wait in its own centre
        self._checking = False
        if self._check_again:
            self.check_now()  # news meanwhile
            return
        if batch:
            self._show(batch)
        self.arm(delay)
        self._reload_today()  # at most a minute late after midnight
        self.sig_checked.emit(batch)

    def _on_check_failed(self, scheduler: ReminderScheduler, error: Exception) -> None:
        # A locked or closed database: try again at the next check.
        if not self._current(scheduler):
            return
        self._checking = False
        log.warning("reminders could not be checked: %s", error)
        if self._check_again:
            self.check_now()
            return
        if self.scheduler is not None:
            self.timer.start(RECHECK_MS)
        self.sig_checked.emit(DueBatch(()))

    def poll_now(self) -> DueBatch:
        """The check, synchronously in this thread (tests, and tools without an event loop)."""
        batch = DueBatch(())
        if self.scheduler is not None:
            try:
                batch = self.scheduler.poll()
            except Exception:
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
        if self.tray_menu is not None:
            if batch.grouped:
                title = self.tr("{count} reminders").format(count=len(batch.tasks))
                text = "\n".join(task.title for task in batch.tasks[:5])
            else:
                title, text = self.tr("Reminder"), batch.tasks[0].title
            self.tray_menu.show_message(title, text)
        self.sig_shown.emit(batch)

    # -- the centre and the tray's today list -----------------------------------------------
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

    def _reload_today(self) -> None:
        if self.tray_menu is None or self.scheduler is None:
            return
        tasks, generation = self.scheduler.tasks, self._generation
        start_worker(
            lambda _context: tasks.agenda(done_limit=1, upcoming_limit=1),
            on_finished=partial(self._on_today_loaded, generation),
        )

    def _on_today_loaded(self, generation: int, agenda: Agenda) -> None:
        if self.tray_menu is not None and generation == self._generation:
            self.tray_menu.set_today(agenda.overdue, agenda.today)

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

    def _on_open_record(self, kind: str, record_id: str) -> None:
        if kind == TASK_KIND:
            self.open_task(record_id)

    def open_task(self, task_id: str) -> QWidget | None:
        """Show the window and the task's dialog (from the tray's list of today's tasks)."""
        services = self.hub.services
        if services is None:
            return None
        self._show_window()
        from crm_desktop.ui.tasks.editing import open_task_dialog

        try:
            return open_task_dialog(self.window, services, self.hub, task_id=task_id)
        except CrmError:  # deleted meanwhile
            log.info("task %s is gone", task_id, exc_info=True)
            return None

    def mark_done(self, task_id: str) -> None:
        if self.scheduler is not None:
            self._write(task_id, lambda scheduler: scheduler.done(task_id))

    def snooze(self, task_id: str, choice: str) -> None:
        if self.scheduler is not None:
            self._write(task_id, lambda scheduler: scheduler.snooze(task_id, choice))

    def snooze_until(self, task_id: str, until: datetime) -> None:
        if self.scheduler is not None:
            self._write(task_id, lambda scheduler: scheduler.snooze_at(task_id, until))

    def ask_snooze_time(self, task_id: str) -> SnoozeDialog | None:
        """Snooze "Custom…": a date-time picker; the snooze happens when it is accepted."""
        if self.scheduler is None:
            return None
        task = self._task(task_id)
        dialog = SnoozeDialog(task.title if task else "", self.now(), self.window)
        dialog.accepted.connect(lambda: self.snooze_until(task_id, dialog.value()))
        dialog.finished.connect(dialog.deleteLater)
        self.snooze_dialog = dialog
        dialog.open()
        return dialog

    def _write(self, task_id: str, write: Callable[[ReminderScheduler], Changes]) -> None:
        """Done or snooze, on a worker too (the write lock may be held); gone from view at once."""
        scheduler = self.scheduler
        assert scheduler is not None
        self._forget(task_id)
        self._writes += 1
        start_worker(
            lambda _context: write(scheduler),
            on_finished=self._on_written,
            on_failed=partial(self._on_write_failed, task_id),
        )

    def _on_written(self, changes: Changes) -> None:
        self._writes -= 1
        self.hub.sig_changed.emit(changes)

    def _on_write_failed(self, task_id: str, error: Exception) -> None:
        self._writes -= 1
        if isinstance(error, CrmError):  # deleted or changed meanwhile: nothing left to remind
            log.info("reminder %s is gone: %s", task_id, error)
            return
        log.warning("reminder %s could not be saved: %s", task_id, error)
        self._reload_centre()  # still waiting: back in the centre, never lost

    def quit_app(self) -> None:
        """Quit for real (File ▸ Quit): with a tray, closing alone would only hide."""
        if self.tray_menu is not None:
            self.tray_menu.quit_app()
        else:
            self.window.close()

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


def _settings_of(window: QWidget) -> QSettings:
    settings = getattr(window, "settings", None)
    return settings if isinstance(settings, QSettings) else QSettings()
