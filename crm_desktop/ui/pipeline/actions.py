"""The keyboard way to do every drag: shortcuts and the card's context menu."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.domain.enums import EntityKind
from crm_desktop.ui.tasks.texts import new_task_for_record_text

if TYPE_CHECKING:
    from crm_desktop.ui.pipeline.page import PipelinePage


class BoardActions(QObject):
    """Actions on the current card; their shortcuts work anywhere inside the page."""

    def __init__(self, page: PipelinePage) -> None:
        super().__init__(page)
        self.page = page
        self.context_menu: QMenu | None = None
        make = self._make
        self.open = make(self.tr("Open deal"), "", lambda: self._with_current(page.open_deal))
        self.next = make(self.tr("Move to next stage"), "Ctrl+Right", lambda: self.move(1))
        self.prev = make(self.tr("Move to previous stage"), "Ctrl+Left", lambda: self.move(-1))
        self.up = make(self.tr("Move up"), "Ctrl+Up", lambda: self.reorder(-1))
        self.down = make(self.tr("Move down"), "Ctrl+Down", lambda: self.reorder(1))
        self.won = make(
            self.tr("Mark won"), "Ctrl+Shift+W", lambda: self._with_current(page.mark_won)
        )
        self.lost = make(
            self.tr("Mark lost…"),
            "Ctrl+Shift+L",
            lambda: self._with_current(page.ask_lost_reason),
        )
        self.undo = page.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.redo = page.undo_stack.createRedoAction(self, self.tr("Redo"))
        for action, keys in (
            (self.undo, QKeySequence.StandardKey.Undo),
            (self.redo, QKeySequence.StandardKey.Redo),
        ):
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)

    def _make(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.page.addAction(action)
        return action

    def _with_current(self, action: Callable[[str], object]) -> None:
        state, card_id = self.page.state, self.page.view.current_id
        if card_id and state and state.slot(card_id):
            action(card_id)

    # -- moves of the current card -------------------------------------------------------
    def move(self, step: int) -> bool:
        """Move the current card to the next (+1) or previous (-1) stage."""
        state, card_id = self.page.state, self.page.view.current_id
        slot = state.slot(card_id) if state and card_id else None
        if state is None or slot is None:
            return False
        stages = state.stage_columns()
        if slot.column in stages:
            position = stages.index(slot.column) + step
        else:  # from "unassigned": back to the last stage, never "next"
            position = len(stages) - 1 if step < 0 else -1
        if not 0 <= position < len(stages):
            return False
        column = stages[position]
        index = min(slot.index, state.columns[column].count)
        return self.page.move_card(slot.card.id, column, index)

    def reorder(self, step: int) -> bool:
        state, card_id = self.page.state, self.page.view.current_id
        slot = state.slot(card_id) if state and card_id else None
        if state is None or slot is None or state.columns[slot.column].stage_id is None:
            return False
        index = slot.index + step
        if not 0 <= index < state.columns[slot.column].count:
            return False
        return self.page.move_card(slot.card.id, slot.column, index)

    # -- context menu --------------------------------------------------------------------
    def show_context_menu(self, card_id: str, pos: QPoint) -> None:
        state = self.page.state
        if state is None:
            return
        self.page.view.set_current(card_id)
        menu = QMenu(self.page)
        menu.addAction(self.open)
        menu.addSeparator()
        menu.addAction(self.next)
        menu.addAction(self.prev)
        move_to = menu.addMenu(self.tr("Move to"))
        slot = state.slot(card_id)
        for column in state.stage_columns():
            target = move_to.addAction(state.columns[column].name)
            target.setEnabled(slot is not None and slot.column != column)
            target.triggered.connect(partial(self._move_to_column, card_id, column))
        menu.addAction(self.up)
        menu.addAction(self.down)
        menu.addSeparator()
        menu.addAction(self.won)
        menu.addAction(self.lost)
        menu.addSeparator()
        new_task = menu.addAction(new_task_for_record_text())
        new_task.setObjectName("board_new_task")
        new_task.triggered.connect(partial(self.new_task, card_id))
        menu.aboutToHide.connect(menu.deleteLater)
        self.context_menu = menu
        menu.popup(pos)

    def new_task(self, card_id: str) -> QWidget | None:
        """A task linked to the card's deal (the same dialog as on the Tasks page)."""
        services = self.page.services
        if services is None:
            return None
        from crm_desktop.ui.tasks.editing import open_task_dialog
        from crm_desktop.ui.tasks.link_picker import RecordLink

        link = RecordLink(EntityKind.DEAL, card_id)
        return open_task_dialog(self.page, services, self.page.hub, link=link)

    def _move_to_column(self, card_id: str, column: int) -> None:
        state = self.page.state
        if state is not None:
            self.page.move_card(card_id, column, state.columns[column].count)
