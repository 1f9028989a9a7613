"""Likely duplicates (same email, same phone, similar name at the same company) and merging.

A merge keeps one record (the winner), takes the chosen field values, re-points every
activity, task, deal link and NPS response of the other record (the loser) to the winner and
moves the loser to the trash, in one unit of work. ``unmerge`` reverses it exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import merging
from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.duplicate_scan import DuplicateGroup, DuplicateScan
from crm_desktop.services.records import RecordService
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import ChangeLog, Company, Contact
from crm_desktop.storage.types import utcnow
from crm_desktop.storage.unit_of_work import UnitOfWork

#: Names at least this similar (0..1) at the same company count as a likely duplicate.
NAME_SIMILARITY = 0.9

#: Fields offered in the merge dialog, in display order.
MERGE_FIELDS: dict[EntityKind, tuple[str, ...]] = {
    EntityKind.CONTACT: (
        "first_name",
        "last_name",
        "email",
        "phone",
        "title",
        "company_id",
        "lifecycle_stage",
        "lead_status",
        "source_id",
        "city",
        "country",
        "owner_id",
    ),
    EntityKind.COMPANY: (
        "name",
        "domain",
        "industry",
        "employees",
        "annual_revenue",
        "phone",
        "website",
        "address",
        "city",
        "country",
        "lifecycle",
        "source_id",
        "owner_id",
    ),
}


@dataclass(frozen=True)
class DuplicateMatch:
    """``other_id`` is probably the same as the record asked about; ``reasons``: email, ..."""

    other_id: str
    label: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MergeReceipt:
    """What a merge did, enough to undo it exactly."""

    kind: EntityKind
    winner_id: str
    loser_id: str
    winner_before: dict[str, Any]
    moved: dict[str, tuple[str, ...]] = field(default_factory=dict)
    winner_added_to_deals: tuple[str, ...] = ()
    loser_removed_from_deals: tuple[str, ...] = ()


@dataclass(frozen=True)
class MergeResult:
    receipt: MergeReceipt
    changes: Changes


class DuplicateService:
    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor
        self._records: dict[EntityKind, RecordService[Any, Any]] = {
            EntityKind.CONTACT: ContactService(db, actor),
            EntityKind.COMPANY: CompanyService(db, actor),
        }

    # -- detection -----------------------------------------------------------------------
    def find_for(self, kind: EntityKind | str, record_id: str) -> list[DuplicateMatch]:
        """Live records that are likely duplicates of ``record_id``, strongest first."""
        kind = EntityKind(kind)
        with self._db.session(write=False) as session:
            if kind == EntityKind.CONTACT:
                found = _contact_matches(session, record_id)
            elif kind == EntityKind.COMPANY:
                found = _company_matches(session, record_id)
            else:
                return []
        return sorted(found, key=lambda m: (-len(m.reasons), m.label))

    def scan(
        self,
        kind: EntityKind | str,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[DuplicateGroup]:
        """Every group of likely duplicates of ``kind`` (see ``duplicate_scan``); for a worker."""
        return DuplicateScan(self._db).scan(kind, cancelled, progress)

    # -- merging -------------------------------------------------------------------------
    def merge(
        self,
        kind: EntityKind | str,
        winner_id: str,
        loser_id: str,
        values: Mapping[str, Any] | None = None,
    ) -> MergeResult:
        """Keep ``winner_id`` with ``values`` applied; everything of ``loser_id`` moves to it."""
        kind = EntityKind(kind)
        service = self._service(kind)
        if winner_id == loser_id:
            raise ValidationError({"loser_id": "a record cannot be merged with itself"})
        cleaned = service._clean(values or {})
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            winner, loser = service._load(session, winner_id), service._load(session, loser_id)
            if winner.deleted_at is not None or loser.deleted_at is not None:
                raise ValidationError({"loser_id": "both records must be live (not in the trash)"})
            before = merging.snapshot(winner, service.fields)
            service._apply(session, winner, cleaned)
            merging.combine_extras(winner, loser, before)
            moved, added, removed = merging.repoint(session, kind, winner, loser)
            loser.deleted_at = utcnow()
            self._log_merge(session, kind, winner_id, loser_id, moved)
            session.flush()
        receipt = MergeReceipt(kind, winner_id, loser_id, before, moved, added, removed)
        return MergeResult(receipt, uow.changes)

    def unmerge(self, receipt: MergeReceipt) -> Changes:
        """Undo a merge: the loser comes back with its links; the winner gets its old values."""
        service = self._service(receipt.kind)
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            winner = service._load(session, receipt.winner_id)
            loser = service._load(session, receipt.loser_id)
            loser.deleted_at = None
            merging.restore(session, receipt, winner, loser)
            for key, value in receipt.winner_before.items():
                setattr(winner, key, value)
            session.flush()
        return uow.changes

    def _service(self, kind: EntityKind) -> RecordService[Any, Any]:
        service = self._records.get(kind)
        if service is None:
            raise ValidationError({"kind": f"{kind.value} records cannot be merged"})
        return service

    def _log_merge(
        self,
        session: Session,
        kind: EntityKind,
        winner_id: str,
        loser_id: str,
        moved: Mapping[str, tuple[str, ...]],
    ) -> None:
        now, actor = utcnow(), self._actor()
        summary = {key: len(ids) for key, ids in moved.items()}
        for entity_id, old, new in (
            (winner_id, {"merged": loser_id}, summary),
            (loser_id, None, {"merged_into": winner_id}),
        ):
            session.add(
                ChangeLog(
                    entity=kind.value,
                    entity_id=entity_id,
                    action="merge",
                    field=None,
                    old=old,
                    new=new,
                    at=now,
                    by_id=actor,
                )
            )


def _spellings(value: str) -> list[str]:
    """The usual case variants of ``value``: matched with indexes instead of ``lower()``."""
    return sorted({value, value.lower(), value.upper(), value.title(), value.capitalize()})


def _email_spellings(email: str) -> list[str]:
    """Stored addresses have a lower-case domain (email-validator); vary the local part."""
    local, _, domain = email.rpartition("@")
    return sorted({f"{variant}@{domain.lower()}" for variant in _spellings(local)})


def _normal_name(*parts: str | None) -> str:
    return "".join(p.strip().lower() for p in parts if p)


def _contact_matches(session: Session, record_id: str) -> list[DuplicateMatch]:
    me = session.get(Contact, record_id)
    if me is None:
        return []
    reasons: dict[str, list[str]] = {}
    live = Contact.deleted_at.is_(None) & (Contact.id != me.id)
    if me.email:
        # Exact spellings (not lower()) so the email index serves it at 1M contacts.
        stmt = select(Contact.id).where(live, Contact.email.in_(_email_spellings(me.email)))
        for other in session.scalars(stmt):
            reasons.setdefault(other, []).append("email")
    if me.phone:
        for other in session.scalars(select(Contact.id).where(live, Contact.phone == me.phone)):
            reasons.setdefault(other, []).append("phone")
    my_name = _normal_name(me.first_name, me.last_name)
    if me.company_id and my_name:
        same_company = select(Contact).where(live, Contact.company_id == me.company_id)
        for colleague in session.scalars(same_company):
            name = _normal_name(colleague.first_name, colleague.last_name)
            if name and SequenceMatcher(None, my_name, name).ratio() >= NAME_SIMILARITY:
                reasons.setdefault(colleague.id, []).append("name")
    return _matches(session, Contact, reasons)


def _company_matches(session: Session, record_id: str) -> list[DuplicateMatch]:
    me = session.get(Company, record_id)
    if me is None:
        return []
    reasons: dict[str, list[str]] = {}
    live = Company.deleted_at.is_(None) & (Company.id != me.id)
    checks = [("name", Company.name, me.name), ("domain", Company.domain, me.domain)]
    checks.append(("phone", Company.phone, me.phone))
    for reason, column, value in checks:
        if value:
            stmt = select(Company.id).where(live, column.in_(_spellings(value)))
            for other in session.scalars(stmt):
                reasons.setdefault(other, []).append(reason)
    return _matches(session, Company, reasons)


def _matches(
    session: Session, model: type[Contact] | type[Company], reasons: dict[str, list[str]]
) -> list[DuplicateMatch]:
    result = []
    for other_id, why in reasons.items():
        record: Any = session.get(model, other_id)
        label = merging.label(record) if record is not None else other_id
        result.append(DuplicateMatch(other_id, label, tuple(why)))
    return result
