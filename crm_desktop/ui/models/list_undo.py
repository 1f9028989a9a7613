"""Bulk edit and trash from a list page, made undoable (one step) on the window's undo stack.

The write runs through a ``BulkRunner``: set-based, in one transaction, on a worker with a
progress dialog and Cancel when the selection is large. Once it is written, a command holding
what it overwrote is pushed (``already done``); undo puts those values back and redo writes
again, each through the same runner, so even 100k records undo as one step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.listing.bulk import BulkResult
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.models.bulk_runner import BulkRunner
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.undo.manager import UndoManager


translate = QCoreApplication.translate


class BulkWriteCommand(QUndoCommand):
    """A bulk write already done; undo restores what it overwrote, redo writes it again."""

    def __init__(
        self,
        runner: BulkRunner,
        services: Services,
        hub: SignalHub,
        result: BulkResult,
        text: str,
    ) -> None:
        super().__init__(text)
        self.runner, self.services, self.hub = runner, services, hub
        self.result = result  # the last write; its ``before`` is what undo puts back
        self._skip_redo = True

    def _apply(self, write: Callable[[Any, Any], BulkResult], label: str) -> None:
        def job(progress: Any, cancelled: Any) -> BulkResult:
            return write(progress, cancelled)

        self.runner.run(
            job,
            max(self.result.count, 1),
            label,
            self._on_written,
            lambda exc: _warn(self.runner, exc),
            cancellable=False,
        )

    def _on_written(self, result: BulkResult) -> None:
        self.result = result
        if result.changes:
            self.hub.sig_changed.emit(result.changes)

    def undo(self) -> None:
        self._apply(self._revert, translate("RecordListPage", "Undoing…"))

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._apply(self._revert, translate("RecordListPage", "Redoing…"))

    def _revert(self, progress: Any, cancelled: Any) -> BulkResult:
        """Swap: write back ``result.before``; the new result's ``before`` is the other side."""
        actions = self.services.list_actions
        if self.result.field == "deleted_at":
            ids = list(self.result.before)
            trashed = all(v is not None for v in self.result.before.values())
            return actions.bulk_trash(self.result.kind, ids, trashed, progress, cancelled)
        return actions.restore_values(self.result, progress, cancelled)


def _warn(runner: BulkRunner, exc: Exception) -> None:
    parent = runner.parent()
    QMessageBox.warning(
        parent if isinstance(parent, QWidget) else None,
        translate("RecordListPage", "Edit selected"),
        str(exc),
    )


def bulk_edit(
    runner: BulkRunner,
    services: Services,
    hub: SignalHub,
    undo: UndoManager | None,
    kind: str,
    rowids: Sequence[int],
    field: str,
    value: Any,
) -> None:
    """Set ``field`` to ``value`` on the rows ``rowids``; errors show a warning, push nothing."""
    lists, actions = services.lists, services.list_actions
    text = fill(translate("RecordListPage", "Edit %1 records"), len(rowids))

    def job(progress: Any, cancelled: Any) -> BulkResult:
        ids = lists.ids_of(kind, rowids)
        return actions.bulk_edit(kind, ids, field, value, progress, cancelled)

    def done(result: BulkResult) -> None:
        if undo is not None and result.count:
            undo.push(BulkWriteCommand(runner, services, hub, result, text))
        hub.sig_changed.emit(result.changes)

    runner.run(job, len(rowids), text, done, lambda exc: _warn(runner, exc))


def trash(
    runner: BulkRunner,
    services: Services,
    hub: SignalHub,
    undo: UndoManager | None,
    kind: str,
    rowids: Sequence[int],
    on_done: Callable[[int], object] | None = None,
) -> None:
    """Move the rows ``rowids`` to the Trash; undoable when there is an undo manager."""
    lists, actions = services.lists, services.list_actions
    text = fill(translate("RecordListPage", "Move %1 to the Trash"), len(rowids))

    def job(progress: Any, cancelled: Any) -> BulkResult:
        ids = lists.ids_of(kind, rowids)
        return actions.bulk_trash(kind, ids, True, progress, cancelled)

    def done(result: BulkResult) -> None:
        if undo is not None and result.count:
            undo.push(BulkWriteCommand(runner, services, hub, result, text))
        hub.sig_changed.emit(result.changes)
        if on_done is not None:
            on_done(result.count)

    runner.run(job, len(rowids), text, done, lambda exc: _warn(runner, exc))
