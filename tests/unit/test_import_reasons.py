"""Rejected rows carry a reason code and parameters; every reason the importer gives has one."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.services.importing.options import RowError
from crm_desktop.services.importing.reasons import OTHER, TEMPLATES, classify, english
from crm_desktop.services.importing.runner import write_error_report
from crm_desktop.storage.database import Database
from tests.unit.import_helpers import Importer, make_importer


@pytest.fixture
def run_import(db: Database, tmp_path: Path) -> Importer:
    return make_importer(db, tmp_path)


def test_every_reason_of_a_messy_file_has_a_code(run_import: Importer) -> None:
    contacts = (
        "First name,Email,Phone,Lifecycle stage,Title\n"
        "A,not-an-email,,,\n"
        "B,b@example.org,call me,,\n"
        "C,c@example.org,,martian,\n"
        f"D,d@example.org,,,{'t' * 300}\n"
        "E,e@example.org,,,,,extra\n"
        ",,,,\n"
        ",,,lead,\n"
    )
    deals = (
        "Name,Amount,Currency,Probability,Close date\n"
        "X,abc,,,\nY,-5,,,\nZ,1,EURO,,\nW,1,,150,\nV,1,,,someday\n"
    )
    found = [*run_import("contacts", contacts).errors, *run_import("deals", deals).errors]
    codes = [e.code for e in found]
    assert OTHER not in codes, [e.reason for e in found if e.code == OTHER]
    assert set(codes) >= {"not_email", "not_phone", "not_one_of", "too_long_count"}
    assert set(codes) >= {"too_many_cells", "contact_needs_name", "not_amount"}
    assert set(codes) >= {"negative_amount", "probability_range", "not_date"}


def test_codes_and_parameters_round_trip_to_the_english_text() -> None:
    for reason in [
        "longer than 200 characters (10000)",
        "not an email address: 'x' (The email address is not valid.)",
        "the row has 7 cells but the header only 5 columns",
        "'martian' is not one of: lead, mql",
    ]:
        code, params = classify(reason)
        assert code in TEMPLATES
        assert english(code, params) == reason
    assert classify("something new") == (OTHER, ("something new",))
    error = RowError(3, "Title", "longer than 200 characters (250)")
    assert (error.code, error.params) == ("too_long_count", ("200", "250"))


def test_error_report_takes_the_wording_and_headers(tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    errors = [RowError(2, "Email", "empty date")]
    write_error_report(out, errors, lambda e: f"<{e.code}>", ("行", "列", "原因"))
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "行,列,原因",
        "2,Email,<empty_date>",
    ]
    write_error_report(out, errors)  # the CLI's English report is unchanged
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == "2,Email,empty date"
