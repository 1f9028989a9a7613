"""What a list page hands the export dialog: its kind, its records in order, its columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crm_desktop.services.importing.fields import CUSTOM_PREFIX, ImportKind
from crm_desktop.services.listing.service import CUSTOM_PREFIX as LIST_CUSTOM_PREFIX

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.listing import ListQuery

EXPORT_KINDS = {
    "contact": ImportKind.CONTACTS,
    "company": ImportKind.COMPANIES,
    "deal": ImportKind.DEALS,
}
#: list column key -> export field keys, where they differ
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "contact": {"name": ("first_name", "last_name")},
    "deal": {"expected_close_date": ("close_date",)},
}
CHUNK = 900


def export_columns(services: Services, kind: str, columns: Sequence[str]) -> list[str]:
    """The export fields of the list ``columns`` in their order; columns with none are skipped."""
    available = set(services.exports.columns(EXPORT_KINDS[kind]))
    aliases = ALIASES.get(kind, {})
    out: list[str] = []
    for column in columns:
        if column.startswith(LIST_CUSTOM_PREFIX):
            column = CUSTOM_PREFIX + column[len(LIST_CUSTOM_PREFIX) :]
        for key in aliases.get(column, (column,)):
            if key in available and key not in out:
                out.append(key)
    return out


def ordered_ids(
    services: Services, kind: str, rowids: Sequence[int] | None, query: ListQuery
) -> list[str]:
    """The record ids of ``rowids`` in that order (all rows of ``query`` when None)."""
    lists = services.lists
    if rowids is None:
        rowids = lists.ids(query)
    out: list[str] = []
    for start in range(0, len(rowids), CHUNK):
        out.extend(row.id for row in lists.rows(kind, rowids[start : start + CHUNK], columns=[]))
    return out
