"""The change log, written in the same transaction as the change it records.

Every flush of a ``TrackedSession`` appends one ``change_log`` row per created, purged or
trashed/restored record and one per changed field, and collects the ``Changes`` of the unit of
work. Bulk writes that bypass the ORM (demo data, imports) log their own batch instead.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import History

from crm_desktop.domain.enums import ChangeAction, EntityKind
from crm_desktop.storage.models.base import Base
from crm_desktop.storage.models.reference import ChangeLog
from crm_desktop.storage.sort_keys import KEY_COLUMNS
from crm_desktop.storage.types import utcnow

#: Columns that change on every write and say nothing on their own (the sort keys follow
#: the names, which are logged).
UNLOGGED_FIELDS = frozenset({"updated_at"}) | KEY_COLUMNS

ChangeItem = tuple[EntityKind, ChangeAction, str]


class TrackedSession(Session):
    """A session whose flushes are written to the change log."""

    @property
    def collected_changes(self) -> list[ChangeItem]:
        items: list[ChangeItem] = self.info.setdefault("changes", [])
        return items


def to_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, Base):
        return _record_id(value)
    return value


def _kind(obj: object) -> EntityKind | None:
    kind = getattr(obj, "__entity_kind__", None)
    return EntityKind(kind) if kind else None


def _record_id(obj: object) -> str:
    # The identity key is not set yet for new objects during the flush; the column value is.
    return str(inspect(obj).mapper.primary_key_from_instance(obj)[0])


def _snapshot(obj: object) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {a.key: to_json(getattr(obj, a.key)) for a in mapper.column_attrs}


def _first(history_values: Any) -> Any:
    return to_json(history_values[0]) if history_values else None


def _field_changes(obj: object) -> Iterator[tuple[str, History]]:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in UNLOGGED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes() and _first(history.deleted) != _first(history.added):
            yield attr.key, history
    for rel in state.mapper.relationships:
        if rel.secondary is not None:
            history = state.attrs[rel.key].history
            if history.added or history.deleted:
                yield rel.key, history


def _rows_for_dirty(obj: object, kind: EntityKind) -> Iterator[dict[str, Any]]:
    record_id = _record_id(obj)
    for key, history in _field_changes(obj):
        action = ChangeAction.UPDATE
        if key == "deleted_at":
            action = ChangeAction.RESTORE if history.added == [None] else ChangeAction.DELETE
        if key in {r.key for r in inspect(obj).mapper.relationships}:
            old, new = to_json(history.deleted), to_json(history.added)
        else:
            old, new = _first(history.deleted), _first(history.added)
        yield {
            "entity": kind.value,
            "entity_id": record_id,
            "action": action.value,
            "field": key,
            "old": old,
            "new": new,
        }


@event.listens_for(TrackedSession, "after_flush")
def _write_change_log(session: Session, _flush: UOWTransaction) -> None:
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if (kind := _kind(obj)) is not None:
            rows.append(
                {
                    "entity": kind.value,
                    "entity_id": _record_id(obj),
                    "action": ChangeAction.CREATE.value,
                    "field": None,
                    "old": None,
                    "new": _snapshot(obj),
                }
            )
    for obj in session.dirty:
        if (kind := _kind(obj)) is not None and session.is_modified(obj):
            rows.extend(_rows_for_dirty(obj, kind))
    for obj in session.deleted:
        if (kind := _kind(obj)) is not None:
            rows.append(
                {
                    "entity": kind.value,
                    "entity_id": _record_id(obj),
                    "action": ChangeAction.PURGE.value,
                    "field": None,
                    "old": _snapshot(obj),
                    "new": None,
                }
            )
    if not rows:
        return
    now = utcnow()
    actor, batch = session.info.get("actor_id"), session.info.get("batch_id")
    for row in rows:
        row.update(at=now, by_id=actor, batch_id=batch)
    session.connection().execute(insert(ChangeLog), rows)
    collected: list[ChangeItem] = session.info.setdefault("changes", [])
    collected.extend(
        (EntityKind(r["entity"]), ChangeAction(r["action"]), r["entity_id"]) for r in rows
    )
