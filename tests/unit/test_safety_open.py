"""quick_check at open: a damaged database is never written to; read-only open; recovery."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from crm_desktop.services.backups import BackupService
from crm_desktop.services.demo import DemoService, demo_size
from crm_desktop.services.safety import (
    describe_open_problem,
    open_read_only,
    restore_and_open,
)
from crm_desktop.storage.backup import list_backups
from crm_desktop.storage.database import DamagedDatabaseError, open_database, quick_check

NOW = datetime(2026, 11, 23, 15, 1, 2, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        conn.close()


def corrupt(path: Path, first_page: int = 4, last_page: int = 12) -> None:
    """Overwrite some pages after the schema page: the file stays a SQLite file, but damaged."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    assert len(data) > last_page * size, "the database is too small to damage this way"
    for offset in range(first_page * size, last_page * size, 3):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(db_path: Path) -> Path:
    database = open_database(db_path)
    DemoService(database).generate(demo_size("40"), seed=7, today=date(2026, 11, 20))
    database.close()
    return db_path


def test_quick_check_passes_a_sound_database_and_fails_a_damaged_one(filled: Path) -> None:
    assert quick_check(filled) == []
    corrupt(filled)
    assert quick_check(filled) != []


def test_a_damaged_database_is_refused_and_not_written(filled: Path) -> None:
    corrupt(filled)
    before = digest(filled)
    with pytest.raises(DamagedDatabaseError, match="damaged") as caught:
        open_database(filled)
    assert caught.value.problems
    assert digest(filled) == before
    assert list_backups(filled) == []
    assert sorted(p.name for p in filled.parent.iterdir()) == [filled.name]


def test_newest_good_backup_skips_damaged_backups(filled: Path) -> None:
    service = BackupService(filled, clock=lambda: NOW)
    good = service.back_up_now()
    newer = BackupService(filled, clock=lambda: NOW.replace(hour=16)).back_up_now()
    corrupt(newer.path)
    assert service.newest_good_backup() == good
    corrupt(filled)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(filled)
    problem = describe_open_problem(caught.value)
    assert problem is not None and problem.damaged and problem.good_backup == good


def test_restore_keeps_the_damaged_file_and_opens_the_backup(filled: Path) -> None:
    contacts = count(filled, "contact")
    good = BackupService(filled, clock=lambda: NOW).back_up_now()
    corrupt(filled)
    damaged = digest(filled)

    services, result = restore_and_open(filled, good.path)
    try:
        assert services.summary.summary().contacts == contacts
    finally:
        services.close()

    assert count(filled, "contact") == contacts
    assert result.previous is not None and result.previous.reason == "damaged"
    assert digest(result.previous.path) == damaged
    assert quick_check(filled) == []


def test_read_only_open_reads_but_never_writes(filled: Path) -> None:
    before = digest(filled)
    services = open_read_only(filled)
    try:
        assert services.db.read_only
        assert services.summary is not None
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() == 40
        with pytest.raises(OperationalError, match="read-only"):
            services.contacts.create({"first_name": "Ada", "last_name": "Lovelace"})
    finally:
        services.close()
    assert digest(filled) == before


def test_read_only_open_of_a_damaged_database_reads_what_it_can(filled: Path) -> None:
    corrupt(filled, 30, 34)
    before = digest(filled)
    services = open_read_only(filled)
    try:
        with services.db.engine.connect() as conn:
            tables = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    finally:
        services.close()
    assert tables and tables > 10
    assert digest(filled) == before


def test_read_only_open_refuses_a_database_needing_an_upgrade(tmp_path: Path) -> None:
    from crm_desktop.domain.errors import DatabaseOpenError

    fixture = Path(__file__).resolve().parents[1] / "fixtures/migrations/schema-0001.sqlite3"
    path = tmp_path / "old.sqlite3"
    path.write_bytes(fixture.read_bytes())
    with pytest.raises(DatabaseOpenError, match="upgrade"):
        open_read_only(path)


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_the_file_is_marked_open_while_in_use_and_closed_cleanly_after(filled: Path) -> None:
    assert user_version(filled) == 1  # the fixture closed it
    database = open_database(filled)
    try:
        assert user_version(filled) == 0  # a crash from here on leaves it unclean
    finally:
        database.close()
    assert user_version(filled) == 1


def test_a_large_file_closed_cleanly_skips_the_check_at_open_but_not_after_a_crash(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crm_desktop.storage.database.INLINE_CHECK_MAX_BYTES", 0)  # all "large"
    corrupt(filled, 30, 34)
    # Closed cleanly: the whole-file check waits for the daily backup, which checks its copy.
    open_database(filled).engine.dispose()
    assert user_version(filled) == 0  # and then the process "crashed" without closing
    with pytest.raises(DamagedDatabaseError):
        open_database(filled)
