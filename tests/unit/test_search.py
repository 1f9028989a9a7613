"""Search: trigram FTS for 3+ characters, short grams for 1-2 (Chinese names too)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.deals import DealService
from crm_desktop.services.search import SearchCancelled, SearchService, normalize
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Pipeline, Stage
from crm_desktop.storage.unit_of_work import UnitOfWork


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    companies = CompanyService(db)
    contacts = ContactService(db)
    huawei = companies.create({"name": "华为技术", "phone": "+86 755 2878 0808"}).record.id
    acme = companies.create({"name": "Acme Robotics", "domain": "acme.io"}).record.id
    ids = {
        "zhang": contacts.create(
            {"last_name": "张", "first_name": "伟", "email": "zw@example.cn", "company_id": huawei}
        ).record.id,
        "zhang3": contacts.create({"last_name": "张", "first_name": "伟明"}).record.id,
        "li": contacts.create(
            {"last_name": "李", "first_name": "娜", "phone": "+86 138 0013 8000"}
        ).record.id,
        "john": contacts.create(
            {
                "first_name": "John",
                "last_name": "Smith",
                "email": "john@acme.io",
                "company_id": acme,
            }
        ).record.id,
        "ada": contacts.create({"first_name": "Ada", "last_name": "Lovelace"}).record.id,
        "huawei": huawei,
        "acme": acme,
    }
    return ids


def found(db: Database, text: str, kind: str | None = None) -> set[str]:
    return {h.id for h in SearchService(db).search(text, kind, limit=50)}


def test_two_character_chinese_name_is_found(db: Database, people: dict[str, str]) -> None:
    assert found(db, "张伟", "contacts") == {people["zhang"], people["zhang3"]}


def test_one_chinese_character_finds_every_name_with_it(
    db: Database, people: dict[str, str]
) -> None:
    assert found(db, "伟", "contact") == {people["zhang"], people["zhang3"]}
    assert found(db, "娜", "contact") == {people["li"]}
    assert found(db, "明", "contact") == {people["zhang3"]}


def test_three_chinese_characters_use_the_trigram_index(
    db: Database, people: dict[str, str]
) -> None:
    assert found(db, "张伟明") == {people["zhang3"]}
    assert found(db, "伟明张") == set()


def test_emails_phones_and_names(db: Database, people: dict[str, str]) -> None:
    assert found(db, "john@acme", "contacts") == {people["john"]}
    assert found(db, "ACME.IO", "contacts") == {people["john"]}
    assert found(db, "ovela") == {people["ada"]}
    assert found(db, "john smith") == {people["john"]}
    # phones match with or without spaces and punctuation
    assert found(db, "138 0013", "contacts") == {people["li"]}
    assert found(db, "13800138", "contacts") == {people["li"]}
    assert found(db, "2878-0808", "companies") == {people["huawei"]}


def test_short_latin_queries_match_name_prefixes(db: Database, people: dict[str, str]) -> None:
    assert found(db, "jo", "contacts") == {people["john"]}
    assert found(db, "ad", "contacts") == {people["ada"]}
    # "a" is also the start of John's company, Acme
    assert found(db, "a", "contacts") == {people["ada"], people["john"]}
    assert found(db, "sm", "contacts") == {people["john"]}


def test_company_names_find_companies_and_their_contacts_and_deals(
    db: Database, people: dict[str, str]
) -> None:
    assert found(db, "华为", "companies") == {people["huawei"]}
    assert found(db, "华为", "contacts") == {people["zhang"]}
    with UnitOfWork(db) as session:
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add(pipeline)
        session.flush()
        session.add(Stage(pipeline_id=pipeline.id, name="New", position=0, probability=10))
    deal = DealService(db).create({"name": "Robots 2027", "company_id": people["acme"]})
    assert found(db, "robotics", "deals") == {deal.record.id}
    assert found(db, "robotics") == {people["acme"], people["john"], deal.record.id}


def test_index_follows_edits_and_trash(db: Database, people: dict[str, str]) -> None:
    contacts = ContactService(db)
    contacts.update(people["ada"], {"last_name": "King", "email": "ada@engine.org"})
    assert found(db, "lovelace") == set()
    assert found(db, "engine.org") == {people["ada"]}
    assert found(db, "ki") == {people["ada"]}
    contacts.trash([people["ada"]])
    assert found(db, "engine.org") == set()
    contacts.restore([people["ada"]])
    assert found(db, "engine.org") == {people["ada"]}


def test_bulk_inserts_are_indexed_and_rebuild_matches_triggers(
    db: Database, people: dict[str, str]
) -> None:
    with sqlite3.connect(db.path) as conn:
        conn.execute(
            "INSERT INTO contact (id, first_name, last_name, other_emails, other_phones, "
            "lifecycle_stage, tags, custom, created_at, updated_at) VALUES "
            "('raw-1', '芳', '王', '[]', '[]', 'lead', '[]', '{}', '2026-01-01', '2026-01-01')"
        )
        before = sorted(conn.execute("SELECT gram, rid FROM contact_gram"))
        fts_before = conn.execute("SELECT count(*) FROM contact_fts").fetchone()
    assert found(db, "王芳") == {"raw-1"}
    with db.engine.begin() as conn:
        search_index.rebuild(conn)
    with sqlite3.connect(db.path) as raw:
        assert sorted(raw.execute("SELECT gram, rid FROM contact_gram")) == before
        assert raw.execute("SELECT count(*) FROM contact_fts").fetchone() == fts_before
    assert found(db, "王芳") == {"raw-1"}


def test_limit_kind_and_empty_queries(db: Database, people: dict[str, str]) -> None:
    service = SearchService(db)
    assert len(service.search("张", limit=1)) == 1
    assert service.search("   ") == []
    with pytest.raises(ValueError):
        service.search("x", kind="planets")
    hit = service.search("张伟明")[0]
    assert (hit.kind, hit.title) == ("contact", "张伟明")


def test_a_cancelled_search_stops(db: Database, people: dict[str, str]) -> None:
    with pytest.raises(SearchCancelled):
        SearchService(db).search("张伟", cancelled=lambda: True)


def test_normalize() -> None:
    assert normalize("  ") is None
    q = normalize(" +86 (138) 0013 ")
    assert q is not None and q.term == "861380013" and not q.short
    q = normalize("张伟")
    assert q is not None and q.short


def test_cli_search_uses_the_same_service(
    db: Database, people: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.app import main

    path = str(db.path)
    assert main(["search", "张伟", "--db", path, "--kind", "contacts", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {h["id"] for h in hits} == {people["zhang"], people["zhang3"]}
    assert {h["title"] for h in hits} == {"张伟", "张伟明"}
    assert main(["search", "acme", "--db", path, "--limit", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("contact") and "John Smith" in lines[0]
    assert main(["search", "nobody-here", "--db", path]) == 0
    assert "no matches" in capsys.readouterr().err
