"""Small read-only look-ups the record editors need: pickers, labels and custom fields."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from crm_desktop.domain.enums import CustomFieldType, EntityKind
from crm_desktop.domain.names import display_name
from crm_desktop.services.search import SearchService
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Company, Contact, CustomField, Deal, Source, User

DEFAULT_LIMIT = 20


@dataclass(frozen=True)
class Choice:
    """A record offered by a picker: its id and what the user reads."""

    id: str
    label: str


@dataclass(frozen=True)
class CustomFieldDTO:
    key: str
    label_en: str
    label_zh: str | None
    type: CustomFieldType
    options: tuple[str, ...]
    required: bool


def _contact_label(contact: Contact) -> str:
    name = display_name(contact.first_name, contact.last_name) or contact.email or ""
    return f"{name} ({contact.company.name})" if contact.company else name


class LookupService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._search = SearchService(db)

    def companies(self, text: str, limit: int = DEFAULT_LIMIT) -> list[Choice]:
        """Companies whose name (or email/phone fields) contain ``text``: the search index."""
        hits = self._search.search(text, "company", limit)
        return [Choice(h.id, h.title) for h in hits]

    def contacts(self, text: str, limit: int = DEFAULT_LIMIT) -> list[Choice]:
        """Contacts matching ``text`` (name, email, phone, company), with a detail to tell
        namesakes apart."""
        hits = self._search.search(text, "contact", limit)
        return [Choice(h.id, f"{h.title} · {h.detail}" if h.detail else h.title) for h in hits]

    def labels(self, kind: EntityKind | str, ids: Iterable[str]) -> dict[str, str]:
        """Display labels of records by id (trashed ones included)."""
        wanted = [i for i in ids if i]
        if not wanted:
            return {}
        kind = EntityKind(kind)
        with self._db.session(write=False) as session:
            if kind == EntityKind.CONTACT:
                stmt_c = select(Contact).where(Contact.id.in_(wanted))
                return {c.id: _contact_label(c) for c in session.scalars(stmt_c)}
            model: Any = {
                EntityKind.COMPANY: Company,
                EntityKind.DEAL: Deal,
                EntityKind.USER: User,
                EntityKind.SOURCE: Source,
            }[kind]
            stmt = select(model.id, model.name).where(model.id.in_(wanted))
            return {i: n for i, n in session.execute(stmt)}

    def users(self) -> list[Choice]:
        stmt = select(User.id, User.name).where(User.deleted_at.is_(None)).order_by(User.name)
        with self._db.session(write=False) as session:
            return [Choice(i, n) for i, n in session.execute(stmt)]

    def sources(self) -> list[Choice]:
        stmt = (
            select(Source.id, Source.name)
            .where(Source.deleted_at.is_(None), Source.active.is_(True))
            .order_by(Source.position, Source.name)
        )
        with self._db.session(write=False) as session:
            return [Choice(i, n) for i, n in session.execute(stmt)]

    def custom_fields(self, kind: EntityKind | str) -> list[CustomFieldDTO]:
        stmt = (
            select(CustomField)
            .where(CustomField.entity == EntityKind(kind).value, CustomField.deleted_at.is_(None))
            .order_by(CustomField.position, CustomField.key)
        )
        with self._db.session(write=False) as session:
            return [
                CustomFieldDTO(
                    f.key, f.label_en, f.label_zh, f.type, tuple(f.options or ()), f.required
                )
                for f in session.scalars(stmt)
            ]
