"""The Contacts / Companies / Deals list pages, driven like a user drives them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.services.container import Services
from crm_desktop.storage.models import Contact, CustomField, Pipeline, Stage, User
from crm_desktop.storage.unit_of_work import UnitOfWork
from crm_desktop.ui.companies.page import CompaniesPage
from crm_desktop.ui.contacts.page import ContactsPage
from crm_desktop.ui.deals.page import DealsPage
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.models import list_page
from crm_desktop.ui.models.list_page import RecordListPage
from crm_desktop.ui.undo.manager import UndoManager

NAMES = [("伟", "张"), ("娜", "李"), ("Ada", "Lovelace"), ("Grace", "Hopper"), ("Alan", "Turing")]


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    services = Services.open(db_path)
    with UnitOfWork(services.db) as session:
        session.add_all([User(name="Ann"), User(name="Bob")])
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add(pipeline)
        session.flush()
        session.add(Stage(pipeline_id=pipeline.id, name="New", position=0, probability=10))
        session.add(CustomField(entity="contact", key="shoe", label_en="Shoe size", type="number"))
    acme = services.companies.create({"name": "Acme"}).record.id
    for i, (first, last) in enumerate(NAMES):
        services.contacts.create(
            {
                "first_name": first,
                "last_name": last,
                "email": f"{first.lower()}@example.com" if first.isascii() else None,
                "company_id": acme if i % 2 else None,
                "custom": {"shoe": 36 + i},
            }
        )
    services.deals.create({"name": "Big deal", "amount": "900", "company_id": acme})
    services.deals.create({"name": "Small deal", "amount": "90"})
    yield services
    services.close()


def user_id(services: Services, name: str) -> str:
    return next(u.id for u in services.users.list() if u.name == name)


def make_page(qtbot: QtBot, services: Services, cls: type[RecordListPage]) -> RecordListPage:
    hub = SignalHub()
    page = cls(hub)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    hub.sig_database_opened.emit(services)
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot: QtBot, page: RecordListPage) -> None:
    qtbot.waitUntil(lambda: not page.loading and not page._search_timer.isActive())


def shown(page: RecordListPage, column: int = 0) -> list[str]:
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def select_rows(table: QTableView, *rows: int) -> None:
    """Select rows as a click and shift/ctrl-clicks would (no modifier state involved)."""
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)


@pytest.fixture
def contacts_page(qtbot: QtBot, services: Services) -> RecordListPage:
    return make_page(qtbot, services, ContactsPage)


def test_the_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, contacts_page: RecordListPage
) -> None:
    qtmodeltester.check(contacts_page.model)
    assert contacts_page.model.rowCount() == 5
    assert contacts_page.count_label.text() == "5 contacts"


def test_list_shows_contacts_sorted_by_family_name(contacts_page: RecordListPage) -> None:
    # Chinese family names in pinyin order among the Latin ones: 李 (li), 张 (zhang)
    assert shown(contacts_page) == ["Grace Hopper", "李娜", "Ada Lovelace", "Alan Turing", "张伟"]
    headers = [
        contacts_page.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(contacts_page.model.columnCount())
    ]
    assert headers[:3] == ["Name", "Email", "Phone"]


def test_typing_in_search_shows_matches_including_two_chinese_characters(
    qtbot: QtBot, contacts_page: RecordListPage
) -> None:
    contacts_page.focus_search()
    contacts_page.search_box.insert("张伟")  # what an input method commits
    wait_loaded(qtbot, contacts_page)
    assert shown(contacts_page) == ["张伟"]
    contacts_page.search_box.clear()
    qtbot.keyClicks(contacts_page.search_box, "acme")  # via the company name
    wait_loaded(qtbot, contacts_page)
    assert shown(contacts_page) == ["Grace Hopper", "李娜"]
    contacts_page.search_box.clear()
    qtbot.keyClicks(contacts_page.search_box, "a@exa")
    wait_loaded(qtbot, contacts_page)
    assert shown(contacts_page) == ["Ada Lovelace"]


def test_ctrl_f_focuses_search_and_stale_queries_are_dropped(
    qtbot: QtBot, contacts_page: RecordListPage
) -> None:
    contacts_page.table.setFocus()
    qtbot.keyClick(contacts_page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert contacts_page.search_box.hasFocus()
    for text in ("a", "ad", "ada"):  # each keystroke replaces the query before it
        contacts_page.search_box.setText(text)
        contacts_page.reload()
    wait_loaded(qtbot, contacts_page)
    assert shown(contacts_page) == ["Ada Lovelace"]


def test_clicking_a_header_sorts_in_sql_and_again_reverses(
    qtbot: QtBot, contacts_page: RecordListPage
) -> None:
    header = contacts_page.table.horizontalHeader()
    email = [c.key for c in contacts_page.model.columns()].index("email")
    x = header.sectionViewportPosition(email) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center())
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    wait_loaded(qtbot, contacts_page)
    assert contacts_page.sort_key == "email"
    first = contacts_page.descending
    emails = shown(contacts_page, email)
    expected = ["", "", "ada@example.com", "alan@example.com", "grace@example.com"]
    assert emails == (list(reversed(expected)) if first else expected)
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    wait_loaded(qtbot, contacts_page)
    assert contacts_page.descending is not first


def test_filters_narrow_the_list(
    qtbot: QtBot, contacts_page: RecordListPage, services: Services
) -> None:
    contacts_page.filters_button.click()
    assert contacts_page.filter_bar.isVisible()
    company = contacts_page.filter_bar.widget("company")
    assert isinstance(company, QLineEdit)
    company.setText("acm")
    company.editingFinished.emit()
    wait_loaded(qtbot, contacts_page)
    assert shown(contacts_page) == ["Grace Hopper", "李娜"]
    company.clear()
    company.editingFinished.emit()
    services.list_actions.bulk_update(
        "contact",
        [services.lists.rows("contact", contacts_page.model.ids()[:1])[0].id],
        "owner_id",
        user_id(services, "Bob"),
    )
    owner = contacts_page.filter_bar.widget("owner_id")
    assert isinstance(owner, QComboBox)
    owner.setCurrentIndex(owner.findText("Bob"))
    wait_loaded(qtbot, contacts_page)
    assert shown(contacts_page) == ["Grace Hopper"]


def test_select_and_bulk_edit_owner_writes_the_database(
    qtbot: QtBot, contacts_page: RecordListPage, services: Services
) -> None:
    table = contacts_page.table
    select_rows(table, 0, 2)  # Grace Hopper, Ada Lovelace
    assert len(contacts_page.selected_rowids()) == 2
    contacts_page.findChild(type(contacts_page.filters_button), "list_bulk_edit").click()
    dialog = contacts_page.bulk_dialog
    assert dialog is not None and dialog.isVisible()
    ann = user_id(services, "Ann")
    dialog.select("owner_id", ann)
    dialog.accept()
    wait_loaded(qtbot, contacts_page)
    with services.db.session(write=False) as session:
        owned = sorted(
            c.last_name or "" for c in session.query(Contact).filter(Contact.owner_id == ann)
        )
    assert owned == ["Hopper", "Lovelace"]
    owner_col = [c.key for c in contacts_page.model.columns()].index("owner")
    assert shown(contacts_page, owner_col)[:3] == ["Ann", "", "Ann"]


def test_delete_key_trashes_and_the_trash_view_restores(
    qtbot: QtBot, contacts_page: RecordListPage, services: Services
) -> None:
    table = contacts_page.table
    table.setFocus()
    select_rows(table, 2)  # Ada Lovelace
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    wait_loaded(qtbot, contacts_page)
    qtbot.waitUntil(lambda: contacts_page.model.rowCount() == 4)
    assert "Ada Lovelace" not in shown(contacts_page)
    with services.db.session(write=False) as session:
        ada = session.query(Contact).filter(Contact.first_name == "Ada").one()
        assert ada.deleted_at is not None
    contacts_page.findChild(type(contacts_page.filters_button), "list_trash").click()
    dialog = contacts_page.trash_dialog
    assert dialog is not None
    tree = dialog.tree
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).text(1) == "Ada Lovelace"
    tree.topLevelItem(0).setSelected(True)
    dialog.restore_button.click()
    assert tree.topLevelItemCount() == 0
    wait_loaded(qtbot, contacts_page)
    qtbot.waitUntil(lambda: "Ada Lovelace" in shown(contacts_page))
    with services.db.session(write=False) as session:
        ada = session.query(Contact).filter(Contact.first_name == "Ada").one()
        assert ada.deleted_at is None
    dialog.close()


def test_enter_opens_the_record_and_ctrl_n_asks_for_a_new_one(
    qtbot: QtBot, contacts_page: RecordListPage
) -> None:
    table = contacts_page.table
    table.setFocus()
    table.setCurrentIndex(contacts_page.model.index(0, 0))
    with qtbot.waitSignal(contacts_page.hub.sig_open_record) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    kind, record_id = opened.args
    assert kind == "contact" and record_id == contacts_page.model.record_id(0)
    with qtbot.waitSignal(contacts_page.hub.sig_new_record) as new:
        qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert new.args == ["contact"]


def test_column_chooser_shows_custom_properties(
    qtbot: QtBot, contacts_page: RecordListPage
) -> None:
    menu = contacts_page.columns_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Shoe size" in texts and "Tags" in texts
    next(a for a in menu.actions() if a.text() == "Shoe size").setChecked(True)
    model = contacts_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-1] == "Shoe size"
    assert shown(contacts_page, model.columnCount() - 1) == ["39", "37", "38", "40", "36"]


def test_saved_views_keep_filters_sort_and_columns(
    qtbot: QtBot,
    contacts_page: RecordListPage,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contacts_page.filter_bar.set_values({"company": "acme"})
    contacts_page.sort_key, contacts_page.descending = "name", True
    contacts_page.reload()
    wait_loaded(qtbot, contacts_page)
    assert shown(contacts_page) == ["李娜", "Grace Hopper"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Acme people", True))
    contacts_page.sidebar.save_button.click()
    assert contacts_page.sidebar.view_names() == ["Acme people"]
    assert [v.name for v in services.list_actions.views("contact")] == ["Acme people"]
    contacts_page.sidebar.choose("")  # "All"
    wait_loaded(qtbot, contacts_page)
    assert len(shown(contacts_page)) == 5
    contacts_page.sidebar.choose("Acme people")
    wait_loaded(qtbot, contacts_page)
    assert shown(contacts_page) == ["李娜", "Grace Hopper"]


def test_companies_and_deals_pages(qtbot: QtBot, services: Services) -> None:
    companies = make_page(qtbot, services, CompaniesPage)
    assert shown(companies) == ["Acme"]
    deals = make_page(qtbot, services, DealsPage)
    assert shown(deals) == ["Big deal", "Small deal"]
    amount = deals.filter_bar.widget("amount_min")
    assert isinstance(amount, QLineEdit)
    amount.setText("100")
    amount.editingFinished.emit()
    wait_loaded(qtbot, deals)
    assert shown(deals) == ["Big deal"]
    amount_col = [c.key for c in deals.model.columns()].index("amount")
    assert shown(deals, amount_col) == ["900.00"]


def test_opening_a_database_purges_what_was_trashed_over_30_days_ago(
    qtbot: QtBot, services: Services
) -> None:
    from datetime import UTC, datetime, timedelta

    with UnitOfWork(services.db) as session:
        old = session.query(Contact).filter(Contact.first_name == "Alan").one()
        recent = session.query(Contact).filter(Contact.first_name == "Grace").one()
        old.deleted_at = datetime.now(UTC) - timedelta(days=31)
        recent.deleted_at = datetime.now(UTC) - timedelta(days=29)
    page = make_page(qtbot, services, ContactsPage)
    qtbot.waitUntil(lambda: services.trash.count() == 1)
    assert [i.title for i in services.trash.items()] == ["Grace Hopper"]
    assert len(shown(page)) == 3


def test_big_lists_paint_their_first_ids_then_append_the_rest(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_page, "FIRST_IDS", 2)
    page = make_page(qtbot, services, ContactsPage)
    qtmodeltester.check(page.model)
    assert shown(page) == ["Grace Hopper", "李娜", "Ada Lovelace", "Alan Turing", "张伟"]
    assert page.count_label.text() == "5 contacts"


# -- undo, redo and export from the list ------------------------------------------------------
@pytest.fixture
def window_page(qtbot: QtBot, services: Services) -> tuple[QMainWindow, RecordListPage]:
    """A contacts page inside a window whose Edit actions are the undo manager's (as in the app)."""
    hub = SignalHub()
    page = ContactsPage(hub)
    undo = UndoManager(hub, page)
    page.set_undo_manager(undo)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(page)
    window.addActions([undo.undo_action, undo.redo_action])
    window.resize(1100, 600)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    hub.sig_database_opened.emit(services)
    wait_loaded(qtbot, page)
    return window, page


