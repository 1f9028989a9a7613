"""Writes from the lists: bulk edit, bulk trash, saved views."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.deals import DealService
from crm_desktop.services.records import RecordService
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import SavedView
from crm_desktop.storage.unit_of_work import UnitOfWork

#: Fields a bulk edit may set, per kind.
BULK_FIELDS = {
    "contact": ("owner_id", "lifecycle_stage", "lead_status", "source_id", "add_tag", "remove_tag"),
    "company": ("owner_id", "lifecycle", "source_id"),
    "deal": ("owner_id", "stage_id", "source_id"),
}


@dataclass(frozen=True)
class SavedViewDTO:
    id: str
    kind: str
    name: str
    filters: dict[str, Any]
    sort: list[Any]
    columns: list[str]


class ListActions:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor
        self._services: dict[str, RecordService[Any, Any]] = {
            "contact": ContactService(db, actor),
            "company": CompanyService(db, actor),
            "deal": DealService(db, actor),
        }

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._db, actor_id=self._actor())

    # -- bulk ----------------------------------------------------------------------------
    def bulk_update(self, kind: str, ids: Sequence[str], field: str, value: Any) -> Changes:
        """Set ``field`` to ``value`` on every record of ``ids`` in one transaction."""
        if field not in BULK_FIELDS.get(kind, ()):
            raise ValidationError({field: "cannot be edited in bulk"})
        service = self._services[kind]
        if field in ("add_tag", "remove_tag"):
            return self._bulk_tags(service, ids, field == "add_tag", str(value).strip())
        cleaned = service._clean({field: value})
        uow = self._uow()
        with uow as session:
            for record_id in ids:
                record = service._load(session, record_id)
                service._apply(session, record, cleaned)
        return uow.changes

    def _bulk_tags(
        self, service: RecordService[Any, Any], ids: Sequence[str], add: bool, tag: str
    ) -> Changes:
        if not tag:
            raise ValidationError({"tags": "a tag cannot be empty"})
        uow = self._uow()
        with uow as session:
            for record_id in ids:
                record = service._load(session, record_id)
                tags = list(record.tags or [])
                if add and tag not in tags:
                    record.tags = [*tags, tag]
                elif not add and tag in tags:
                    record.tags = [t for t in tags if t != tag]
        return uow.changes

    def trash(self, kind: str, ids: Iterable[str]) -> Changes:
        return self._services[kind].trash(ids)

    # -- saved views ---------------------------------------------------------------------
    def views(self, kind: str) -> list[SavedViewDTO]:
        stmt = (
            select(SavedView)
            .where(SavedView.entity == kind, SavedView.deleted_at.is_(None))
            .order_by(SavedView.position, SavedView.name)
        )
        with self._db.session(write=False) as session:
            return [_view_dto(v) for v in session.scalars(stmt)]

    def save_view(
        self,
        kind: str,
        name: str,
        filters: Mapping[str, Any],
        sort: Sequence[Any],
        columns: Sequence[str],
    ) -> tuple[SavedViewDTO, Changes]:
        """Create the view ``name`` of ``kind``, or replace the one with that name."""
        name = name.strip()
        if not name:
            raise ValidationError({"name": "a view needs a name"})
        uow = self._uow()
        with uow as session:
            stmt = select(SavedView).where(
                SavedView.entity == kind, SavedView.name == name, SavedView.deleted_at.is_(None)
            )
            view = session.scalars(stmt).first() or SavedView(entity=kind, name=name)
            view.filters = dict(filters)
            view.sort = list(sort)
            view.columns = list(columns)
            view.owner_id = self._actor()
            session.add(view)
            session.flush()
            dto = _view_dto(view)
        return dto, uow.changes

    def delete_view(self, view_id: str) -> Changes:
        uow = self._uow()
        with uow as session:
            session.execute(delete(SavedView).where(SavedView.id == view_id))
        return uow.changes


def _view_dto(view: SavedView) -> SavedViewDTO:
    return SavedViewDTO(
        view.id,
        view.entity,
        view.name,
        dict(view.filters or {}),
        list(view.sort or []),
        list(view.columns or []),
    )
