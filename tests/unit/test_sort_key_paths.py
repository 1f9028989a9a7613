"""Every path that writes a name leaves its stored pinyin sort key right (storage/sort_keys.py)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, update

from crm_desktop.domain.pinyin import sort_key, surname_key
from crm_desktop.services.container import Services
from crm_desktop.services.demo import DemoService, demo_size
from crm_desktop.services.importing.runner import ImportService
from crm_desktop.services.listing import ListQuery
from crm_desktop.storage import sort_keys
from crm_desktop.storage.database import Database, open_database
from crm_desktop.storage.engine import writer
from crm_desktop.storage.migrate import alembic_config
from crm_desktop.storage.models import Company, Contact, Pipeline, Stage
from crm_desktop.storage.unit_of_work import UnitOfWork
from tests.unit.import_helpers import make_importer, query

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "migrations"
PEOPLE = [("伟", "张"), ("Ada", "Lovelace"), ("娜", "李"), ("子涵", "曾")]


def wrong_keys(db: Database) -> list[tuple[str, str, object, object]]:
    """(table, id, name, stored key) of every row whose key is not its name's key."""
    wrong = []
    with db.engine.connect() as conn:
        for table, names in sort_keys.NAME_KEYS.items():
            cols = ", ".join([*names, *names.values()])
            for row in conn.exec_driver_sql(f"SELECT id, {cols} FROM {table}"):
                n = len(names)
                pairs = zip(names, row[1 : 1 + n], row[1 + n :], strict=True)
                for column, name, key in pairs:
                    expected = surname_key(name) if column == "last_name" else sort_key(name)
                    if key != expected:
                        wrong.append((table, row[0], name, key))
    return wrong


def chinese_rows(db: Database) -> int:
    """Rows whose stored key differs from the lower-cased name: pinyin keys were written."""
    sql = (
        "SELECT (SELECT count(*) FROM contact WHERE sort_last_name <> lower(last_name)) + "
        "(SELECT count(*) FROM company WHERE sort_name <> lower(name)) + "
        "(SELECT count(*) FROM deal WHERE sort_name <> lower(name))"
    )
    return int(query(db, sql)[0][0])


def _pipeline(db: Database) -> str:
    with UnitOfWork(db) as session:
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add(pipeline)
        session.flush()
        session.add(Stage(pipeline_id=pipeline.id, name="New", position=0, probability=10))
        return pipeline.id


def orm_services(db: Database, _tmp: Path) -> None:
    services = Services(db)
    pipeline = _pipeline(db)
    company = services.companies.create({"name": "北京星辰科技"}).record.id
    ids = [
        services.contacts.create(
            {"first_name": f, "last_name": la, "company_id": company}
        ).record.id
        for f, la in PEOPLE
    ]
    services.contacts.update(ids[1], {"last_name": "安"})
    services.contacts.update(ids[2], {"first_name": None})
    services.companies.update(company, {"name": "字节跳动"})
    deal = services.deals.create({"name": "星辰 pilot", "pipeline_id": pipeline}).record.id
    services.deals.update(deal, {"name": "阿里 renewal"})
    services.leads.convert_to_deal(ids[0], pipeline_id=pipeline)  # names the deal after 张伟


def orm_bulk(db: Database, _tmp: Path) -> None:
    rows = [{"id": f"c-{i}", "first_name": f, "last_name": la} for i, (f, la) in enumerate(PEOPLE)]
    with UnitOfWork(db) as session:
        session.execute(insert(Contact), rows)
        session.execute(insert(Company), [{"id": "co-1", "name": "华为"}])
    assert "sort_last_name" not in rows[0]  # the caller's dicts are left alone
    with UnitOfWork(db) as session:
        session.execute(update(Contact), [{"id": "c-0", "last_name": "王"}])
        session.execute(update(Company), [{"id": "co-1", "name": "小米"}])


def merge(db: Database, _tmp: Path) -> None:
    services = Services(db)
    a = services.contacts.create({"first_name": "Wei", "last_name": "Zhang"}).record.id
    b = services.contacts.create({"first_name": "伟", "last_name": "张"}).record.id
    services.duplicates.merge("contact", a, b, {"first_name": "伟", "last_name": "张"})
    c = services.companies.create({"name": "Huawei"}).record.id
    d = services.companies.create({"name": "华为"}).record.id
    services.duplicates.merge("company", c, d, {"name": "华为"})


IMPORT = """First name,Last name,Email,Company
伟,张,zhang@example.cn,华为
Ada,Lovelace,ada@example.org,阿里巴巴
"""
REIMPORT = """First name,Last name,Email
小明,王,zhang@example.cn
"""
DEALS = """Deal name,Company
星辰 pilot,字节跳动
"""


def import_files(db: Database, tmp: Path) -> None:
    run = make_importer(db, tmp)
    run("contacts", IMPORT)
    run("contacts", REIMPORT)  # updates 张伟's names by the e-mail match
    run("deals", DEALS, pipeline="Imported")


def import_undo(db: Database, tmp: Path) -> None:
    run = make_importer(db, tmp)
    run("contacts", IMPORT)
    again = run("contacts", REIMPORT)
    assert again.batch_id is not None
    ImportService(db).undo(again.batch_id)  # 王小明 goes back to 张伟
    assert query(db, "SELECT last_name FROM contact WHERE email = 'zhang@example.cn'") == [("张",)]