def owners(services: Services) -> dict[str, str | None]:
    with services.db.session(write=False) as session:
        return {c.first_name or "": c.owner_id for c in session.query(Contact)}


def trashed(services: Services) -> list[str]:
    with services.db.session(write=False) as session:
        rows = session.query(Contact).filter(Contact.deleted_at.is_not(None))
        return sorted(c.first_name or "" for c in rows)


def test_bulk_edit_is_undone_by_ctrl_z_and_redone_by_ctrl_shift_z(
    qtbot: QtBot, window_page: tuple[QMainWindow, RecordListPage], services: Services
) -> None:
    window, page = window_page
    undo = page.undo_manager
    assert undo is not None
    before = owners(services)
    select_rows(page.table, 0, 2, 3)  # Grace Hopper, Ada Lovelace, Alan Turing
    page.findChild(type(page.filters_button), "list_bulk_edit").click()
    dialog = page.bulk_dialog
    assert dialog is not None
    ann = user_id(services, "Ann")
    dialog.select("owner_id", ann)
    dialog.accept()
    wait_loaded(qtbot, page)
    edited = {**before, "Grace": ann, "Ada": ann, "Alan": ann}
    assert owners(services) == edited
    assert undo.stack.count() == 1 and undo.undo_action.text() == "&Undo Edit 3 records"
    owner_col = [c.key for c in page.model.columns()].index("owner")
    qtbot.waitUntil(lambda: shown(page, owner_col)[:4] == ["Ann", "", "Ann", "Ann"])
    page.table.setFocus()
    window.activateWindow()  # the bulk edit dialog had the focus
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert owners(services) == before
    qtbot.waitUntil(lambda: shown(page, owner_col)[:4] == ["", "", "", ""])
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.table, Qt.Key.Key_Z, shift_ctrl)
    assert owners(services) == edited
    undo.undo()
    assert owners(services) == before
    wait_loaded(qtbot, page)
    window.close()


