"""Import history: every import with its counts, and undo of a whole import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.importing.options import ImportBatchDTO
from crm_desktop.ui.importer.util import named
from crm_desktop.ui.text import fill
from crm_desktop.ui.workers import TaskContext, Worker, start_worker

if TYPE_CHECKING:
    from crm_desktop.domain.changes import Changes
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub


class ImportHistoryDialog(QDialog):
    def __init__(self, services: Services, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import History"))
        self.setObjectName("import_history")
        self._services = services
        self._hub = hub
        self._batches: list[ImportBatchDTO] = []
        self.worker: Worker | None = None
        self.grid = named(QTableWidget(0, 5), "import_history_table")
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Kind"),
                self.tr("File"),
                self.tr("Status"),
                self.tr("New / updated / errors"),
            ]
        )
        self.grid.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.itemSelectionChanged.connect(self._update_buttons)
        self.message = named(QLabel(), "import_history_message")
        self.undo_button = named(QPushButton(self.tr("Undo import")), "import_undo")
        self.undo_button.clicked.connect(self._on_undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        self._batches = self._services.imports.history()
        self.grid.setRowCount(len(self._batches))
        for row, batch in enumerate(self._batches):
            counts = batch.counts
            values = [
                batch.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                batch.kind,
                batch.file_name,
                self._status(batch.status),
                f"{counts.get('new', 0)} / {counts.get('updated', 0)} / {counts.get('errors', 0)}",
            ]
            for column, value in enumerate(values):
                self.grid.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _status(self, status: str) -> str:
        return {
            "running": self.tr("interrupted (nothing imported)"),
            "done": self.tr("done"),
            "undone": self.tr("undone"),
            "cancelled": self.tr("cancelled (nothing imported)"),
            "failed": self.tr("failed (nothing imported)"),
        }.get(status, status)

    def selected(self) -> ImportBatchDTO | None:
        rows = self.grid.selectionModel().selectedRows()
        return self._batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.can_undo and self.worker is None)

    def _on_undo(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            fill(
                self.tr("Remove everything %1 created and restore what it changed?"),
                batch.file_name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        imports = self._services.imports

        def task(_context: TaskContext) -> Changes:
            return imports.undo(batch.id)

        self.message.setText(self.tr("Undoing…"))
        self.worker = start_worker(task, on_finished=self._on_undone, on_failed=self._on_failed)
        self._update_buttons()

    def _on_undone(self, changes: Changes) -> None:
        self.worker = None
        self.message.setText(self.tr("The import was undone."))
        self._hub.sig_changed.emit(changes)
        self.refresh()

    def _on_failed(self, exc: Exception) -> None:
        self.worker = None
        text = str(exc) if isinstance(exc, CrmError) else repr(exc)
        self.message.setText(fill(self.tr("Undo failed; nothing was changed: %1"), text))
        self.refresh()
