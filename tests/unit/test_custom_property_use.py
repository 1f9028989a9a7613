"""Custom properties in list filters, imports and exports (issue 8)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.services.container import Services
from crm_desktop.services.importing.custom_cells import CustomType, custom_cell
from crm_desktop.services.importing.fields import ImportKind
from crm_desktop.services.importing.options import ImportOptions
from crm_desktop.services.importing.values import DateOrder
from crm_desktop.services.listing import ListQuery
from crm_desktop.storage.database import Database

PROPERTIES = [
    ("Segment", "text", []),
    ("Seats", "number", []),
    ("Budget", "money", []),
    ("Renewal", "date", []),
    ("Tier", "single_choice", ["Gold", "Silver"]),
    ("Channels", "multi_choice", ["Email", "Phone", "WeChat"]),
    ("Partner", "yes_no", []),
]
CONTACTS: dict[str, dict[str, Any]] = {
    "Ann": {
        "segment": "Enterprise SaaS",
        "seats": 120,
        "budget": 5000.5,
        "renewal": "2026-03-15",
        "tier": "Gold",
        "channels": ["Email", "WeChat"],
        "partner": True,
    },
    "Bob": {
        "segment": "SMB",
        "seats": "40",  # as an older import stored it: text
        "renewal": "2026-07-01",
        "tier": "Silver",
        "channels": ["Phone"],
        "partner": False,
    },
    "Cai": {"segment": "enterprise", "seats": 8, "budget": 100, "channels": []},
    "Dee": {},
}


@pytest.fixture
def services(db: Database) -> Services:
    services = Services(db)
    for label, type_, options in PROPERTIES:
        services.properties.create(
            {"entity": "contact", "label_en": label, "type": type_, "options": options}
        )
    for name, custom in CONTACTS.items():
        services.contacts.create({"first_name": name, "custom": custom})
    return services


def names(services: Services, **filters: Any) -> list[str]:
    query = ListQuery("contact", filters={f"custom.{k}": v for k, v in filters.items()})
    rows = services.lists.rows("contact", services.lists.ids(query))
    return sorted(str(row.values["name"]) for row in rows)


def test_text_contains_and_equals(services: Services) -> None:
    assert names(services, segment={"op": "contains", "value": "enterPRISE"}) == ["Ann", "Cai"]
    assert names(services, segment={"op": "equals", "value": "smb "}) == ["Bob"]
    assert names(services, segment={"op": "contains", "value": "%"}) == []  # no wildcard
    assert names(services, segment={"op": "contains", "value": ""}) == ["Ann", "Bob", "Cai", "Dee"]


def test_number_and_money_ranges(services: Services) -> None:
    assert names(services, seats={"op": "between", "min": 10, "max": 100}) == ["Bob"]
    assert names(services, seats={"op": "between", "min": 40}) == ["Ann", "Bob"]
    assert names(services, seats={"op": "between", "max": 8}) == ["Cai"]
    assert names(services, budget={"op": "between", "min": "5000.50"}) == ["Ann"]
    assert names(services, budget={"op": "between", "min": None, "max": None}) == [
        "Ann",
        "Bob",
        "Cai",
        "Dee",
    ]
    # text that is no number never matches a range
    assert names(services, segment={"op": "between", "min": 0}) == []


def test_date_range(services: Services) -> None:
    spring = {"op": "dates", "from": "2026-03-01", "to": "2026-03-31"}
    assert names(services, renewal=spring) == ["Ann"]
    assert names(services, renewal={"op": "dates", "from": "2026-03-15"}) == ["Ann", "Bob"]
    assert names(services, renewal={"op": "dates", "to": "2026-03-14"}) == []


def test_choice_options_and_checkbox(services: Services) -> None:
    assert names(services, tier={"op": "option", "value": "Gold"}) == ["Ann"]
    assert names(services, channels={"op": "option", "value": "wechat"}) == ["Ann"]
    assert names(services, channels={"op": "option", "value": "Phone"}) == ["Bob"]
    assert names(services, partner={"op": "checked", "value": True}) == ["Ann"]
    assert names(services, partner={"op": "checked", "value": False}) == ["Bob", "Cai", "Dee"]


def test_custom_filters_combine_with_the_others(services: Services) -> None:
    query = ListQuery(
        "contact",
        filters={
            "custom.segment": {"op": "contains", "value": "enterprise"},
            "custom.seats": {"op": "between", "min": 100},
            "custom.nope": {"op": "unknown"},  # ignored, like unknown keys
            "custom.tier": "not a dict",  # ignored
        },
    )
    rows = services.lists.rows("contact", services.lists.ids(query))
    assert [row.values["name"] for row in rows] == ["Ann"]


def test_a_key_with_quotes_cannot_break_the_query(services: Services) -> None:
    assert names(services, **{"x') OR 1=1 --": {"op": "contains", "value": "a"}}) == []


# -- import --------------------------------------------------------------------------------
def test_import_cells_follow_the_property_type() -> None:
    assert custom_cell(CustomType("number"), "1,200") == 1200
    assert custom_cell(CustomType("money"), "$1,200.50") == 1200.5
    assert custom_cell(CustomType("date"), "15/03/2026", DateOrder.DMY) == "2026-03-15"
    assert custom_cell(CustomType("yes_no"), "是") is True
    assert custom_cell(CustomType("single_choice", ("Gold",)), "gold") == "Gold"
    multi = CustomType("multi_choice", ("Email", "WeChat"))
    assert custom_cell(multi, "wechat; email, Fax") == ["WeChat", "Email", "Fax"]
    assert custom_cell(None, "  plain text ") == "plain text"
    with pytest.raises(ValueError, match="not a number"):
        custom_cell(CustomType("number"), "many")
    with pytest.raises(ValueError):
        custom_cell(CustomType("yes_no"), "perhaps")


def test_import_into_existing_typed_properties(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First name,Seats,Renewal,Partner,Channels\n"
        'Eve,"1,500",2026-09-30,yes,Phone;Email\n'
        "Fay,lots,2026-01-01,no,\n",
        encoding="utf-8",
    )
    mapping = {
        "First name": "first_name",
        "Seats": "custom:seats",
        "Renewal": "custom:renewal",
        "Partner": "custom:partner",
        "Channels": "custom:channels",
    }
    options = ImportOptions(kind=ImportKind.CONTACTS, mapping=mapping)
    result = services.imports.run(services.imports.open(path), options)
    assert [(e.column, e.reason) for e in result.errors] == [("Seats", "not a number: 'lots'")]
    assert names(services, seats={"op": "between", "min": 1000}) == ["Eve"]
    assert names(services, partner={"op": "checked", "value": True}) == ["Ann", "Eve"]
    assert names(services, channels={"op": "option", "value": "Email"}) == ["Ann", "Eve"]
    assert names(services, renewal={"op": "dates", "from": "2026-09-01"}) == ["Eve"]


def test_export_has_custom_columns_and_round_trips(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    services.exports.export(ImportKind.CONTACTS, path)
    with path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    ann = next(r for r in rows if r["first_name"] == "Ann")
    assert ann["custom:seats"] == "120"
    assert ann["custom:channels"] == "Email; WeChat"
    assert ann["custom:tier"] == "Gold"
    assert ann["custom:renewal"] == "2026-03-15"
