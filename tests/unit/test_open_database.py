"""Bad database files get a clear error and are never modified."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.domain.errors import (
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    UnwritableDatabaseError,
)
from crm_desktop.storage.database import open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_creates_missing_folders(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a" / "b" / "crm.sqlite3")
    database.close()
    assert (tmp_path / "a" / "b" / "crm.sqlite3").stat().st_size > 0


def test_database_file_is_private(db_path: Path) -> None:
    open_database(db_path).close()
    assert db_path.stat().st_mode & 0o077 == 0


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("name,email\nAda,ada@example.com\n")
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="not a crm-desktop"):
        open_database(path)
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def test_other_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match="another program"):
        open_database(path)
    assert digest(path) == before


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(db_path)
    assert digest(db_path) == before


def test_folder_in_place_of_a_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.mkdir()
    (path / "keep").write_text("x")
    with pytest.raises(NotADatabaseError):
        open_database(path)


def test_path_under_a_file_is_unwritable(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file")
    with pytest.raises(UnwritableDatabaseError):
        open_database(blocker / "crm.sqlite3")
    assert blocker.read_text() == "I am a file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write read-only files")
def test_read_only_file_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    db_path.chmod(0o400)
    before = digest(db_path)
    with pytest.raises(UnwritableDatabaseError, match="read-only"):
        open_database(db_path)
    assert digest(db_path) == before


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_file_the_os_reports_read_only_is_refused_untouched(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()
    before = digest(db_path)
    real_access = os.access
    monkeypatch.setattr(
        "crm_desktop.storage.database.os.access",
        lambda p, mode: False if Path(p) == db_path else real_access(p, mode),
    )
    with pytest.raises(UnwritableDatabaseError, match="read-only"):
        open_database(db_path)
    assert digest(db_path) == before
