"""Keeps the record counts fresh: fetches the summary on a worker whenever the data changed."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.workers import TaskContext, start_worker

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary

log = logging.getLogger(__name__)


class SummaryWatcher(QObject):
    """Publishes ``hub.sig_summary_updated`` after a database opened and after every change.

    At most one fetch runs at a time; changes that arrive meanwhile cause one more fetch.
    """

    def __init__(self, hub: SignalHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._services: Services | None = None
        self._fetching = False
        self._stale = False
        hub.sig_database_opened.connect(self._on_database_opened)
        hub.sig_changed.connect(self._on_changed)

    def refresh(self) -> None:
        services = self._services
        if services is None:
            return
        if self._fetching:
            self._stale = True
            return
        self._fetching = True

        def fetch(_context: TaskContext) -> tuple[Services, DatabaseSummary]:
            return services, services.summary.summary()

        start_worker(fetch, on_finished=self._on_fetched, on_failed=self._on_fetch_failed)

    def _on_database_opened(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def _on_changed(self, _changes: object) -> None:
        self.refresh()

    def _on_fetched(self, result: tuple[Services, DatabaseSummary]) -> None:
        services, summary = result
        if services is self._services:  # not a late answer about a database closed since
            self._hub.sig_summary_updated.emit(summary)
        self._fetch_done()

    def _on_fetch_failed(self, exc: Exception) -> None:
        log.warning("counting records failed: %s", exc)
        self._fetch_done()

    def _fetch_done(self) -> None:
        self._fetching = False
        if self._stale:
            self._stale = False
            self.refresh()
