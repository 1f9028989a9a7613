"""Exports: CSV/XLSX/vCard, formula neutralising, and export -> import round trips."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import vobject
from sqlalchemy import text

from crm_desktop.domain.enums import ActivityType, Outcome, Priority
from crm_desktop.services.exporting import ExportFormat, ExportService, neutralise
from crm_desktop.services.importing.fields import ImportKind, suggest_mapping
from crm_desktop.services.importing.options import ImportOptions
from crm_desktop.services.importing.runner import ImportService
from crm_desktop.storage.database import Database, open_database
from crm_desktop.storage.models import (
    Activity,
    Company,
    Contact,
    Deal,
    Pipeline,
    Source,
    Stage,
    Task,
    User,
)
from crm_desktop.storage.unit_of_work import UnitOfWork

T0 = datetime(2024, 3, 5, 9, 30, tzinfo=UTC)


def fill(db: Database) -> None:
    """A small realistic data set with every exported field set somewhere."""
    with UnitOfWork(db) as s:
        ann = User(name="Ann Lee", email="ann@example.com")
        wang = User(name="王芳")
        web = Source(name="Website")
        acme = Company(name="Acme", domain="acme.com", industry="Rockets", employees=120,
                       annual_revenue=Decimal("2500000.50"), phone="+14155550100",
                       website="https://acme.com", city="Austin", country="US",
                       external_id="C-1")  # fmt: skip
        hua = Company(name="华为", city="深圳", country="中国")
        s.add_all([ann, wang, web, acme, hua])
        s.flush()
        acme.owner_id = ann.id
        ada = Contact(first_name="Ada", last_name="Lovelace", email="ada@acme.com",
                      phone="+442079460958", title="=HYPERLINK(\"evil\")", company=acme,
                      owner_id=ann.id, lifecycle_stage="customer", lead_status="connected",
                      source=web, city="London", country="UK", tags=["vip", "math"],
                      created_at=T0, external_id="P-1", custom={"shoe": "38"})  # fmt: skip
        zhang = Contact(first_name="伟", last_name="张", email="zhang@hua.cn", company=hua,
                        owner_id=wang.id, title="-经理", created_at=T0)  # fmt: skip
        s.add_all([ada, zhang])
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        lead = Stage(pipeline_id=pipeline.id, name="Lead", position=0)
        won = Stage(pipeline_id=pipeline.id, name="Won", position=1, outcome=Outcome.WON)
        s.add_all([lead, won])
        s.flush()
        s.add_all([
            Deal(name="Rocket fuel", amount=Decimal("12000.50"), currency="USD",
                 pipeline_id=pipeline.id, stage_id=lead.id, company_id=acme.id,
                 owner_id=ann.id, expected_close_date=date(2024, 6, 30), probability=40,
                 source_id=web.id, created_at=T0, external_id="D-1", contacts=[ada]),
            Deal(name="基站", amount=Decimal("880000"), currency="CNY", pipeline_id=pipeline.id,
                 stage_id=won.id, outcome=Outcome.WON, company_id=hua.id, owner_id=wang.id,
                 expected_close_date=date(2024, 2, 1), created_at=T0, external_id="D-2",
                 contacts=[zhang, ada]),
        ])  # fmt: skip
        s.flush()
        s.add(Activity(type=ActivityType.CALL, subject="First call", body="line 1\nline 2",
                       occurred_at=T0, duration_minutes=15, outcome="connected",
                       owner_id=ann.id, contact_id=ada.id, company_id=acme.id))  # fmt: skip
        s.add(Task(title="Send quote", notes="@once", due_at=T0, priority=Priority.HIGH,
                   owner_id=ann.id, contact_id=ada.id, company_id=acme.id))  # fmt: skip


SNAPSHOTS = {
    "contact": "SELECT c.first_name, c.last_name, c.email, c.phone, c.title, co.name, "
    "COALESCE(u.email, u.name), c.lifecycle_stage, c.lead_status, so.name, c.city, c.country, "
    "c.tags, substr(c.created_at, 1, 19), c.external_id, c.custom FROM contact c "
    "LEFT JOIN company co ON co.id = c.company_id LEFT JOIN user u ON u.id = c.owner_id "
    "LEFT JOIN source so ON so.id = c.source_id ORDER BY c.email",
    "company": "SELECT c.name, c.domain, c.industry, c.employees, c.annual_revenue, c.phone, "
    "c.website, c.city, c.country, COALESCE(u.email, u.name), c.external_id FROM company c "
    "LEFT JOIN user u ON u.id = c.owner_id ORDER BY c.name",
    "deal": "SELECT d.name, d.amount, d.currency, p.name, s.name, s.outcome, d.outcome, "
    "COALESCE(u.email, u.name), co.name, d.expected_close_date, d.probability, so.name, "
    "substr(d.created_at, 1, 19), d.external_id, (SELECT group_concat(e, ',') FROM (SELECT "
    "c.email AS e FROM deal_contact dc JOIN contact c ON c.id = dc.contact_id "
    "WHERE dc.deal_id = d.id ORDER BY c.email)) FROM deal d "
    "JOIN pipeline p ON p.id = d.pipeline_id "
    "LEFT JOIN stage s ON s.id = d.stage_id LEFT JOIN user u ON u.id = d.owner_id "
    "LEFT JOIN company co ON co.id = d.company_id LEFT JOIN source so ON so.id = d.source_id "
    "ORDER BY d.name",
    "activity": "SELECT a.type, a.subject, a.body, substr(a.occurred_at, 1, 19), "
    "a.duration_minutes, a.outcome, COALESCE(u.email, u.name), c.email, co.name "
    "FROM activity a LEFT JOIN user u ON u.id = a.owner_id "
    "LEFT JOIN contact c ON c.id = a.contact_id LEFT JOIN company co ON co.id = a.company_id",
    "task": "SELECT t.title, t.type, t.notes, substr(t.due_at, 1, 19), t.priority, t.done_at, "
    "COALESCE(u.email, u.name), c.email, co.name FROM task t "
    "LEFT JOIN user u ON u.id = t.owner_id LEFT JOIN contact c ON c.id = t.contact_id "
    "LEFT JOIN company co ON co.id = t.company_id",
}  # fmt: skip
ORDER = [
    (ImportKind.COMPANIES, "company"),
    (ImportKind.CONTACTS, "contact"),
    (ImportKind.DEALS, "deal"),
    (ImportKind.ACTIVITIES, "activity"),
    (ImportKind.TASKS, "task"),
]


def snapshot(db: Database, table: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(SNAPSHOTS[table]))]


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.XLSX])
def test_round_trip_into_an_empty_database(db: Database, tmp_path: Path, fmt: ExportFormat) -> None:
    fill(db)
    target = open_database(tmp_path / "copy.sqlite3")
    try:
        importer = ImportService(target)
        for kind, table in ORDER:
            path = tmp_path / f"{kind.value}.{fmt.value}"
            exported = ExportService(db).export(kind, path, fmt)
            assert exported.count == len(snapshot(db, table))
            opened = importer.open(path)
            options = ImportOptions(kind, suggest_mapping(kind, opened.headers))
            result = importer.run(opened, options)
            assert result.errors == (), result.errors
            assert snapshot(target, table) == snapshot(db, table), table
    finally:
        target.close()


def test_csv_cells_are_neutralised(db: Database, tmp_path: Path) -> None:
    fill(db)
    path = tmp_path / "contacts.csv"
    ExportService(db).export(ImportKind.CONTACTS, path)
    content = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in content
    assert "'-经理" in content
    assert "'+442079460958" in content
    assert ",=" not in content


def test_xlsx_has_no_formulas(db: Database, tmp_path: Path) -> None:
    fill(db)
    path = tmp_path / "contacts.xlsx"
    ExportService(db).export(ImportKind.CONTACTS, path)
    sheet = openpyxl.load_workbook(path).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert '\'=HYPERLINK("evil")' in values


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert neutralise("plain") == "plain"


def test_chosen_columns_and_ids_in_list_order(db: Database, tmp_path: Path) -> None:
    fill(db)
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM contact ORDER BY email DESC"))]
    path = tmp_path / "some.csv"
    result = ExportService(db).export(
        ImportKind.CONTACTS, path, columns=["email", "custom:shoe"], ids=ids
    )
    assert result.count == 2
    assert path.read_text(encoding="utf-8-sig").splitlines() == [
        "email,custom:shoe",
        "zhang@hua.cn,",
        "ada@acme.com,38",
    ]
    assert "custom:shoe" in ExportService(db).columns(ImportKind.CONTACTS)
    with pytest.raises(ValueError, match="unknown"):
        ExportService(db).export(ImportKind.CONTACTS, path, columns=["nope"])


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcards(db: Database, tmp_path: Path, version: str) -> None:
    fill(db)
    path = tmp_path / "contacts.vcf"
    result = ExportService(db).export(
        ImportKind.CONTACTS, path, ExportFormat.VCF, vcard_version=version
    )
    assert result.count == 2
    content = path.read_text(encoding="utf-8")
    assert f"VERSION:{version}" in content
    cards = list(vobject.readComponents(content.replace("VERSION:4.0", "VERSION:3.0")))
    by_fn = {c.fn.value: c for c in cards}
    assert set(by_fn) == {"Ada Lovelace", "张伟"}
    assert by_fn["张伟"].n.value.family == "张"
    assert by_fn["Ada Lovelace"].email.value == "ada@acme.com"
    assert by_fn["Ada Lovelace"].org.value == ["Acme"]
    with pytest.raises(ValueError, match="vCard"):
        ExportService(db).export(ImportKind.DEALS, path, ExportFormat.VCF)
