"""Undo of whole imports, cancel and crash (nothing half written), updates of deals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.domain.enums import EntityKind
from crm_desktop.services.importing.fields import ImportKind
from crm_desktop.services.importing.job import ImportCancelled
from crm_desktop.services.importing.options import ImportOptions
from crm_desktop.services.importing.runner import ImportService
from crm_desktop.storage.database import Database
from tests.unit.import_helpers import Importer, count, make_importer, query


@pytest.fixture
def run_import(db: Database, tmp_path: Path) -> Importer:
    return make_importer(db, tmp_path)


def test_update_by_email_restores_on_undo(db: Database, run_import: Importer) -> None:
    first = run_import("contacts", "Email,First name,Title\nada@example.org,Ada,Countess\n")
    again = run_import(
        "contacts",
        "Email,First name,Title,City\nADA@example.org,Ada,Mathematician,London\n"
        "new@example.org,New,,\nnew@example.org,Newer,,\n",
    )
    # the repeated address in the file updates the record the file itself created
    assert (again.new, again.updated, again.skipped) == (1, 2, 0)
    assert count(db, "contact") == 2
    assert query(db, "SELECT title, city FROM contact WHERE email = 'ada@example.org'") == [
        ("Mathematician", "London")
    ]
    service = ImportService(db)
    assert again.batch_id is not None and first.batch_id is not None
    changes = service.undo(again.batch_id)
    assert changes.touches(EntityKind.CONTACT)
    assert query(db, "SELECT title, city FROM contact") == [("Countess", None)]
    assert [b.status for b in service.history()] == ["undone", "done"]
    with pytest.raises(Exception, match="cannot be undone"):
        service.undo(again.batch_id)
    service.undo(first.batch_id)
    assert count(db, "contact") == 0


def test_cancel_leaves_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Email\n" + "".join(f"p{i}@example.org\n" for i in range(1000)))
    service = ImportService(db)
    table = service.open(path)
    options = ImportOptions(ImportKind.CONTACTS, {"Email": "email"})
    with pytest.raises(ImportCancelled):
        service.run(table, options, cancelled=lambda: True)
    assert count(db, "contact") == 0
    assert query(db, "SELECT count(*) FROM change_log WHERE entity = 'contact'")[0][0] == 0
    assert [b.status for b in service.history()] == ["cancelled"]
    assert not service.history()[0].can_undo


def test_a_crash_rolls_back_everything(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.services.importing import job

    path = tmp_path / "many.csv"
    path.write_text("Email\n" + "".join(f"p{i}@example.org\n" for i in range(5000)))
    service = ImportService(db)
    calls = {"n": 0}
    original = job.ImportJob._process

    def crash(self: job.ImportJob, raw: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 4500:
            raise RuntimeError("disk on fire")
        original(self, raw)

    monkeypatch.setattr(job.ImportJob, "_process", crash)
    with pytest.raises(RuntimeError):
        service.run(service.open(path), ImportOptions(ImportKind.CONTACTS, {"Email": "email"}))
    assert count(db, "contact") == 0
    assert [b.status for b in service.history()] == ["failed"]


def test_undo_restores_money_dates_lists_and_custom_values(
    db: Database, run_import: Importer
) -> None:
    run_import(
        "deals",
        'Name,Amount,Close Date,Record ID,Probability\nX,"1,000.10",2024-05-01,D-1,20\n',
    )
    run_import(
        "contacts",
        'Email,Tags,Size\nada@example.org,"a, b",38\n',
        mapping={"Email": "email", "Tags": "tags", "Size": "custom:size"},
    )
    before = (
        query(db, "SELECT amount, expected_close_date, probability, updated_at FROM deal"),
        query(db, "SELECT tags, custom FROM contact"),
    )
    deals = run_import(
        "deals", 'Record ID,Amount,Close Date,Probability\nD-1,"2,000",2024-06-30,80\n'
    )
    people = run_import(
        "contacts",
        "Email,Tags,Size,Hat\nada@example.org,c,40,L\n",
        mapping={"Email": "email", "Tags": "tags", "Size": "custom:size", "Hat": "custom:hat"},
    )
    assert (deals.updated, people.updated) == (1, 1)
    assert query(db, "SELECT amount, expected_close_date, probability FROM deal") == [
        (200000, "2024-06-30", 80)
    ]
    assert json.loads(query(db, "SELECT custom FROM contact")[0][0]) == {"size": "40", "hat": "L"}
    service = ImportService(db)
    assert deals.batch_id is not None and people.batch_id is not None
    service.undo(people.batch_id)
    service.undo(deals.batch_id)
    after = (
        query(db, "SELECT amount, expected_close_date, probability, updated_at FROM deal"),
        query(db, "SELECT tags, custom FROM contact"),
    )
    assert after[0][0][:3] == before[0][0][:3] == (100010, "2024-05-01", 20)
    assert after[1] == before[1]


def test_updating_deals_changes_only_what_the_row_has(db: Database, run_import: Importer) -> None:
    run_import("deals", "Name,Record ID,Stage,Currency,Amount\nX,D-1,Proposal,CNY,100\n")
    run_import("deals", "Record ID,Amount\nD-1,250\n")
    sql = "SELECT s.name, currency, amount, d.outcome FROM deal d JOIN stage s ON s.id = stage_id"
    assert query(db, sql) == [("Proposal", "CNY", 25000, "open")]
    moved = run_import("deals", "Record ID,Stage,Close date\nD-1,Closed Won,2024-05-01\n")
    assert moved.updated == 1
    assert query(db, "SELECT outcome, closed_at FROM deal") == [
        ("won", "2024-05-01 00:00:00.000000")
    ]
    moves = query(db, "SELECT from_outcome, to_outcome FROM stage_change ORDER BY at, to_outcome")
    assert moves == [(None, "open"), ("open", "won")]
    assert moved.batch_id is not None
    ImportService(db).undo(moved.batch_id)
    assert query(db, "SELECT outcome, closed_at, amount FROM deal") == [("open", None, 25000)]
