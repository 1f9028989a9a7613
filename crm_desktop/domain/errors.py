"""Errors the core raises; each carries a message fit to show a user."""

from __future__ import annotations


class CrmError(Exception):
    """Base of every error crm-desktop reports to a user."""


class DatabaseOpenError(CrmError):
    """The database file cannot be opened; it has not been modified."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotADatabaseError(DatabaseOpenError):
    pass


class ForeignDatabaseError(DatabaseOpenError):
    pass


class NewerSchemaError(DatabaseOpenError):
    pass


class UnwritableDatabaseError(DatabaseOpenError):
    pass


class ValidationError(CrmError):
    """Input that breaks a rule; ``errors`` maps field names to messages."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class NotFoundError(CrmError):
    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"{kind} {record_id} not found")
        self.kind = kind
        self.record_id = record_id
