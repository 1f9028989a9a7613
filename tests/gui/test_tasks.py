"""The Tasks page driven like a user: agenda, Space to complete, reschedule, dialog, .ics."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import EntityKind, Priority, Repeat, TaskType
from crm_desktop.domain.reminders import ReminderOffset
from crm_desktop.services.container import Services
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.storage.database import Database
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.tasks.agenda_tree import AgendaTree, TaskCalendar, dropped_task, task_mime
from crm_desktop.ui.tasks.dialog import TaskDialog
from crm_desktop.ui.tasks.editing import make_task_dialog
from crm_desktop.ui.tasks.link_picker import RecordLink
from crm_desktop.ui.tasks.page import TasksPage
from crm_desktop.ui.undo.manager import UndoManager
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
        "Tomorrow": [],
        "Later this week": ["Later"],  # Tuesday 10 March: the week ends on Sunday 15th
        "Next week": [],
        "Later": [],
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
    assert section_titles(page)["Next week"] == ["Email"]
    assert section_titles(page)["Overdue"] == []
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.owner_combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        page.type_combo.setCurrentIndex(page.type_combo.findData(TaskType.CALL))
    assert section_titles(page)["Overdue"] == ["Call"]
    assert section_titles(page)["Next week"] == []


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


def head_item(page: TasksPage, name: str) -> QTreeWidgetItem:
    for index in range(page.tree.topLevelItemCount()):
        head = page.tree.topLevelItem(index)
        assert head is not None
        if head.text(0).split(" (")[0] == name:
            return head
    raise AssertionError(name)


def drop_on(target: AgendaTree | TaskCalendar, pos: QPoint, task_id: str) -> QDropEvent:
    """The drop at the end of a drag, handed to the widget's handler (no real drag offscreen)."""
    mime = task_mime(task_id)
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    if isinstance(target, AgendaTree):
        target.dropEvent(event)
    else:
        assert target.view is not None
        target.eventFilter(target.view.viewport(), event)
    return event


def test_drag_a_task_onto_a_day_group_reschedules_and_undoes(
    page: TasksPage, services: Services, qtbot: QtBot
) -> None:
    undo = UndoManager(page.hub)
    page.set_undo_manager(undo)
    # 14:30 in Paris on Monday 9 March, reminded 10 minutes before, and already shown.
    task = services.tasks.create(
        TaskInput(
            "Call Ada", due_at=utc(9, 13).replace(minute=30), reminder=ReminderOffset.MINUTES_10
        )
    ).record
    [shown] = services.tasks.claim_due_reminders(NOW)
    reload(page, qtbot)
    tree = page.tree
    mime = tree.mimeData([head_item(page, "Overdue").child(0)])  # type: ignore[list-item]
    assert dropped_task(mime) == task.id
    target = tree.visualItemRect(head_item(page, "Tomorrow")).center()
    assert tree.day_at(target) == date(2026, 3, 11)
    assert tree.day_at(tree.visualItemRect(head_item(page, "Overdue")).center()) is None
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        event = drop_on(tree, target, task.id)
    assert event.isAccepted()
    moved = services.tasks.get(task.id)
    assert moved.due_at == utc(11, 13).replace(minute=30)  # same local time, Wednesday
    assert moved.remind_at == utc(11, 13).replace(minute=20)
    assert moved.reminded_at is None  # it will remind again, before the new time
    assert section_titles(page)["Tomorrow"] == ["Call Ada"]
    assert undo.undo_action.text() == "&Undo Reschedule “Call Ada”"
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        undo.undo()
    back = services.tasks.get(task.id)
    assert (back.due_at, back.remind_at, back.reminded_at) == (
        shown.due_at,
        shown.remind_at,
        shown.reminded_at,  # shown already: undo does not remind twice
    )
    assert section_titles(page)["Overdue"] == ["Call Ada"]
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        undo.redo()
    assert services.tasks.get(task.id).due_at == utc(11, 13).replace(minute=30)


def test_drop_on_a_task_uses_its_day_and_on_a_calendar_day(
    page: TasksPage, services: Services, qtbot: QtBot
) -> None:
    moving = services.tasks.create(TaskInput("Moving", due_at=utc(10, 15))).record
    services.tasks.create(TaskInput("Anchor", due_at=utc(18, 8)))  # Wednesday next week
    undated = services.tasks.create(TaskInput("Someday")).record
    reload(page, qtbot)
    anchor = head_item(page, "Next week").child(0)
    assert anchor is not None and anchor.text(0) == "Anchor"
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        drop_on(page.tree, page.tree.visualItemRect(anchor).center(), moving.id)
    assert services.tasks.get(moving.id).due_at == utc(18, 15)  # its own 16:00 Paris kept
    calendar = page.calendar
    assert calendar.monthShown() == 3 and calendar.yearShown() == 2026
    cell = calendar_cell(calendar, 20)
    assert calendar.date_at(cell) == date(2026, 3, 20)
    with qtbot.waitSignal(page.sig_agenda_loaded, timeout=10000):
        drop_on(calendar, cell, undated.id)
    # No due time yet: 09:00 in Paris (08:00 UTC) that day.
    assert services.tasks.get(undated.id).due_at == utc(20, 8)
    bold = calendar.dateTextFormat(QDate(2026, 3, 20)).fontWeight()
    assert bold == QFont.Weight.Bold


def calendar_cell(calendar: TaskCalendar, day: int) -> QPoint:
    view = calendar.view
    assert view is not None
    model = view.model()
    for row in range(2, model.rowCount() - 1):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if str(index.data()) == str(day):
                return view.visualRect(index).center()
    raise AssertionError(day)


def test_dialog_edits_the_record_link(page: TasksPage, services: Services, qtbot: QtBot) -> None:
    ada = services.contacts.create({"first_name": "Ada", "last_name": "Lovelace"}).record
    acme = services.companies.create({"name": "Acme Tools"}).record
    task = services.tasks.create(TaskInput("Call", contact_id=ada.id, due_at=utc(10, 15))).record
    dialog = make_task_dialog(page, services, task.id)
    qtbot.addWidget(dialog)
    picker = dialog.link_picker
    assert picker is not None
    assert picker.link() == RecordLink(EntityKind.CONTACT, ada.id)
    assert picker.line.text() == "Ada Lovelace"
    picker.kind_combo.setCurrentIndex(picker.kind_combo.findData(EntityKind.COMPANY))
    assert picker.link() is None and picker.line.text() == ""
    picker.line.setText("Acme")
    dialog._on_accept()
    assert dialog.result() == 0  # typed but not picked
    assert dialog.error_label.text().startswith("Pick the linked record")
    assert picker.line.choose_text("Acme")
    dialog._on_accept()
    assert dialog.result() == 1
    saved = services.tasks.update(task.id, dialog.value()).record
    assert (saved.contact_id, saved.company_id, saved.deal_id) == (None, acme.id, None)
    again = make_task_dialog(page, services, task.id)
    qtbot.addWidget(again)
    assert again.link_picker is not None
    again.link_picker.clear_button.click()
    assert again.link_picker.kind() is None
    cleared = services.tasks.update(task.id, again.value()).record
    assert (cleared.contact_id, cleared.company_id, cleared.deal_id) == (None, None, None)
