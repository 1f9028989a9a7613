"""The tray (mocked availability): today's tasks, open, close to tray, quit; and without a tray."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from crm_desktop.domain.reminders import ReminderOffset, local_day_bounds
from crm_desktop.notifications.controller import ReminderController
from crm_desktop.notifications.settings_section import NotificationsSection
from crm_desktop.notifications.tray import CLOSE_TO_TRAY_KEY, Tray
from crm_desktop.services.container import Services
from crm_desktop.services.tasks import TaskInput
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.tasks.dialog import TaskDialog
from tests.gui.conftest import Dialogs

Messages = list[tuple[str, str]]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[Messages]:
    """A tray is available; its icon is not really shown; its messages are recorded."""
    shown: Messages = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *a: shown.append((title, text))
    )
    yield shown
    QGuiApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def tray_window(
    messages: Messages, window: MainWindow, qtbot: QtBot, db_path: Path, dialogs: Dialogs
) -> MainWindow:
    with qtbot.waitSignal(window.hub.sig_summary_updated, timeout=10000):
        window.open_database(db_path)
    controller = window.reminders
    assert isinstance(controller, ReminderController)
    qtbot.waitUntil(lambda: not controller.checking)
    return window


def parts(window: MainWindow) -> tuple[ReminderController, Tray, Services]:
    controller = window.reminders
    assert isinstance(controller, ReminderController)
    assert controller.tray_menu is not None
    services = window.hub.services
    assert services is not None
    return controller, controller.tray_menu, services


def test_tray_menu_lists_todays_tasks_and_opens_one(tray_window: MainWindow, qtbot: QtBot) -> None:
    controller, tray, services = parts(tray_window)
    tasks = services.tasks
    start, end = local_day_bounds(tasks.clock(), tasks.zone)
    late = start - timedelta(days=1)
    tasks.create(TaskInput("Late & lost", due_at=late, reminder=ReminderOffset.NONE))
    today = tasks.create(TaskInput("Call Ada", due_at=start + timedelta(minutes=1))).record
    changes = tasks.create(TaskInput("Tomorrow's", due_at=end + timedelta(hours=1))).changes
    tray_window.hub.sig_changed.emit(changes)
    qtbot.waitUntil(lambda: len(tray.today) == 2)
    assert [a.text() for a in tray.task_actions()] == ["Overdue: Late && lost", "Call Ada"]
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts[0] == "Today's tasks"
    assert texts[-4:] == [
        "Open crm-desktop",
        "Notifications",
        "Keep running in the tray when the window is closed",
        "Quit",
    ]
    tray_window.hide()
    tray.task_actions()[1].trigger()
    assert tray_window.isVisible()  # the window comes back with the task's dialog
    dialog = QApplication.activeModalWidget() or tray_window.findChild(TaskDialog)
    assert isinstance(dialog, TaskDialog)
    assert dialog.title_edit.text() == "Call Ada"
    dialog.title_edit.setText("Call Ada back")
    dialog.accept()
    assert tasks.get(today.id).title == "Call Ada back"
    qtbot.waitUntil(lambda: not controller.checking)


def test_close_hides_to_tray_and_quit_really_quits(
    tray_window: MainWindow, messages: Messages, qtbot: QtBot
) -> None:
    controller, tray, services = parts(tray_window)
    quits: list[bool] = []
    tray.app_quit = lambda: quits.append(True)
    assert tray.keep_action.isChecked()  # on by default where there is a tray
    assert tray_window.close() is False or not tray_window.isVisible()
    assert not tray_window.isVisible()
    assert tray_window.database.services is services  # still running, database open
    assert "keeps running in the tray" in messages[-1][1]
    assert not QGuiApplication.quitOnLastWindowClosed()  # a closed editor must not end it
    # Reminders keep firing while hidden.
    services.tasks.create(TaskInput("While hidden", due_at=services.tasks.clock()))
    with qtbot.waitSignal(controller.sig_shown, timeout=10000):
        controller.check_now()
    assert messages[-1] == ("Reminder", "While hidden")
    qtbot.waitUntil(lambda: not controller.checking)
    # "Open crm-desktop" brings it back.
    [open_action] = [a for a in tray.menu.actions() if a.text() == "Open crm-desktop"]
    open_action.trigger()
    assert tray_window.isVisible()
    assert QGuiApplication.quitOnLastWindowClosed()
    # File ▸ Quit quits for real: the database is closed and the app asked to end.
    tray_window.main_actions.quit.trigger()
    assert quits == [True]
    assert tray_window.database.services is None
    assert not tray_window.isVisible()


def test_closing_quits_when_the_setting_is_off(
    tray_window: MainWindow, settings: QSettings
) -> None:
    _controller, tray, _services = parts(tray_window)
    tray.keep_action.setChecked(False)
    assert settings.value(CLOSE_TO_TRAY_KEY) in (False, "false")
    assert tray_window.close()
    assert tray_window.database.services is None


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


def test_without_a_tray_closing_quits(no_tray: None, open_window: MainWindow) -> None:
    controller = open_window.reminders
    assert isinstance(controller, ReminderController)
    assert controller.tray is None and controller.tray_menu is None
    assert open_window.close()
    assert open_window.database.services is None


def test_settings_section_follows_tray_availability(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, settings: QSettings
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    section = NotificationsSection(settings)
    qtbot.addWidget(section)
    assert not section.close_to_tray.isEnabled()
    assert "no system tray" in section.note.text()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    section.refresh()
    assert section.close_to_tray.isEnabled() and section.close_to_tray.isChecked()
    section.close_to_tray.setChecked(False)
    assert settings.value(CLOSE_TO_TRAY_KEY) in (False, "false")
