"""Where crm-desktop keeps its files (per-user data folder, via platformdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from crm_desktop import APP_NAME, ORG_NAME

DB_FILE_NAME = "crm.sqlite3"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME, roaming=True))


def default_database_path() -> Path:
    return data_dir() / DB_FILE_NAME


def backups_dir() -> Path:
    return data_dir() / "backups"
