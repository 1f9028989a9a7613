"""Task texts the main window shows before the tasks feature is loaded (no heavy imports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def new_task_text() -> str:
    """The File menu's "New Task…" (Ctrl+Shift+T)."""
    return QCoreApplication.translate("TaskEditing", "New &Task…")


def new_task_for_record_text() -> str:
    """A record's (or a pipeline card's) "New task…"."""
    return QCoreApplication.translate("TaskEditing", "New task…")