def bulk_edit(db: Database, _tmp: Path) -> None:
    services = Services(db)
    for first, last in [("伟", "张"), ("Ada", "Lovelace")]:
        services.contacts.create({"first_name": first, "last_name": last})
    ids = services.lists.ids_of("contact", services.lists.ids(ListQuery("contact")))
    services.list_actions.bulk_update("contact", ids, "lifecycle_stage", "customer")
    services.list_actions.bulk_update("contact", ids[:1], "add_tag", "vip")
    services.list_actions.trash("contact", ids[1:])


def demo_data(db: Database, _tmp: Path) -> None:
    DemoService(db).generate(demo_size("120"), seed=7, today=date(2025, 6, 30))


PATHS: dict[str, Callable[[Database, Path], None]] = {
    "orm": orm_services,
    "orm_bulk": orm_bulk,
    "merge": merge,
    "import": import_files,
    "import_undo": import_undo,
    "bulk_edit": bulk_edit,
    "demo": demo_data,
}


@pytest.mark.parametrize("path", PATHS.values(), ids=PATHS.keys())
def test_every_write_path_leaves_right_keys(
    db: Database, tmp_path: Path, path: Callable[[Database, Path], None]
) -> None:
    path(db, tmp_path)
    assert chinese_rows(db) > 0
    assert wrong_keys(db) == []
    assert query(db, "SELECT count(*) FROM change_log WHERE field LIKE 'sort_%'") == [(0,)]


def test_rows_another_tool_wrote_get_their_keys_at_the_next_open(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:  # no app function, no keys: a plain SQLite tool
        conn.execute(
            "INSERT INTO contact (id, first_name, last_name, other_emails, other_phones, "
            "lifecycle_stage, tags, custom, created_at, updated_at) VALUES "
            "('c-x', '娜', '李', '[]', '[]', 'lead', '[]', '{}', '2025-01-01', '2025-01-01')"
        )
        conn.execute(
            "INSERT INTO company (id, name, lifecycle, custom, created_at, updated_at) "
            "VALUES ('co-x', '华为', 'prospect', '{}', '2025-01-01', '2025-01-01')"
        )
    db = open_database(db_path)
    try:
        assert wrong_keys(db) == []
        assert query(db, "SELECT sort_last_name, sort_first_name FROM contact") == [("li", "na")]
        with db.engine.connect() as conn:
            assert not sort_keys.any_missing(conn.connection.driver_connection)
    finally:
        db.close()


def test_the_missing_key_check_reads_only_its_partial_indexes(db: Database) -> None:
    with db.engine.connect() as conn:
        for table in sort_keys.NAME_KEYS:
            index = sort_keys.missing_index(table)[0]
            sql = f"SELECT rowid FROM {table} WHERE {sort_keys.missing_condition(table)}"
            plan = [r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
            assert len(plan) == 1 and plan[0].endswith(f"INDEX {index}"), plan


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite3")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_to_right_keys(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(fixture, path)
    db = open_database(path)
    try:
        assert wrong_keys(db) == []
        assert query(
            db, "SELECT sort_last_name, sort_first_name FROM contact WHERE id = 'c-2'"
        ) == [("li", "xiao ming")]
        assert query(db, "SELECT sort_name FROM company WHERE id = 'co-2'") == [
            ("bei jing xing chen ke ji",)
        ]
    finally:
        db.close()


def test_0006_downgrades_and_upgrades_again(db: Database) -> None:
    Services(db).contacts.create({"first_name": "娜", "last_name": "李"})
    with writer(db.engine).begin() as conn:
        command.downgrade(alembic_config(conn), "0005")
    columns = {r[1] for r in query(db, "PRAGMA table_info(contact)")}
    assert not columns & sort_keys.KEY_COLUMNS
    index = query(db, "SELECT sql FROM sqlite_master WHERE name = 'ix_list_contact_name'")
    assert "last_name, first_name, deleted_at" in str(index[0][0])
    with writer(db.engine).begin() as conn:
        command.upgrade(alembic_config(conn), "0006")
    assert wrong_keys(db) == []
    assert query(db, "SELECT sort_last_name FROM contact") == [("li",)]


def test_the_backfill_keys_every_kind_of_name_in_batches(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sort_keys, "BATCH", 1)  # 4 distinct names per batch
    names = ["曾", "李", "欧阳", "Straße", "ÜNAL", "McDonald", "O'Brien", "Zoë", "单于", "王", ""]
    services = Services(db)
    for i, last in enumerate(names):
        services.contacts.create({"first_name": f"名{i}" if i % 2 else f"N{i}", "last_name": last})
        services.companies.create({"name": f"{last}公司{i}"})
    with writer(db.engine).begin() as conn:
        conn.exec_driver_sql("UPDATE contact SET sort_last_name = NULL, sort_first_name = NULL")
        conn.exec_driver_sql("UPDATE company SET sort_name = 'stale'")
        raw = conn.connection.driver_connection
        for table in sort_keys.NAME_KEYS:
            sort_keys.backfill(raw, table)
    assert wrong_keys(db) == []
    assert query(db, "SELECT sort_last_name FROM contact WHERE last_name = 'Straße'") == [
        ("strasse",)
    ]
