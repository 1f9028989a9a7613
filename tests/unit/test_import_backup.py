"""A real import is preceded by a backup; a dry run writes nothing, not even a backup."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.app import main
from crm_desktop.services.backups import BackupService
from crm_desktop.storage.database import open_database


def test_real_import_backs_up_first_and_dry_run_does_not(tmp_path: Path) -> None:
    db_path = tmp_path / "crm.sqlite3"
    open_database(db_path).close()
    csv = tmp_path / "contacts.csv"
    csv.write_text("First name,Last name,Email\nAda,Lovelace,ada@example.com\n", encoding="utf-8")
    assert main(["import", "contacts", str(csv), "--db", str(db_path), "--dry-run"]) == 0
    assert BackupService(db_path).list() == []
    assert main(["import", "contacts", str(csv), "--db", str(db_path)]) == 0
    assert [b.reason for b in BackupService(db_path).list()] == ["before-import"]
