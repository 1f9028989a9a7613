"""Opens record editors when the hub asks: ``sig_open_record(kind, id)``, ``sig_new_record``.

The main window makes one: ``RecordOpener(hub, window, undo=undo_manager)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.records.editor import RecordEditor

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.undo.manager import UndoManager

EDITABLE = frozenset({EntityKind.CONTACT, EntityKind.COMPANY, EntityKind.DEAL})


class RecordOpener(QObject):
    """One editor window per record: opening a record twice raises the editor already open."""

    def __init__(
        self,
        hub: SignalHub,
        window: QWidget,
        undo: UndoManager | None = None,
        services: Services | None = None,
    ) -> None:
        super().__init__(window)
        self.hub = hub
        self.window = window
        self.undo = undo
        self.services = services
        self.editors: list[RecordEditor] = []
        hub.sig_database_opened.connect(self.set_services)
        hub.sig_open_record.connect(self.open_record)
        hub.sig_new_record.connect(self.new_record)

    def set_services(self, services: Services | None) -> None:
        for editor in list(self.editors):
            editor.done(QDialog.DialogCode.Rejected)  # another database: no questions asked
        self.services = services

    def open_record(self, kind: str, record_id: str) -> RecordEditor | None:
        if self.services is None or kind not in EDITABLE:
            return None
        for editor in self.editors:
            if editor.kind == kind and editor.record_id == record_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        try:
            return self._show(RecordEditor(self.services, self.hub, kind, record_id, self.undo))
        except NotFoundError:
            return None

    def new_record(self, kind: str) -> RecordEditor | None:
        if self.services is None or kind not in EDITABLE:
            return None
        return self._show(RecordEditor(self.services, self.hub, kind, None, self.undo))

    def _show(self, editor: RecordEditor) -> RecordEditor:
        editor.setParent(self.window, Qt.WindowType.Dialog)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: RecordEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
