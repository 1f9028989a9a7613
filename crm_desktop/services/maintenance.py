"""Database upkeep the user asks for: integrity check (backups come with data safety)."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.storage.integrity import IntegrityReport
from crm_desktop.storage.integrity import check_database as _check


def check_database(path: Path, *, full: bool = True) -> IntegrityReport:
    """Check the file at ``path`` read-only; never writes to it."""
    return _check(path, full=full)
