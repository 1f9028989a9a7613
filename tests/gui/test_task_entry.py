"""New tasks from anywhere: a pipeline card's context menu, Ctrl+Shift+T on the current record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind, TaskType
from crm_desktop.services.board import BoardService
from crm_desktop.services.board_moves import BoardMoves
from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pipeline.page import PipelinePage
from crm_desktop.ui.tasks.dialog import TaskDialog
from crm_desktop.ui.tasks.link_picker import RecordLink
from tests.unit.test_board import BoardData, build_board_data, clock


@pytest.fixture
def board(qtbot: QtBot, db: Database) -> Iterator[tuple[PipelinePage, BoardData]]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    data = build_board_data(db)
    services = Services(db, current_user_id=data.ada)
    services.board = BoardService(db, clock)
    services.board_moves = BoardMoves(db, lambda: data.ada, clock)
    page = PipelinePage(SignalHub())
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        page.set_services(services)
    yield page, data
    page.close()


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "propagateSizeHints"
)
def test_new_task_from_a_pipeline_card(board: tuple[PipelinePage, BoardData], qtbot: QtBot) -> None:
    page, data = board
    alpha = data.deals["Alpha"]
    view = page.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=view.card_center(alpha))
    menu = page.board_actions.context_menu
    assert menu is not None
    [action] = [a for a in menu.actions() if a.objectName() == "board_new_task"]
    assert action.text() == "New task…"
    menu.close()
    seen: list[Changes] = []
    page.hub.sig_changed.connect(seen.append)
    action.trigger()
    dialog = page.findChild(TaskDialog)
    assert isinstance(dialog, TaskDialog) and dialog.isVisible()
    assert dialog.link_picker is not None
    assert dialog.link_picker.link() == RecordLink(EntityKind.DEAL, alpha)
    assert dialog.link_picker.line.text() == "Alpha"
    dialog.title_edit.setText("Send the proposal")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(TaskType.EMAIL))
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):  # the board shows tasks too
        dialog.accept()
    assert page.services is not None
    [task] = [t for t in page.services.tasks.list() if t.title == "Send the proposal"]
    assert (task.title, task.type, task.deal_id, task.owner_id) == (
        "Send the proposal",
        TaskType.EMAIL,
        alpha,
        data.ada,
    )
    assert seen and seen[0].touches(EntityKind.TASK)


def test_ctrl_shift_t_links_the_record_the_user_is_on(
    open_window: MainWindow, qtbot: QtBot
) -> None:
    action = open_window.main_actions.new_task
    assert action.shortcut() == QKeySequence("Ctrl+Shift+T")
    assert action.isEnabled()
    services = open_window.hub.services
    assert services is not None
    pipeline_id, _ = services.stage_settings.add_pipeline("Sales")
    deal = services.deals.create({"name": "Renewal", "pipeline_id": pipeline_id}).record
    # On the board with a card current: the new task is linked to that deal.
    open_window.show_page(3)
    board = open_window.current_page()
    assert isinstance(board, PipelinePage)
    board.view.current_id = deal.id
    action.trigger()
    dialog = QApplication.activeModalWidget() or open_window.findChild(TaskDialog)
    assert isinstance(dialog, TaskDialog) and dialog.link_picker is not None
    assert dialog.link_picker.link() == RecordLink(EntityKind.DEAL, deal.id)
    dialog.title_edit.setText("Renewal call")
    dialog.accept()
    [task] = services.tasks.list()
    assert (task.title, task.deal_id) == ("Renewal call", deal.id)
    # On the Tasks page nothing is selected: no link.
    open_window.show_page(4)
    action.trigger()
    blank = [d for d in open_window.findChildren(TaskDialog) if d.isVisible()]
    assert len(blank) == 1 and blank[0].link_picker is not None
    assert blank[0].link_picker.link() is None
    blank[0].reject()
