"""The shared create / update / trash / restore / purge use cases of every record kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.dto import Saved
from crm_desktop.storage.database import Database
from crm_desktop.storage.models.base import RecordMixin
from crm_desktop.storage.types import utcnow
from crm_desktop.storage.unit_of_work import UnitOfWork

M = TypeVar("M", bound=RecordMixin)
D = TypeVar("D")

#: Trashed records can be restored for this long, then they are purged.
TRASH_RETENTION = timedelta(days=30)

Cleaner = Callable[[Any], Any]


class RecordService(Generic[M, D]):
    """Subclasses name the model, the DTO, the editable fields and how to clean each value."""

    model: ClassVar[type[Any]]
    kind: ClassVar[EntityKind]
    #: field name -> cleaner (raises ValueError with a message for the user)
    fields: ClassVar[Mapping[str, Cleaner]]

    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    # -- reading -------------------------------------------------------------------------
    def get(self, record_id: str) -> D:
        with self._db.session(write=False) as session:
            return self._to_dto(session, self._load(session, record_id))

    # -- writing -------------------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> Saved[D]:
        cleaned = self._clean(values)
        self._check_required(cleaned, None)
        uow = self._uow()
        with uow as session:
            record = self.model()
            self._apply(session, record, cleaned)
            session.add(record)
            session.flush()
            self._after_create(session, record)
            dto = self._to_dto(session, record)
        return Saved(dto, uow.changes)

    def update(self, record_id: str, values: Mapping[str, Any]) -> Saved[D]:
        cleaned = self._clean(values)
        uow = self._uow()
        with uow as session:
            record = self._load(session, record_id)
            self._check_required(cleaned, record)
            self._apply(session, record, cleaned)
            session.flush()
            dto = self._to_dto(session, record)
        return Saved(dto, uow.changes)

    def trash(self, record_ids: Iterable[str]) -> Changes:
        """Move records to the trash (restorable for 30 days)."""
        return self._set_deleted(record_ids, utcnow())

    def restore(self, record_ids: Iterable[str]) -> Changes:
        return self._set_deleted(record_ids, None)

    def purge_trash(self, now: datetime | None = None) -> Changes:
        """Delete for good the records trashed more than 30 days before ``now``."""
        cutoff = (now or utcnow()) - TRASH_RETENTION
        uow = self._uow()
        with uow as session:
            stmt = select(self.model).where(self.model.deleted_at < cutoff)
            for record in session.scalars(stmt):
                session.delete(record)
        return uow.changes

    # -- hooks and helpers ---------------------------------------------------------------
    required: ClassVar[tuple[str, ...]] = ()

    def _to_dto(self, session: Session, record: M) -> D:
        raise NotImplementedError

    def _apply(self, session: Session, record: M, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            setattr(record, key, value)

    def _after_create(self, session: Session, record: M) -> None:
        """Extra writes a new record needs (e.g. a deal's first stage entry)."""

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._db, actor_id=self._actor())

    def _load(self, session: Session, record_id: str) -> M:
        record: M | None = session.get(self.model, record_id)
        if record is None:
            raise NotFoundError(self.kind.value, record_id)
        return record

    def _clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        cleaned: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for key, value in values.items():
            cleaner = self.fields.get(key)
            if cleaner is None:
                errors[key] = "unknown field"
                continue
            if isinstance(value, str):
                value = value.strip()
            if value is None or value == "":
                cleaned[key] = None
                continue
            try:
                cleaned[key] = cleaner(value)
            except (ValueError, TypeError) as exc:
                errors[key] = str(exc)
        if errors:
            raise ValidationError(errors)
        return cleaned

    def _check_required(self, cleaned: Mapping[str, Any], record: M | None) -> None:
        missing = {
            key: "required"
            for key in self.required
            if (cleaned[key] if key in cleaned else getattr(record, key, None)) in (None, "")
        }
        if missing:
            raise ValidationError(missing)

    def _set_deleted(self, record_ids: Iterable[str], when: datetime | None) -> Changes:
        uow = self._uow()
        with uow as session:
            for record_id in record_ids:
                self._load(session, record_id).deleted_at = when
        return uow.changes
