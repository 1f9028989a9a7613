"""Dry run and real import, each on a worker with progress and cancel; the error report.

A large file (``process.worth_a_process``) is imported in a child process: the worker thread
then only waits on its pipe, so the GUI thread never waits for the GIL (issue 7's 50 ms).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.services.importing.job import ImportCancelled
from crm_desktop.services.importing.options import ImportResult
from crm_desktop.services.importing.process import ImportProcessError, worth_a_process
from crm_desktop.services.importing.runner import write_error_report
from crm_desktop.ui.importer.priority import background_priority
from crm_desktop.ui.importer.reasons import reason_text, report_headers
from crm_desktop.ui.importer.util import named
from crm_desktop.ui.text import fill
from crm_desktop.ui.workers import TaskContext, Worker, start_worker

if TYPE_CHECKING:
    from crm_desktop.ui.importer.wizard import ImportWizard

# Rejected rows listed in the wizard; the saved report always has all of them.
SHOWN_ERRORS = 1000


class ResultView(QWidget):
    """Counts, the rejected rows, and a button to save them as CSV."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ImportResult | None = None
        self.progress = named(QProgressBar(), f"{name}_progress")
        self.progress.setRange(0, 1000)
        self.counts = named(QLabel(), f"{name}_counts")
        self.counts.setWordWrap(True)
        self.errors = named(QTableWidget(0, 3), f"{name}_errors")
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Reason")]
        )
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.save_button = named(QPushButton(self.tr("Save error report…")), f"{name}_save")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_report())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.save_button)

    def clear(self) -> None:
        self.result = None
        self.progress.setValue(0)
        self.counts.clear()
        self.errors.setRowCount(0)
        self.save_button.setEnabled(False)

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        self.progress.setValue(1000)
        self.counts.setText(
            fill(
                self.tr("New: %1   Updated: %2   Skipped: %3   Errors: %4   Empty rows: %5"),
                result.new,
                result.updated,
                result.skipped,
                result.error_count,
                result.blank,
            )
        )
        shown = result.errors[:SHOWN_ERRORS]
        self.errors.setRowCount(len(shown))
        for row, error in enumerate(shown):
            for column, value in enumerate((str(error.row), error.column, reason_text(error))):
                self.errors.setItem(row, column, QTableWidgetItem(value))
        self.save_button.setEnabled(bool(result.errors))

    def save_report(self, path: str | None = None) -> str | None:
        if self.result is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save error report"), "import-errors.csv", self.tr("CSV (*.csv)")
            )
        if path:
            write_error_report(path, self.result.errors, reason_text, report_headers())
        return path or None


class _WorkerPage(QWizardPage):
    """A page that runs one import task on a worker when it is shown."""

    dry_run = True

    def __init__(self, wizard: ImportWizard, name: str) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.worker: Worker | None = None
        #: the running (or last) task runs in a child process
        self.in_process = False
        self._generation = 0
        self.view = ResultView(name, self)
        self.status = named(QLabel(), f"{name}_status")
        self.status.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.view, 1)

    def initializePage(self) -> None:
        self.view.clear()
        self.status.setText(self.tr("Working…"))
        table, options = self._wizard.table, self._wizard.import_options()
        assert table is not None
        services = self._wizard.services
        # a large file runs in a child process: the GUI thread then never waits for the GIL
        self.in_process = worth_a_process(table)
        service = services.process_imports if self.in_process else services.imports
        method = service.dry_run if self.dry_run else service.run

        def task(context: TaskContext) -> ImportResult:
            with background_priority():  # the GUI thread gets the CPU first
                return method(table, options, context.progress, context.cancelled)

        self.cancel()  # a run started before Back was pressed: its result is not wanted
        self._generation += 1
        generation = self._generation

        def current() -> bool:
            return generation == self._generation

        self.worker = start_worker(
            task,
            on_finished=lambda result: self._on_finished(result) if current() else None,
            on_failed=lambda exc: self._on_failed(exc) if current() else None,
            on_progress=lambda done, total: self._on_progress(done, total) if current() else None,
        )
        self.completeChanged.emit()

    def is_running(self) -> bool:
        return self.worker is not None

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def cleanupPage(self) -> None:
        self.cancel()

    def isComplete(self) -> bool:
        return self.worker is None and self.view.result is not None

    def _on_progress(self, done: int, total: int) -> None:
        self.view.progress.setValue(int(done * 1000 / max(total, 1)))

    def _on_finished(self, result: ImportResult) -> None:
        self.worker = None
        self.view.show_result(result)
        self.status.setText(self._done_text(result))
        self.completeChanged.emit()

    def _on_failed(self, exc: Exception) -> None:
        self.worker = None
        if isinstance(exc, ImportCancelled):
            self.status.setText(self.tr("Cancelled. Nothing was imported."))
        elif isinstance(exc, ImportProcessError):
            self.status.setText(
                fill(
                    self.tr(
                        "The import stopped unexpectedly (its process ended with code %1). "
                        "Nothing was imported."
                    ),
                    "?" if exc.exit_code is None else exc.exit_code,
                )
            )
        else:
            self.status.setText(fill(self.tr("The import failed; nothing was imported: %1"), exc))
        self.completeChanged.emit()

    def _done_text(self, result: ImportResult) -> str:
        raise NotImplementedError


class DryRunPage(_WorkerPage):
    """Counts and errors before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, "import_dry")
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("What the import will do. Nothing has been written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def _done_text(self, result: ImportResult) -> str:
        return self.tr("Press Import to write these records, or Back to change the mapping.")


class RunPage(_WorkerPage):
    """The real import: one transaction; cancel leaves nothing behind."""

    dry_run = False

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, "import_run")
        self.setTitle(self.tr("Import"))
        self.cancel_button = named(QPushButton(self.tr("Cancel import")), "import_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.layout_.addWidget(self.cancel_button)

    def initializePage(self) -> None:
        super().initializePage()
        self.cancel_button.setEnabled(True)

    def _on_finished(self, result: ImportResult) -> None:
        self.cancel_button.setEnabled(False)
        super()._on_finished(result)
        self._wizard.hub.sig_changed.emit(result.changes)

    def _on_failed(self, exc: Exception) -> None:
        self.cancel_button.setEnabled(False)
        super()._on_failed(exc)

    def _done_text(self, result: ImportResult) -> str:
        return self.tr("Imported. You can undo this import from File > Import History.")
