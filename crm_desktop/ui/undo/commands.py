"""Undo commands for record writes. Each one calls a service; none touches the database itself.

Every command takes ``already_done``: pass True when the caller has just performed the write
itself (so validation errors surface before anything is pushed) and the first ``redo`` that
``QUndoStack.push`` runs must not write again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.ui.hub import SignalHub

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.duplicates import MergeReceipt


def record_service(services: Services, kind: EntityKind | str) -> Any:
    """The record service (contacts, companies, deals) of ``kind``."""
    return {
        EntityKind.CONTACT: services.contacts,
        EntityKind.COMPANY: services.companies,
        EntityKind.DEAL: services.deals,
    }[EntityKind(kind)]


def snapshot(record: Any, keys: Iterable[str]) -> dict[str, Any]:
    """The values of ``keys`` on a record DTO, in a form its service's ``update`` accepts."""
    values = {}
    for key in keys:
        value = getattr(record, key)
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, dict):
            value = dict(value)
        values[key] = value
    return values


translate = QCoreApplication.translate


class _ServiceCommand(QUndoCommand):
    def __init__(self, services: Services, hub: SignalHub, text: str, already_done: bool) -> None:
        super().__init__(text)
        self.services = services
        self.hub = hub
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._emit(self.do())

    def undo(self) -> None:
        self._emit(self.revert())

    def do(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def _emit(self, changes: Changes) -> None:
        if changes:
            self.hub.sig_changed.emit(changes)


class EditRecordCommand(_ServiceCommand):
    """An edit of one record: ``before`` and ``after`` map the changed fields to values."""

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        kind: EntityKind | str,
        record_id: str,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        *,
        already_done: bool = True,
        text: str | None = None,
    ) -> None:
        super().__init__(
            services, hub, text or translate("UndoCommands", "Edit record"), already_done
        )
        self.kind = EntityKind(kind)
        self.record_id = record_id
        self.before = dict(before)
        self.after = dict(after)

    def do(self) -> Changes:
        service = record_service(self.services, self.kind)
        changes: Changes = service.update(self.record_id, self.after).changes
        return changes

    def revert(self) -> Changes:
        service = record_service(self.services, self.kind)
        changes: Changes = service.update(self.record_id, self.before).changes
        return changes


class TrashRecordsCommand(_ServiceCommand):
    """Move records to the trash; undo restores them."""

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        kind: EntityKind | str,
        record_ids: Sequence[str],
        *,
        already_done: bool = False,
        text: str | None = None,
    ) -> None:
        super().__init__(
            services, hub, text or translate("UndoCommands", "Move to trash"), already_done
        )
        self.kind = EntityKind(kind)
        self.record_ids = list(record_ids)

    def do(self) -> Changes:
        changes: Changes = record_service(self.services, self.kind).trash(self.record_ids)
        return changes

    def revert(self) -> Changes:
        changes: Changes = record_service(self.services, self.kind).restore(self.record_ids)
        return changes


class CreateRecordCommand(_ServiceCommand):
    """A record just created (editor, quick-create picker): undo trashes it, redo restores."""

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        kind: EntityKind | str,
        record_id: str,
        *,
        text: str | None = None,
    ) -> None:
        super().__init__(
            services, hub, text or translate("UndoCommands", "Create record"), already_done=True
        )
        self.kind = EntityKind(kind)
        self.record_id = record_id

    def do(self) -> Changes:
        changes: Changes = record_service(self.services, self.kind).restore([self.record_id])
        return changes

    def revert(self) -> Changes:
        changes: Changes = record_service(self.services, self.kind).trash([self.record_id])
        return changes


class BulkEditCommand(_ServiceCommand):
    """Set the same ``values`` on many records; each record's old values are read up front."""

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        kind: EntityKind | str,
        record_ids: Sequence[str],
        values: Mapping[str, Any],
        *,
        already_done: bool = False,
        before: Mapping[str, Mapping[str, Any]] | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__(
            services, hub, text or translate("UndoCommands", "Bulk edit"), already_done
        )
        self.kind = EntityKind(kind)
        self.values = dict(values)
        service = record_service(services, self.kind)
        self.before = {
            i: dict(before[i]) if before else snapshot(service.get(i), self.values)
            for i in record_ids
        }

    def do(self) -> Changes:
        service = record_service(self.services, self.kind)
        changes = Changes()
        for record_id in self.before:
            changes = changes.merged(service.update(record_id, self.values).changes)
        return changes

    def revert(self) -> Changes:
        service = record_service(self.services, self.kind)
        changes = Changes()
        for record_id, values in self.before.items():
            changes = changes.merged(service.update(record_id, values).changes)
        return changes


class MergeCommand(_ServiceCommand):
    """Merge ``loser_id`` into ``winner_id`` with the chosen ``values``; undo unmerges."""

    def __init__(
        self,
        services: Services,
        hub: SignalHub,
        kind: EntityKind | str,
        winner_id: str,
        loser_id: str,
        values: Mapping[str, Any],
        *,
        receipt: MergeReceipt | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__(
            services, hub, text or translate("UndoCommands", "Merge records"), receipt is not None
        )
        self.kind = EntityKind(kind)
        self.winner_id = winner_id
        self.loser_id = loser_id
        self.values = dict(values)
        self.receipt = receipt

    def do(self) -> Changes:
        result = self.services.duplicates.merge(
            self.kind, self.winner_id, self.loser_id, self.values
        )
        self.receipt = result.receipt
        return result.changes

    def revert(self) -> Changes:
        assert self.receipt is not None
        return self.services.duplicates.unmerge(self.receipt)