def test_bulk_tag_edit_is_undone_per_record_and_bad_input_pushes_nothing(
    qtbot: QtBot,
    window_page: tuple[QMainWindow, RecordListPage],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = window_page
    undo = page.undo_manager
    assert undo is not None
    with services.db.session(write=False) as session:
        grace = session.query(Contact).filter(Contact.first_name == "Grace").one().id
    services.contacts.update(grace, {"tags": ["vip"]})
    wait_loaded(qtbot, page)
    select_rows(page.table, 0, 2)  # Grace (already vip) and Ada
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    page.apply_bulk_edit("add_tag", "  ")
    assert len(warnings) == 1 and "empty" in warnings[0]
    assert undo.stack.count() == 0
    page.apply_bulk_edit("add_tag", "vip")
    page.apply_bulk_edit("add_tag", "golf")
    assert undo.stack.count() == 2

    def tags() -> dict[str, list[str]]:
        with services.db.session(write=False) as session:
            return {c.first_name or "": list(c.tags) for c in session.query(Contact) if c.tags}

    assert tags() == {"Grace": ["vip", "golf"], "Ada": ["vip", "golf"]}
    undo.undo()
    assert tags() == {"Grace": ["vip"], "Ada": ["vip"]}
    undo.undo()
    assert tags() == {"Grace": ["vip"]}
    undo.redo()
    assert tags() == {"Grace": ["vip"], "Ada": ["vip"]}
    wait_loaded(qtbot, page)


def test_delete_two_rows_then_undo_restores_them_and_redo_trashes_again(
    qtbot: QtBot, window_page: tuple[QMainWindow, RecordListPage], services: Services
) -> None:
    _window, page = window_page
    undo = page.undo_manager
    assert undo is not None
    page.table.setFocus()
    select_rows(page.table, 2, 4)  # Ada Lovelace, 张伟
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert trashed(services) == ["Ada", "伟"]
    qtbot.waitUntil(lambda: shown(page) == ["Grace Hopper", "李娜", "Alan Turing"])
    assert undo.undo_action.text() == "&Undo Move 2 to the Trash"
    undo.undo_action.trigger()
    assert trashed(services) == []
    qtbot.waitUntil(lambda: len(shown(page)) == 5)
    undo.redo_action.trigger()
    assert trashed(services) == ["Ada", "伟"]
    qtbot.waitUntil(lambda: len(shown(page)) == 3)
    wait_loaded(qtbot, page)


def test_a_page_without_undo_manager_still_writes(
    qtbot: QtBot, contacts_page: RecordListPage, services: Services
) -> None:
    assert contacts_page.undo_manager is None
    select_rows(contacts_page.table, 0)
    contacts_page.trash_selected()
    assert trashed(services) == ["Grace"]
    wait_loaded(qtbot, contacts_page)


def test_export_button_opens_the_dialog_with_the_searched_ids_and_visible_columns(
    qtbot: QtBot, contacts_page: RecordListPage, services: Services
) -> None:
    contacts_page.set_column_visible("custom.shoe", True)
    contacts_page.set_column_visible("last_activity_at", True)  # no export equivalent
    contacts_page.search_box.setText("acme")
    wait_loaded(qtbot, contacts_page)
    assert shown(contacts_page) == ["Grace Hopper", "李娜"]
    expected_ids = [contacts_page.model.record_id(0), contacts_page.model.record_id(1)]
    contacts_page.findChild(type(contacts_page.filters_button), "list_export").click()
    dialog = contacts_page.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind.value == "contacts" and not dialog.kind_box.isEnabled()
    assert dialog._ids is None  # nothing read in the GUI thread: the worker gathers them
    assert dialog.gather_ids() == expected_ids
    assert dialog.chosen_columns() == [
        "first_name",
        "last_name",
        "email",
        "phone",
        "company",
        "owner",
        "lifecycle_stage",
        "custom:shoe",
    ]
    dialog.close()
    contacts_page.sort_key, contacts_page.descending = "name", True
    contacts_page.reload()
    wait_loaded(qtbot, contacts_page)
    contacts_page.open_export()
    assert contacts_page.export_dialog is not None
    assert contacts_page.export_dialog.gather_ids() == expected_ids[::-1]
    contacts_page.export_dialog.close()


def test_export_from_the_deals_page_maps_the_close_date(qtbot: QtBot, services: Services) -> None:
    deals = make_page(qtbot, services, DealsPage)
    deals.set_column_visible("expected_close_date", True)
    deals.open_export()
    dialog = deals.export_dialog
    assert dialog is not None and dialog.kind.value == "deals"
    assert "close_date" in dialog.chosen_columns() and "outcome" not in dialog.chosen_columns()
    assert len(dialog.gather_ids() or []) == 2
    dialog.close()


def test_in_the_main_window_ctrl_z_undoes_a_delete_from_the_contacts_list(
    qtbot: QtBot, window: MainWindow, services: Services, db_path: Path
) -> None:
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=10000):
        window.open_database(db_path)
    page = window.current_page()
    assert isinstance(page, ContactsPage) and page.undo_manager is window.undo
    wait_loaded(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    select_rows(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert trashed(services) == ["Grace"]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert trashed(services) == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    wait_loaded(qtbot, page)
