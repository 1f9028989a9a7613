"""Logging what happened with a record: calls, emails, meetings, messages and notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.domain.enums import ActivityType
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.text import clean_text
from crm_desktop.services.dto import Saved, dto_from
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Activity, Company, Contact, Deal
from crm_desktop.storage.types import utcnow
from crm_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ActivityDTO:
    id: str
    type: ActivityType
    subject: str
    body: str | None
    occurred_at: datetime
    duration_minutes: int | None
    outcome: str | None
    owner_id: str | None
    contact_id: str | None
    company_id: str | None
    deal_id: str | None


@dataclass(frozen=True)
class ActivityLinks:
    """The records an activity is about (at least one)."""

    contact_id: str | None = None
    company_id: str | None = None
    deal_id: str | None = None


class ActivityService:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    def log(
        self,
        activity_type: ActivityType | str,
        subject: str,
        links: ActivityLinks,
        *,
        body: str | None = None,
        occurred_at: datetime | None = None,
        duration_minutes: int | None = None,
        outcome: str | None = None,
    ) -> Saved[ActivityDTO]:
        """Record an activity and move ``last_activity_at`` of every linked record forward.

        A contact's company is linked too when no company is named.
        """
        kind = _activity_type(activity_type)
        text = clean_text(subject or "")
        if len(text) > 500:
            raise ValidationError({"subject": "at most 500 characters"})
        if duration_minutes is not None and duration_minutes < 0:
            raise ValidationError({"duration_minutes": "cannot be negative"})
        when = occurred_at or utcnow()
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            records = _linked(session, links)
            if not records:
                raise ValidationError({"links": "an activity is about a contact, company or deal"})
            activity = Activity(
                type=kind,
                subject=text,
                body=clean_text(body) if body else None,
                occurred_at=when,
                duration_minutes=duration_minutes,
                outcome=clean_text(outcome) if outcome else None,
                owner_id=self._actor(),
                contact_id=links.contact_id,
                company_id=links.company_id or _company_of(records),
                deal_id=links.deal_id,
            )
            session.add(activity)
            for record in [*records, *_company_records(session, activity, links)]:
                if record.last_activity_at is None or record.last_activity_at < when:
                    record.last_activity_at = when
            session.flush()
            dto = dto_from(activity, ActivityDTO)
        return Saved(dto, uow.changes)


def _activity_type(value: ActivityType | str) -> ActivityType:
    try:
        return ActivityType(value)
    except ValueError as exc:
        raise ValidationError({"type": f"{value!r} is not an activity type"}) from exc


Linked = Contact | Company | Deal


def _linked(session: Session, links: ActivityLinks) -> list[Linked]:
    records: list[Linked] = []
    pairs: tuple[tuple[Any, str | None], ...] = (
        (Contact, links.contact_id),
        (Company, links.company_id),
        (Deal, links.deal_id),
    )
    for model, record_id in pairs:
        if record_id is None:
            continue
        record = session.get(model, record_id)
        if record is None:
            raise NotFoundError(model.__tablename__, record_id)
        records.append(record)
    return records


def _company_of(records: list[Linked]) -> str | None:
    for record in records:
        if isinstance(record, Contact) and record.company_id:
            return record.company_id
    return None


def _company_records(session: Session, activity: Activity, links: ActivityLinks) -> list[Linked]:
    """The company linked implicitly through the contact (not in ``links``)."""
    if links.company_id is None and activity.company_id is not None:
        company = session.get(Company, activity.company_id)
        return [company] if company is not None else []
    return []
