"""ORM models of every table (DESIGN.md section 2)."""

from crm_desktop.storage.models.accounts import Company, Contact
from crm_desktop.storage.models.base import Base
from crm_desktop.storage.models.people import User
from crm_desktop.storage.models.reference import (
    ChangeLog,
    Currency,
    CurrencyRate,
    CustomField,
    ImportBatch,
    NpsResponse,
    SavedView,
    Setting,
    Source,
    Target,
)
from crm_desktop.storage.models.sales import (
    Deal,
    LostReason,
    Pipeline,
    Stage,
    StageChange,
    deal_contact,
)
from crm_desktop.storage.models.summary import activity_day, deal_close_day, deal_open_sum
from crm_desktop.storage.models.work import Activity, Task

# the ORM events that write the pinyin sort keys of every name (after the models it needs)
from crm_desktop.storage import sort_keys as _sort_keys  # noqa: F401  # isort: skip

__all__ = [
    "Activity",
    "Base",
    "ChangeLog",
    "Company",
    "Contact",
    "Currency",
    "CurrencyRate",
    "CustomField",
    "Deal",
    "ImportBatch",
    "LostReason",
    "NpsResponse",
    "Pipeline",
    "SavedView",
    "Setting",
    "Source",
    "Stage",
    "StageChange",
    "Target",
    "Task",
    "User",
    "activity_day",
    "deal_close_day",
    "deal_contact",
    "deal_open_sum",
]
