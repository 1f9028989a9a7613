"""Reminder notifications: popup, centre and badge, done/snooze/open, tray path, the timer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import EntityKind
from crm_desktop.notifications.controller import ReminderController
from crm_desktop.notifications.scheduler import RECHECK_MS
from crm_desktop.notifications.widgets import NotificationBadge
from crm_desktop.services.container import Services
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.storage.database import Database
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.main_window import MainWindow

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


def make(hub: SignalHub, window: QMainWindow, services: Services) -> ReminderController:
    controller = ReminderController(hub, window)
    hub.sig_database_opened.emit(services)
    return controller


def test_due_reminder_shows_popup_and_badge_once(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock
) -> None:
    task = services.tasks.create(TaskInput("Call Ada", due_at=clock.now + timedelta(minutes=5)))
    hub = SignalHub()
    controller = make(hub, host, services)
    assert controller.tray is None
    assert not controller.popup.isVisible()
    assert controller.timer.isActive()
    assert controller.timer.remainingTime() <= 5 * 60_000
    assert controller.timer.interval() == RECHECK_MS  # capped: checks again within a minute
    clock.now += timedelta(minutes=5)
    controller.check_now()
    assert controller.popup.isVisible()
    assert controller.popup.list.task_ids() == [task.record.id]
    assert controller.badge.count == 1
    assert not controller.check_now()  # never twice
    assert controller.badge.count == 1


def test_done_from_popup_completes_the_task(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock
) -> None:
    task = services.tasks.create(TaskInput("Done me", due_at=clock.now)).record
    hub = SignalHub()
    seen = []
    hub.sig_changed.connect(seen.append)
    controller = make(hub, host, services)
    assert controller.popup.list.task_ids() == [task.id]
    controller.popup.list.rows[0].done_button.click()
    assert services.tasks.get(task.id).done_at == clock.now
    assert seen and seen[0].touches(EntityKind.TASK)
    assert controller.badge.count == 0
    assert not controller.popup.isVisible()


def test_snooze_from_popup_brings_it_back_later(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock
) -> None:
    task = services.tasks.create(TaskInput("Snooze me", due_at=clock.now)).record
    controller = make(SignalHub(), host, services)
    menu = controller.popup.list.rows[0].snooze_button.menu()
    assert [a.data() for a in menu.actions()] == ["10m", "1h", "tomorrow"]
    menu.actions()[0].trigger()
    assert services.tasks.get(task.id).snoozed_until == clock.now + timedelta(minutes=10)
    assert controller.badge.count == 0
    clock.now += timedelta(minutes=9)
    assert not controller.check_now()
    clock.now += timedelta(minutes=1)
    assert [t.id for t in controller.check_now().tasks] == [task.id]
    controller.popup.list.rows[0].snooze_button.menu().actions()[2].trigger()
    # Tomorrow 09:00 in Paris (CET) = 08:00 UTC.
    assert services.tasks.get(task.id).snoozed_until == datetime(2026, 3, 11, 8, tzinfo=UTC)


def test_many_due_reminders_are_grouped_and_kept_after_restart(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock
) -> None:
    for minutes in range(7):
        services.tasks.create(TaskInput(f"T{minutes}", due_at=clock.now - timedelta(hours=minutes)))
    controller = make(SignalHub(), host, services)
    assert controller.popup.heading.text() == "7 reminders"
    assert len(controller.popup.list.rows) == 5
    assert controller.popup.list.more_label.text() == "+2 more in the notification centre"
    assert controller.badge.count == 7
    # A new window (restart): nothing pops up again, the centre still lists them.
    again = make(SignalHub(), host, services)
    assert not again.popup.isVisible()
    assert again.badge.count == 7


def test_open_record_from_popup(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock
) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    services.tasks.create(TaskInput("Linked", due_at=clock.now, contact_id=contact.id))
    hub = SignalHub()
    opened: list[tuple[str, str]] = []
    hub.sig_open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    controller = make(hub, host, services)
    controller.popup.list.rows[0].open_button.click()
    assert opened == [("contact", contact.id)]


def test_tray_message_when_a_tray_is_available(
    monkeypatch: pytest.MonkeyPatch, host: QMainWindow, services: Services, clock: FakeClock
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
    controller = make(hub, host, services)
    assert controller.tray is not None
    assert messages == [("Reminder", "Tray me")]
    assert controller.popup.isVisible()  # the in-app popup always shows too
    controller.tray.messageClicked.emit()
    assert opened == [("contact", contact.id)]


def test_controller_in_the_main_window(no_tray: None, open_window: MainWindow) -> None:
    """What the lead adds to MainWindow: ``ReminderController(self.hub, self)``."""
    controller = ReminderController(open_window.hub, open_window)
    assert controller.scheduler is not None  # the database already open is picked up
    assert open_window.statusBar().findChild(NotificationBadge, "notification_badge")
    services = open_window.hub.services
    assert services is not None
    services.tasks.create(TaskInput("Now", due_at=datetime.now(UTC) - timedelta(minutes=1)))
    assert [t.title for t in controller.check_now().tasks] == ["Now"]
    assert controller.popup.isVisible()
    assert controller.badge.count == 1


def test_done_elsewhere_leaves_the_popup(
    no_tray: None, host: QMainWindow, services: Services, clock: FakeClock
) -> None:
    first = services.tasks.create(TaskInput("First", due_at=clock.now)).record
    second = services.tasks.create(TaskInput("Second", due_at=clock.now)).record
    hub = SignalHub()
    controller = make(hub, host, services)
    assert controller.popup.list.task_ids() == [first.id, second.id]
    hub.sig_changed.emit(services.tasks.complete(first.id).changes)  # e.g. on the Tasks page
    assert controller.popup.list.task_ids() == [second.id]
    assert controller.badge.count == 1
