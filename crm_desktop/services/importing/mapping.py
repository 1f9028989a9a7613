"""Column mapping: suggestions from header names, and saved mapping templates.

Templates live in the ``setting`` row ``import.templates``: ``{name: {"kind", "mapping"}}``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.changes import Changes
from crm_desktop.services.importing.fields import (
    FIELDS,
    ImportKind,
    check_target,
    parse_map_options,
    suggest_field,
    suggest_mapping,
)
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Setting
from crm_desktop.storage.unit_of_work import UnitOfWork

TEMPLATES_KEY = "import.templates"

__all__ = [
    "FIELDS",
    "TEMPLATES_KEY",
    "MappingTemplate",
    "MappingTemplates",
    "check_target",
    "parse_map_options",
    "suggest_field",
    "suggest_mapping",
]


@dataclass(frozen=True)
class MappingTemplate:
    name: str
    kind: ImportKind
    mapping: dict[str, str]

    def applied_to(self, headers: list[str]) -> dict[str, str]:
        """The template's mapping for the columns this file has (case-insensitive)."""
        by_lower = {h.lower(): h for h in headers}
        return {
            by_lower[column.lower()]: target
            for column, target in self.mapping.items()
            if column.lower() in by_lower
        }


class MappingTemplates:
    """Saved column mappings, shared by everyone using the database."""

    def __init__(self, db: Database, actor: Callable[[], str | None] = lambda: None) -> None:
        self._db = db
        self._actor = actor

    def list(self, kind: ImportKind | None = None) -> list[MappingTemplate]:
        with self._db.session(write=False) as session:
            setting = session.get(Setting, TEMPLATES_KEY)
            stored: dict[str, Any] = dict(setting.value or {}) if setting else {}
        templates = [
            MappingTemplate(name, ImportKind(item["kind"]), dict(item["mapping"]))
            for name, item in sorted(stored.items())
            if isinstance(item, dict) and item.get("kind") in ImportKind.__members__.values()
        ]
        return [t for t in templates if kind is None or t.kind == kind]

    def save(self, name: str, kind: ImportKind, mapping: Mapping[str, str]) -> Changes:
        clean = {column: check_target(kind, target) for column, target in mapping.items() if target}
        return self._edit(lambda stored: stored.__setitem__(
            name.strip(), {"kind": kind.value, "mapping": clean}
        ))  # fmt: skip

    def delete(self, name: str) -> Changes:
        return self._edit(lambda stored: stored.pop(name, None))

    def _edit(self, change: Callable[[dict[str, Any]], object]) -> Changes:
        uow = UnitOfWork(self._db, self._actor())
        with uow as session:
            setting = session.get(Setting, TEMPLATES_KEY)
            stored = dict(setting.value or {}) if setting else {}
            change(stored)
            if setting is None:
                session.add(Setting(key=TEMPLATES_KEY, value=stored))
            else:
                setting.value = stored
        return uow.changes
