"""The window's one undo stack and its Edit menu actions (Ctrl+Z, Ctrl+Shift+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from crm_desktop.domain.errors import CrmError
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.text import fill


class UndoManager(QObject):
    """Owns the ``QUndoStack``; cleared whenever another database is opened."""

    def __init__(self, hub: SignalHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts(
            [
                QKeySequence("Ctrl+Shift+Z"),
                *[k for k in redo_keys if k.toString() != "Ctrl+Shift+Z"],
            ]
        )
        self.redo_action.triggered.connect(self.redo)
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.undoTextChanged.connect(self._on_undo_text)
        self.stack.redoTextChanged.connect(self._on_redo_text)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        hub.sig_database_opened.connect(self._on_database_opened)

    def _on_database_opened(self, _services: object) -> None:
        self.stack.clear()

    def _on_undo_text(self, text: str) -> None:
        self.undo_action.setText(fill(self.tr("&Undo %1"), text) if text else self.tr("&Undo"))

    def _on_redo_text(self, text: str) -> None:
        self.redo_action.setText(fill(self.tr("&Redo %1"), text) if text else self.tr("&Redo"))

    def add_to_menu(self, menu: QMenu) -> None:
        """Put Undo and Redo into ``menu`` (the window's Edit menu)."""
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)

    def undo(self) -> None:
        self._guarded(self.stack.undo)

    def redo(self) -> None:
        self._guarded(self.stack.redo)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except CrmError as exc:
            parent = self.parent()
            QMessageBox.warning(
                parent if isinstance(parent, QWidget) else None,
                self.tr("Cannot undo"),
                str(exc),
            )
            self.stack.clear()


def create_undo_stack(hub: SignalHub, parent: QObject | None = None) -> UndoManager:
    return UndoManager(hub, parent)
