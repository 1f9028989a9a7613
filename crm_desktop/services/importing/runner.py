"""The import use cases: preview, dry run, run (one transaction, tied to a batch), undo.

The dry run does everything the real run does inside a transaction it then rolls back, so its
counts and errors are exactly the real run's. A cancelled or failed run is rolled back whole:
nothing of it stays, and its batch says so.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import ChangeAction, EntityKind
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.backups import BackupService
from crm_desktop.services.importing.bulk import raw_connection
from crm_desktop.services.importing.fields import ImportKind, suggest_mapping
from crm_desktop.services.importing.job import ImportJob, Tally
from crm_desktop.services.importing.options import (
    ImportBatchDTO,
    ImportOptions,
    ImportResult,
    RowError,
)
from crm_desktop.services.importing.reading import TableFile, open_table
from crm_desktop.services.importing.undo import undo_batch
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import ImportBatch
from crm_desktop.storage.types import new_id, to_db_datetime, utcnow
from crm_desktop.storage.unit_of_work import UnitOfWork

Progress = Callable[[int, int], None]
#: Up to this many changed records are listed by id in an import's ``Changes``; beyond it the
#: ``Changes`` names the kinds only (with the batch id standing in for the records).
CHANGES_LISTED = 20_000
Cancelled = Callable[[], bool]

_KIND_ENTITY = {
    ImportKind.CONTACTS: EntityKind.CONTACT,
    ImportKind.COMPANIES: EntityKind.COMPANY,
    ImportKind.DEALS: EntityKind.DEAL,
    ImportKind.ACTIVITIES: EntityKind.ACTIVITY,
    ImportKind.TASKS: EntityKind.TASK,
}


class ImportService:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    @staticmethod
    def open(
        path: Path | str, *, encoding: str | None = None, sheet: str | None = None
    ) -> TableFile:
        return open_table(path, encoding=encoding, sheet=sheet)

    @staticmethod
    def suggest(kind: ImportKind, headers: list[str]) -> dict[str, str]:
        return suggest_mapping(kind, headers)

    def dry_run(
        self,
        table: TableFile,
        options: ImportOptions,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """What ``run`` would do, written nowhere."""
        return self._execute(table, options, True, progress, cancelled)

    def run(
        self,
        table: TableFile,
        options: ImportOptions,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import in one transaction; raises ``ImportCancelled`` (nothing written) on cancel."""
        return self._execute(table, options, False, progress, cancelled)

    def _execute(
        self,
        table: TableFile,
        options: ImportOptions,
        dry_run: bool,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> ImportResult:
        options.match_column()  # a bad match key fails before anything starts
        batch_id = new_id()
        if not dry_run:
            BackupService(self._db.path).back_up_now("before-import")
            self._start_batch(batch_id, table, options)
        session = self._db.session(write=True)
        try:
            tally = self._run_job(session, table, options, batch_id, progress, cancelled)
            if dry_run:
                session.rollback()
            else:
                self._finish_batch(session, batch_id, tally)
                session.commit()
        except BaseException as exc:
            session.rollback()
            if not dry_run:
                self._mark_batch(batch_id, "cancelled" if _is_cancel(exc) else "failed")
            raise
        finally:
            session.close()
        return self._result(table, options, tally, None if dry_run else batch_id)

    def _run_job(
        self,
        session: Session,
        table: TableFile,
        options: ImportOptions,
        batch_id: str,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> Tally:
        now = to_db_datetime(utcnow())
        job = ImportJob(
            raw_connection(session), table, options, batch_id=batch_id, actor_id=self._actor(),
            now=now,
        )  # fmt: skip
        return job.run(progress, cancelled)

    def _result(
        self, table: TableFile, options: ImportOptions, tally: Tally, batch_id: str | None
    ) -> ImportResult:
        changes = Changes()
        if batch_id is not None:
            changes = self._changes_of(batch_id)
        return ImportResult(
            kind=options.kind,
            file_name=table.path.name,
            dry_run=batch_id is None,
            new=tally.new,
            updated=tally.updated,
            skipped=tally.skipped,
            blank=tally.blank,
            errors=tuple(tally.errors),
            rows=tally.rows,
            batch_id=batch_id,
            changes=changes,
        )

    def _changes_of(self, batch_id: str) -> Changes:
        with self._db.session(write=False) as session:
            conn = raw_connection(session)
            rows = conn.execute(
                "SELECT entity, action, entity_id FROM change_log WHERE batch_id = ? LIMIT ?",
                (batch_id, CHANGES_LISTED + 1),
            ).fetchall()
            if len(rows) > CHANGES_LISTED:  # a big import: say which kinds, not every id
                rows = conn.execute(
                    "SELECT DISTINCT entity, action, ? FROM change_log WHERE batch_id = ?",
                    (batch_id, batch_id),
                ).fetchall()
        items = [(EntityKind(e), ChangeAction(a), str(i)) for e, a, i in rows]
        items.append((EntityKind.IMPORT_BATCH, ChangeAction.CREATE, batch_id))
        return Changes.of(items)

    # -- the batch row -----------------------------------------------------------------
    def _start_batch(self, batch_id: str, table: TableFile, options: ImportOptions) -> None:
        with UnitOfWork(self._db, self._actor()) as session:
            session.add(
                ImportBatch(
                    id=batch_id,
                    kind=options.kind.value,
                    file_name=str(table.path),
                    status="running",
                    mapping={
                        "columns": dict(options.mapping),
                        "update_by": options.update_by,
                        "on_match": options.on_match,
                        "pipeline": options.pipeline,
                        "date_order": options.date_order.value,
                    },
                    by_id=self._actor(),
                )
            )

    def _finish_batch(self, session: Session, batch_id: str, tally: Tally) -> None:
        batch = session.get(ImportBatch, batch_id)
        assert batch is not None
        batch.status = "done"
        batch.finished_at = utcnow()
        batch.counts = {
            "new": tally.new,
            "updated": tally.updated,
            "skipped": tally.skipped,
            "errors": len(tally.errors),
            "blank": tally.blank,
        }
        session.flush()

    def _mark_batch(self, batch_id: str, status: str) -> None:
        with UnitOfWork(self._db, self._actor()) as session:
            batch = session.get(ImportBatch, batch_id)
            if batch is not None:
                batch.status = status
                batch.finished_at = utcnow()

    # -- history and undo --------------------------------------------------------------
    def history(self, limit: int = 100) -> list[ImportBatchDTO]:
        with self._db.session(write=False) as session:
            stmt = select(ImportBatch).order_by(ImportBatch.started_at.desc()).limit(limit)
            return [
                ImportBatchDTO(
                    b.id,
                    b.kind,
                    b.file_name,
                    b.status,
                    dict(b.counts or {}),
                    b.started_at,
                    b.finished_at,
                    b.undone_at,
                )
                for b in session.scalars(stmt)
            ]

    def undo(self, batch_id: str) -> Changes:
        """Remove what the import created and restore what it updated, in one transaction."""
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            batch = session.get(ImportBatch, batch_id)
            if batch is None:
                raise NotFoundError("import_batch", batch_id)
            if batch.undone_at is not None or batch.status != "done":
                raise ValidationError({"batch": "this import cannot be undone (again)"})
            items = undo_batch(raw_connection(session), batch_id, self._actor())
            batch.undone_at = utcnow()
            batch.status = "undone"
        return uow.changes.merged(Changes.of(items))


def _is_cancel(exc: BaseException) -> bool:
    from crm_desktop.services.importing.job import ImportCancelled

    return isinstance(exc, ImportCancelled | KeyboardInterrupt)


def write_error_report(
    path: Path | str,
    errors: tuple[RowError, ...] | list[RowError],
    reason_text: Callable[[RowError], str] | None = None,
    headers: Sequence[str] = ("row", "column", "reason"),
) -> None:
    """Every rejected row as CSV (UTF-8 with BOM so Excel shows Chinese right).

    ``reason_text`` words each reason (the GUI passes its translation; default English) and
    ``headers`` names the three columns.
    """
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(list(headers))
        for error in errors:
            reason = reason_text(error) if reason_text is not None else error.reason
            writer.writerow([error.row, error.column, reason])
