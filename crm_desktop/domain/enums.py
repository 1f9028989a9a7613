"""Enumerations of the data model. Values are the strings stored in the database."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    REP = "rep"
    MANAGER = "manager"
    ADMIN = "admin"


class CompanyLifecycle(StrEnum):
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    CHURNED = "churned"


class LifecycleStage(StrEnum):
    SUBSCRIBER = "subscriber"
    LEAD = "lead"
    MQL = "mql"
    SQL = "sql"
    OPPORTUNITY = "opportunity"
    CUSTOMER = "customer"
    EVANGELIST = "evangelist"
    OTHER = "other"


class LeadStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CONNECTED = "connected"
    UNQUALIFIED = "unqualified"
    BAD_TIMING = "bad_timing"


class Outcome(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class ForecastCategory(StrEnum):
    PIPELINE = "pipeline"
    BEST_CASE = "best_case"
    COMMIT = "commit"
    CLOSED = "closed"
    OMITTED = "omitted"


class ActivityType(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    MESSAGE = "message"
    NOTE = "note"


class TaskType(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class Repeat(StrEnum):
    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class TargetKind(StrEnum):
    REVENUE = "revenue"
    PIPELINE = "pipeline"


class EntityKind(StrEnum):
    """Record kinds as named in the change log and in ``Changes``."""

    USER = "user"
    COMPANY = "company"
    CONTACT = "contact"
    PIPELINE = "pipeline"
    STAGE = "stage"
    DEAL = "deal"
    STAGE_CHANGE = "stage_change"
    ACTIVITY = "activity"
    TASK = "task"
    SOURCE = "source"
    LOST_REASON = "lost_reason"
    CUSTOM_FIELD = "custom_field"
    CURRENCY = "currency"
    CURRENCY_RATE = "currency_rate"
    TARGET = "target"
    NPS_RESPONSE = "nps_response"
    SAVED_VIEW = "saved_view"
    IMPORT_BATCH = "import_batch"
    SETTING = "setting"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    PURGE = "purge"


class CustomFieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"
    URL = "url"
    EMAIL = "email"
    PHONE = "phone"
