"""Writes from the lists: bulk edit, bulk trash, saved views."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.deals import DealService
from crm_desktop.services.listing.bulk import BulkResult, BulkWriter, Cancelled, Progress
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
        self._writer = BulkWriter(db, actor)

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._db, actor_id=self._actor())

    # -- bulk ----------------------------------------------------------------------------
    def bulk_update(self, kind: str, ids: Sequence[str], field: str, value: Any) -> Changes:
        """Set ``field`` to ``value`` on every record of ``ids`` in one transaction."""
        return self.bulk_edit(kind, ids, field, value).changes

    def bulk_edit(
        self,
        kind: str,
        ids: Sequence[str],
        field: str,
        value: Any,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BulkResult:
        """``bulk_update`` set-based, with progress and cancel; ``before`` allows an undo."""
        if field not in BULK_FIELDS.get(kind, ()):
            raise ValidationError({field: "cannot be edited in bulk"})
        service = self._services[kind]
        if field in ("add_tag", "remove_tag"):
            tags = self._tag_values(kind, ids, field == "add_tag", str(value).strip())
            return self._writer.set_values(kind, "tags", tags, progress, cancelled)
        cleaned = service._clean({field: value})
        return self._writer.set_field(kind, ids, field, cleaned[field], progress, cancelled)

    def _tag_values(self, kind: str, ids: Sequence[str], add: bool, tag: str) -> dict[str, str]:
        """The new stored tags of the records of ``ids`` whose tags change."""
        if not tag:
            raise ValidationError({"tags": "a tag cannot be empty"})
        out: dict[str, str] = {}
        for record_id, tags in self._tags_of(kind, ids).items():
            if add and tag not in tags:
                out[record_id] = json.dumps([*tags, tag])
            elif not add and tag in tags:
                out[record_id] = json.dumps([t for t in tags if t != tag])
        return out

    def _tags_of(self, kind: str, ids: Sequence[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        with self._db.session(write=False) as session:
            conn = session.connection()
            for start in range(0, len(ids), 500):
                chunk = tuple(ids[start : start + 500])
                marks = ", ".join("?" * len(chunk))
                sql = f"SELECT id, tags FROM {kind} WHERE id IN ({marks})"
                for record_id, tags in conn.exec_driver_sql(sql, chunk):
                    out[record_id] = list(json.loads(tags) if tags else [])
        return out

    def restore_values(
        self,
        result: BulkResult,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BulkResult:
        """Put back what ``result`` overwrote (the undo of a bulk edit)."""
        return self._writer.set_values(
            result.kind, result.field, result.before, progress, cancelled
        )

    def trash(self, kind: str, ids: Iterable[str]) -> Changes:
        return self.bulk_trash(kind, list(ids)).changes

    def bulk_trash(
        self,
        kind: str,
        ids: Sequence[str],
        trashed: bool = True,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BulkResult:
        """Move ``ids`` to the Trash (``trashed=False``: back out of it), set-based."""
        return self._writer.set_deleted(kind, ids, trashed, progress, cancelled)

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
