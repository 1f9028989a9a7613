"""The pipeline board driven like a user: real mouse drags, keys, the lost-reason dialog, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.domain.enums import Outcome
from crm_desktop.services.board import BoardService
from crm_desktop.services.board_moves import BoardMoves
from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Deal, StageChange
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.pipeline.board_view import LOST, WON, BoardView
from crm_desktop.ui.pipeline.page import PipelinePage
from crm_desktop.ui.undo.manager import UndoManager
from tests.gui.conftest import Dialogs
from tests.unit.test_board import NOW, BoardData, build_board_data, clock


@pytest.fixture
def data(db: Database) -> BoardData:
    return build_board_data(db)


@pytest.fixture
def page(qtbot: QtBot, db: Database, data: BoardData) -> Iterator[PipelinePage]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
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
    yield page
    page.close()


def totals(page: PipelinePage) -> dict[str, tuple[int, str, str]]:
    assert page.state is not None
    return {c.name or "-": (c.count, str(c.total), str(c.weighted)) for c in page.state.columns}


def names(page: PipelinePage, column: int) -> list[str]:
    assert page.state is not None
    return [c.name for c in page.state.columns[column].cards]


def deal_row(db: Database, deal_id: str) -> Deal:
    with db.session(write=False) as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        return deal


def moves_of(db: Database, deal_id: str) -> list[tuple[str | None, str | None, object, object]]:
    with db.session(write=False) as s:
        rows = s.scalars(
            select(StageChange).where(StageChange.deal_id == deal_id).order_by(StageChange.id)
        )
        return [(r.from_stage_id, r.to_stage_id, r.to_outcome, r.by_id) for r in rows]


def drag(view: BoardView, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """A real press-move-release on the viewport, in small steps like a hand."""
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def undo(qtbot: QtBot, page: PipelinePage) -> None:
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_board_shows_stage_columns_unassigned_and_hand_computed_totals(
    page: PipelinePage,
) -> None:
    assert totals(page) == {
        "Qualified": (2, "1550.00", "420.00"),
        "Proposal": (2, "2000.00", "1000.00"),
        "Negotiation": (0, "0.00", "0.00"),
        "-": (1, "300.00", "0.00"),
    }
    assert page.state is not None
    title, money = page.view.header_lines(page.state.columns[0])
    assert title == "Qualified · 2"
    assert money == "1,550 USD · weighted 420 USD"
    assert page.view.header_lines(page.state.columns[3])[0] == "Unassigned · 1"
    assert page.filters.pipeline.currentText() == "Sales"


def test_drag_to_another_column_saves_updates_totals_and_undoes(
    qtbot: QtBot, page: PipelinePage, db: Database, data: BoardData
) -> None:
    alpha = data.deals["Alpha"]
    view = page.view
    drag(view, view.card_center(alpha), view.column_point(1, 2))
    assert deal_row(db, alpha).stage_id == data.proposal
    assert deal_row(db, alpha).stage_entered_at == NOW
    assert moves_of(db, alpha) == [(data.qualified, data.proposal, Outcome.OPEN, data.ada)]
    # The totals update at once, without a reload: Alpha now weighs 50 % of 1,000.
    assert totals(page)["Qualified"] == (1, "550.00", "220.00")
    assert totals(page)["Proposal"] == (3, "3000.00", "1500.00")
    assert names(page, 1) == ["Gamma", "Delta", "Alpha"]
    assert view.item(alpha) is not None and view.item(alpha).pos().x() > view.column_x(1)

    undo(qtbot, page)
    assert deal_row(db, alpha).stage_id == data.qualified
    assert deal_row(db, alpha).stage_entered_at == NOW - timedelta(days=10)
    assert totals(page)["Qualified"] == (2, "1550.00", "420.00")
    assert totals(page)["Proposal"] == (2, "2000.00", "1000.00")
    assert {m[:2] for m in moves_of(db, alpha)} == {
        (data.qualified, data.proposal),
        (data.proposal, data.qualified),
    }
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        page.board_actions.redo.trigger()
    assert deal_row(db, alpha).stage_id == data.proposal


def test_drag_onto_won_records_closed_at(
    qtbot: QtBot, page: PipelinePage, db: Database, data: BoardData
) -> None:
    beta = data.deals["Beta"]
    view = page.view
    drag(view, view.card_center(beta), view.drop_zone_rect(WON).center().toPoint())
    deal = deal_row(db, beta)
    assert (deal.outcome, deal.closed_at) == (Outcome.WON, NOW)
    assert moves_of(db, beta) == [(data.qualified, data.qualified, Outcome.WON, data.ada)]
    assert totals(page)["Qualified"] == (1, "1000.00", "200.00")
    assert view.item(beta) is None
    undo(qtbot, page)
    assert deal_row(db, beta).outcome == Outcome.OPEN and deal_row(db, beta).closed_at is None
    assert totals(page)["Qualified"] == (2, "1550.00", "420.00")


def test_drag_onto_lost_asks_for_a_reason(
    qtbot: QtBot, page: PipelinePage, db: Database, data: BoardData
) -> None:
    gamma = data.deals["Gamma"]
    view = page.view
    drag(view, view.card_center(gamma), view.drop_zone_rect(LOST).center().toPoint())
    qtbot.waitUntil(lambda: page.lost_dialog is not None and page.lost_dialog.isVisible())
    dialog = page.lost_dialog
    assert dialog is not None
    assert deal_row(db, gamma).outcome == Outcome.OPEN  # nothing saved before the answer
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setCurrentIndex(dialog.reason.findText("Price"))
    QTest.keyClicks(dialog.note, "too expensive")
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    deal = deal_row(db, gamma)
    assert (deal.outcome, deal.lost_reason, deal.closed_at) == (
        Outcome.LOST,
        "Price: too expensive",
        NOW,
    )
    assert totals(page)["Proposal"] == (1, "0.00", "0.00")
    undo(qtbot, page)
    deal = deal_row(db, gamma)
    assert (deal.outcome, deal.lost_reason) == (Outcome.OPEN, None)
    assert totals(page)["Proposal"] == (2, "2000.00", "1000.00")


def test_lost_dialog_cancelled_changes_nothing(
    qtbot: QtBot, page: PipelinePage, db: Database, data: BoardData
) -> None:
    page.view.set_current(data.deals["Gamma"])
    QTest.keyClick(
        page.view,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: page.lost_dialog is not None and page.lost_dialog.isVisible())
    assert page.lost_dialog is not None
    page.lost_dialog.reject()
    assert deal_row(db, data.deals["Gamma"]).outcome == Outcome.OPEN
    assert page.undo_stack.count() == 0


def test_same_column_drop_does_nothing_and_reorder_within_column(
    page: PipelinePage, db: Database, data: BoardData
) -> None:
    alpha, beta = data.deals["Alpha"], data.deals["Beta"]
    view = page.view
    start = view.card_center(alpha)
    drag(view, start, start + QPoint(30, 10))
    assert page.undo_stack.count() == 0 and moves_of(db, alpha) == []
    assert view.item(alpha) is not None and view.card_center(alpha) == start  # back in place
    drag(view, view.card_center(beta), view.column_point(0, 0))
    assert names(page, 0) == ["Beta", "Alpha"]
    assert moves_of(db, beta) == [] and page.undo_stack.count() == 1
    assert deal_row(db, beta).position < deal_row(db, alpha).position


def test_failed_move_puts_the_card_back_and_says_why(
    qtbot: QtBot, page: PipelinePage, db: Database, data: BoardData, dialogs: Dialogs
) -> None:
    alpha = data.deals["Alpha"]
    assert page.services is not None
    page.services.deals.trash([alpha])  # someone else deletes it; the board does not know yet
    view = page.view
    start = view.card_center(alpha)
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        drag(view, start, view.column_point(1, 0))
    assert dialogs.texts("warning") == [
        "The deal was deleted meanwhile; it is no longer on the board."
    ]
    assert moves_of(db, alpha) == [] and deal_row(db, alpha).stage_id == data.qualified
    assert page.undo_stack.count() == 0
    assert "Alpha" not in names(page, 0) + names(page, 1)


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "propagateSizeHints"
)
def test_keyboard_moves_context_menu_and_open(
    qtbot: QtBot, page: PipelinePage, db: Database, data: BoardData
) -> None:
    alpha = data.deals["Alpha"]
    view = page.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.card_center(alpha))
    assert view.current_id == alpha
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert deal_row(db, alpha).stage_id == data.proposal
    assert totals(page)["Proposal"][0] == 3
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert deal_row(db, alpha).stage_id == data.qualified
    QTest.keyClick(view, Qt.Key.Key_Down)  # the next card of the column
    assert view.current_id == data.deals["Beta"]
    QTest.keyClick(
        view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert deal_row(db, data.deals["Beta"]).outcome == Outcome.WON
    with qtbot.waitSignal(page.hub.sig_open_record) as opened:
        QTest.mouseDClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.card_center(data.deals["Gamma"])
        )
    assert opened.args == ["deal", data.deals["Gamma"]]
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.RightButton, pos=view.card_center(data.deals["Gamma"])
    )
    menu = page.board_actions.context_menu
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert "Move to next stage" in texts and "Mark won" in texts and "Mark lost…" in texts
    menu.close()


def test_plus_adds_a_deal_in_that_stage(
    qtbot: QtBot, page: PipelinePage, db: Database, data: BoardData
) -> None:
    view = page.view
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.plus_rect(2).center().toPoint()
    )
    dialog = page.new_deal_dialog
    assert dialog is not None and dialog.isVisible()
    QTest.keyClicks(dialog.name, "Kilo")
    QTest.keyClicks(dialog.amount, "1200")
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        dialog.accept()
    assert totals(page)["Negotiation"] == (1, "1200.00", "960.00")


def test_owner_filter_and_search(qtbot: QtBot, page: PipelinePage, data: BoardData) -> None:
    owner = page.filters.owner
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        owner.setCurrentIndex(owner.findText("Bob Li"))
        owner.activated.emit(owner.currentIndex())
    assert totals(page)["Qualified"] == (1, "550.00", "220.00")
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        owner.setCurrentIndex(owner.findText("All owners"))
        owner.activated.emit(owner.currentIndex())
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        QTest.keyClicks(page.filters.search, "gam")
    assert totals(page)["Proposal"] == (1, "2000.00", "1000.00")
    assert totals(page)["Qualified"][0] == 0


def test_unassigned_card_can_be_dragged_into_a_stage(
    page: PipelinePage, db: Database, data: BoardData
) -> None:
    echo = data.deals["Echo"]
    view = page.view
    assert names(page, 3) == ["Echo"]
    drag(view, view.card_center(echo), view.column_point(2, 0))
    assert deal_row(db, echo).stage_id == data.negotiation
    assert totals(page)["Negotiation"] == (1, "300.00", "240.00")
    assert totals(page)["-"] == (0, "0.00", "0.00")
    # Dropping onto the unassigned column is refused: the card goes back.
    drag(view, view.card_center(echo), view.column_point(3, 0))
    assert deal_row(db, echo).stage_id == data.negotiation


def test_pipeline_switcher_and_amount_and_date_filters(qtbot: QtBot, page: PipelinePage) -> None:
    filters = page.filters
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        filters.pipeline.setCurrentIndex(filters.pipeline.findText("Partners"))
        filters.pipeline.activated.emit(filters.pipeline.currentIndex())
    assert totals(page) == {"Intro": (0, "0.00", "0.00"), "-": (1, "800.00", "0.00")}
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        filters.pipeline.setCurrentIndex(filters.pipeline.findText("Sales"))
        filters.pipeline.activated.emit(filters.pipeline.currentIndex())
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        filters.amount_min.setText("600")
        filters.amount_min.editingFinished.emit()
    assert totals(page)["Qualified"] == (1, "1000.00", "200.00")
    assert totals(page)["Proposal"] == (1, "2000.00", "1000.00")
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        filters.close_from.setDate(QDate(2026, 3, 1))
    assert totals(page)["Qualified"] == (1, "1000.00", "200.00")
    assert totals(page)["Proposal"][0] == 0  # Gamma has no close date


def test_moves_go_onto_the_window_undo_stack_when_given(
    qtbot: QtBot, page: PipelinePage, db: Database, data: BoardData
) -> None:
    manager = UndoManager(page.hub, page)
    page.set_undo_manager(manager)
    alpha = data.deals["Alpha"]
    view = page.view
    drag(view, view.card_center(alpha), view.column_point(2, 0))
    assert manager.stack.count() == 1 and manager.undo_action.isEnabled()
    with qtbot.waitSignal(page.sig_board_loaded, timeout=10000):
        manager.undo_action.trigger()
    assert deal_row(db, alpha).stage_id == data.qualified
    assert totals(page)["Negotiation"] == (0, "0.00", "0.00")
