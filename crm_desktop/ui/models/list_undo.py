"""Bulk edit and trash from a list page, made undoable on the window's one undo stack.

The page performs the write itself first (one transaction, so validation errors surface before
anything is pushed), then pushes a command marked ``already_done``. Without an undo manager
(a page used alone) the write is simply done.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from crm_desktop.domain.changes import Changes
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.text import fill
from crm_desktop.ui.undo.commands import BulkEditCommand, TrashRecordsCommand, record_service

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.undo.manager import UndoManager

TAG_FIELDS = ("add_tag", "remove_tag")


class RecordValuesCommand(QUndoCommand):
    """Per-record values before and after a write (tags differ per record after a tag edit)."""

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        kind: str,
        before: Mapping[str, Mapping[str, Any]],
        after: Mapping[str, Mapping[str, Any]],
        text: str,
    ) -> None:
        super().__init__(text)
        self.services, self.hub, self.kind = services, hub, kind
        self.before = {k: dict(v) for k, v in before.items()}
        self.after = {k: dict(v) for k, v in after.items()}
        self._skip_redo = True  # the page has just written ``after``

    def _write(self, values: Mapping[str, Mapping[str, Any]]) -> None:
        service = record_service(self.services, self.kind)
        changes = Changes()
        for record_id, fields in values.items():
            changes = changes.merged(service.update(record_id, fields).changes)
        if changes:
            self.hub.sig_changed.emit(changes)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


def _tags_of(services: Services, kind: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    service = record_service(services, kind)
    return {i: {"tags": list(service.get(i).tags)} for i in ids}


def bulk_edit(
    services: Services,
    hub: SignalHub,
    undo: UndoManager | None,
    kind: str,
    ids: Sequence[str],
    field: str,
    value: Any,
) -> None:
    """Set ``field`` to ``value`` on ``ids``; raises ``CrmError`` (nothing pushed) when invalid."""
    text = fill(QCoreApplication.translate("RecordListPage", "Edit %1 records"), len(ids))
    if undo is None:
        hub.sig_changed.emit(services.list_actions.bulk_update(kind, ids, field, value))
        return
    if field in TAG_FIELDS:
        before = _tags_of(services, kind, ids)
        changes = services.list_actions.bulk_update(kind, ids, field, value)
        after = _tags_of(services, kind, ids)
        undo.push(RecordValuesCommand(services, hub, kind, before, after, text))
    else:
        command = BulkEditCommand(
            services, hub, kind, ids, {field: value}, already_done=True, text=text
        )  # reads the old values before the write
        changes = services.list_actions.bulk_update(kind, ids, field, value)
        undo.push(command)
    hub.sig_changed.emit(changes)


def trash(
    services: Services, hub: SignalHub, undo: UndoManager | None, kind: str, ids: Sequence[str]
) -> None:
    """Move ``ids`` to the Trash; undoable when there is an undo manager."""
    if undo is None:
        hub.sig_changed.emit(services.list_actions.trash(kind, ids))
        return
    changes = services.list_actions.trash(kind, ids)
    text = fill(QCoreApplication.translate("RecordListPage", "Move %1 to the Trash"), len(ids))
    undo.push(TrashRecordsCommand(services, hub, kind, ids, already_done=True, text=text))
    hub.sig_changed.emit(changes)
