"""The Trash: trashed records of every kind, restore, delete for good, purge after 30 days."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.names import display_name
from crm_desktop.services.records import TRASH_RETENTION
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Activity, Company, Contact, Deal, Task
from crm_desktop.storage.types import utcnow
from crm_desktop.storage.unit_of_work import UnitOfWork

MODELS: dict[str, type[Any]] = {
    "contact": Contact,
    "company": Company,
    "deal": Deal,
    "activity": Activity,
    "task": Task,
}


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: str
    title: str
    deleted_at: datetime
    #: when it will be purged for good
    purge_at: datetime


def _title(kind: str, record: Any) -> str:
    if kind == "contact":
        return display_name(record.first_name, record.last_name) or record.email or ""
    if kind in ("activity", "task"):
        return str(getattr(record, "subject", None) or getattr(record, "title", None) or "")
    return str(record.name or "")


class TrashService:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._db, actor_id=self._actor())

    def items(self, kinds: Iterable[str] | None = None, limit: int = 2000) -> list[TrashItem]:
        """Trashed records, most recently deleted first (``limit`` per kind)."""
        out: list[TrashItem] = []
        with self._db.session(write=False) as session:
            for kind in kinds or MODELS:
                model = MODELS[kind]
                stmt = (
                    select(model)
                    .where(model.deleted_at.is_not(None))
                    .order_by(model.deleted_at.desc())
                    .limit(limit)
                )
                for record in session.scalars(stmt):
                    deleted = record.deleted_at
                    item = TrashItem(
                        kind, record.id, _title(kind, record), deleted, deleted + TRASH_RETENTION
                    )
                    out.append(item)
        out.sort(key=lambda i: i.deleted_at, reverse=True)
        return out

    def count(self) -> int:
        with self._db.session(write=False) as session:
            total = 0
            for model in MODELS.values():
                stmt = select(func.count()).select_from(model).where(model.deleted_at.is_not(None))
                total += session.scalar(stmt) or 0
            return total

    def restore(self, items: Iterable[tuple[str, str]]) -> Changes:
        """Bring (kind, id) records back from the trash."""
        return self._each(items, lambda session, record: setattr(record, "deleted_at", None))

    def delete_forever(self, items: Iterable[tuple[str, str]]) -> Changes:
        """Delete trashed (kind, id) records for good (live records are left alone)."""

        def purge(session: Any, record: Any) -> None:
            if record.deleted_at is not None:
                session.delete(record)

        return self._each(items, purge)

    def purge_expired(self, now: datetime | None = None) -> Changes:
        """Delete for good what was trashed more than 30 days before ``now``.

        Looks first with a reader (a scan of every table), so the write lock is only taken
        when there is something to purge.
        """
        cutoff = (now or utcnow()) - TRASH_RETENTION
        expired: list[tuple[str, str]] = []
        with self._db.session(write=False) as session:
            for kind, model in MODELS.items():
                stmt = select(model.id).where(model.deleted_at < cutoff)
                expired.extend((kind, record_id) for record_id in session.scalars(stmt))
        if not expired:
            return Changes()
        return self.delete_forever(expired)

    def _each(
        self, items: Iterable[tuple[str, str]], action: Callable[[Any, Any], None]
    ) -> Changes:
        uow = self._uow()
        with uow as session:
            for kind, record_id in items:
                record = session.get(MODELS[kind], record_id)
                if record is not None:
                    action(session, record)
        return uow.changes
