"""The Tasks page driven like a user: agenda, Space to complete, reschedule, dialog, .ics."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import EntityKind, Priority, Repeat, TaskType
from crm_desktop.domain.reminders import ReminderOffset
from crm_desktop.services.container import Services
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.storage.database import Database
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.tasks.dialog import TaskDialog
from crm_desktop.ui.tasks.page import TasksPage
from tests.gui.conftest import Dialogs

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 10, 10, tzinfo=UTC)


def utc(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def services(db: Database) -> Services:
    services = Services(db)
    services.tasks = TaskService(db, clock=lambda: NOW, zone=PARIS)
    return services


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[TasksPage]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    hub = SignalHub()
    page = TasksPage(hub)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.set_services(services)
    yield page
    page.close()


def reload(page: TasksPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.refresh()


def section_titles(page: TasksPage) -> dict[str, list[str]]:
    tree = page.tree
    result = {}
    for index in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(index)
        assert head is not None
        name = head.text(0).split(" (")[0]
        result[name] = [head.child(row).text(0) for row in range(head.childCount())]  # type: ignore[union-attr]
    return result


def test_agenda_sections_and_space_completes(
    page: TasksPage, services: Services, qtbot: QtBot
) -> None:
    services.tasks.create(TaskInput("Late", due_at=utc(9, 9)))
    services.tasks.create(TaskInput("Now", due_at=utc(10, 15)))
    services.tasks.create(TaskInput("Later", due_at=utc(12, 9)))
    reload(page, qtbot)
    assert section_titles(page) == {
        "Overdue": ["Late"],
        "Today": ["Now"],
        "Upcoming": ["Later"],
        "Done": [],
    }
    assert page.select_task(services.tasks.list()[0].id)
    page.tree.setFocus()
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        QTest.keyClick(page.tree, Qt.Key.Key_Space)
    assert section_titles(page)["Done"] == ["Late"]
    assert section_titles(page)["Overdue"] == []


def test_completing_a_call_offers_to_log_it(
    page: TasksPage, services: Services, qtbot: QtBot, dialogs: Dialogs
) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    task = services.tasks.create(
        TaskInput("Call Ada", type=TaskType.CALL, contact_id=contact.id, due_at=utc(10, 15))
    ).record
    reload(page, qtbot)
    seen = []
    page.hub.sig_changed.connect(seen.append)
    dialogs.answer = dialogs.answer.Yes
    page.select_task(task.id)
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.done_button.click()
    assert len(dialogs.texts("question")) == 1
    assert seen and seen[0].touches(EntityKind.ACTIVITY, EntityKind.TASK)
    assert services.tasks.get(task.id).done_at == NOW


def test_quick_reschedule_and_owner_type_filters(
    page: TasksPage, services: Services, qtbot: QtBot
) -> None:
    ann = services.users.create({"name": "Ann"}).record
    task = services.tasks.create(
        TaskInput("Email", type=TaskType.EMAIL, owner_id=ann.id, due_at=utc(9, 8))
    ).record
    services.tasks.create(TaskInput("Call", type=TaskType.CALL, due_at=utc(9, 8)))
    reload(page, qtbot)
    page.select_task(task.id)
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.tomorrow_button.click()
    # 09:00 Paris kept, tomorrow from today (10 March) = 11 March 08:00 UTC.
    assert services.tasks.get(task.id).due_at == utc(11, 8)
    page.select_task(task.id)
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.week_button.click()
    assert services.tasks.get(task.id).due_at == utc(17, 8)
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.owner_combo.setCurrentIndex(page.owner_combo.findData(ann.id))
    assert section_titles(page)["Upcoming"] == ["Email"]
    assert section_titles(page)["Overdue"] == []
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.owner_combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.type_combo.setCurrentIndex(page.type_combo.findData(TaskType.CALL))
    assert section_titles(page)["Overdue"] == ["Call"]
    assert section_titles(page)["Upcoming"] == []


def test_new_task_dialog_creates_a_task(page: TasksPage, services: Services, qtbot: QtBot) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TaskDialog)
        dialog.title_edit.setText("Prepare demo")
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(TaskType.MEETING))
        dialog.reminder_combo.setCurrentIndex(dialog.reminder_combo.findData(ReminderOffset.HOUR_1))
        dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData(Priority.HIGH))
        dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData(Repeat.WEEKLY))
        dialog.notes_edit.setPlainText("slides")
        dialog.accept()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.new_task()
    [task] = services.tasks.list()
    assert (task.title, task.type, task.priority, task.repeat) == (
        "Prepare demo",
        TaskType.MEETING,
        Priority.HIGH,
        Repeat.WEEKLY,
    )
    assert task.due_at == utc(10, 11)  # the next full hour after NOW
    assert task.remind_at == utc(10, 10)
    assert task.notes == "slides"


def test_dialog_refuses_empty_title(qtbot: QtBot) -> None:
    dialog = TaskDialog([], NOW, PARIS)
    qtbot.addWidget(dialog)
    dialog._on_accept()
    assert dialog.result() == 0
    assert dialog.error_label.text() == "A task needs a title."


def test_export_ics_of_shown_tasks(
    page: TasksPage, services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    services.tasks.create(TaskInput("One", due_at=utc(11, 9)))
    services.tasks.create(TaskInput("Two", due_at=utc(12, 9)))
    reload(page, qtbot)
    target = tmp_path / "tasks.ics"
    page.export_to(target)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert sorted(str(e["summary"]) for e in cal.walk("VEVENT")) == ["One", "Two"]
    assert "2 tasks exported" in page.status.text()
