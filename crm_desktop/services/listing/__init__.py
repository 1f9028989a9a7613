"""The Contacts, Companies and Deals lists: lazy ids + pages, filters, bulk edits, views."""

from crm_desktop.services.listing.actions import BULK_FIELDS, ListActions, SavedViewDTO
from crm_desktop.services.listing.service import ColumnInfo, ListQuery, ListRow, ListService

__all__ = [
    "BULK_FIELDS",
    "ColumnInfo",
    "ListActions",
    "ListQuery",
    "ListRow",
    "ListService",
    "SavedViewDTO",
]
