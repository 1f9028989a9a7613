"""Merge from the list (two selected rows) and the Find duplicates scan, driven by a user."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from crm_desktop.services.container import Services
from crm_desktop.services.listing import ListQuery
from crm_desktop.ui.contacts.page import ContactsPage
from crm_desktop.ui.deals.page import DealsPage
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.models.list_page import RecordListPage
from crm_desktop.ui.undo.manager import UndoManager
from tests.gui.test_lists import select_rows, shown

Ok = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    services = Services.open(db_path)
    make = services.contacts.create
    make({"first_name": "Ada", "last_name": "Lovelace", "email": "ada@x.com"})
    make({"first_name": "Ada", "last_name": "L", "email": "ADA@x.com", "title": "CTO"})
    make({"first_name": "Bob", "last_name": "Zed", "phone": "+8613800138000"})
    make({"first_name": "Rob", "last_name": "Zed", "phone": "+86 138 0013 8000"})
    make({"first_name": "Solo", "last_name": "Zz"})
    yield services
    services.close()


def make_page(qtbot: QtBot, services: Services, cls: type[RecordListPage]) -> RecordListPage:
    hub = SignalHub()
    page = cls(hub)
    page.set_undo_manager(UndoManager(hub, page))
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    hub.sig_database_opened.emit(services)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0)
    return page


def live_names(services: Services) -> list[str]:
    rows = services.lists.rows("contact", services.lists.ids(ListQuery("contact")))
    return [r.values["name"] for r in rows]


def test_merge_two_selected_rows_then_undo(qtbot: QtBot, services: Services) -> None:
    page = make_page(qtbot, services, ContactsPage)
    assert shown(page)[:2] == ["Ada L", "Ada Lovelace"]
    button = page.findChild(QToolButton, "list_merge")
    assert button is not None and button.text() == "Merge…"
    select_rows(page.table, 0, 1)
    button.click()
    merge = page.merge_dialog
    assert merge is not None
    with qtbot.waitSignal(page.hub.sig_changed):
        qtbot.mouseClick(merge.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert len(live_names(services)) == 4
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 4)
    undo = page.undo_manager
    assert undo is not None and undo.undo_action.text() == "&Undo Merge records"
    undo.undo()
    assert len(live_names(services)) == 5
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 5)


def test_merge_needs_exactly_two_rows(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, services, ContactsPage)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    select_rows(page.table, 0)
    assert page.merge_selected() is None
    assert told == ["Select exactly two records to merge."]


def test_deals_have_no_merge_button(qtbot: QtBot, services: Services) -> None:
    page = DealsPage(SignalHub())
    qtbot.addWidget(page)
    assert page.findChild(QToolButton, "list_merge") is None
    assert page.findChild(QToolButton, "list_find_duplicates") is None


def test_find_duplicates_scans_on_a_worker_and_merges_a_group(
    qtbot: QtBot, services: Services
) -> None:
    page = make_page(qtbot, services, ContactsPage)
    page.findChild(QToolButton, "list_find_duplicates").click()
    dialog = page.scan_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.scanning)
    assert dialog.status.text() == "2 groups of likely duplicates"
    groups = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [g.text(1) for g in groups] == ["same email", "same phone"]
    assert sorted(groups[1].child(i).text(0) for i in range(2)) == ["Bob Zed", "Rob Zed"]
    dialog.tree.setCurrentItem(groups[1])
    merge = dialog.merge_selected()
    assert merge is not None
    with qtbot.waitSignal(page.hub.sig_changed):
        qtbot.mouseClick(merge.buttons.button(Ok), Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "1 groups of likely duplicates"
    assert len(live_names(services)) == 4
    dialog.close()
    qtbot.waitUntil(lambda: not page.loading)
