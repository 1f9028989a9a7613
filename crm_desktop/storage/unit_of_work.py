"""One unit of work per user action: a session, its transaction, and what it changed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session

from crm_desktop.domain.changes import Changes
from crm_desktop.storage.database import Database


class UnitOfWork:
    """``with UnitOfWork(db, actor_id) as session:`` commits on success, rolls back on error.

    After the block, ``changes`` holds what was written (empty after a rollback).
    """

    def __init__(
        self, db: Database, actor_id: str | None = None, batch_id: str | None = None
    ) -> None:
        self._db = db
        self._actor_id = actor_id
        self._batch_id = batch_id
        self._session: Session | None = None
        self.changes = Changes()

    def __enter__(self) -> Session:
        session = self._db.session(write=True)
        session.info.update(actor_id=self._actor_id, batch_id=self._batch_id, changes=[])
        self._session = session
        return session

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self._session
        assert session is not None
        try:
            if exc_type is None:
                session.commit()
                self.changes = Changes.of(session.info.get("changes", []))
            else:
                session.rollback()
        finally:
            session.close()
            self._session = None
