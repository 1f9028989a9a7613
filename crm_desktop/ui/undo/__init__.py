"""Undo/redo: one QUndoStack for the window; each command calls a service with snapshots."""

from crm_desktop.ui.undo.commands import (
    BulkEditCommand,
    EditRecordCommand,
    MergeCommand,
    TrashRecordsCommand,
)
from crm_desktop.ui.undo.manager import UndoManager

__all__ = [
    "BulkEditCommand",
    "EditRecordCommand",
    "MergeCommand",
    "TrashRecordsCommand",
    "UndoManager",
]
