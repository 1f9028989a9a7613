"""Lazy lists: ids for filter + sort in SQL, pages of rows, bulk edits, views, trash."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.services.companies import CompanyService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.deals import DealService
from crm_desktop.services.listing import ListActions, ListQuery, ListService
from crm_desktop.services.trash import TrashService
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Contact, CustomField, Pipeline, Stage, StageChange, User
from crm_desktop.storage.unit_of_work import UnitOfWork


@pytest.fixture
def data(db: Database) -> dict[str, str]:
    with UnitOfWork(db) as session:
        ann, bob = User(name="Ann"), User(name="Bob")
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add_all([ann, bob, pipeline])
        session.flush()
        new = Stage(pipeline_id=pipeline.id, name="New", position=0, probability=10)
        won = Stage(pipeline_id=pipeline.id, name="Proposal", position=1, probability=50)
        session.add_all([new, won])
        session.add(CustomField(entity="contact", key="shoe", label_en="Shoe size", type="number"))
        session.flush()
        ids = {"ann": ann.id, "bob": bob.id, "new": new.id, "proposal": won.id}
    companies, contacts = CompanyService(db), ContactService(db)
    ids["acme"] = companies.create({"name": "Acme", "city": "Berlin"}).record.id
    ids["beta"] = companies.create({"name": "Beta", "city": "Paris"}).record.id
    old = datetime.now(UTC) - timedelta(days=90)
    rows = [
        ("c", "Carla", "Zeta", "lead", ids["ann"], ids["acme"], "Berlin", ["vip"], None),
        ("a", "Anton", "Young", "customer", ids["bob"], ids["beta"], "Paris", [], old),
        ("b", "Berta", "Xu", "lead", ids["bob"], None, "berlin", ["vip", "eu"], datetime.now(UTC)),
        ("z", "伟", "张", "mql", None, ids["acme"], "Shanghai", [], None),
    ]
    for key, first, last, stage, owner, company, city, tags, activity in rows:
        saved = contacts.create(
            {
                "first_name": first,
                "last_name": last,
                "lifecycle_stage": stage,
                "owner_id": owner,
                "company_id": company,
                "city": city,
                "tags": tags,
                "custom": {"shoe": len(first + last)},
            }
        )
        ids[key] = saved.record.id
        if activity is not None:
            with UnitOfWork(db) as session:
                session.get(Contact, saved.record.id).last_activity_at = activity  # type: ignore[union-attr]
    deals = DealService(db)
    ids["d1"] = deals.create(
        {"name": "Big", "amount": "5000", "company_id": ids["acme"], "owner_id": ids["ann"],
         "expected_close_date": "2027-03-01", "contact_ids": [ids["c"]]}
    ).record.id  # fmt: skip
    ids["d2"] = deals.create(
        {"name": "Small", "amount": "150.50", "company_id": ids["beta"],
         "expected_close_date": "2027-01-15"}
    ).record.id  # fmt: skip
    return ids


def names(db: Database, query: ListQuery) -> list[str]:
    service = ListService(db)
    rows = service.rows(query.kind, service.ids(query))
    return [r.values["name"] for r in rows]


def test_default_sort_is_by_family_name(db: Database, data: dict[str, str]) -> None:
    assert names(db, ListQuery("contact")) == ["Berta Xu", "Anton Young", "Carla Zeta", "张伟"]


def test_sort_by_any_column_both_ways(db: Database, data: dict[str, str]) -> None:
    by_company = names(db, ListQuery("contact", sort_key="company"))
    assert by_company == ["Berta Xu", "Carla Zeta", "张伟", "Anton Young"]  # NULL first
    by_shoe = names(db, ListQuery("contact", sort_key="custom.shoe", descending=True))
    assert by_shoe == ["Anton Young", "Carla Zeta", "Berta Xu", "张伟"]
    assert names(db, ListQuery("deal", sort_key="amount")) == ["Small", "Big"]


def test_filters(db: Database, data: dict[str, str]) -> None:
    def q(**filters: object) -> list[str]:
        return names(db, ListQuery("contact", filters=filters))

    assert q(owner_id=data["bob"]) == ["Berta Xu", "Anton Young"]
    assert q(lifecycle_stage=["lead", "mql"]) == ["Berta Xu", "Carla Zeta", "张伟"]
    assert q(city="BERLIN") == ["Berta Xu", "Carla Zeta"]
    assert q(tag="vip") == ["Berta Xu", "Carla Zeta"]
    assert q(company="cm") == ["Carla Zeta", "张伟"]
    assert q(company_id=data["beta"]) == ["Anton Young"]
    assert q(has_open_deals=True) == ["Carla Zeta"]
    assert q(inactive_days=30) == ["Anton Young", "Carla Zeta", "张伟"]
    assert q(owner_id="", tag=None) == names(db, ListQuery("contact"))


def test_deal_filters(db: Database, data: dict[str, str]) -> None:
    def q(**filters: object) -> list[str]:
        return names(db, ListQuery("deal", filters=filters))

    assert q(amount_min="200") == ["Big"]
    assert q(amount_max=150.5) == ["Small"]
    assert q(close_from=date(2027, 2, 1)) == ["Big"]
    assert q(close_to="2027-02-01", outcome="open") == ["Small"]
    assert q(stage_id=data["new"]) == ["Big", "Small"]
    assert q(company="acm") == ["Big"]


def test_search_in_the_list_combines_with_filters_and_sort(
    db: Database, data: dict[str, str]
) -> None:
    assert names(db, ListQuery("contact", search="张")) == ["张伟"]
    assert names(db, ListQuery("contact", search="acme", descending=True)) == [
        "张伟",
        "Carla Zeta",
    ]
    assert names(db, ListQuery("contact", search="acme", filters={"tag": "vip"})) == ["Carla Zeta"]


def test_rows_of_a_page_keep_the_order_asked_and_convert_values(
    db: Database, data: dict[str, str]
) -> None:
    service = ListService(db)
    ids = service.ids(ListQuery("deal", sort_key="name"))
    rows = service.rows("deal", list(reversed(ids)))
    assert [r.values["name"] for r in rows] == ["Small", "Big"]
    assert rows[0].values["amount"] == Decimal("150.50")
    assert rows[0].values["company"] == "Beta"
    assert rows[1].values["stage"] == "New"
    contact = service.rows("contact", service.ids(ListQuery("contact", search="张伟")))[0]
    assert contact.id == data["z"]
    assert contact.values["custom.shoe"] == 2
    assert service.ids_of("contact", [contact.rowid]) == [data["z"]]


def test_paging_over_many_rows(db: Database, data: dict[str, str]) -> None:
    contacts = ContactService(db)
    for i in range(120):
        contacts.create({"first_name": f"P{i:03d}", "last_name": "Page"})
    service = ListService(db)
    ids = service.ids(ListQuery("contact", filters={}, sort_key="name"))
    assert len(ids) == 124
    page = service.rows("contact", ids[50:60])
    assert [r.values["name"] for r in page] == [f"P{i:03d} Page" for i in range(50, 60)]


def test_columns_include_custom_properties(db: Database, data: dict[str, str]) -> None:
    columns = ListService(db).columns("contact")
    assert columns[0].key == "name"
    assert any(c.key == "custom.shoe" and c.custom and c.label == "Shoe size" for c in columns)


def test_bulk_edit_owner_stage_lifecycle_and_tags(db: Database, data: dict[str, str]) -> None:
    actions = ListActions(db)
    changes = actions.bulk_update("contact", [data["a"], data["z"]], "owner_id", data["ann"])
    assert changes.ids(changes.kinds.__iter__().__next__()) == {data["a"], data["z"]}
    actions.bulk_update("contact", [data["a"], data["b"]], "lifecycle_stage", "sql")
    actions.bulk_update("contact", [data["a"], data["b"]], "add_tag", "hot")
    actions.bulk_update("contact", [data["b"]], "remove_tag", "vip")
    with db.session(write=False) as session:
        a, b, z = (session.get(Contact, data[k]) for k in "abz")
        assert a is not None and b is not None and z is not None
        assert (a.owner_id, z.owner_id) == (data["ann"], data["ann"])
        assert (a.lifecycle_stage, b.lifecycle_stage) == ("sql", "sql")
        assert (a.tags, b.tags) == (["hot"], ["eu", "hot"])
    actions.bulk_update("deal", [data["d1"], data["d2"]], "stage_id", data["proposal"])
    with db.session(write=False) as session:
        moves = session.scalars(
            select(StageChange).where(StageChange.to_stage_id == data["proposal"])
        ).all()
    assert len(moves) == 2
    with pytest.raises(Exception, match="bulk"):
        actions.bulk_update("contact", [data["a"]], "email", "x@y.z")


def test_saved_views_round_trip(db: Database, data: dict[str, str]) -> None:
    actions = ListActions(db)
    view, _ = actions.save_view("contact", "VIPs", {"tag": "vip"}, ["name", True], ["name"])
    again, _ = actions.save_view("contact", "VIPs", {"tag": "eu"}, [], ["name", "email"])
    assert again.id == view.id
    views = actions.views("contact")
    assert [(v.name, v.filters, v.columns) for v in views] == [
        ("VIPs", {"tag": "eu"}, ["name", "email"])
    ]
    assert actions.views("deal") == []
    actions.delete_view(view.id)
    assert actions.views("contact") == []


def test_trash_lists_restores_and_purges_after_30_days(db: Database, data: dict[str, str]) -> None:
    actions, trash = ListActions(db), TrashService(db)
    actions.trash("contact", [data["a"], data["b"]])
    actions.trash("deal", [data["d1"]])
    assert names(db, ListQuery("contact")) == ["Carla Zeta", "张伟"]
    items = trash.items()
    assert {(i.kind, i.title) for i in items} == {
        ("contact", "Anton Young"),
        ("contact", "Berta Xu"),
        ("deal", "Big"),
    }
    assert all(i.purge_at - i.deleted_at == timedelta(days=30) for i in items)
    trash.restore([("contact", data["a"])])
    assert names(db, ListQuery("contact")) == ["Anton Young", "Carla Zeta", "张伟"]
    assert trash.count() == 2
    trash.purge_expired(datetime.now(UTC) + timedelta(days=29))
    assert trash.count() == 2
    trash.purge_expired(datetime.now(UTC) + timedelta(days=31))
    assert trash.count() == 0
    with db.session(write=False) as session:
        assert session.get(Contact, data["b"]) is None
        assert session.get(Contact, data["a"]) is not None


def test_a_database_without_the_list_indexes_still_lists(
    db: Database, data: dict[str, str]
) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_list_contact_name")
    assert names(db, ListQuery("contact")) == ["Berta Xu", "Anton Young", "Carla Zeta", "张伟"]
