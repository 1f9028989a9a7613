"""Undo/redo: one QUndoStack for the window; each command calls a service with snapshots."""

from crm_desktop.ui.undo.commands import (
    BulkEditCommand,
    CreateRecordCommand,
    EditRecordCommand,
    MergeCommand,
    TrashRecordsCommand,
)
from crm_desktop.ui.undo.manager import UndoManager

__all__ = [
    "BulkEditCommand",
    "CreateRecordCommand",
    "EditRecordCommand",
    "MergeCommand",
    "TrashRecordsCommand",
    "UndoManager",
]
