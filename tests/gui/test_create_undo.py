"""Creating a record is undoable: undo moves the new record to the Trash, redo brings it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.records.opener import RecordOpener
from crm_desktop.ui.undo.manager import UndoManager
from tests.gui.test_editors import offscreen, type_into
from tests.unit.record_helpers import make_services


def setup(qtbot: QtBot, db: Database) -> tuple[Services, SignalHub, UndoManager, RecordOpener]:
    services = make_services(db)
    hub = SignalHub()
    undo = UndoManager(hub)
    window = QWidget()
    qtbot.addWidget(window)
    opener = RecordOpener(hub, window, undo=undo)
    hub.sig_database_opened.emit(services)
    return services, hub, undo, opener


def live_contacts(services: Services) -> int:
    return services.summary.summary().contacts


@offscreen
def test_new_contact_from_the_editor_is_undone_and_redone(qtbot: QtBot, db: Database) -> None:
    services, hub, undo, opener = setup(qtbot, db)
    hub.sig_new_record.emit("contact")
    [editor] = opener.editors
    type_into(qtbot, editor, "first_name", "Ada")
    assert editor.save()
    new_id = editor.record_id
    assert new_id is not None and live_contacts(services) == 1
    assert undo.undo_action.text() == "&Undo Create Ada"
    undo.undo_action.trigger()
    assert services.contacts.get(new_id).deleted_at is not None
    assert live_contacts(services) == 0
    undo.redo_action.trigger()
    assert services.contacts.get(new_id).deleted_at is None
    assert live_contacts(services) == 1


@offscreen
def test_company_made_by_the_picker_is_its_own_undo_step(qtbot: QtBot, db: Database) -> None:
    services, hub, undo, opener = setup(qtbot, db)
    hub.sig_new_record.emit("contact")
    [editor] = opener.editors
    picker = editor.form.inputs["company_id"]
    qtbot.keyClicks(picker.line, "Quick Ltd")
    with qtbot.waitSignal(hub.sig_changed):
        qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert undo.stack.count() == 1
    assert undo.undo_action.text() == "&Undo Create Quick Ltd"
    command = undo.stack.command(0)
    company_id = command.record_id  # type: ignore[attr-defined]
    assert services.companies.get(company_id).name == "Quick Ltd"
    assert services.companies.get(company_id).deleted_at is None
    undo.undo()
    assert services.companies.get(company_id).deleted_at is not None
    undo.redo()
    assert services.companies.get(company_id).deleted_at is None
