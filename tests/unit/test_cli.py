"""The headless command line, run as a user runs it (a real process) and in-process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop import __version__
from crm_desktop.app import main
from crm_desktop.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_version_in_a_real_process_without_qt() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"crm-desktop {__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "demo" in out and "check" in out and "--db" in out


def test_check_a_healthy_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(db_path).close()
    assert main(["check", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "result: ok" in out and "integrity_check" in out


def test_check_reports_broken_rules(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "INSERT INTO pipeline (id, name, position, is_default, created_at, updated_at) "
            "VALUES ('p', 'P', 0, 1, '2026-01-01', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO deal (id, name, currency, pipeline_id, outcome, position, custom, "
            "created_at, updated_at) VALUES ('d1', 'Won but never closed', 'USD', 'p', 'won', "
            "0, '{}', '2026-01-01', '2026-01-01')"
        )
    conn.close()
    assert main(["check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM: won or lost deals without a closed date: d1" in out


def test_check_refuses_a_non_database_without_touching_it(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("a,b\n1,2\n")
    result = run("check", "--db", str(path))
    assert result.returncode == 2
    assert "not a crm-desktop" in result.stderr
    assert path.read_text() == "a,b\n1,2\n"


def test_check_of_a_missing_file_fails_clearly(tmp_path: Path) -> None:
    result = run("check", "--db", str(tmp_path / "nope.sqlite3"))
    assert result.returncode == 2
    assert "no such database" in result.stderr
    assert not (tmp_path / "nope.sqlite3").exists()
