"""The global duplicate scan: every group of likely duplicate contacts or companies.

Each rule is one ``GROUP BY`` over the live records (same email, ignoring case; same phone;
same name at the same company; for companies same name, domain or phone); groups that share
a record are joined (union-find). Meant for a worker: it polls ``cancelled`` and SQLite is
interrupted through the progress handler.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text

from crm_desktop.domain.enums import EntityKind
from crm_desktop.services import merging
from crm_desktop.services.search import Cancelled, interruptible
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Company, Contact

#: At most this many groups are returned (largest first); the user merges and scans again.
MAX_GROUPS = 500

_NAME = "lower(trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')))"
RULES: dict[EntityKind, tuple[tuple[str, str], ...]] = {
    EntityKind.CONTACT: (
        ("email", "lower(email)"),
        ("phone", "phone"),
        ("name", f"CASE WHEN {_NAME} != '' THEN company_id || '|' || {_NAME} END"),
    ),
    EntityKind.COMPANY: (
        ("name", "lower(trim(name))"),
        ("domain", "lower(domain)"),
        ("phone", "phone"),
    ),
}
TABLES = {EntityKind.CONTACT: "contact", EntityKind.COMPANY: "company"}


@dataclass(frozen=True)
class DuplicateGroup:
    """Records that are probably the same; ``reasons`` as in ``DuplicateMatch``."""

    kind: EntityKind
    ids: tuple[str, ...]
    labels: tuple[str, ...]
    reasons: tuple[str, ...]


class _Groups:
    """Union-find over record ids, remembering why records were joined."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.reasons: dict[str, set[str]] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        while item != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, ids: list[str], reason: str) -> None:
        first = self.find(ids[0])
        for other in ids[1:]:
            root = self.find(other)
            if root != first:
                self.parent[root] = first
                self.reasons.setdefault(first, set()).update(self.reasons.pop(root, set()))
        self.reasons.setdefault(first, set()).add(reason)

    def groups(self) -> list[tuple[list[str], set[str]]]:
        members: dict[str, list[str]] = {}
        for item in list(self.parent):
            members.setdefault(self.find(item), []).append(item)
        return [(sorted(ids), self.reasons.get(root, set())) for root, ids in members.items()]


class DuplicateScan:
    def __init__(self, db: Database) -> None:
        self._db = db

    def scan(
        self,
        kind: EntityKind | str,
        cancelled: Cancelled | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[DuplicateGroup]:
        """Groups of likely duplicates of ``kind``, largest first (at most ``MAX_GROUPS``)."""
        kind = EntityKind(kind)
        rules = RULES.get(kind, ())
        groups = _Groups()
        with self._db.session(write=False) as session, interruptible(session, cancelled):
            conn = session.connection()
            for step, (reason, key) in enumerate(rules):
                if progress is not None:
                    progress(step, len(rules) + 1)
                sql = (
                    f"SELECT group_concat(id, ',') FROM {TABLES[kind]} "
                    f"WHERE deleted_at IS NULL AND {key} IS NOT NULL AND {key} != '' "
                    f"GROUP BY {key} HAVING count(*) > 1"
                )
                for (ids,) in conn.execute(text(sql)):
                    groups.join(ids.split(","), reason)
            found = sorted(groups.groups(), key=lambda g: (-len(g[0]), g[0]))[:MAX_GROUPS]
            model: type[Contact] | type[Company] = (
                Contact if kind == EntityKind.CONTACT else Company
            )
            result = []
            for ids, reasons in found:
                rows: list[Any] = list(session.scalars(select(model).where(model.id.in_(ids))))
                records = {r.id: r for r in rows}
                labels = tuple(merging.label(records[i]) if i in records else i for i in ids)
                ordered = tuple(r for r in ("email", "phone", "name", "domain") if r in reasons)
                result.append(DuplicateGroup(kind, tuple(ids), labels, ordered))
        if progress is not None:
            progress(len(rules) + 1, len(rules) + 1)
        return sorted(result, key=lambda g: (-len(g.ids), min(g.labels)))
