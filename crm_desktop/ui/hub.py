"""The one signal hub: what happened to the data, broadcast to every view.

A view never reaches into another view; it listens here and decides whether to refresh. The hub
also remembers the latest database and counts, for views created after they were announced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary


class SignalHub(QObject):
    # A service call wrote something: carries its ``crm_desktop.domain.changes.Changes``.
    sig_changed = Signal(object)
    # A database was opened, or its content replaced wholesale (demo data): carries its
    # ``Services``. Views reload everything.
    sig_database_opened = Signal(object)
    # Fresh record counts: carries a ``crm_desktop.services.summary.DatabaseSummary``.
    sig_summary_updated = Signal(object)
    # Someone asked to open a record's editor: kind (an ``EntityKind`` value), record id.
    sig_open_record = Signal(str, str)
    # Someone asked for a new record's editor: kind.
    sig_new_record = Signal(str)
    # "Who am I" (and so the owner the views start with) changed: carries the ``Services``.
    sig_identity_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.summary: DatabaseSummary | None = None
        # This computer's preferences, as the main window keeps them (pages built later use it).
        self.qsettings: QSettings | None = None
        # Connected first, so every other listener already sees the new values here.
        self.sig_database_opened.connect(self._on_database_opened)
        self.sig_summary_updated.connect(self._on_summary_updated)

    def _on_database_opened(self, services: Services) -> None:
        if services is not self.services:
            self.summary = None
        self.services = services

    def _on_summary_updated(self, summary: DatabaseSummary) -> None:
        self.summary = summary
