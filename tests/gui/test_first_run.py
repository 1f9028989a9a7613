"""First run of a database: "Who are you?", and what a rep or a manager sees first (issue 8)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import Role
from crm_desktop.services.board import BoardFilter
from crm_desktop.services.container import Services
from crm_desktop.services.demo import DemoService, demo_size
from crm_desktop.services.dto import UserDTO
from crm_desktop.services.listing import ListQuery
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import PAGES
from crm_desktop.ui.pipeline.filter_bar import MY_DEALS
from crm_desktop.ui.settings import first_run
from crm_desktop.ui.settings.first_run_dialog import FirstRunDialog
from crm_desktop.ui.settings.identity import ME_KEY, IdentityStore
from crm_desktop.ui.settings.page import SettingsPage
from tests.gui.conftest import Dialogs

PAGE = {spec.key: index for index, spec in enumerate(PAGES)}
TODAY = date(2026, 3, 18)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("first_run") / "demo.sqlite3"
    services = Services.open(path)
    DemoService(services.db).generate(demo_size("60"), seed=3, today=TODAY)
    services.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_file, tmp_path / "demo.sqlite3"))


@pytest.fixture
def team_db(tmp_path: Path) -> Path:
    """A real team (not demo data): a manager and a rep, one contact each."""
    path = tmp_path / "team.sqlite3"
    services = Services.open(path)
    for name, email, role in (
        ("Mary Major", "mary@acme-corp.com", "manager"),
        ("Ray Rep", "ray@acme-corp.com", "rep"),
    ):
        user = services.users.create({"name": name, "email": email, "role": role}).record
        services.contacts.create({"first_name": name.split()[0], "owner_id": user.id})
    services.close()
    return path


@pytest.fixture
def asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a desktop: a person is there to answer."""
    monkeypatch.setattr(first_run, "can_ask", lambda: True)


def users_of(path: Path) -> dict[str, UserDTO]:
    services = Services.open(path)
    try:
        return {user.name: user for user in services.users.list()}
    finally:
        services.close()


def first_of(users: dict[str, UserDTO], role: Role) -> UserDTO:
    return next(user for user in users.values() if user.role is role)


def open_in(window: MainWindow, qtbot: QtBot, path: Path) -> Services:
    with qtbot.waitSignal(window.hub.sig_summary_updated, timeout=15000):
        window.open_database(path)
    services = window.database.services
    assert services is not None
    return services


def shown_window(make_window: Callable[[], MainWindow], qtbot: QtBot) -> MainWindow:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


def the_dialog(window: MainWindow, qtbot: QtBot) -> FirstRunDialog:
    qtbot.waitUntil(lambda: window.settings_startup.first_run.dialog is not None)
    dialog = window.settings_startup.first_run.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def contacts_owner(window: MainWindow, qtbot: QtBot) -> tuple[object, QComboBox]:
    page = window.stack.page(PAGE["contacts"])
    qtbot.waitUntil(lambda: not page.loading)
    owner = page.filter_bar.widget("owner_id")
    assert isinstance(owner, QComboBox)
    return page, owner


# -- a rep sees their own records first, a manager the whole team ---------------------------
def test_a_rep_sees_their_own_records_first(
    make_window: Callable[[], MainWindow], qtbot: QtBot, settings: QSettings, demo_db: Path
) -> None:
    rep = first_of(users_of(demo_db), Role.REP)
    settings.setValue(ME_KEY, rep.id)
    window = shown_window(make_window, qtbot)
    services = open_in(window, qtbot, demo_db)
    assert services.current_user_id == rep.id and services.default_owner_filter == rep.id

    page, owner = contacts_owner(window, qtbot)
    mine = len(services.lists.ids(ListQuery("contact", filters={"owner_id": rep.id})))
    everyone = len(services.lists.ids(ListQuery("contact")))
    assert 0 < mine < everyone
    assert owner.currentData() == rep.id and page.model.rowCount() == mine
    assert page.filters_button.isChecked()  # the filter is in sight, and can be changed

    board = window.stack.page(PAGE["pipeline"])
    qtbot.waitUntil(lambda: board.state is not None)
    assert board.filters.owner.currentData() == MY_DEALS
    my_board = services.board.load(BoardFilter(owner_id=rep.id))
    assert board.state is not None
    assert [c.count for c in board.state.columns] == [c.count for c in my_board.columns]

    dashboards = window.stack.page(PAGE["dashboards"])
    qtbot.waitUntil(lambda: dashboards.controls.owner_combo.count() > 1)
    assert dashboards.controls.filters().owner_id == rep.id
    assert window.stack.page(PAGE["tasks"]).owner_combo.currentData() == rep.id


