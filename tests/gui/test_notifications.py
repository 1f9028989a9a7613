"""Reminder notifications: popup, centre and badge, done/snooze/open, tray path, the timer."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import EntityKind
from crm_desktop.notifications.controller import ReminderController
from crm_desktop.notifications.scheduler import RECHECK_MS, DueBatch
from crm_desktop.notifications.widgets import NotificationBadge, SnoozeDialog
from crm_desktop.services.container import Services
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.storage.database import Database
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.tasks.dialog import to_qdatetime
from crm_desktop.ui.workers import running_workers

PARIS = ZoneInfo("Europe/Paris")


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 10, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(db: Database, clock: FakeClock) -> Services:
    services = Services(db)
    services.tasks = TaskService(db, clock=clock, zone=PARIS)
    return services


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QMainWindow]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def settle(qtbot: QtBot, controller: ReminderController) -> None:
    """Wait for the check a change or an opened database started on the worker."""
    qtbot.waitUntil(lambda: not controller.checking, timeout=10000)


def check(qtbot: QtBot, controller: ReminderController) -> DueBatch:
    """One check on the worker, as the timer runs it; returns what it showed."""
    settle(qtbot, controller)
    with qtbot.waitSignal(controller.sig_checked, timeout=10000) as blocker:
        controller.check_now()
    batch = blocker.args[0]
    assert isinstance(batch, DueBatch)
    return batch


def make(
    hub: SignalHub, window: QMainWindow, services: Services, qtbot: QtBot
) -> ReminderController:
    controller = ReminderController(hub, window)
    with qtbot.waitSignal(controller.sig_checked, timeout=10000):
        hub.sig_database_opened.emit(services)
    settle(qtbot, controller)
    return controller


def test_due_reminder_shows_popup_and_badge_once(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock, qtbot: QtBot
) -> None:
    task = services.tasks.create(TaskInput("Call Ada", due_at=clock.now + timedelta(minutes=5)))
    hub = SignalHub()
    controller = make(hub, host, services, qtbot)
    assert controller.tray is None
    assert not controller.popup.isVisible()
    assert controller.timer.isActive()
    assert controller.timer.remainingTime() <= 5 * 60_000
    assert controller.timer.interval() == RECHECK_MS  # capped: checks again within a minute
    clock.now += timedelta(minutes=5)
    check(qtbot, controller)
    assert controller.popup.isVisible()
    assert controller.popup.list.task_ids() == [task.record.id]
    assert controller.badge.count == 1
    assert not check(qtbot, controller)  # never twice
    assert controller.badge.count == 1


def test_done_from_popup_completes_the_task(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock, qtbot: QtBot
) -> None:
    task = services.tasks.create(TaskInput("Done me", due_at=clock.now)).record
    hub = SignalHub()
    seen = []
    hub.sig_changed.connect(seen.append)
    controller = make(hub, host, services, qtbot)
    assert controller.popup.list.task_ids() == [task.id]
    controller.popup.list.rows[0].done_button.click()
    settle(qtbot, controller)
    assert services.tasks.get(task.id).done_at == clock.now
    assert seen and seen[0].touches(EntityKind.TASK)
    assert controller.badge.count == 0
    assert not controller.popup.isVisible()


def test_snooze_from_popup_brings_it_back_later(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock, qtbot: QtBot
) -> None:
    task = services.tasks.create(TaskInput("Snooze me", due_at=clock.now)).record
    controller = make(SignalHub(), host, services, qtbot)
    menu = controller.popup.list.rows[0].snooze_button.menu()
    assert [a.data() for a in menu.actions() if not a.isSeparator()] == [
        "5m",
        "10m",
        "15m",
        "1h",
        "tomorrow",
        "custom",
    ]
    assert menu.actions()[4].text().startswith("Tomorrow at ")
    menu.actions()[1].trigger()
    settle(qtbot, controller)
    assert services.tasks.get(task.id).snoozed_until == clock.now + timedelta(minutes=10)
    assert controller.badge.count == 0
    clock.now += timedelta(minutes=9)
    assert not check(qtbot, controller)
    clock.now += timedelta(minutes=1)
    assert [t.id for t in check(qtbot, controller).tasks] == [task.id]
    controller.popup.list.rows[0].snooze_button.menu().actions()[4].trigger()
    settle(qtbot, controller)
    # Tomorrow 09:00 in Paris (CET) = 08:00 UTC.
    assert services.tasks.get(task.id).snoozed_until == datetime(2026, 3, 11, 8, tzinfo=UTC)


def test_custom_snooze_asks_for_a_date_and_time(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock, qtbot: QtBot
) -> None:
    task = services.tasks.create(TaskInput("Later please", due_at=clock.now)).record
    controller = make(SignalHub(), host, services, qtbot)
    custom = controller.popup.list.rows[0].snooze_button.menu().actions()[-1]
    assert custom.text() == "Custom…"
    custom.trigger()
    dialog = controller.snooze_dialog
    assert isinstance(dialog, SnoozeDialog) and dialog.isVisible()
    # The picker starts an hour ahead and refuses the past (a minute ahead at the earliest).
    assert dialog.value() == clock.now + timedelta(hours=1)
    dialog.edit.setDateTime(to_qdatetime(clock.now - timedelta(days=1)))
    assert dialog.value() == clock.now + timedelta(minutes=1)
    dialog.edit.setDateTime(to_qdatetime(datetime(2026, 3, 12, 15, 30, tzinfo=UTC)))
    dialog.accept()
    settle(qtbot, controller)
    saved = services.tasks.get(task.id)
    assert saved.snoozed_until == datetime(2026, 3, 12, 15, 30, tzinfo=UTC)
    assert saved.reminded_at is None  # pending again, at the chosen time
    assert controller.badge.count == 0
    clock.now = datetime(2026, 3, 12, 15, 30, tzinfo=UTC)
    assert [t.id for t in check(qtbot, controller).tasks] == [task.id]


def test_many_due_reminders_are_grouped_and_kept_after_restart(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock, qtbot: QtBot
) -> None:
    for minutes in range(7):
        services.tasks.create(TaskInput(f"T{minutes}", due_at=clock.now - timedelta(hours=minutes)))
    controller = make(SignalHub(), host, services, qtbot)
    assert controller.popup.heading.text() == "7 reminders"
    assert len(controller.popup.list.rows) == 5
    assert controller.popup.list.more_label.text() == "+2 more in the notification centre"
    assert controller.badge.count == 7
    # A new window (restart): nothing pops up again, the centre still lists them.
    again = make(SignalHub(), host, services, qtbot)
    assert not again.popup.isVisible()
    assert again.badge.count == 7


def test_open_record_from_popup(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock, qtbot: QtBot
) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    services.tasks.create(TaskInput("Linked", due_at=clock.now, contact_id=contact.id))
    hub = SignalHub()
    opened: list[tuple[str, str]] = []
    hub.sig_open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    controller = make(hub, host, services, qtbot)
    controller.popup.list.rows[0].open_button.click()
    assert opened == [("contact", contact.id)]


def test_tray_message_when_a_tray_is_available(
    monkeypatch: pytest.MonkeyPatch,
    host: QMainWindow,
    services: Services,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *a: messages.append((title, text))
    )
    contact = services.contacts.create({"first_name": "Ada"}).record
    services.tasks.create(TaskInput("Tray me", due_at=clock.now, contact_id=contact.id))
    hub = SignalHub()
    opened: list[tuple[str, str]] = []
    hub.sig_open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    controller = make(hub, host, services, qtbot)
    assert controller.tray is not None
    assert messages == [("Reminder", "Tray me")]
    assert controller.popup.isVisible()  # the in-app popup always shows too
    controller.tray.messageClicked.emit()
    assert opened == [("contact", contact.id)]


def test_controller_in_the_main_window(
    no_tray: None, open_window: MainWindow, qtbot: QtBot
) -> None:
    """The main window makes the controller with the first database."""
    controller = open_window.reminders
    assert isinstance(controller, ReminderController)
    assert controller.scheduler is not None
    assert open_window.statusBar().findChild(NotificationBadge, "notification_badge")
    services = open_window.hub.services
    assert services is not None
    services.tasks.create(TaskInput("Now", due_at=datetime.now(UTC) - timedelta(minutes=1)))
    assert [t.title for t in check(qtbot, controller).tasks] == ["Now"]
    assert controller.popup.isVisible()
    assert controller.badge.count == 1


def test_done_elsewhere_leaves_the_popup(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock, qtbot: QtBot
) -> None:
    first = services.tasks.create(TaskInput("First", due_at=clock.now)).record
    second = services.tasks.create(TaskInput("Second", due_at=clock.now)).record
    hub = SignalHub()
    controller = make(hub, host, services, qtbot)
    assert controller.popup.list.task_ids() == [first.id, second.id]
    hub.sig_changed.emit(services.tasks.complete(first.id).changes)  # e.g. on the Tasks page
    settle(qtbot, controller)
    assert controller.popup.list.task_ids() == [second.id]
    assert controller.badge.count == 1


def test_the_window_stays_responsive_while_another_connection_writes(
    no_tray: None,
    host: QMainWindow,
    services: Services,
    clock: FakeClock,
    qtbot: QtBot,
    db_path: Path,
) -> None:
    """A due reminder while an import holds the write lock: the check waits on its worker."""
    task = services.tasks.create(TaskInput("Locked out", due_at=clock.now)).record
    clock.now -= timedelta(minutes=1)  # not due yet when the controller starts
    controller = make(SignalHub(), host, services, qtbot)
    clock.now += timedelta(minutes=1)
    writer = sqlite3.connect(db_path, timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # what an import's bulk insert holds
    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(20)
    released: list[float] = []

    def release() -> None:
        writer.rollback()
        released.append(time.monotonic())

    QTimer.singleShot(1000, release)
    started = time.monotonic()
    with qtbot.waitSignal(controller.sig_shown, timeout=10000) as shown:
        controller.check_now()
        assert controller.checking  # returned at once: the claim waits on the worker
    ticker.stop()
    writer.close()
    assert [t.id for t in shown.args[0].tasks] == [task.id]
    assert released  # the reminder came only after the lock was released
    # The GUI thread kept running its timers while the worker waited for the lock.
    assert len([t for t in ticks if started < t < released[0]]) >= 20
    settle(qtbot, controller)
    # "Done" while the lock is held again: the row goes at once, the write waits on its worker.
    writer = sqlite3.connect(db_path, timeout=0)
    writer.execute("BEGIN IMMEDIATE")
    QTimer.singleShot(500, writer.rollback)
    controller.popup.list.rows[0].done_button.click()
    assert not controller.popup.isVisible() and controller.badge.count == 0
    assert services.tasks.get(task.id).done_at is None  # not yet: the worker waits
    settle(qtbot, controller)
    writer.close()
    assert services.tasks.get(task.id).done_at == clock.now


def test_reopening_while_a_check_runs_never_sticks_or_doubles(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock, qtbot: QtBot
) -> None:
    task = services.tasks.create(TaskInput("Once", due_at=clock.now)).record
    hub = SignalHub()
    controller = ReminderController(hub, host)
    shown: list[DueBatch] = []
    controller.sig_shown.connect(shown.append)
    hub.sig_database_opened.emit(services)  # a check starts on a worker...
    assert controller.checking
    with qtbot.waitSignal(controller.sig_checked, timeout=10000):
        hub.sig_database_opened.emit(services)  # ...and the database is opened again
    qtbot.waitUntil(lambda: not running_workers(), timeout=10000)  # both checks reported
    settle(qtbot, controller)
    assert [t.id for batch in shown for t in batch.tasks] == [task.id]  # shown once
    assert not check(qtbot, controller)  # and the controller still checks
