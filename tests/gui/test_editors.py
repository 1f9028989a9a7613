"""Record editors driven like a user: open, edit, save, undo, guard, timeline, merge."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import ActivityType, CustomFieldType, EntityKind, LifecycleStage
from crm_desktop.services.activities import ActivityLinks
from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import CustomField
from crm_desktop.storage.unit_of_work import UnitOfWork
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.records.editor import RecordEditor
from crm_desktop.ui.records.opener import RecordOpener
from crm_desktop.ui.undo.commands import BulkEditCommand, TrashRecordsCommand
from crm_desktop.ui.undo.manager import UndoManager
from tests.gui.conftest import OFFSCREEN_LIMIT, Dialogs
from tests.unit.record_helpers import make_services

Ok = QDialogButtonBox.StandardButton.Ok

# The offscreen test platform cannot raise a window or grab the keyboard for a completer popup.
offscreen = pytest.mark.qt_log_ignore(
    OFFSCREEN_LIMIT, "does not support raise", "does not support grabbing the keyboard"
)


@pytest.fixture
def services(db: Database) -> Services:
    return make_services(db)


@pytest.fixture
def hub() -> SignalHub:
    return SignalHub()


@pytest.fixture
def undo(hub: SignalHub) -> UndoManager:
    return UndoManager(hub)


@pytest.fixture
def opener(qtbot: QtBot, hub: SignalHub, undo: UndoManager, services: Services) -> RecordOpener:
    window = QWidget()
    qtbot.addWidget(window)
    opener = RecordOpener(hub, window, undo=undo)
    hub.sig_database_opened.emit(services)
    return opener


def open_editor(qtbot: QtBot, hub: SignalHub, opener: RecordOpener, kind: str, rid: str):
    hub.sig_open_record.emit(kind, rid)
    [editor] = [e for e in opener.editors if e.record_id == rid]
    qtbot.waitExposed(editor)
    return editor


def type_into(qtbot: QtBot, editor: RecordEditor, key: str, text: str) -> None:
    field = editor.form.inputs[key]
    field.selectAll()
    qtbot.keyClicks(field, text)


@offscreen
def test_open_edit_save_writes_the_database(qtbot, hub, opener, services) -> None:
    contact = services.contacts.create({"first_name": "Ada", "email": "ada@example.com"}).record
    editor = open_editor(qtbot, hub, opener, "contact", contact.id)
    assert editor.form.inputs["email"].text() == "ada@example.com"
    assert editor.header.text() == "Ada"

    type_into(qtbot, editor, "title", "CTO")
    type_into(qtbot, editor, "phone", "+86 138 0013 8000")
    assert editor.isWindowModified()
    with qtbot.waitSignal(hub.sig_changed):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)

    saved = services.contacts.get(contact.id)
    assert (saved.title, saved.phone) == ("CTO", "+8613800138000")
    assert not editor.isWindowModified()
    assert "Job title: — → CTO" in editor.timeline.entries_text()
    # opening the same record again raises the editor already open
    hub.sig_open_record.emit("contact", contact.id)
    assert len(opener.editors) == 1


@offscreen
def test_invalid_email_shows_error_and_saves_nothing(qtbot, hub, opener, services) -> None:
    contact = services.contacts.create({"first_name": "Ada", "title": "CEO"}).record
    editor = open_editor(qtbot, hub, opener, "contact", contact.id)
    type_into(qtbot, editor, "email", "not-an-email")
    type_into(qtbot, editor, "title", "CTO")

    assert editor.save() is False

    assert "@" in editor.form.error_text("email")  # email-validator's reason
    assert editor.form.error_text("title") == ""
    saved = services.contacts.get(contact.id)
    assert (saved.email, saved.title) == (None, "CEO")
    type_into(qtbot, editor, "email", "ada@example.com")
    assert editor.save() is True
    assert editor.form.error_text("email") == ""
    assert services.contacts.get(contact.id).email == "ada@example.com"


@offscreen
def test_unsaved_changes_guard(qtbot, hub, opener, services, dialogs: Dialogs) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    editor = open_editor(qtbot, hub, opener, "contact", contact.id)
    type_into(qtbot, editor, "city", "Shanghai")

    dialogs.answer = QMessageBox.StandardButton.Cancel
    editor.close()
    assert editor.isVisible() and dialogs.texts("question")

    dialogs.answer = QMessageBox.StandardButton.Save
    with qtbot.waitSignal(editor.finished):
        editor.close()
    assert services.contacts.get(contact.id).city == "Shanghai"

    editor = open_editor(qtbot, hub, opener, "contact", contact.id)
    type_into(qtbot, editor, "city", "Beijing")
    dialogs.answer = QMessageBox.StandardButton.Discard
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor, Qt.Key_Escape)
    assert services.contacts.get(contact.id).city == "Shanghai"
    assert opener.editors == []


@offscreen
def test_undo_and_redo_an_edit(qtbot, hub, opener, undo, services) -> None:
    deal = services.deals.create({"name": "Big", "amount": "100"}).record
    editor = open_editor(qtbot, hub, opener, "deal", deal.id)
    type_into(qtbot, editor, "amount", "250.5")
    assert editor.save()
    assert services.deals.get(deal.id).amount == Decimal("250.50")

    undo.undo_action.trigger()
    assert services.deals.get(deal.id).amount == Decimal("100.00")
    assert editor.form.inputs["amount"].text() == "100.00"  # the open editor follows

    undo.redo_action.trigger()
    assert services.deals.get(deal.id).amount == Decimal("250.50")
    assert undo.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"


@offscreen
def test_negative_amount_and_missing_name_are_shown(qtbot, hub, opener, services) -> None:
    hub.sig_new_record.emit("deal")
    [editor] = opener.editors
    type_into(qtbot, editor, "amount", "-5")
    assert editor.save() is False
    assert editor.form.error_text("amount") == "an amount cannot be negative"
    assert services.summary.summary().deals == 0
    type_into(qtbot, editor, "amount", "5")
    assert editor.save() is False
    assert editor.form.error_text("name") == "required"


@offscreen
def test_new_deal_with_company_created_inline_and_contact_picked(
    qtbot, hub, opener, services
) -> None:
    ada = services.contacts.create({"first_name": "Ada", "last_name": "Lovelace"}).record
    hub.sig_new_record.emit("deal")
    [editor] = opener.editors
    type_into(qtbot, editor, "name", "Engines")
    picker = editor.form.inputs["company_id"]
    qtbot.keyClicks(picker.line, "Analytical Ltd")
    assert editor.save() is False  # typed but not picked
    assert "New" in editor.form.error_text("company_id")
    qtbot.mouseClick(picker.new_button, Qt.LeftButton)
    contacts = editor.form.inputs["contact_ids"]
    qtbot.keyClicks(contacts.line, "Lovel")
    qtbot.keyClick(contacts.line, Qt.Key_Return)
    assert contacts.list.count() == 1

    assert editor.save()

    deal = services.deals.get(editor.record_id)
    company = services.companies.get(deal.company_id)
    assert (deal.name, company.name, deal.contact_ids) == ("Engines", "Analytical Ltd", (ada.id,))


@offscreen
def test_custom_properties_are_shown_and_saved(qtbot, hub, opener, services, db) -> None:
    with UnitOfWork(db) as session:
        session.add(
            CustomField(
                entity="contact", key="shoe", label_en="Shoe size", type=CustomFieldType.NUMBER
            )
        )
        session.add(
            CustomField(
                entity="contact",
                key="tier",
                label_en="Tier",
                type=CustomFieldType.SINGLE_CHOICE,
                options=["gold", "silver"],
            )
        )
    contact = services.contacts.create({"first_name": "Ada", "custom": {"legacy": 1}}).record
    editor = open_editor(qtbot, hub, opener, "contact", contact.id)
    type_into(qtbot, editor, "custom.shoe", "4x")
    assert editor.save() is False
    assert editor.form.error_text("custom.shoe") == "Not a number"
    type_into(qtbot, editor, "custom.shoe", "42")
    editor.form.inputs["custom.tier"].set_value("gold")
    assert editor.save()
    assert services.contacts.get(contact.id).custom == {"legacy": 1, "shoe": 42, "tier": "gold"}


@offscreen
def test_log_a_call_from_the_timeline(qtbot, hub, opener, services) -> None:
    contact = services.contacts.create({"first_name": "Ada"}).record
    editor = open_editor(qtbot, hub, opener, "contact", contact.id)
    dialog = editor.timeline.ask_activity(ActivityType.CALL)
    qtbot.keyClicks(dialog.subject, "Discovery call")
    with qtbot.waitSignal(hub.sig_changed):
        qtbot.mouseClick(dialog.buttons.button(Ok), Qt.LeftButton)

    assert editor.timeline.entries_text()[0] == "Call: Discovery call"
    assert services.contacts.get(contact.id).last_activity_at is not None

    task_dialog = editor.timeline.ask_follow_up()  # the full task dialog, linked to Ada
    qtbot.keyClicks(task_dialog.title_edit, "Send pricing")
    with qtbot.waitSignal(hub.sig_changed) as signal:
        task_dialog.accept()
    assert signal.args[0].touches(EntityKind.TASK)
    agenda = services.tasks.agenda()
    tasks = agenda.overdue + agenda.today + agenda.upcoming
    [task] = [t for t in tasks if t.title == "Send pricing"]
    assert task.contact_id == contact.id


@offscreen
def test_convert_to_deal_opens_the_new_deal(qtbot, hub, opener, services) -> None:
    company = services.companies.create({"name": "Acme"}).record
    contact = services.contacts.create({"first_name": "Bo", "company_id": company.id}).record
    editor = open_editor(qtbot, hub, opener, "contact", contact.id)
    assert editor.form.inputs["company_id"].line.text() == "Acme"

    qtbot.mouseClick(editor.action_buttons["convert"], Qt.LeftButton)

    deal_editor = next(e for e in opener.editors if e.kind == "deal")
    deal = services.deals.get(deal_editor.record_id)
    assert (deal.company_id, deal.contact_ids) == (company.id, (contact.id,))
    assert editor.form.inputs["lifecycle_stage"].value() == LifecycleStage.OPPORTUNITY.value


@offscreen
def test_merge_via_the_dialog_and_undo_it(qtbot, hub, opener, undo, services) -> None:
    keep = services.contacts.create({"first_name": "Ada", "email": "ada@x.com"}).record
    dupe = services.contacts.create(
        {"first_name": "Ada", "email": "ADA@x.com", "title": "CTO"}
    ).record
    services.activities.log("note", "from dupe", ActivityLinks(contact_id=dupe.id))
    editor = open_editor(qtbot, hub, opener, "contact", keep.id)

    duplicates = editor.show_duplicates()
    assert duplicates is not None and duplicates.list.count() == 1
    assert "same email" in duplicates.list.item(0).text()
    merge = duplicates.merge_selected()
    assert merge is not None
    merge.findChild(QWidget, "pick_title_1").click()
    merge.findChild(QWidget, "pick_email_0").click()
    with qtbot.waitSignal(hub.sig_changed):
        qtbot.mouseClick(merge.buttons.button(Ok), Qt.LeftButton)

    merged = services.contacts.get(keep.id)
    assert (merged.title, merged.email) == ("CTO", "ada@x.com")
    assert services.contacts.get(dupe.id).deleted_at is not None
    assert "Note: from dupe" in editor.timeline.entries_text()
    assert editor.form.inputs["title"].text() == "CTO"

    undo.undo()
    assert services.contacts.get(dupe.id).deleted_at is None
    assert services.contacts.get(keep.id).title is None
    assert "Note: from dupe" not in editor.timeline.entries_text()


@offscreen
def test_trash_from_editor_and_undo(qtbot, hub, opener, undo, services) -> None:
    company = services.companies.create({"name": "Acme"}).record
    editor = open_editor(qtbot, hub, opener, "company", company.id)
    with qtbot.waitSignal(editor.finished):
        qtbot.mouseClick(editor.action_buttons["trash"], Qt.LeftButton)
    assert services.companies.get(company.id).deleted_at is not None
    undo.undo()
    assert services.companies.get(company.id).deleted_at is None


def test_bulk_edit_and_trash_commands_undo_per_record(qtbot, hub, undo, services) -> None:
    a = services.contacts.create({"first_name": "A", "city": "Paris"}).record
    b = services.contacts.create({"first_name": "B", "lifecycle_stage": "customer"}).record

    with qtbot.waitSignal(hub.sig_changed):
        undo.push(BulkEditCommand(services, hub, "contact", [a.id, b.id], {"city": "Rome"}))
    assert [services.contacts.get(i).city for i in (a.id, b.id)] == ["Rome", "Rome"]
    undo.push(TrashRecordsCommand(services, hub, "contact", [a.id, b.id]))
    assert services.contacts.get(b.id).deleted_at is not None

    undo.undo()
    assert services.contacts.get(b.id).deleted_at is None
    undo.undo()
    assert [services.contacts.get(i).city for i in (a.id, b.id)] == ["Paris", None]
    undo.redo()
    assert services.contacts.get(a.id).city == "Rome"
    assert undo.stack.undoText() == "Bulk edit"
