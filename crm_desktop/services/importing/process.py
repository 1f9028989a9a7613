"""The import's dry run and real run in a child process, so the GUI never waits for the GIL.

``ProcessImportService`` has the same ``dry_run``/``run`` calls as ``ImportService`` and the
child runs exactly that service's code (``ImportService``) on the same database file, with
the same passphrase when it is encrypted. Only plain data crosses the process boundary:

- to the child: the opened ``TableFile``, the ``ImportOptions``, the actor, the passphrase;
  later, on the same pipe, "cancel";
- to the parent: ``("batch", id)`` when the import batch row exists, ``("progress", done,
  total)`` (throttled), the rejected rows in chunks ``("errors", [(row, column, reason)])``
  (small messages: the caller's thread never unpickles 100k rows in one go), then
  ``("done", result)``, ``("cancelled",)`` or ``("failed", exception)``.

The child checks for "cancel" (or the parent gone: end of pipe) every few hundred rows and
then rolls back, as the in-process run does. When the child dies without an answer (killed,
crashed), its transaction was never committed; the parent marks the batch row "failed" and
raises ``ImportProcessError``. The calls block: run them on a worker thread, which spends its
time waiting on the pipe with the GIL released.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.importing.job import ImportCancelled
from crm_desktop.services.importing.options import ImportOptions, ImportResult, RowError
from crm_desktop.services.importing.reading import TableFile
from crm_desktop.services.importing.runner import Cancelled, ImportService, Progress
from crm_desktop.storage import encryption
from crm_desktop.storage.database import Database
from crm_desktop.storage.engine import create_sqlite_engine
from crm_desktop.storage.models import ImportBatch
from crm_desktop.storage.types import utcnow
from crm_desktop.storage.unit_of_work import UnitOfWork

#: Files at least this big are imported in a child process (smaller ones: the start-up of a
#: child, about a second, would cost more than it saves).
PROCESS_MIN_BYTES = 512 * 1024
#: How much nicer than its parent the child runs (the GUI gets the CPU first).
NICER_BY = 5
#: Rejected rows per message.
ERROR_CHUNK = 1000
#: Seconds between progress messages.
PROGRESS_INTERVAL_S = 0.05
#: How often the parent looks at "cancelled" while it waits for a message.
POLL_S = 0.05
#: After "cancel", how long the child may take to roll back before it is terminated.
GRACE_S = 5.0
#: Called in the child at each progress report (tests make the child fail or slow here).
child_hook: Callable[[int, int], None] | None = None

_CONTEXT = multiprocessing.get_context("spawn")
_LIVE: set[BaseProcess] = set()


class ImportProcessError(CrmError):
    """The import's child process failed or stopped without an answer; nothing was imported."""

    def __init__(self, reason: str, exit_code: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.exit_code = exit_code


@dataclass(frozen=True)
class ImportRequest:
    """Everything the child needs, as plain picklable data."""

    db_path: str
    key: str | None
    actor_id: str | None
    table: TableFile
    options: ImportOptions
    dry_run: bool
    hook: Callable[[int, int], None] | None = None


def worth_a_process(table: TableFile) -> bool:
    """Whether ``table`` is big enough to import in a child process."""
    return table.size >= PROCESS_MIN_BYTES


def live_children() -> list[BaseProcess]:
    """Import children started by this process that have not been reaped yet."""
    return [p for p in list(_LIVE) if _alive(p)]  # list(): other threads add and remove


def _alive(process: BaseProcess) -> bool:
    try:
        return process.is_alive()
    except ValueError:  # closed meanwhile by the thread that ran it
        return False


class ProcessImportService:
    """``ImportService.dry_run``/``run``, run by ``ImportService`` in a child process."""

    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    def dry_run(
        self,
        table: TableFile,
        options: ImportOptions,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        return self._execute(table, options, True, progress, cancelled)

    def run(
        self,
        table: TableFile,
        options: ImportOptions,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import in the child's one transaction; ``ImportCancelled`` when cancelled,
        ``ImportProcessError`` when the child dies (both: nothing was imported)."""
        return self._execute(table, options, False, progress, cancelled)

    def _execute(
        self,
        table: TableFile,
        options: ImportOptions,
        dry_run: bool,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> ImportResult:
        options.match_column()  # a bad match key fails here, as in-process
        path = self._db.path
        request = ImportRequest(
            str(path), encryption.key_for(path), self._actor(), table, options, dry_run,
            child_hook,
        )  # fmt: skip
        with _child(request) as (process, conn):
            talk = _Conversation(process, conn, progress, cancelled)
            try:
                return talk.run()
            except (ImportCancelled, ImportProcessError):
                if talk.batch_id is not None:
                    status = "cancelled" if talk.cancel_sent else "failed"
                    self._settle(talk.batch_id, status)
                raise

    def _settle(self, batch_id: str, status: str) -> None:
        """Mark a batch the child left "running" (it died before it could)."""
        with UnitOfWork(self._db, self._actor()) as session:
            batch = session.get(ImportBatch, batch_id)
            if batch is not None and batch.status == "running":
                batch.status = status
                batch.finished_at = utcnow()


@contextlib.contextmanager
def _child(request: ImportRequest) -> Iterator[tuple[BaseProcess, Connection]]:
    """A started child and the parent's end of its pipe; the child is gone afterwards."""
    parent_end, child_end = _CONTEXT.Pipe(duplex=True)
    process = _CONTEXT.Process(
        target=child_main, args=(request, child_end), name="crm-desktop-import", daemon=True
    )
    _LIVE.add(process)
    try:
        process.start()
        child_end.close()  # the child's end lives in the child only: its death ends the pipe
        yield process, parent_end
    finally:
        parent_end.close()
        try:
            _reap(process)
        finally:
            _LIVE.discard(process)
        process.close()


def _reap(process: BaseProcess, timeout_s: float = GRACE_S) -> None:
    """Wait for the child to end (it has answered, or its pipe ended); stop it if it does not."""
    if process.pid is None:  # never started
        return
    process.join(timeout_s)
    if process.is_alive():
        process.terminate()
        process.join(1.0)
    if process.is_alive():
        process.kill()
        process.join()


class _Conversation:
    """The parent's side: forward progress, pass on cancel, gather the answer."""

    def __init__(
        self,
        process: BaseProcess,
        conn: Connection,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.process, self.conn = process, conn
        self.progress, self.cancelled = progress, cancelled
        self.batch_id: str | None = None
        self.cancel_sent = False
        self._cancel_at = 0.0
        self.errors: list[RowError] = []

    def run(self) -> ImportResult:
        while True:
            self._pass_on_cancel()
            if not self.conn.poll(POLL_S):
                continue
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                raise self._died() from None
            result = self._handle(message)
            if result is not None:
                return result

    def _pass_on_cancel(self) -> None:
        if self.cancel_sent:
            if time.monotonic() - self._cancel_at > GRACE_S:
                self.process.terminate()  # it did not stop in time: nothing was committed
                raise ImportCancelled()
            return
        if self.cancelled is not None and self.cancelled():
            self.cancel_sent, self._cancel_at = True, time.monotonic()
            with contextlib.suppress(OSError):
                self.conn.send("cancel")

    def _handle(self, message: tuple[Any, ...]) -> ImportResult | None:
        kind = message[0]
        if kind == "progress":
            if self.progress is not None:
                self.progress(message[1], message[2])
        elif kind == "batch":
            self.batch_id = message[1]
        elif kind == "errors":
            self.errors.extend(RowError(row, column, reason) for row, column, reason in message[1])
        elif kind == "done":
            result: ImportResult = message[1]
            return replace(result, errors=tuple(self.errors))
        elif kind == "cancelled":
            raise ImportCancelled()
        elif kind == "failed":
            raise message[1]
        return None

    def _died(self) -> CrmError:
        self.process.join(1.0)
        code = self.process.exitcode
        if self.cancel_sent:
            return ImportCancelled()
        return ImportProcessError(
            f"the import process stopped unexpectedly (exit code {code}); nothing was imported",
            code,
        )


# -- the child -------------------------------------------------------------------------------
class _ChildService(ImportService):
    """``ImportService`` that tells the parent its batch id as soon as the batch row exists."""

    def __init__(self, db: Database, actor_id: str | None, conn: Connection) -> None:
        super().__init__(db, lambda: actor_id)
        self._conn = conn

    def _start_batch(self, batch_id: str, table: TableFile, options: ImportOptions) -> None:
        super()._start_batch(batch_id, table, options)
        self._conn.send(("batch", batch_id))


class _Reporter:
    def __init__(self, conn: Connection, hook: Callable[[int, int], None] | None) -> None:
        self.conn, self.hook = conn, hook
        self._last = 0.0

    def progress(self, done: int, total: int) -> None:
        if self.hook is not None:
            self.hook(done, total)
        now = time.monotonic()
        if done < total and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self.conn.send(("progress", done, total))

    def cancelled(self) -> bool:
        """The parent said "cancel" or is gone (end of the pipe)."""
        return self.conn.poll()


def child_main(request: ImportRequest, conn: Connection) -> None:
    """The child process: run the import, send back plain data."""
    _lower_priority()
    reporter = _Reporter(conn, request.hook)
    try:
        result = _import(request, conn, reporter)
    except ImportCancelled:
        _send(conn, ("cancelled",))
        return
    except Exception as exc:
        _send(conn, ("failed", _portable(exc)))
        return
    rows = [(e.row, e.column, e.reason) for e in result.errors]
    for start in range(0, len(rows), ERROR_CHUNK):
        conn.send(("errors", rows[start : start + ERROR_CHUNK]))
    conn.send(("done", replace(result, errors=())))
    conn.close()


def _import(request: ImportRequest, conn: Connection, reporter: _Reporter) -> ImportResult:
    path = Path(request.db_path)
    if request.key is not None:
        encryption.remember_key(path, request.key)  # the before-import backup needs it too
    engine = create_sqlite_engine(path, key=request.key)
    try:
        # Not ``Database.close``: the parent still has the file open (no clean-close mark).
        service = _ChildService(Database(path, engine), request.actor_id, conn)
        method = service.dry_run if request.dry_run else service.run
        return method(request.table, request.options, reporter.progress, reporter.cancelled)
    finally:
        engine.dispose()


def _send(conn: Connection, message: tuple[Any, ...]) -> None:
    with contextlib.suppress(OSError):  # the parent is gone: nobody to tell
        conn.send(message)
        conn.close()


def _portable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling, else a ``CrmError`` with the same message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return CrmError(str(exc))
    return exc


def _lower_priority() -> None:
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICER_BY)
