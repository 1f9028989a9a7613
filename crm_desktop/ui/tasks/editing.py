"""Creating and editing a task from anywhere: Tasks page, pipeline card, tray, Ctrl+Shift+T.

Every path opens the same ``TaskDialog`` and saves through ``TaskService``; the change goes to
the hub so every view (and the reminder timer) follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.tasks.dialog import TaskDialog
from crm_desktop.ui.tasks.link_picker import LINK_KINDS, LinkLookups, RecordLink

if TYPE_CHECKING:
    from crm_desktop.services.container import Services


def make_task_dialog(
    parent: QWidget | None,
    services: Services,
    task_id: str | None = None,
    link: RecordLink | None = None,
) -> TaskDialog:
    """The dialog for a new task (linked to ``link``) or for the task ``task_id``."""
    tasks = services.tasks
    task = tasks.get(task_id) if task_id else None
    return TaskDialog(
        services.users.list(),
        tasks.clock(),
        tasks.zone,
        task,
        parent,
        owner_id=services.current_user_id,
        lookups=LinkLookups(services),
        link=link,
    )


def save_task(
    dialog: TaskDialog, services: Services, task_id: str | None, parent: QWidget | None
) -> Changes | None:
    """Create or update from an accepted dialog; None (and a message) when it is refused."""
    try:
        if task_id is None:
            return services.tasks.create(dialog.value()).changes
        return services.tasks.update(task_id, dialog.value()).changes
    except ValidationError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("TaskEditing", "Task not saved"), str(error)
        )
        return None


def open_task_dialog(
    parent: QWidget,
    services: Services,
    hub: SignalHub,
    *,
    task_id: str | None = None,
    link: RecordLink | None = None,
) -> TaskDialog:
    """Open the dialog without blocking; an accepted dialog is saved and broadcast."""
    dialog = make_task_dialog(parent, services, task_id, link)

    def on_accepted() -> None:
        changes = save_task(dialog, services, task_id, parent)
        if changes:
            hub.sig_changed.emit(changes)

    dialog.accepted.connect(on_accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def current_record(window: QWidget) -> RecordLink | None:
    """The record the user is on: an active record editor, the board's card, one selected row."""
    active = QApplication.activeWindow()
    for candidate in (active, _current_page(window)):
        link = _record_of(candidate)
        if link is not None:
            return link
    return None


def _current_page(window: QWidget) -> object:
    current = getattr(window, "current_page", None)
    return current() if callable(current) else None


def _record_of(widget: object) -> RecordLink | None:
    kind = _kind(getattr(widget, "kind", None))
    record_id = getattr(widget, "record_id", None)
    if kind is not None and isinstance(record_id, str) and record_id:
        return RecordLink(kind, record_id)  # a record editor
    view = getattr(widget, "view", None)
    card_id = getattr(view, "current_id", None)
    if getattr(widget, "key", "") == "pipeline" and isinstance(card_id, str) and card_id:
        return RecordLink(EntityKind.DEAL, card_id)
    selected = getattr(widget, "selected_ids", None)
    if kind is not None and callable(selected):
        ids = selected()
        if len(ids) == 1:
            return RecordLink(kind, ids[0])
    return None


def _kind(value: object) -> EntityKind | None:
    try:
        kind = EntityKind(str(value))
    except ValueError:
        return None
    return kind if kind in LINK_KINDS else None


def new_task_from_window(window: QWidget, hub: SignalHub) -> TaskDialog | None:
    """Ctrl+Shift+T: a new task, linked to the record the user is on (if any)."""
    services = hub.services
    if services is None:
        return None
    return open_task_dialog(window, services, hub, link=current_record(window))
