"""Custom properties in the list filter panel and in the import mapping, driven like a user."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from crm_desktop.services.container import Services
from crm_desktop.ui.contacts.page import ContactsPage
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.importer import open_import_wizard
from crm_desktop.ui.models.custom_filter import CHOICE, DATES, FLAG, NUMBER, TEXT
from crm_desktop.ui.models.list_page import RecordListPage


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    services = Services.open(db_path)
    for label, type_, options in [
        ("Segment", "text", []),
        ("Seats", "number", []),
        ("Renewal", "date", []),
        ("Tier", "single_choice", ["Gold", "Silver"]),
        ("Partner", "yes_no", []),
    ]:
        services.properties.create(
            {"entity": "contact", "label_en": label, "type": type_, "options": options}
        )
    for name, custom in [
        ("Ann", {"segment": "Enterprise", "seats": 120, "renewal": "2026-03-15", "tier": "Gold"}),
        ("Bob", {"segment": "SMB", "seats": 40, "tier": "Silver", "partner": True}),
        ("Cai", {}),
    ]:
        services.contacts.create({"first_name": name, "custom": custom})
    yield services
    services.close()


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> RecordListPage:
    hub = SignalHub()
    page = ContactsPage(hub)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    hub.sig_database_opened.emit(services)
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot: QtBot, page: RecordListPage) -> None:
    qtbot.waitUntil(lambda: not page.loading and not page._search_timer.isActive())


def shown(page: RecordListPage) -> list[str]:
    model = page.model
    return sorted(str(model.data(model.index(r, 0))) for r in range(model.rowCount()))


def test_filter_by_each_kind_of_custom_property(qtbot: QtBot, page: RecordListPage) -> None:
    custom = page.filter_bar.custom
    page.filters_button.click()
    assert custom.isVisible()
    box = custom.prop_box
    assert [box.itemText(i) for i in range(box.count())][1:] == [
        "Segment",
        "Seats",
        "Renewal",
        "Tier",
        "Partner",
    ]
    assert shown(page) == ["Ann", "Bob", "Cai"]

    box.setCurrentIndex(box.findData("segment"))
    assert custom.stack.currentIndex() == TEXT
    custom.text.setText("enter")
    custom.text.editingFinished.emit()
    wait_loaded(qtbot, page)
    assert shown(page) == ["Ann"]
    assert page.current_query().filters == {"custom.segment": {"op": "contains", "value": "enter"}}

    box.setCurrentIndex(box.findData("seats"))  # another property: the old test is dropped
    wait_loaded(qtbot, page)
    assert custom.stack.currentIndex() == NUMBER
    assert shown(page) == ["Ann", "Bob", "Cai"]
    custom.high.setText("100")
    custom.high.editingFinished.emit()
    wait_loaded(qtbot, page)
    assert shown(page) == ["Bob"]

    box.setCurrentIndex(box.findData("renewal"))
    assert custom.stack.currentIndex() == DATES
    custom.first.setDate(QDate(2026, 1, 1))
    wait_loaded(qtbot, page)
    assert shown(page) == ["Ann"]

    box.setCurrentIndex(box.findData("tier"))
    assert custom.stack.currentIndex() == CHOICE
    assert [custom.option.itemText(i) for i in range(custom.option.count())][1:] == [
        "Gold",
        "Silver",
    ]
    custom.option.setCurrentIndex(custom.option.findData("Silver"))
    wait_loaded(qtbot, page)
    assert shown(page) == ["Bob"]

    box.setCurrentIndex(box.findData("partner"))
    assert custom.stack.currentIndex() == FLAG
    custom.flag.setCurrentIndex(custom.flag.findData(False))
    wait_loaded(qtbot, page)
    assert shown(page) == ["Ann", "Cai"]


def test_saved_view_filters_come_back_and_new_properties_show_up(
    qtbot: QtBot, page: RecordListPage, services: Services
) -> None:
    custom = page.filter_bar.custom
    services.properties.create({"entity": "contact", "label_en": "Region", "type": "text"})
    custom.prop_box.sig_opening.emit()  # opening the list reads the properties again
    assert custom.prop_box.findData("region") > 0
    page.filter_bar.set_values({"custom.seats": {"op": "between", "min": 50, "max": None}})
    wait_loaded(qtbot, page)
    assert custom.prop_box.currentData() == "seats"
    assert (custom.low.text(), custom.high.text()) == ("50", "")
    assert shown(page) == ["Ann"]
    page.filter_bar.clear()
    wait_loaded(qtbot, page)
    assert custom.prop_box.currentData() is None
    assert shown(page) == ["Ann", "Bob", "Cai"]


def test_import_mapping_offers_and_suggests_existing_properties(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("First name,Seats,custom:tier,Notes here\nDan,12,Gold,x\n", encoding="utf-8")
    wizard = open_import_wizard(None, services, SignalHub())
    qtbot.addWidget(wizard)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.mapping() == {
        "First name": "first_name",
        "Seats": "custom:seats",
        "custom:tier": "custom:tier",
    }
    box = mapping.box(3)  # "Notes here": a new property, or any existing one
    texts = [box.itemText(i) for i in range(box.count())]
    assert "Custom property: Partner" in texts
    assert texts[-1] == "New custom property: notes_here"
    wizard.close()
