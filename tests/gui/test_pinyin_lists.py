"""The list pages sort Chinese names in pinyin order among Latin ones, by the Name header."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services.container import Services
from crm_desktop.storage.models import Pipeline, Stage
from crm_desktop.storage.unit_of_work import UnitOfWork
from crm_desktop.ui.companies.page import CompaniesPage
from crm_desktop.ui.contacts.page import ContactsPage
from crm_desktop.ui.deals.page import DealsPage
from crm_desktop.ui.models.list_page import RecordListPage
from tests.gui.test_lists import make_page, shown, wait_loaded

CONTACTS = [("伟", "张"), ("Ada", "Lovelace"), ("娜", "李"), ("Grace", "Hopper"), ("明", "安")]
#: an, hopper, li, lovelace, zhang
CONTACT_ORDER = ["安明", "Grace Hopper", "李娜", "Ada Lovelace", "张伟"]
COMPANIES = ["字节跳动", "Baidu", "阿里巴巴", "Zeta AG", "北京星辰科技"]
#: a li ba ba, baidu, bei jing ..., zeta, zi jie ...
COMPANY_ORDER = ["阿里巴巴", "Baidu", "北京星辰科技", "Zeta AG", "字节跳动"]


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    services = Services.open(db_path)
    for first, last in CONTACTS:
        services.contacts.create({"first_name": first, "last_name": last})
    with UnitOfWork(services.db) as session:
        pipeline = Pipeline(name="Sales", is_default=True)
        session.add(pipeline)
        session.flush()
        session.add(Stage(pipeline_id=pipeline.id, name="New", position=0, probability=10))
    for name in COMPANIES:
        services.companies.create({"name": name})
        services.deals.create({"name": name})
    yield services
    services.close()


def click_header(qtbot: QtBot, page: RecordListPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_loaded(qtbot, page)


@pytest.mark.parametrize(
    ("cls", "order"),
    [(ContactsPage, CONTACT_ORDER), (CompaniesPage, COMPANY_ORDER), (DealsPage, COMPANY_ORDER)],
    ids=["contacts", "companies", "deals"],
)
def test_the_name_header_sorts_by_pinyin_both_ways(
    qtbot: QtBot, services: Services, cls: type[RecordListPage], order: list[str]
) -> None:
    page = make_page(qtbot, services, cls)
    assert page.sort_key in (None, "name") and not page.descending
    assert shown(page) == order  # the default sort
    name = [c.key for c in page.model.columns()].index("name")
    click_header(qtbot, page, name + 1)  # another column first
    assert page.sort_key != "name"
    click_header(qtbot, page, name)
    assert page.sort_key == "name"
    assert shown(page) == (order[::-1] if page.descending else order)
    first = page.descending
    click_header(qtbot, page, name)
    assert page.descending is not first
    assert shown(page) == (order[::-1] if page.descending else order)
