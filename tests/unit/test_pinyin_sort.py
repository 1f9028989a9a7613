"""Chinese names sort by pinyin among Latin ones: the key, and the lists over stored keys."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from crm_desktop.domain.pinyin import sort_key, surname_key
from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.deals import DealService
from crm_desktop.services.listing import ListQuery, ListService
from crm_desktop.services.listing.service import ids_sql
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Pipeline, Stage
from crm_desktop.storage.unit_of_work import UnitOfWork

NAMES = [
    ("娜", "李"),
    ("Ada", "Lovelace"),
    ("伟", "张"),
    ("Grace", "Hopper"),
    ("连", "连"),
    ("Al", "li"),
]
#: by family name then given name: hopper, li (al / na), lian, lovelace, zhang
CONTACT_ORDER = ["Grace Hopper", "Al li", "李娜", "连连", "Ada Lovelace", "张伟"]
COMPANY_NAMES = ["Zeta AG", "阿里巴巴", "Baidu", "北京星辰科技", "acme", "字节跳动"]
#: a li ba ba, acme, baidu, bei jing ..., zeta, zi jie ...
COMPANY_ORDER = ["阿里巴巴", "acme", "Baidu", "北京星辰科技", "Zeta AG", "字节跳动"]


def test_keys_interleave_pinyin_and_latin_syllable_by_syllable() -> None:
    assert sort_key("张伟") == "zhang wei"
    assert sort_key("Lovelace") == "lovelace"
    assert sort_key(None) is None
    surnames = ["Hopper", "连", "Lovelace", "张", "李", "li"]
    assert sorted(surnames, key=sort_key) == ["Hopper", "李", "li", "连", "Lovelace", "张"]
    assert sort_key("李娜") < sort_key("连")  # "li na" before "lian", as in a dictionary


@pytest.mark.parametrize(
    "name",
    [
        "重庆银行",
        "长沙长城有限公司",
        "单于",
        "曾经理",
        "星辰 pilot",
        "A股 上市",
        "Ünal 王",
        "乐乐乐",
    ],
)
def test_cached_words_give_what_pypinyin_gives_for_the_whole_name(name: str) -> None:
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(name, style=Style.NORMAL, errors=lambda chars: chars)
    assert sort_key(name) == " ".join(p.strip() for p in parts if p.strip()).casefold()
    assert sort_key("重庆") == "chong qing"  # phrase-aware: 重 alone is "zhong"


def test_family_names_read_as_surnames() -> None:
    assert sort_key("曾") == "ceng"  # as in 曾经
    assert surname_key("曾") == "zeng"
    assert surname_key("单于") == "chan yu" and surname_key("单") == "shan"
    assert surname_key("曾 Smith") == "zeng smith"
    assert surname_key("李") == "li" and surname_key("Li") == "li" and surname_key(None) is None
    surnames = ["Zhou", "曾", "Cao", "曹", "Zen"]
    assert sorted(surnames, key=surname_key) == ["Cao", "曹", "Zen", "曾", "Zhou"]  # stable


def test_every_connection_has_the_sql_function(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT pinyin_key('李娜')")).scalar() == "li na"


def _names(db: Database, kind: str, descending: bool = False, sort: str = "name") -> list[str]:
    service = ListService(db)
    ids = service.ids(ListQuery(kind, sort_key=sort, descending=descending))
    return [r.values["name"] for r in service.rows(kind, ids)]


@pytest.fixture
def pipeline_id(db: Database) -> str:
    with UnitOfWork(db) as session:
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add(pipeline)
        session.flush()
        session.add(Stage(pipeline_id=pipeline.id, name="New", position=0, probability=10))
        return pipeline.id


def test_contacts_sort_by_pinyin_both_ways_and_follow_renames(db: Database) -> None:
    contacts = ContactService(db)
    ids = {}
    for first, last in NAMES:
        ids[first] = contacts.create({"first_name": first, "last_name": last}).record.id
    assert _names(db, "contact") == CONTACT_ORDER
    assert _names(db, "contact", descending=True) == CONTACT_ORDER[::-1]
    contacts.update(ids["伟"], {"last_name": "安"})  # an
    assert _names(db, "contact")[0] == "安伟"
    contacts.update(ids["Ada"], {"first_name": None, "last_name": "Aaron"})
    assert _names(db, "contact")[:2] == ["Aaron", "安伟"]


def test_companies_and_deals_sort_by_pinyin(db: Database, pipeline_id: str) -> None:
    companies, deals = CompanyService(db), DealService(db)
    company_ids = {n: companies.create({"name": n}).record.id for n in COMPANY_NAMES}
    for name in COMPANY_NAMES:
        deals.create({"name": name, "pipeline_id": pipeline_id})
    assert _names(db, "company") == COMPANY_ORDER
    assert _names(db, "company", descending=True) == COMPANY_ORDER[::-1]
    assert _names(db, "deal") == COMPANY_ORDER
    # the contacts' Company column sorts by the company's key too
    contacts = ContactService(db)
    for i, name in enumerate(["字节跳动", "Baidu", "阿里巴巴"]):
        contacts.create({"first_name": f"P{i}", "company_id": company_ids[name]})
    service = ListService(db)
    rows = service.rows("contact", service.ids(ListQuery("contact", sort_key="company")))
    assert [r.values["company"] for r in rows] == ["阿里巴巴", "Baidu", "字节跳动"]


@pytest.mark.parametrize(
    ("kind", "index"),
    [
        ("contact", "ix_list_contact_name"),
        ("company", "ix_list_company_name"),
        ("deal", "ix_list_deal_name"),
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_the_name_sort_reads_the_ids_off_the_key_index_alone(
    db: Database, kind: str, index: str, descending: bool
) -> None:
    sql, params = ids_sql(ListQuery(kind, sort_key="name", descending=descending), pinyin=True)
    with db.engine.connect() as conn:
        plan = [r[3] for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params)]
    # the index gives the order; only runs of equal names get sorted by rowid
    assert plan[0] == f"SCAN r USING COVERING INDEX {index}", plan
    assert plan[1:] in ([], ["USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"]), plan
    columns = {
        "contact": ["sort_last_name", "sort_first_name", "deleted_at"],
        "company": ["sort_name", "deleted_at"],
        "deal": ["sort_name", "deleted_at"],
    }[kind]
    with db.engine.connect() as conn:
        info = conn.exec_driver_sql(f"PRAGMA index_info('{index}')").fetchall()
        partial = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = ?", (index,)
        ).scalar()
    assert [r[2] for r in info] == columns
    assert str(partial).endswith("WHERE deleted_at IS NULL")


def test_trashed_records_leave_the_sorted_list(db: Database) -> None:
    contacts = ContactService(db)
    ids = [contacts.create({"first_name": f, "last_name": la}).record.id for f, la in NAMES]
    contacts.trash([ids[0]])  # 李娜
    assert _names(db, "contact") == [n for n in CONTACT_ORDER if n != "李娜"]
