"""What every page of the main window offers the window that holds it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.hub import SignalHub

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.undo.manager import UndoManager


class Page(QWidget):
    """One entry of the navigation. Subclasses set ``key`` and ``icon_name``, define ``title``.

    A page learns of the open database from the hub (``set_services``) and reloads in
    ``refresh``; it listens to the hub for changes it cares about.
    """

    key: ClassVar[str] = ""
    icon_name: ClassVar[str] = ""

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.key}_page")
        self.hub = hub
        self.services: Services | None = None
        hub.sig_database_opened.connect(self._on_database_opened)

    def title(self) -> str:
        raise NotImplementedError

    def _on_database_opened(self, services: Services | None) -> None:
        from crm_desktop.ui.safety.read_guard import guard_reads

        guard_reads(self, self.set_services, services)  # a damaged file: a message, no raise

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def set_undo_manager(self, manager: UndoManager) -> None:
        """Pages whose edits can be undone push them onto the window's one undo stack."""
