"""Disk full, read-only and locked databases: a clear error, the transaction rolled back."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.contacts import ContactService
from crm_desktop.storage import engine as engine_module
from crm_desktop.storage.database import Database, open_database
from crm_desktop.storage.engine import DatabaseWriteError
from crm_desktop.storage.integrity import check_database
from crm_desktop.storage.models import Contact
from crm_desktop.storage.unit_of_work import UnitOfWork


def live_contacts(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() or 0)


def limit_pages(db: Database, extra: int) -> Any:
    """Let the file grow by at most ``extra`` pages: a full disk, as SQLite sees it."""
    with db.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra}")

    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()  # every new connection gets the limit
    return on_connect


def test_disk_full_fails_clearly_and_keeps_everything_saved(db: Database) -> None:
    contacts = ContactService(db)
    limit_pages(db, 3)
    saved = 0
    with pytest.raises(DatabaseWriteError) as caught:
        for i in range(2000):
            contacts.create(
                {"first_name": f"Person{i}", "last_name": "x" * 150, "title": "t" * 150}
            )
            saved += 1
    assert caught.value.kind == "full" and "disk is full" in str(caught.value)
    assert isinstance(caught.value, CrmError) and isinstance(caught.value, OperationalError)
    assert saved > 0 and live_contacts(db) == saved  # every reported save is there, no more
    db.engine.dispose()
    assert check_database(db.path).ok


def test_a_bulk_write_that_fills_the_disk_writes_nothing(db: Database) -> None:
    limiter = limit_pages(db, 2)
    with pytest.raises(DatabaseWriteError, match="disk is full"), UnitOfWork(db) as session:
        for i in range(3000):
            session.add(Contact(first_name=f"P{i}", last_name="bulk" * 40))
    assert live_contacts(db) == 0
    event.remove(db.engine, "connect", limiter)  # space freed
    db.engine.dispose()
    ContactService(db).create({"first_name": "After", "last_name": "Space"})
    assert live_contacts(db) == 1


def test_a_read_only_database_refuses_writes_clearly(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path, read_only=True)
    try:
        with pytest.raises(DatabaseWriteError) as caught:
            ContactService(db).create({"first_name": "Ada", "last_name": "Lovelace"})
        assert caught.value.kind == "read_only" and "read-only" in str(caught.value)
        assert live_contacts(db) == 0
    finally:
        db.close()


HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO setting(key, value, updated_at) VALUES ('x', '1', '2026-01-01')")
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def locker(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's write lock (uncommitted), until killed."""
    open_database(db_path).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()
    proc.stdout.close()


def test_a_database_locked_by_another_process_fails_clearly_then_retry_works(
    db_path: Path, locker: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    db = open_database(db_path, check=False)
    try:
        contacts = ContactService(db)
        with pytest.raises(DatabaseWriteError) as caught:
            contacts.create({"first_name": "Ada", "last_name": "Lovelace"})
        assert caught.value.kind == "locked" and "try again" in str(caught.value)
        locker.kill()  # the other program lets go (its transaction never committed)
        locker.wait()
        contacts.create({"first_name": "Ada", "last_name": "Lovelace"})
        assert live_contacts(db) == 1
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM setting WHERE key='x'").scalar() == 0
    finally:
        db.close()
