"""A fixture database of every released schema upgrades cleanly to head, keeping its records."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from crm_desktop.services.search import SearchService
from crm_desktop.storage.backup import list_backups
from crm_desktop.storage.database import open_database
from crm_desktop.storage.integrity import check_database
from crm_desktop.storage.migrate import head_revision, known_revisions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "migrations"
FIXTURE_FILES = sorted(FIXTURES.glob("schema-*.sqlite3"))


def _load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixture", FIXTURES / "make_fixture.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


maker = _load_maker()


def _revision(path: Path) -> str:
    return path.stem.removeprefix("schema-")


def _expected_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for table, _row in maker.ROWS:
        counts[table] = counts.get(table, 0) + 1
    return counts


def test_there_is_a_fixture_for_every_released_revision_up_to_0003() -> None:
    revisions = {_revision(p) for p in FIXTURE_FILES}
    assert {"0001", "0002", "0003"} <= revisions
    assert revisions <= known_revisions()


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=_revision)
def test_fixture_upgrades_to_head_with_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(fixture, path)
    with sqlite3.connect(path) as conn:
        (before,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert before == _revision(fixture)

    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            counts = {
                table: conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()
                for table in _expected_counts()
            }
            deal = conn.exec_driver_sql(
                "SELECT name, amount, currency, stage_id, outcome FROM deal WHERE id = 'd-1'"
            ).one()
            contact = conn.exec_driver_sql(
                "SELECT first_name, last_name, custom, tags FROM contact WHERE id = 'c-2'"
            ).one()
        search = SearchService(db)
        hopper = [h.title for h in search.search("Hopper")]
        xingchen = search.search("星辰")
        deleted = search.search("Deleted Person")
    finally:
        db.close()

    assert revision == head_revision()
    assert counts == _expected_counts()
    assert tuple(deal) == ("Acme renewal", 4999950, "EUR", "s-2", "open")
    assert tuple(contact) == ("小明", "李", "{}", "[]")
    assert any("Hopper" in t for t in hopper)
    assert {h.kind for h in xingchen} >= {"company", "deal"}
    assert deleted == []  # soft-deleted records stay out of search after the upgrade
    report = check_database(path)
    assert report.ok, report.problems
    upgraded = _revision(fixture) != head_revision()
    assert [b.reason for b in list_backups(path)] == (["before-migration"] if upgraded else [])


def test_upgraded_fixture_reads_through_the_services(tmp_path: Path) -> None:
    from crm_desktop.services.container import Services

    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(FIXTURE_FILES[0], path)
    services = Services.open(path)
    try:
        deal = services.deals.get("d-1")
        contact = services.contacts.get("c-1")
    finally:
        services.close()
    assert deal.amount == Decimal("49999.50")
    assert contact.custom == {"shoe_size": 38}


def test_the_script_makes_a_fixture_of_the_head_revision(tmp_path: Path) -> None:
    out = maker.make_fixture(head_revision(), tmp_path / "head.sqlite3")
    with sqlite3.connect(out) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        (deals,) = conn.execute("SELECT count(*) FROM deal").fetchone()
        (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
    assert (revision, deals, mode) == (head_revision(), 2, "delete")
    assert check_database(out).ok
