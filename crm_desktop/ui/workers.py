"""Running long work off the GUI thread.

A task is a plain function ``task(context) -> result`` run on ``QThreadPool.globalInstance()``.
It may report progress and poll for cancellation through its ``TaskContext``. Its result, the
exception it raised and its progress come back to the GUI thread, to the given callbacks:

    start_worker(task, on_finished=self._on_loaded, on_failed=self._on_load_failed)

No Qt object is created, owned or released on a pool thread: the pool runs a plain Python
callable, and every outcome travels through one long-lived dispatcher in the GUI thread. (Qt
wrappers released from a pool thread, or kept alive by a traceback there, have crashed PySide.)
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

PROGRESS_INTERVAL_S = 0.05
log = logging.getLogger(__name__)


class _Dispatcher(QObject):
    """Lives in the GUI thread; pool threads emit these, queued to the GUI thread."""

    sig_finished = Signal(int, object)  # job id, result
    sig_failed = Signal(int, object)  # job id, exception
    sig_progressed = Signal(int, int, int)  # job id, done, total

    def __init__(self) -> None:
        super().__init__()
        self._callbacks: dict[int, _Callbacks] = {}
        self.sig_finished.connect(self._on_finished)
        self.sig_failed.connect(self._on_failed)
        self.sig_progressed.connect(self._on_progressed)

    def add(self, worker: Worker, callbacks: _Callbacks) -> None:
        self._callbacks[worker.job_id] = callbacks

    def workers(self) -> list[Worker]:
        return [callbacks.worker for callbacks in self._callbacks.values()]

    def clear(self) -> None:
        for callbacks in self._callbacks.values():
            callbacks.worker.release()
        self._callbacks.clear()

    def _on_finished(self, job_id: int, result: object) -> None:
        callbacks = self._done(job_id)
        if callbacks is not None and (callback := _live(callbacks.on_finished)):
            callback(result)

    def _on_failed(self, job_id: int, exc: Exception) -> None:
        callbacks = self._done(job_id)
        if callbacks is not None and (callback := _live(callbacks.on_failed)):
            callback(exc)

    def _done(self, job_id: int) -> _Callbacks | None:
        callbacks = self._callbacks.pop(job_id, None)
        if callbacks is not None:
            callbacks.worker.release()
        return callbacks

    def _on_progressed(self, job_id: int, done: int, total: int) -> None:
        callbacks = self._callbacks.get(job_id)
        if callbacks is not None and (callback := _live(callbacks.on_progress)):
            callback(done, total)


def _live(callback: Callable[..., Any] | None) -> Callable[..., Any] | None:
    """``callback``, unless it is a method of a widget closed and deleted while its task ran
    (the window was closed): that one is dropped, not called on a dead C++ object."""
    owner = getattr(callback, "__self__", None)
    return None if isinstance(owner, QObject) and not shiboken6.isValid(owner) else callback


class TaskContext:
    """What a running task can use: report progress, ask whether it was cancelled."""

    def __init__(self, worker: Worker, dispatcher: _Dispatcher) -> None:
        self._worker = worker
        self._dispatcher = dispatcher
        self._last_report = 0.0

    def cancelled(self) -> bool:
        return self._worker.is_cancelled()

    def progress(self, done: int, total: int) -> None:
        """Report progress; throttled so a tight loop does not flood the GUI thread."""
        now = time.monotonic()
        if done < total and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._dispatcher.sig_progressed.emit(self._worker.job_id, done, total)


Task = Callable[[TaskContext], Any]
_job_ids = itertools.count(1)


class Worker:
    """Handle on one task: cancel it. Plain Python, so any thread may let go of it."""

    def __init__(self, task: Task) -> None:
        self.job_id = next(_job_ids)
        self._task: Task | None = task
        self._cancel_event = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop; it decides when (it polls ``context.cancelled()``)."""
        self._cancel_event.set()

    def is_cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def release(self) -> None:
        """Let go of the task, in the GUI thread, once its outcome was delivered.

        Whatever the task's closure holds is then freed here rather than on a pool thread.
        """
        self._task = None

    def run(self, dispatcher: _Dispatcher) -> None:
        # No local reference to the task: only ``release`` (GUI thread) may drop the last one.
        assert self._task is not None, "a worker runs once"
        try:
            result = self._task(TaskContext(self, dispatcher))
        except Exception as exc:
            log.debug("task %s failed", self.job_id, exc_info=exc)
            # The traceback's frames would keep this thread's objects alive in the GUI thread.
            dispatcher.sig_failed.emit(self.job_id, exc.with_traceback(None))
        else:
            dispatcher.sig_finished.emit(self.job_id, result)


@dataclass
class _Callbacks:
    worker: Worker
    on_finished: Callable[[Any], object] | None
    on_failed: Callable[[Exception], object] | None
    on_progress: Callable[[int, int], object] | None


_dispatcher: _Dispatcher | None = None


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


def start_worker(
    task: Task,
    *,
    on_finished: Callable[[Any], object] | None = None,
    on_failed: Callable[[Exception], object] | None = None,
    on_progress: Callable[[int, int], object] | None = None,
) -> Worker:
    """Run ``task`` on the global thread pool; call the given callbacks in the GUI thread."""
    dispatcher = _the_dispatcher()
    worker = Worker(task)
    dispatcher.add(worker, _Callbacks(worker, on_finished, on_failed, on_progress))
    QThreadPool.globalInstance().start(lambda: worker.run(dispatcher))
    return worker


def running_workers() -> list[Worker]:
    """Workers whose outcome has not been delivered yet."""
    return _the_dispatcher().workers()


def cancel_all_and_wait() -> None:
    """Cancel every task, wait for the pool to go idle, drop undelivered results (at exit)."""
    dispatcher = _the_dispatcher()
    for worker in dispatcher.workers():
        worker.cancel()
    QThreadPool.globalInstance().waitForDone()
    dispatcher.clear()