def test_the_users_own_choice_wins_over_the_default(
    make_window: Callable[[], MainWindow], qtbot: QtBot, settings: QSettings, demo_db: Path
) -> None:
    rep = first_of(users_of(demo_db), Role.REP)
    settings.setValue(ME_KEY, rep.id)
    window = shown_window(make_window, qtbot)
    services = open_in(window, qtbot, demo_db)
    page, owner = contacts_owner(window, qtbot)
    everyone = len(services.lists.ids(ListQuery("contact")))
    owner.setCurrentIndex(0)  # "Any"
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == everyone)
    window.hub.sig_database_opened.emit(services)  # every view starts again (as after demo)
    qtbot.waitUntil(lambda: not page.loading)
    assert owner.currentData() is None and page.model.rowCount() == everyone


def test_demo_data_gets_its_manager_who_sees_the_whole_team(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    settings: QSettings,
    demo_db: Path,
    asking: None,
) -> None:
    manager = first_of(users_of(demo_db), Role.MANAGER)
    window = shown_window(make_window, qtbot)
    services = open_in(window, qtbot, demo_db)
    assert services.current_user_id == manager.id and services.default_owner_filter is None
    assert window.settings_startup.first_run.dialog is None  # nobody asked
    assert IdentityStore(settings).saved_ids()[0] == manager.id

    page, owner = contacts_owner(window, qtbot)
    assert owner.currentData() is None and not page.filters_button.isChecked()
    board = window.stack.page(PAGE["pipeline"])
    qtbot.waitUntil(lambda: board.state is not None)
    assert board.filters.board_filter().owner_id is None
    dashboards = window.stack.page(PAGE["dashboards"])
    qtbot.waitUntil(lambda: dashboards.controls.owner_combo.count() > 1)
    assert dashboards.controls.filters().owner_id is None
    assert window.stack.page(PAGE["tasks"]).owner_combo.currentData() is None


def test_changing_who_i_am_in_settings_changes_what_i_see_first(
    make_window: Callable[[], MainWindow], qtbot: QtBot, settings: QSettings, demo_db: Path
) -> None:
    rep = first_of(users_of(demo_db), Role.REP)
    window = shown_window(make_window, qtbot)
    services = open_in(window, qtbot, demo_db)
    _page, owner = contacts_owner(window, qtbot)
    assert owner.currentData() is None  # the demo manager
    settings_page = SettingsPage(window.hub, qsettings=settings)  # not the default QSettings
    qtbot.addWidget(settings_page)
    team = settings_page.team
    window.undo.stack.push(QUndoCommand("an edit"))
    team.me.setCurrentIndex(team.me.findData(rep.id))
    team.me.activated.emit(team.me.currentIndex())
    qtbot.waitUntil(lambda: owner.currentData() == rep.id)
    assert services.current_user_id == rep.id
    assert settings.value(ME_KEY) == rep.id
    assert window.undo.stack.count() == 1  # a view preference: the work in hand stays


# -- the first-run question ------------------------------------------------------------------
def test_a_team_database_asks_who_i_am_once(
    make_window: Callable[[], MainWindow], qtbot: QtBot, team_db: Path, asking: None
) -> None:
    ray = users_of(team_db)["Ray Rep"]
    window = shown_window(make_window, qtbot)
    services = open_in(window, qtbot, team_db)
    dialog = the_dialog(window, qtbot)
    assert services.current_user_id is None
    assert dialog.pick.isChecked() and dialog.user_combo.count() == 2
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData(ray.id))
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert services.current_user_id == ray.id and services.default_owner_filter == ray.id
    _page, owner = contacts_owner(window, qtbot)
    qtbot.waitUntil(lambda: owner.currentData() == ray.id)

    window.close()
    again = shown_window(make_window, qtbot)  # the next start, same laptop
    reopened = open_in(again, qtbot, team_db)
    assert reopened.current_user_id == ray.id
    assert again.settings_startup.first_run.dialog is None


