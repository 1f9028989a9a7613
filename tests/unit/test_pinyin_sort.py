"""Chinese names sort by pinyin: the key, the SQL function, and the list once keys are stored."""

from __future__ import annotations

from sqlalchemy import text

from crm_desktop.domain.pinyin import sort_key
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.listing import ListQuery, ListService
from crm_desktop.storage.database import Database

NAMES = [
    ("娜", "李"),
    ("Ada", "Lovelace"),
    ("伟", "张"),
    ("Grace", "Hopper"),
    ("连", "连"),
    ("Al", "li"),
]


def test_keys_interleave_pinyin_and_latin_syllable_by_syllable() -> None:
    assert sort_key("张伟") == "zhang wei"
    assert sort_key("Lovelace") == "lovelace"
    assert sort_key(None) is None
    surnames = ["Hopper", "连", "Lovelace", "张", "李", "li"]
    assert sorted(surnames, key=sort_key) == ["Hopper", "李", "li", "连", "Lovelace", "张"]
    assert sort_key("李娜") < sort_key("连")  # "li na" before "lian", as in a dictionary


def test_every_connection_has_the_sql_function(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT pinyin_key('李娜')")).scalar() == "li na"


def store_sort_keys(db: Database) -> None:
    """What the migration (not ours) would do: key columns, backfill, triggers, the index."""
    with db.engine.begin() as conn:
        for stmt in (
            "ALTER TABLE contact ADD COLUMN sort_last_name TEXT",
            "ALTER TABLE contact ADD COLUMN sort_first_name TEXT",
            "UPDATE contact SET sort_last_name = pinyin_key(last_name), "
            "sort_first_name = pinyin_key(first_name)",
            "CREATE TRIGGER contact_sort_au AFTER UPDATE OF first_name, last_name ON contact "
            "BEGIN UPDATE contact SET sort_last_name = pinyin_key(new.last_name), "
            "sort_first_name = pinyin_key(new.first_name) WHERE rowid = new.rowid; END",
            "DROP INDEX IF EXISTS ix_list_contact_name",
            "CREATE INDEX ix_list_contact_name ON contact "
            "(sort_last_name, sort_first_name, deleted_at) WHERE deleted_at IS NULL",
        ):
            conn.exec_driver_sql(stmt)


def test_the_list_sorts_by_pinyin_once_keys_are_stored(db: Database) -> None:
    contacts = ContactService(db)
    ids = {}
    for first, last in NAMES:
        ids[first] = contacts.create({"first_name": first, "last_name": last}).record.id

    def names() -> list[str]:
        service = ListService(db)
        rows = service.rows("contact", service.ids(ListQuery("contact", sort_key="name")))
        return [r.values["name"] for r in rows]

    assert names()[:3] == ["Grace Hopper", "Ada Lovelace", "Al li"]  # code point order
    store_sort_keys(db)
    assert names() == ["Grace Hopper", "Al li", "李娜", "连连", "Ada Lovelace", "张伟"]
    contacts.update(ids["伟"], {"last_name": "安"})  # the trigger keeps the key
    assert names()[0] == "安伟"
