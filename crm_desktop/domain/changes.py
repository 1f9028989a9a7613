"""The record of what a write changed, broadcast to the views after every service call."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from crm_desktop.domain.enums import ChangeAction, EntityKind


@dataclass(frozen=True)
class Changes:
    """Which records of which kinds a unit of work created, updated, deleted or restored."""

    by_kind: Mapping[EntityKind, Mapping[ChangeAction, frozenset[str]]] = field(
        default_factory=dict
    )

    @classmethod
    def of(cls, items: Iterable[tuple[EntityKind, ChangeAction, str]]) -> Changes:
        acc: dict[EntityKind, dict[ChangeAction, set[str]]] = {}
        for kind, action, record_id in items:
            acc.setdefault(kind, {}).setdefault(action, set()).add(record_id)
        return cls({k: {a: frozenset(ids) for a, ids in v.items()} for k, v in acc.items()})

    @property
    def kinds(self) -> frozenset[EntityKind]:
        return frozenset(self.by_kind)

    def touches(self, *kinds: EntityKind) -> bool:
        return any(k in self.by_kind for k in kinds)

    def ids(self, kind: EntityKind, action: ChangeAction | None = None) -> frozenset[str]:
        actions = self.by_kind.get(kind, {})
        if action is not None:
            return actions.get(action, frozenset())
        return frozenset().union(*actions.values()) if actions else frozenset()

    def items(self) -> Iterable[tuple[EntityKind, ChangeAction, str]]:
        for kind, actions in self.by_kind.items():
            for action, ids in actions.items():
                for record_id in ids:
                    yield kind, action, record_id

    def merged(self, other: Changes) -> Changes:
        return Changes.of([*self.items(), *other.items()])

    def __bool__(self) -> bool:
        return bool(self.by_kind)