def test_skip_for_now_is_remembered_and_only_hinted(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    settings: QSettings,
    team_db: Path,
    asking: None,
) -> None:
    window = shown_window(make_window, qtbot)
    services = open_in(window, qtbot, team_db)
    dialog = the_dialog(window, qtbot)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert services.current_user_id is None
    assert IdentityStore(settings).skipped(team_db)
    assert "Settings › Team" in window.statusBar().currentMessage()

    window.close()
    again = shown_window(make_window, qtbot)
    open_in(again, qtbot, team_db)
    qtbot.waitUntil(lambda: "Settings › Team" in again.statusBar().currentMessage())
    assert again.settings_startup.first_run.dialog is None


def test_a_new_database_makes_me_its_first_user(
    window: MainWindow, qtbot: QtBot, db_path: Path, dialogs: Dialogs, asking: None
) -> None:
    services = open_in(window, qtbot, db_path)  # the demo offer is declined
    assert dialogs.texts("question")
    dialog = the_dialog(window, qtbot)
    assert not dialog.pick.isVisibleTo(dialog) and dialog.add.isChecked()
    assert dialog.role.currentData() == "manager"  # the first person usually runs the team
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Please enter your name."
    qtbot.keyClicks(dialog.name, "Lin Wei")
    qtbot.keyClicks(dialog.email, "not an address")
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "email" in dialog.error.text()
    dialog.email.setText("lin@acme-corp.com")
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    [me] = services.users.list()
    assert (me.name, me.email, me.role) == ("Lin Wei", "lin@acme-corp.com", Role.MANAGER)
    assert services.current_user_id == me.id and services.default_owner_filter is None


def test_demo_data_on_a_new_database_is_not_interrupted(
    window: MainWindow,
    qtbot: QtBot,
    db_path: Path,
    dialogs: Dialogs,
    asking: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("crm_desktop.ui.demo_runner.DEFAULT_SIZE", "40")
    dialogs.answer = QMessageBox.StandardButton.Yes  # fill it with demo data
    services = open_in(window, qtbot, db_path)
    qtbot.waitUntil(lambda: services.current_user_id is not None, timeout=30000)
    [manager] = [u for u in services.users.list() if u.role is Role.MANAGER]
    assert services.current_user_id == manager.id
    assert window.settings_startup.first_run.dialog is None


def test_nobody_is_asked_headless(window: MainWindow, qtbot: QtBot, team_db: Path) -> None:
    services = open_in(window, qtbot, team_db)
    qtbot.wait(50)
    assert window.settings_startup.first_run.dialog is None
    assert services.current_user_id is None


def test_the_store_keeps_one_identity_per_database(settings: QSettings, tmp_path: Path) -> None:
    store = IdentityStore(settings)
    store.remember("a1", {"a1", "a2"})  # me in database A
    store.remember("b1", {"b1"})  # me in database B
    assert store.saved_ids()[:2] == ["b1", "b1"] and "a1" in store.saved_ids()
    store.remember("a2", {"a1", "a2"})  # another me in A replaces the first
    assert "a1" not in store.saved_ids() and {"a2", "b1"} <= set(store.saved_ids())
    store.forget({"a1", "a2"})
    assert store.saved_ids() == ["b1"]
    assert not store.skipped(tmp_path / "a.sqlite3")
    store.skip(tmp_path / "a.sqlite3")
    assert store.skipped(tmp_path / "a.sqlite3") and not store.skipped(tmp_path / "b.sqlite3")


def test_only_a_person_at_a_screen_is_asked(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not first_run.can_ask()  # the offscreen platform: nobody to answer
    monkeypatch.setattr(first_run.QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    assert first_run.can_ask()
    monkeypatch.setenv(first_run.ENV_SWITCH, "0")
    assert not first_run.can_ask()
