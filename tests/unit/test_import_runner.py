"""Imports end to end on a real database: relations, dedupe, dry run, errors, cancel, undo."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.domain.enums import EntityKind, Outcome
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.importing.fields import ImportKind
from crm_desktop.services.importing.options import ImportOptions
from crm_desktop.services.importing.runner import ImportService, write_error_report
from crm_desktop.services.importing.values import DateOrder
from crm_desktop.storage.database import Database
from tests.unit.import_helpers import Importer, count, make_importer, query


@pytest.fixture
def run_import(db: Database, tmp_path: Path) -> Importer:
    return make_importer(db, tmp_path)


CONTACTS = """姓名,邮箱,电话,公司,职位,负责人,标签,创建时间
张伟,zhang.wei@example.cn,+86 138 0013 8000,华为,销售经理,王芳,"vip, 北京",2024年3月5日
李娜,li.na@example.cn,,阿里巴巴,,wang.fang@example.cn,,2024-03-06
Ada Lovelace,ada@example.org,,Analytical Engines,,王芳,,
,,,,,,,
Broken,not-an-email,,,,,,
Bad Date,bad@example.org,,,,,,someday
"""


def test_contacts_with_relations(db: Database, run_import: Importer) -> None:
    result = run_import("contacts", CONTACTS)
    assert (result.new, result.updated, result.skipped, result.blank) == (3, 0, 0, 1)
    assert [(e.row, e.column) for e in result.errors] == [(6, "邮箱"), (7, "创建时间")]
    rows = query(
        db,
        "SELECT c.first_name, c.last_name, c.phone, co.name, u.name, c.tags, c.created_at "
        "FROM contact c LEFT JOIN company co ON co.id = c.company_id "
        "LEFT JOIN user u ON u.id = c.owner_id ORDER BY c.email DESC",
    )
    assert rows[0] == (
        "伟", "张", "+8613800138000", "华为", "王芳", json.dumps(["vip", "北京"]),
        "2024-03-05 00:00:00.000000",
    )  # fmt: skip
    assert rows[1][:5] == ("娜", "李", None, "阿里巴巴", "wang.fang")
    assert rows[2][:5] == ("Ada", "Lovelace", None, "Analytical Engines", "王芳")
    # owners: 王芳 by name (once) and wang.fang@... by email; three companies
    assert count(db, "user") == 2
    assert count(db, "company") == 3
    assert result.changes.touches(EntityKind.CONTACT, EntityKind.COMPANY)


def test_dry_run_counts_equal_the_real_run_and_write_nothing(
    db: Database, run_import: Importer
) -> None:
    dry = run_import("contacts", CONTACTS, dry=True)
    assert count(db, "contact") == 0 and count(db, "company") == 0
    assert query(db, "SELECT count(*) FROM change_log")[0][0] == 0
    assert dry.batch_id is None
    real = run_import("contacts", CONTACTS)
    assert dry.counts() == real.counts()
    assert dry.errors == real.errors


def test_skip_and_create_modes(db: Database, run_import: Importer) -> None:
    run_import("contacts", "Email,First name\nada@example.org,Ada\n")
    skipped = run_import("contacts", "Email,First name\nada@example.org,Ada L\n", on_match="skip")
    assert (skipped.new, skipped.skipped) == (0, 1)
    created = run_import("contacts", "Email,First name\nada@example.org,Ada L\n", update_by="none")
    assert created.new == 1
    assert count(db, "contact") == 2


def test_unchanged_rows_are_skipped(run_import: Importer) -> None:
    data = "Email,First name\nada@example.org,Ada\n"
    run_import("contacts", data)
    assert run_import("contacts", data).counts()["skipped"] == 1


def test_companies_match_by_domain_name_and_external_id(db: Database, run_import: Importer) -> None:
    data = (
        "Company Name,Website,Employees,Annual Revenue,Record ID\n"
        'Acme,https://www.acme.com/about,"1,200","$2,500,000",A-1\n'
        "Globex,globex.com,ten,,A-2\n"
        'Initech,,,"¥ 1,000",A-3\n'
    )
    result = run_import("companies", data)
    assert result.new == 2
    assert [(e.row, e.column, e.reason) for e in result.errors] == [
        (3, "Employees", "not an amount: 'ten'")
    ]
    assert query(db, "SELECT domain, employees, annual_revenue FROM company ORDER BY name") == [
        ("acme.com", 1200, 250000000),
        (None, None, 100000),
    ]
    by_name = run_import("companies", "Name,Industry\nacme,Rockets\n", update_by="name")
    assert by_name.updated == 1
    by_id = run_import(
        "companies", "Record ID,Name,City\nA-3,Initech,Austin\n", update_by="external_id"
    )
    assert by_id.updated == 1
    assert query(db, "SELECT name, industry, city FROM company ORDER BY name") == [
        ("Acme", "Rockets", None),
        ("Initech", None, "Austin"),
    ]


DEALS = """Deal Name,Amount,Currency,Stage,Owner,Company,Contacts,Close Date,Record ID,Lost reason
Big one,"$12,000.50",,Qualified,Ann,Acme,"ann@acme.com; bob@acme.com",05/03/2024,D-1,
,"¥88,000",,Proposal,Ann,Globex,,10/04/2024,D-2,
Won it,500,EUR,Closed Won,ann@example.com,,,01/02/2024,D-3,
Lost it,700,,输单,,,,15/01/2024,D-4,Too expensive
Nameless,-5,,Qualified,,,,,D-5,
,,,,,,,,,Only a reason
"""


def test_deals_with_pipeline_stages_outcomes_and_contacts(
    db: Database, run_import: Importer
) -> None:
    result = run_import("deals", DEALS, pipeline="Imported", date_order=DateOrder.DMY)
    assert result.new == 4
    assert [(e.row, e.column) for e in result.errors] == [(6, "Amount"), (7, "Deal Name")]
    stages = query(
        db,
        "SELECT s.name, s.position, s.outcome FROM stage s JOIN pipeline p ON p.id = s.pipeline_id "
        "WHERE p.name = 'Imported' ORDER BY s.position",
    )
    assert stages == [
        ("Qualified", 0, "open"),
        ("Proposal", 1, "open"),
        ("Closed Won", 2, "won"),
        ("输单", 3, "lost"),
    ]
    deals = query(
        db,
        "SELECT d.name, d.amount, d.currency, d.outcome, d.closed_at, d.expected_close_date, "
        "d.lost_reason FROM deal d ORDER BY d.external_id",
    )
    assert deals == [
        ("Big one", 1200050, "USD", "open", None, "2024-03-05", None),
        ("Globex #D-2", 8800000, "CNY", "open", None, "2024-04-10", None),
        ("Won it", 50000, "EUR", "won", "2024-02-01 00:00:00.000000", "2024-02-01", None),
        ("Lost it", 70000, "USD", "lost", "2024-01-15 00:00:00.000000", "2024-01-15",
         "Too expensive"),
    ]  # fmt: skip
    links = query(
        db,
        "SELECT c.email FROM deal_contact dc JOIN contact c ON c.id = dc.contact_id "
        "ORDER BY c.email",
    )
    assert links == [("ann@acme.com",), ("bob@acme.com",)]
    assert query(db, "SELECT count(*) FROM stage_change")[0][0] == 4
    assert count(db, "user") == 2  # Ann, ann@example.com
    # undo removes deals, the pipeline and its stages, the contacts and companies it made
    assert result.batch_id is not None
    ImportService(db).undo(result.batch_id)
    for table in ("deal", "stage", "company", "contact", "user", "stage_change"):
        assert query(db, f'SELECT count(*) FROM "{table}"')[0][0] == 0, table
    assert query(db, "SELECT count(*) FROM pipeline WHERE name = 'Imported'")[0][0] == 0


def test_deal_outcome_from_existing_stage_and_service_compat(
    db: Database, run_import: Importer
) -> None:
    run_import("deals", "Name,Stage\nA,Lead\nB,赢单\n")
    rows = query(db, "SELECT name, outcome FROM deal ORDER BY name")
    assert rows == [("A", "open"), ("B", "won")]
    from crm_desktop.services.deals import DealService

    deal_id = query(db, "SELECT id FROM deal WHERE name = 'A'")[0][0]
    deal = DealService(db).get(deal_id)
    assert deal.outcome == Outcome.OPEN and deal.amount is None


def test_activities_and_tasks_link_to_records(db: Database, run_import: Importer) -> None:
    run_import("deals", "Name,Record ID\nBig one,D-1\n")
    activities = run_import(
        "activities",
        "Type,Subject,Date,Contact,Deal,Duration\n"
        "电话,First call,2024-03-05 10:00,ann@acme.com,D-1,15\n"
        "Meeting,Demo,2024-03-06,,Big one,\n"
        "Smoke signal,?,2024-03-06,,,\n"
        "Note,No date,,,,\n"
        "Note,Ghost,2024-03-07,,Unknown deal,\n",
    )
    assert activities.new == 2
    assert [(e.row, e.column) for e in activities.errors] == [
        (4, "Type"),
        (5, "Date"),
        (6, "Deal"),
    ]
    rows = query(db, "SELECT type, subject, duration_minutes, contact_id IS NOT NULL FROM activity "
                     "ORDER BY occurred_at")  # fmt: skip
    assert rows == [("call", "First call", 15, 1), ("meeting", "Demo", None, 0)]
    tasks = run_import(
        "tasks",
        "Title,Due Date,Priority,Completed\nCall back,2024-03-08,高,\nSend quote,,,2024-03-01\n"
        ",,high,\nPanic,,extreme,\n",
    )
    assert tasks.new == 2 and [(e.row, e.column) for e in tasks.errors] == [
        (4, "Title"),
        (5, "Priority"),
    ]
    assert query(db, "SELECT title, priority, done_at IS NOT NULL FROM task ORDER BY title") == [
        ("Call back", "high", 0),
        ("Send quote", "normal", 1),
    ]


def test_custom_properties_and_ignored_columns(db: Database, run_import: Importer) -> None:
    result = run_import(
        "contacts",
        "Email,Shoe size,Secret\nada@example.org,38,x\n,,only ignored\n",
        mapping={"Email": "email", "Shoe size": "custom:shoe_size"},
    )
    assert result.new == 1
    assert [(e.row, e.reason) for e in result.errors] == [(3, "no value in any imported column")]
    assert query(db, "SELECT custom FROM contact") == [('{"shoe_size": "38"}',)]
    assert query(db, "SELECT entity, key, label_en FROM custom_field") == [
        ("contact", "shoe_size", "Shoe size")
    ]
    contact = ContactService(db).get(query(db, "SELECT id FROM contact")[0][0])
    assert contact.custom == {"shoe_size": "38"}


def test_ragged_rows_wrong_types_long_cells_are_reported_never_lost(run_import: Importer) -> None:
    long_title = "t" * 10_000
    data = (
        "First name,Email,Email,Lifecycle stage,Title\n"
        "Ada,ada@example.org,,lead,\n"
        "Bob,bob@example.org,,lead,,,extra cell\n"
        "Cy,cy@example.org,,martian,\n"
        f"Di,di@example.org,,,{long_title}\n"
        "Ed\n"
    )
    result = run_import("contacts", data)
    assert result.new == 2  # Ada and Ed (ragged short rows are padded)
    reasons = {e.row: (e.column, e.reason) for e in result.errors}
    assert set(reasons) == {3, 4, 5}
    assert "cells" in reasons[3][1]
    assert reasons[4][0] == "Lifecycle stage"
    assert reasons[5] == ("Title", "longer than 200 characters (10000)")
    assert result.new + result.updated + result.skipped + result.blank + len(result.errors) == 5


def test_progress_is_reported(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Email\n" + "".join(f"p{i}@example.org\n" for i in range(1000)))
    seen: list[tuple[int, int]] = []
    service = ImportService(db)
    result = service.run(
        service.open(path),
        ImportOptions(ImportKind.CONTACTS, {"Email": "email"}),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.new == 1000
    assert seen[-1] == (1000, 1000)
    assert len(seen) >= 5


def test_error_report_csv(tmp_path: Path, run_import: Importer) -> None:
    result = run_import("contacts", CONTACTS)
    out = tmp_path / "errors.csv"
    write_error_report(out, result.errors)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "row,column,reason"
    assert lines[1].startswith("6,邮箱,not an email address")
    assert len(lines) == 3


def test_amount_money_values_read_back_through_the_orm(db: Database, run_import: Importer) -> None:
    run_import("deals", 'Name,Amount\nX,"1,234.56"\n')
    from crm_desktop.services.deals import DealService

    deal = DealService(db).get(query(db, "SELECT id FROM deal")[0][0])
    assert deal.amount == Decimal("1234.56")
    assert deal.stage_entered_at is not None


_cell = st.text(
    alphabet=st.sampled_from(list("ab@.,;\"'\n =+-张伟0123456789")), min_size=0, max_size=12
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(_cell, min_size=0, max_size=6), min_size=1, max_size=12))
def test_fuzzed_import_accounts_for_every_row(
    db: Database, tmp_path: Path, rows: list[list[str]]
) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Email", "Name", "Phone", "Created", "Tags"])
    writer.writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    service = ImportService(db)
    table = service.open(path)
    mapping = {"Email": "email", "Name": "full_name", "Phone": "phone", "Created": "created_at",
               "Tags": "tags"}  # fmt: skip
    result = service.dry_run(table, ImportOptions(ImportKind.CONTACTS, mapping))
    accounted = result.new + result.updated + result.skipped + result.blank + result.error_count
    assert accounted == result.rows == len(list(table.rows()))
    assert all(e.row >= 2 and e.reason for e in result.errors)
