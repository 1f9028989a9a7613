"""Filling a database with demo data on a worker, behind a progress dialog with Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.ui.workers import TaskContext, Worker, start_worker

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.demo import DemoResult

DEFAULT_SIZE = "small"


class DemoRunner(QObject):
    sig_finished = Signal(object)  # the DemoResult
    sig_cancelled = Signal()  # stopped by the user; nothing was written
    sig_failed = Signal(object)  # the exception

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._worker: Worker | None = None
        self.dialog: QProgressDialog | None = None

    def _window(self) -> QWidget:
        """The window this belongs to (its parent; not kept in an attribute: no cycle)."""
        return self.parent()  # type: ignore[return-value]

    def is_running(self) -> bool:
        return self._worker is not None

    def start(self, services: Services, size: str = DEFAULT_SIZE) -> None:
        if self.is_running():
            return

        def generate(context: TaskContext) -> DemoResult:
            from crm_desktop.services.demo import DemoService, demo_size

            return DemoService(services.db).generate(
                demo_size(size), progress=context.progress, cancelled=context.cancelled
            )

        self.dialog = self._progress_dialog()
        self._worker = start_worker(
            generate,
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            on_progress=self._on_progress,
        )

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Creating demo contacts, companies, deals and activities…"),
            self.tr("Cancel"),
            0,
            0,
            self._window(),
        )
        dialog.setWindowTitle(self.tr("Demo Data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self._on_cancel_clicked)
        dialog.show()
        return dialog

    def _on_cancel_clicked(self) -> None:
        self.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _on_finished(self, result: DemoResult) -> None:
        self._end()
        self.sig_finished.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        from crm_desktop.services.demo import DemoCancelled

        self._end()
        if isinstance(exc, DemoCancelled):
            self.sig_cancelled.emit()
        else:
            self.sig_failed.emit(exc)

    def _end(self) -> None:
        self._worker = None
        if self.dialog is not None:
            self.dialog.hide()  # not close(): that would emit ``canceled``
            self.dialog.deleteLater()
            self.dialog = None
