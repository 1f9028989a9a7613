"""A record's timeline: its activities, its stage moves and its field history, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.domain.enums import ActivityType, EntityKind, Outcome
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Activity, ChangeLog, Stage, StageChange

#: Change-log fields that move on their own and would only clutter a timeline.
QUIET_FIELDS = frozenset({"last_activity_at", "stage_entered_at", "position"})
DEFAULT_LIMIT = 300


class EntryKind(StrEnum):
    ACTIVITY = "activity"
    STAGE_CHANGE = "stage_change"
    FIELD_CHANGE = "field_change"
    CREATED = "created"
    DELETED = "deleted"
    RESTORED = "restored"
    MERGED = "merged"


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a timeline. ``title`` is the activity subject, the field name or a stage."""

    at: datetime
    kind: EntryKind
    title: str
    detail: str | None = None
    activity_type: ActivityType | None = None
    old: Any = None
    new: Any = None
    by_id: str | None = None
    source_id: str | int | None = None


_ACTIONS = {
    "create": EntryKind.CREATED,
    "delete": EntryKind.DELETED,
    "restore": EntryKind.RESTORED,
    "merge": EntryKind.MERGED,
}


class TimelineService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_record(
        self, kind: EntityKind | str, record_id: str, limit: int = DEFAULT_LIMIT
    ) -> list[TimelineEntry]:
        kind = EntityKind(kind)
        with self._db.session(write=False) as session:
            entries = [
                *_activities(session, kind, record_id, limit),
                *_log_entries(session, kind, record_id, limit),
            ]
            if kind == EntityKind.DEAL:
                entries.extend(_stage_changes(session, record_id, limit))
        entries.sort(key=_sort_key, reverse=True)
        return entries[:limit]


def _sort_key(entry: TimelineEntry) -> tuple[datetime, int, str]:
    # Equal times: the change log id (int) keeps write order; other entries compare by id text.
    order = entry.source_id if isinstance(entry.source_id, int) else 0
    return (entry.at, order, str(entry.source_id or ""))


def _activities(
    session: Session, kind: EntityKind, record_id: str, limit: int
) -> list[TimelineEntry]:
    column = {
        EntityKind.CONTACT: Activity.contact_id,
        EntityKind.COMPANY: Activity.company_id,
        EntityKind.DEAL: Activity.deal_id,
    }.get(kind)
    if column is None:
        return []
    stmt = (
        select(Activity)
        .where(column == record_id, Activity.deleted_at.is_(None))
        .order_by(Activity.occurred_at.desc())
        .limit(limit)
    )
    return [
        TimelineEntry(
            at=a.occurred_at,
            kind=EntryKind.ACTIVITY,
            title=a.subject,
            detail=a.body,
            activity_type=a.type,
            by_id=a.owner_id,
            source_id=a.id,
        )
        for a in session.scalars(stmt)
    ]


def _stage_changes(session: Session, deal_id: str, limit: int) -> list[TimelineEntry]:
    old, new = aliased(Stage), aliased(Stage)
    stmt = (
        select(StageChange, old.name, new.name)
        .outerjoin(old, StageChange.from_stage_id == old.id)
        .outerjoin(new, StageChange.to_stage_id == new.id)
        .where(StageChange.deal_id == deal_id)
        .order_by(StageChange.at.desc())
        .limit(limit)
    )
    return [
        TimelineEntry(
            at=change.at,
            kind=EntryKind.STAGE_CHANGE,
            title=_stage_label(to_name, change.to_outcome),
            old=_stage_label(from_name, change.from_outcome) if change.from_outcome else None,
            new=_stage_label(to_name, change.to_outcome),
            by_id=change.by_id,
            source_id=change.id,
        )
        for change, from_name, to_name in session.execute(stmt)
    ]


def _stage_label(name: str | None, outcome: Outcome | None) -> str:
    if outcome in (Outcome.WON, Outcome.LOST) and not name:
        return outcome.value
    return name or ""


def _log_entries(
    session: Session, kind: EntityKind, record_id: str, limit: int
) -> list[TimelineEntry]:
    stmt = (
        select(ChangeLog)
        .where(
            ChangeLog.entity == kind.value,
            ChangeLog.entity_id == record_id,
            or_(ChangeLog.field.is_(None), ChangeLog.field.not_in(QUIET_FIELDS)),
        )
        .order_by(ChangeLog.at.desc(), ChangeLog.id.desc())
        .limit(limit)
    )
    return [_log_entry(row) for row in session.scalars(stmt)]


def _log_entry(row: ChangeLog) -> TimelineEntry:
    entry_kind = _ACTIONS.get(row.action, EntryKind.FIELD_CHANGE)
    is_field = entry_kind == EntryKind.FIELD_CHANGE
    return TimelineEntry(
        at=row.at,
        kind=entry_kind,
        title=row.field or "" if is_field else "",
        old=row.old if is_field or entry_kind == EntryKind.MERGED else None,
        new=row.new if is_field or entry_kind == EntryKind.MERGED else None,
        by_id=row.by_id,
        source_id=row.id,
    )
