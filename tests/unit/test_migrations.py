"""The schema comes from Alembic migrations, and they match the models exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from crm_desktop.storage.database import Database, open_database
from crm_desktop.storage.migrate import head_revision
from crm_desktop.storage.models import Base
from crm_desktop.storage.schema import SCHEMA_REVISION
from crm_desktop.storage.search_index import include_object


def test_schema_revision_constant_is_alembic_head() -> None:
    assert head_revision() == SCHEMA_REVISION


def test_empty_database_migrates_to_head(db_path: Path) -> None:
    database = open_database(db_path)
    database.close()
    with sqlite3.connect(db_path) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert revision == head_revision()
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_every_record_table_has_the_shared_columns() -> None:
    record_tables = [
        "user", "company", "contact", "pipeline", "stage", "deal", "activity", "task",
        "source", "custom_field", "target", "nps_response", "saved_view", "lost_reason",
    ]  # fmt: skip
    for name in record_tables:
        columns = set(Base.metadata.tables[name].columns.keys())
        assert {"id", "created_at", "updated_at", "deleted_at"} <= columns, name
    for name in ("company", "contact", "deal", "activity"):
        assert "custom" in Base.metadata.tables[name].columns
    for name in ("company", "contact", "deal", "activity", "task", "target", "saved_view"):
        assert "owner_id" in Base.metadata.tables[name].columns


def test_sqlite_runs_in_wal_with_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_list_sorts_and_dashboard_group_bys_are_indexed(db: Database) -> None:
    with db.engine.connect() as conn:
        indexed = {
            (row[2], conn.exec_driver_sql(f"PRAGMA index_info('{row[1]}')").fetchone()[2])
            for row in conn.exec_driver_sql(
                "SELECT type, name, tbl_name FROM sqlite_master WHERE type='index'"
            )
        }
    for table, column in [
        ("contact", "last_name"), ("contact", "company_id"), ("contact", "email"),
        ("contact", "owner_id"), ("company", "name"), ("deal", "pipeline_id"),
        ("deal", "owner_id"), ("deal", "outcome"), ("deal", "expected_close_date"),
        ("activity", "owner_id"), ("activity", "deal_id"), ("activity", "type"),
        ("task", "owner_id"), ("stage_change", "deal_id"), ("change_log", "entity"),
    ]:  # fmt: skip
        assert (table, column) in indexed, (table, column)
