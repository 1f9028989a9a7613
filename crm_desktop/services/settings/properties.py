"""Custom properties of contacts, companies and deals.

A property's ``key`` (where its values live in each record's ``custom`` JSON) is made once from
the first English label and never changes, so renaming a property keeps every stored value.
Deleting sends it to the trash (values untouched) and restoring brings it back as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import CustomFieldType, EntityKind
from crm_desktop.services import cleaners as c
from crm_desktop.services.records import RecordService
from crm_desktop.storage.models import CustomField
from crm_desktop.storage.unit_of_work import UnitOfWork

ENTITIES = (EntityKind.CONTACT, EntityKind.COMPANY, EntityKind.DEAL)
CHOICE_TYPES = (CustomFieldType.SINGLE_CHOICE, CustomFieldType.MULTI_CHOICE)


@dataclass(frozen=True)
class PropertyDTO:
    id: str
    entity: EntityKind
    key: str
    label_en: str
    label_zh: str | None
    type: CustomFieldType
    options: tuple[str, ...]
    required: bool
    position: int
    trashed: bool


def _entity(value: Any) -> str:
    kind = EntityKind(value)
    if kind not in ENTITIES:
        raise ValueError("only contacts, companies and deals have custom properties")
    return kind.value


def _options(value: Any) -> list[str]:
    seen: list[str] = []
    for option in c.string_list(value):
        if option not in seen:
            seen.append(option)
    return seen


def make_key(label: str, taken: Sequence[str]) -> str:
    """A stable identifier from a label: ``Contract end`` -> ``contract_end`` (unique)."""
    base = re.sub(r"\W+", "_", label.casefold()).strip("_")[:60] or "property"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class PropertyService(RecordService[CustomField, PropertyDTO]):
    model = CustomField
    kind = EntityKind.CUSTOM_FIELD
    required = ("entity", "label_en", "type")
    fields: ClassVar[Mapping[str, Callable[[Any], Any]]] = {
        "entity": _entity,
        "label_en": c.text(200),
        "label_zh": c.text(200),
        "type": c.enum(CustomFieldType),
        "options": _options,
        "required": c.boolean,
        "position": c.whole_number,
    }

    def list(self, entity: EntityKind | str, *, trashed: bool = False) -> list[PropertyDTO]:
        with self._db.session(write=False) as session:
            stmt = select(CustomField).where(CustomField.entity == EntityKind(entity).value)
            deleted = CustomField.deleted_at
            stmt = stmt.where(deleted.is_not(None) if trashed else deleted.is_(None))
            stmt = stmt.order_by(CustomField.position, CustomField.label_en)
            return [self._to_dto(session, f) for f in session.scalars(stmt)]

    def rename(self, field_id: str, label_en: str, label_zh: str | None = None) -> Changes:
        values = {"label_en": label_en}
        if label_zh is not None:
            values["label_zh"] = label_zh
        return self.update(field_id, values).changes

    def reorder(self, field_ids: Sequence[str]) -> Changes:
        uow = self._uow()
        with uow as session:
            for position, field_id in enumerate(field_ids):
                record = session.get(CustomField, field_id)
                if record is not None and record.position != position:
                    record.position = position
        return uow.changes

    def _apply(self, session: Session, record: CustomField, values: Mapping[str, Any]) -> None:
        values = dict(values)
        values.pop("key", None)
        if record.key:  # an existing property keeps its entity and key
            values.pop("entity", None)
        super()._apply(session, record, values)
        if not record.key:
            taken = list(
                session.scalars(select(CustomField.key).where(CustomField.entity == record.entity))
            )
            record.key = make_key(record.label_en, taken)
            count = session.scalar(
                select(func.count())
                .select_from(CustomField)
                .where(CustomField.entity == record.entity)
            )
            record.position = int(count or 0)
        if record.type not in CHOICE_TYPES:
            record.options = []

    def _to_dto(self, session: Session, record: CustomField) -> PropertyDTO:
        return PropertyDTO(
            record.id,
            EntityKind(record.entity),
            record.key,
            record.label_en,
            record.label_zh,
            record.type,
            tuple(record.options or ()),
            bool(record.required),
            record.position,
            record.deleted_at is not None,
        )

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._db, actor_id=self._actor())
