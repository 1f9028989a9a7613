"""What an import is asked to do, and what it reports back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crm_desktop.domain.changes import Changes
from crm_desktop.services.importing.fields import MATCH_KEYS, ImportKind
from crm_desktop.services.importing.reasons import classify
from crm_desktop.services.importing.values import DateOrder

#: The match key used when the caller names none.
DEFAULT_MATCH = {
    ImportKind.CONTACTS: "email",
    ImportKind.COMPANIES: "domain",
    ImportKind.DEALS: "external_id",
    ImportKind.ACTIVITIES: "none",
    ImportKind.TASKS: "none",
}


@dataclass(frozen=True)
class ImportOptions:
    kind: ImportKind
    #: column header -> field key, ``custom:key``; unmapped columns are ignored
    mapping: Mapping[str, str]
    pipeline: str | None = None
    #: email | domain | name | external_id | none (None: the kind's usual key)
    update_by: str | None = None
    #: what to do with a row that matches an existing record: "update" or "skip"
    on_match: str = "update"
    date_order: DateOrder = DateOrder.YMD
    default_currency: str | None = None

    def match_column(self) -> str | None:
        key = self.update_by or DEFAULT_MATCH[self.kind]
        if key not in MATCH_KEYS[self.kind]:
            allowed = ", ".join(MATCH_KEYS[self.kind])
            raise ValueError(f"{self.kind.value} can be matched by: {allowed}")
        return None if key == "none" else key


@dataclass(frozen=True)
class RowError:
    """A rejected row: its number in the file (header = 1), the column, and why."""

    row: int
    column: str
    reason: str

    @property
    def code(self) -> str:
        """The reason as a code (see ``reasons.TEMPLATES``), for translating it."""
        return classify(self.reason)[0]

    @property
    def params(self) -> tuple[str, ...]:
        return classify(self.reason)[1]


@dataclass(frozen=True)
class ImportResult:
    kind: ImportKind
    file_name: str
    dry_run: bool
    new: int
    updated: int
    skipped: int
    blank: int
    errors: tuple[RowError, ...]
    rows: int
    batch_id: str | None = None
    changes: Changes = field(default_factory=Changes)

    @property
    def error_count(self) -> int:
        return len(self.errors)

    def counts(self) -> dict[str, int]:
        return {
            "new": self.new,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": self.error_count,
            "blank": self.blank,
        }


@dataclass(frozen=True)
class ImportBatchDTO:
    id: str
    kind: str
    file_name: str
    status: str
    counts: dict[str, Any]
    started_at: datetime
    finished_at: datetime | None
    undone_at: datetime | None

    @property
    def can_undo(self) -> bool:
        return self.status == "done" and self.undone_at is None
