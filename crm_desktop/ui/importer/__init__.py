"""Import wizard, import history (undo) and export dialog, opened from the File menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.importing.fields import ImportKind
    from crm_desktop.ui.hub import SignalHub
    from crm_desktop.ui.importer.export_dialog import ExportDialog
    from crm_desktop.ui.importer.history import ImportHistoryDialog
    from crm_desktop.ui.importer.wizard import ImportWizard


def open_import_wizard(parent: QWidget | None, services: Services, hub: SignalHub) -> ImportWizard:
    """Show the import wizard (non-modal); it emits ``hub.sig_changed`` after an import."""
    from crm_desktop.ui.importer.wizard import ImportWizard

    wizard = ImportWizard(services, hub, parent)
    wizard.show()
    return wizard


def open_import_history(
    parent: QWidget | None, services: Services, hub: SignalHub
) -> ImportHistoryDialog:
    """Show past imports; undo one (emits ``hub.sig_changed``)."""
    from crm_desktop.ui.importer.history import ImportHistoryDialog

    dialog = ImportHistoryDialog(services, hub, parent)
    dialog.show()
    return dialog


def open_export_dialog(
    parent: QWidget | None,
    services: Services,
    hub: SignalHub,
    *,
    kind: ImportKind | None = None,
    ids: Sequence[str] | None = None,
    columns: Sequence[str] | None = None,
    gather_ids: Callable[[], Sequence[str]] | None = None,
) -> ExportDialog:
    """Show the export dialog; a list view passes its kind, current ids (or ``gather_ids``,
    called on the export worker) and columns."""
    from crm_desktop.ui.importer.export_dialog import ExportDialog

    dialog = ExportDialog(
        services, parent, kind=kind, ids=ids, columns=columns, gather_ids=gather_ids
    )
    dialog.show()
    return dialog


__all__ = ["open_export_dialog", "open_import_history", "open_import_wizard"]
