"""Undo for rescheduling a task: redo moves the due time, undo puts the old schedule back."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from crm_desktop.domain.changes import Changes
from crm_desktop.services.tasks import TaskDTO
from crm_desktop.ui.hub import SignalHub

if TYPE_CHECKING:
    from crm_desktop.services.container import Services


class RescheduleTaskCommand(QUndoCommand):
    """``before`` is the task as it was; ``due_at`` where it goes. Pushed after the move."""

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        before: TaskDTO,
        due_at: datetime,
        *,
        already_done: bool = True,
    ) -> None:
        text = QCoreApplication.translate("TaskCommands", "Reschedule “{title}”")
        super().__init__(text.format(title=before.title))
        self.services = services
        self.hub = hub
        self.before = before
        self.due_at = due_at
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._emit(self.services.tasks.reschedule(self.before.id, self.due_at).changes)

    def undo(self) -> None:
        self._emit(self.services.tasks.restore_schedule(self.before).changes)

    def _emit(self, changes: Changes) -> None:
        if changes:
            self.hub.sig_changed.emit(changes)
