"""The status bar: which database is open and how many records it holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStatusBar, QWidget

from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.text import fill
from crm_desktop.ui.widgets.labels import label

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary


class DatabaseStatusBar(QStatusBar):
    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_label = label(self.tr("No database open"), "database_label")
        self.counts_label = label(name="counts_label")
        self.addWidget(self.database_label)
        self.addPermanentWidget(self.counts_label)
        # A message shown before the window is (at start) would leave the label drawn under it:
        # QStatusBar hides normal widgets for a message, but showing the window shows them again.
        self.messageChanged.connect(lambda message: self.database_label.setVisible(not message))
        hub.sig_database_opened.connect(self._on_database_opened)
        hub.sig_summary_updated.connect(self._on_summary_updated)

    def _on_database_opened(self, services: Services) -> None:
        self.database_label.setText(services.path.name)
        self.database_label.setToolTip(str(services.path))
        self.counts_label.setText(self.tr("Counting records…"))

    def _on_summary_updated(self, summary: DatabaseSummary) -> None:
        text = self.tr("Contacts: %1 · Companies: %2 · Deals: %3 (%4 open) · Open tasks: %5")
        self.counts_label.setText(
            fill(
                text,
                summary.contacts,
                summary.companies,
                summary.deals,
                summary.open_deals,
                summary.open_tasks,
            )
        )
