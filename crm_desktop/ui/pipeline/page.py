"""The Pipeline page: the kanban board of a pipeline, its filters, moves and their undo."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.board import Board
from crm_desktop.services.board_moves import DealPlacement, MoveError
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.pipeline.actions import BoardActions
from crm_desktop.ui.pipeline.board_state import BoardState
from crm_desktop.ui.pipeline.board_view import LOST, STAGE, WON, BoardView
from crm_desktop.ui.pipeline.commands import MoveCommand
from crm_desktop.ui.pipeline.dialogs import LostReasonDialog, NewDealDialog
from crm_desktop.ui.pipeline.filter_bar import MY_DEALS, FilterBar
from crm_desktop.ui.widgets.labels import label
from crm_desktop.ui.widgets.owner_default import OwnerDefault
from crm_desktop.ui.widgets.page import Page
from crm_desktop.ui.workers import start_worker

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.undo.manager import UndoManager

WATCHED = (
    EntityKind.DEAL,
    EntityKind.STAGE,
    EntityKind.PIPELINE,
    EntityKind.ACTIVITY,
    EntityKind.TASK,
    EntityKind.USER,
    EntityKind.COMPANY,
    EntityKind.CURRENCY_RATE,
    EntityKind.SETTING,
)
RELOAD_AFTER = ("deleted", "closed", "stage_gone", "other_pipeline")


class PipelinePage(Page):
    key = "pipeline"
    icon_name = "pipeline"
    # A board load arrived and is shown.
    sig_board_loaded = Signal()

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        self.state: BoardState | None = None
        self.lost_dialog: LostReasonDialog | None = None
        self.new_deal_dialog: NewDealDialog | None = None
        self._generation = 0
        self._own_changes: Changes | None = None
        super().__init__(hub, parent)
        self.owner_default = OwnerDefault(hub, self, lambda _s: self.refresh())  # rep: "My deals"
        self.filters = FilterBar()
        self.view = BoardView()
        self.undo_stack = QUndoStack(self)
        self.undo_buttons: list[QToolButton] = []
        self.busy = QProgressBar()
        self.message = QLabel()
        self.board_actions = BoardActions(self)
        self._build()
        self._connect()
        hub.sig_changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Pipeline")

    def set_undo_manager(self, manager: UndoManager) -> None:
        """Use the window's one undo stack (``ui/undo``) instead of the page's own."""
        for action in (self.board_actions.undo, self.board_actions.redo):
            self.removeAction(action)
            action.setShortcuts([])
        self.undo_stack = manager.stack
        for button, action in zip(
            self.undo_buttons, (manager.undo_action, manager.redo_action), strict=True
        ):
            button.setDefaultAction(action)

    # -- loading -------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        if hasattr(self, "undo_stack"):
            self.undo_stack.clear()
        super().set_services(services)

    def refresh(self) -> None:
        if not hasattr(self, "view"):
            return  # Page.__init__ runs before the widgets exist
        services = self.services
        if services is None:
            self._generation += 1
            self.state = None
            self.view.set_state(None)
            return
        self.filters.set_users(services.users.list(), services.current_user_id)
        self.owner_default.apply(self.filters.owner, services, MY_DEALS)
        self._load()

    def _load(self) -> None:
        services = self.services
        if services is None:
            return
        self._generation += 1
        board_filter, board = self.filters.board_filter(), services.board
        self.busy.show()
        start_worker(
            lambda _context: board.load(board_filter),
            on_finished=partial(self._on_loaded, self._generation),
            on_failed=partial(self._on_load_failed, self._generation),
        )

    def _on_loaded(self, generation: int, board: Board) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.busy.hide()
        self.state = BoardState(board)
        self.filters.set_pipelines(board.pipelines, board.pipeline.id if board.pipeline else None)
        self.view.set_state(self.state, board.base_currency)
        self._say("" if board.pipeline else self.tr("No pipeline yet: add one in Settings."))
        self.sig_board_loaded.emit()

    def _on_load_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.busy.hide()
            self._say(self.tr("The board could not be loaded: {error}").format(error=error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_changed(self, changes: Changes) -> None:
        if changes is self._own_changes or self.services is None:
            return
        if changes.touches(*WATCHED):
            self._load()

    def _broadcast(self, changes: Changes) -> None:
        if changes:
            self._own_changes = changes
            self.hub.sig_changed.emit(changes)

    # -- moves ---------------------------------------------------------------------------
    def _on_card_dropped(self, card_id: str, kind: str, column: int, index: int) -> None:
        if kind == STAGE:
            self.move_card(card_id, column, index)
        elif kind == WON:
            self.mark_won(card_id)
        elif kind == LOST:
            self.ask_lost_reason(card_id)

    def move_card(self, card_id: str, column: int, index: int) -> bool:
        """Move a card to ``index`` of ``column``; the same place does nothing."""
        state, services = self.state, self.services
        slot = state.slot(card_id) if state else None
        if state is None or services is None or slot is None:
            return False
        stage_id = state.columns[column].stage_id
        if stage_id is None or (slot.column == column and slot.index == index):
            self.view.relayout({slot.column})
            return False
        after, before = state.neighbours(column, index, card_id)
        text = self.tr("Move “{name}” to {stage}").format(
            name=slot.card.name, stage=state.columns[column].name
        )
        return self._commit(
            card_id,
            text,
            partial(
                services.board_moves.move_to_stage,
                card_id,
                stage_id,
                after_id=after,
                before_id=before,
            ),
            partial(state.move, card_id, column, index),
        )

    def mark_won(self, card_id: str) -> bool:
        slot = self.state.slot(card_id) if self.state else None
        if slot is None or self.services is None or self.state is None:
            return False
        text = self.tr("Mark “{name}” won").format(name=slot.card.name)
        write = partial(self.services.board_moves.mark_won, card_id)
        return self._commit(card_id, text, write, partial(self.state.remove, card_id))

    def ask_lost_reason(self, card_id: str) -> None:
        slot = self.state.slot(card_id) if self.state else None
        if slot is None or self.services is None:
            return
        dialog = LostReasonDialog(slot.card.name, self.services.board.lost_reasons(), self)
        dialog.accepted.connect(
            lambda: self.mark_lost(card_id, dialog.chosen_reason(), dialog.note_text())
        )
        dialog.finished.connect(dialog.deleteLater)
        self.lost_dialog = dialog
        dialog.open()

    def mark_lost(self, card_id: str, reason: str, note: str) -> bool:
        slot = self.state.slot(card_id) if self.state else None
        if slot is None or self.services is None or self.state is None:
            return False
        text = self.tr("Mark “{name}” lost").format(name=slot.card.name)
        write = partial(self.services.board_moves.mark_lost, card_id, reason, note)
        return self._commit(card_id, text, write, partial(self.state.remove, card_id))

    def _commit(
        self,
        card_id: str,
        text: str,
        write: Callable[[], Changes],
        local: Callable[[], set[int]],
    ) -> bool:
        """Save a move; on success update the board at once and make it undoable."""
        assert self.services is not None
        moves = self.services.board_moves
        try:
            before = moves.placement(card_id)
            changes = write()
        except (CrmError, ValidationError) as error:
            self._move_failed(error)
            return False
        self.view.relayout(local())
        if self.state is not None and self.state.slot(card_id) is not None:
            self.view.set_current(card_id)
        command = MoveCommand(text, card_id, before, self._apply_placement, self._placement)
        self.undo_stack.push(command)
        self._broadcast(changes)
        return True

    def _apply_placement(self, card_id: str, placement: DealPlacement) -> bool:
        """Undo / redo: put the deal back as it was (or again), then reload the board."""
        assert self.services is not None
        try:
            changes = self.services.board_moves.restore(card_id, placement)
        except CrmError as error:
            self._move_failed(error)
            return False
        self.view.current_id = card_id
        self._broadcast(changes)
        self._load()
        return True

    def _placement(self, card_id: str) -> DealPlacement | None:
        try:
            return self.services.board_moves.placement(card_id) if self.services else None
        except CrmError:
            return None

    def _move_failed(self, error: Exception) -> None:
        if self.state is not None:
            self.view.relayout(set(range(len(self.state.columns))))  # the card goes back
        QMessageBox.warning(self, self.tr("Move not saved"), self._reason(error))
        if isinstance(error, MoveError) and error.code in RELOAD_AFTER:
            self._load()

    def _reason(self, error: Exception) -> str:
        code = getattr(error, "code", "")
        texts = {
            "deleted": self.tr("The deal was deleted meanwhile; it is no longer on the board."),
            "closed": self.tr("The deal was already marked won or lost meanwhile."),
            "stage_gone": self.tr("That stage no longer exists."),
            "other_pipeline": self.tr("That stage belongs to another pipeline."),
            "locked": self.tr(
                "The database is busy or locked by another program. Try again in a moment."
            ),
        }
        if isinstance(error, ValidationError):
            return self.tr("Say why the deal was lost: pick a reason or write one.")
        return texts.get(code, str(error))

    # -- new and open --------------------------------------------------------------------
    def open_deal(self, card_id: str) -> None:
        self.hub.sig_open_record.emit(EntityKind.DEAL.value, card_id)

    def add_deal_in(self, column: int) -> None:
        state = self.state
        if state is None or state.columns[column].stage_id is None:
            return
        dialog = NewDealDialog(state.columns[column].name, state.board.base_currency, self)
        dialog.accepted.connect(lambda: self._create_deal(column, dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        self.new_deal_dialog = dialog
        dialog.open()

    def _create_deal(self, column: int, values: dict[str, object]) -> None:
        state, services = self.state, self.services
        if state is None or services is None or state.board.pipeline is None:
            return
        values = {
            **values,
            "pipeline_id": state.board.pipeline.id,
            "stage_id": state.columns[column].stage_id,
            "currency": state.board.base_currency,
            "owner_id": services.current_user_id,
        }
        try:
            saved = services.deals.create(values)
        except CrmError as error:
            QMessageBox.warning(self, self.tr("Deal not created"), str(error))
            return
        self.view.current_id = saved.record.id
        self._broadcast(saved.changes)
        self._load()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(80)
        self.busy.hide()
        self.message.hide()
        title = label(self.title(), "page_title")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(8)
        top.addWidget(self.filters, 1)
        for action in (self.board_actions.undo, self.board_actions.redo):
            button = QToolButton()
            button.setDefaultAction(action)
            top.addWidget(button)
            self.undo_buttons.append(button)
        top.addWidget(self.busy)
        hint = QLabel(
            self.tr(
                "Drag cards between stages, or use Ctrl+←/→ (stage), Ctrl+↑/↓ (order), "
                "Ctrl+Shift+W (won), Ctrl+Shift+L (lost), Ctrl+Z (undo); right-click for more."
            )
        )
        hint.setObjectName("board_hint")
        hint.setStyleSheet("color: palette(placeholder-text)")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def _connect(self) -> None:
        self.filters.sig_changed.connect(self._load)
        self.view.sig_card_dropped.connect(self._on_card_dropped)
        self.view.sig_card_activated.connect(self.open_deal)
        self.view.sig_add_requested.connect(self.add_deal_in)
        self.view.sig_context_menu.connect(self.board_actions.show_context_menu)
