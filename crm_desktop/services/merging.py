"""The row moves of a merge and of its undo (used by ``DuplicateService``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import EntityKind
from crm_desktop.domain.names import display_name
from crm_desktop.storage.models import Activity, Company, Contact, Deal, NpsResponse, Task

if TYPE_CHECKING:
    from crm_desktop.services.duplicates import MergeReceipt

Record = Contact | Company

#: (key in the receipt, model, foreign-key column name) moved from loser to winner.
_MOVES: dict[EntityKind, tuple[tuple[str, Any, str], ...]] = {
    EntityKind.CONTACT: (
        ("activity", Activity, "contact_id"),
        ("task", Task, "contact_id"),
        ("nps_response", NpsResponse, "contact_id"),
    ),
    EntityKind.COMPANY: (
        ("activity", Activity, "company_id"),
        ("task", Task, "company_id"),
        ("contact", Contact, "company_id"),
        ("deal", Deal, "company_id"),
    ),
}


def label(record: Record) -> str:
    if isinstance(record, Contact):
        return display_name(record.first_name, record.last_name) or record.email or record.id
    return record.name


def snapshot(record: Record, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The winner's editable values before the merge, plus what ``combine_extras`` touches."""
    keys = [*fields, "last_activity_at"]
    return {key: _copy(getattr(record, key)) for key in keys if hasattr(record, key)}


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def combine_extras(winner: Record, loser: Record, before: Mapping[str, Any]) -> None:
    """Keep what would otherwise be lost: custom values, tags, other addresses, last activity.

    ``before`` holds the winner's values before the chosen ones were applied."""
    winner.custom = {**(loser.custom or {}), **(winner.custom or {})}
    if loser.last_activity_at and (
        winner.last_activity_at is None or winner.last_activity_at < loser.last_activity_at
    ):
        winner.last_activity_at = loser.last_activity_at
    if isinstance(winner, Contact) and isinstance(loser, Contact):
        winner.tags = _union(winner.tags, loser.tags)
        old_email, old_phone = before.get("email"), before.get("phone")
        emails = _union(winner.other_emails, [old_email, loser.email, *loser.other_emails])
        winner.other_emails = [e for e in emails if e and e != winner.email]
        phones = _union(winner.other_phones, [old_phone, loser.phone, *loser.other_phones])
        winner.other_phones = [p for p in phones if p and p != winner.phone]


def _union(first: list[str] | None, second: list[str | None] | list[str] | None) -> list[str]:
    result: list[str] = []
    for item in [*(first or []), *(second or [])]:
        if item and item not in result:
            result.append(item)
    return result


def repoint(
    session: Session, kind: EntityKind, winner: Record, loser: Record
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...], tuple[str, ...]]:
    """Move every row pointing at the loser to the winner; returns what moved."""
    moved: dict[str, tuple[str, ...]] = {}
    for key, model, column_name in _MOVES[kind]:
        column = getattr(model, column_name)
        rows = list(session.scalars(select(model).where(column == loser.id)))
        for row in rows:
            setattr(row, column_name, winner.id)
        moved[key] = tuple(sorted(row.id for row in rows))
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    if kind == EntityKind.CONTACT:
        added, removed = _move_deal_links(session, winner, loser)
        moved["deal_contact"] = removed
    return moved, added, removed


def _deals_of(session: Session, contact_id: str) -> list[Deal]:
    stmt = select(Deal).where(Deal.contacts.any(Contact.id == contact_id))
    return list(session.scalars(stmt))


def _move_deal_links(
    session: Session, winner: Record, loser: Record
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    added, removed = [], []
    for deal in _deals_of(session, loser.id):
        contacts = [c for c in deal.contacts if c.id != loser.id]
        if all(c.id != winner.id for c in contacts):
            assert isinstance(winner, Contact)
            contacts.append(winner)
            added.append(deal.id)
        deal.contacts = contacts
        removed.append(deal.id)
    return tuple(sorted(added)), tuple(sorted(removed))


def restore(session: Session, receipt: MergeReceipt, winner: Record, loser: Record) -> None:
    """Point the rows a merge moved back at the loser."""
    for key, model, column_name in _MOVES[receipt.kind]:
        ids = receipt.moved.get(key, ())
        for row in session.scalars(select(model).where(model.id.in_(ids))):
            setattr(row, column_name, loser.id)
    if receipt.kind != EntityKind.CONTACT:
        return
    for deal in session.scalars(select(Deal).where(Deal.id.in_(receipt.loser_removed_from_deals))):
        contacts = list(deal.contacts)
        if deal.id in receipt.winner_added_to_deals:
            contacts = [c for c in contacts if c.id != winner.id]
        if isinstance(loser, Contact) and all(c.id != loser.id for c in contacts):
            contacts.append(loser)
        deal.contacts = contacts
