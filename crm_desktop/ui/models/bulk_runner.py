"""Runs bulk writes (edit, trash, their undo and redo) one after another, off the GUI thread.

A small job (at most ``SYNC_LIMIT`` records) runs at once in the GUI thread: a few statements,
a few milliseconds. A large one ("select all" of 100k rows) runs on a worker with a progress
dialog; the forward write can be cancelled (its transaction rolls back), undo and redo cannot
(the undo stack has already moved). Jobs run in the order they were asked, never two at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.services.listing.bulk import BulkCancelled
from crm_desktop.ui.workers import TaskContext, Worker, start_worker

#: jobs on at most this many records run at once in the GUI thread
SYNC_LIMIT = 2000
#: the progress dialog shows only when a job runs longer than this
SHOW_AFTER_MS = 300

#: ``job(progress, cancelled) -> result``, run in the GUI thread or on a worker
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


@dataclass
class _Queued:
    job: Job
    size: int
    label: str
    on_done: Callable[[Any], object]
    on_failed: Callable[[Exception], object] | None
    cancellable: bool


class BulkRunner(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._queue: deque[_Queued] = deque()
        self.worker: Worker | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.worker is not None or bool(self._queue)

    def run(
        self,
        job: Job,
        size: int,
        label: str,
        on_done: Callable[[Any], object],
        on_failed: Callable[[Exception], object] | None = None,
        *,
        cancellable: bool = True,
    ) -> None:
        """Run ``job`` (now when small and nothing is queued, else in turn on a worker)."""
        self._queue.append(_Queued(job, size, label, on_done, on_failed, cancellable))
        if self.worker is None:
            self._next()

    def _next(self) -> None:
        while self._queue and self.worker is None:
            item = self._queue.popleft()
            if item.size <= SYNC_LIMIT:
                self._run_here(item)
            else:
                self._start(item)

    def _run_here(self, item: _Queued) -> None:
        try:
            result = item.job(lambda _d, _t: None, lambda: False)
        except Exception as exc:
            self._fail(item, exc)
            return
        item.on_done(result)

    def _start(self, item: _Queued) -> None:
        dialog = QProgressDialog(item.label, "", 0, max(item.size, 1), self._window)
        dialog.setObjectName("bulk_progress")
        dialog.setWindowTitle(QCoreApplication.translate("BulkRunner", "Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if item.cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("BulkRunner", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setValue(0)
        self.dialog = dialog

        def task(context: TaskContext) -> Any:
            return item.job(context.progress, context.cancelled)

        self.worker = start_worker(
            task,
            on_finished=lambda result: self._finished(item, result),
            on_failed=lambda exc: self._finished_failed(item, exc),
            on_progress=self._on_progress,
        )

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.blockSignals(True)  # closing a progress dialog emits ``canceled``
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.worker = None

    def _finished(self, item: _Queued, result: Any) -> None:
        self._close_dialog()
        item.on_done(result)
        self._next()

    def _finished_failed(self, item: _Queued, exc: Exception) -> None:
        self._close_dialog()
        self._fail(item, exc)
        self._next()

    def _fail(self, item: _Queued, exc: Exception) -> None:
        if isinstance(exc, BulkCancelled):
            return
        if item.on_failed is None:
            raise exc
        item.on_failed(exc)
