"""The import run in a child process: same results as in-process, encrypted databases,
failures that leave nothing behind, and no child left over."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.services.container import Services
from crm_desktop.services.importing import process
from crm_desktop.services.importing.fields import ImportKind
from crm_desktop.services.importing.options import ImportOptions
from crm_desktop.services.importing.process import ImportProcessError
from crm_desktop.storage import encryption
from crm_desktop.storage.database import open_database
from tests import process_hooks

KEY = "open 'sesame' 芝麻开门"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = Services.open(db_path)
    yield opened
    opened.close()


def contact_count(services: Services) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM contact").scalar_one())


def emails_file(path: Path, good: int, bad: int) -> Path:
    lines = [f"p{i}@example.org,Name{i}" for i in range(good)]
    lines += [f"bad{i},Bad{i}" for i in range(bad)]
    path.write_text("Email,First name\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def options(services: Services, table_headers: list[str]) -> ImportOptions:
    return ImportOptions(
        ImportKind.CONTACTS, services.imports.suggest(ImportKind.CONTACTS, table_headers)
    )


def test_the_child_gives_the_same_dry_run_as_in_process(services: Services, tmp_path: Path) -> None:
    # 2,500 rejected rows come back in three chunks, in file order
    table = services.imports.open(emails_file(tmp_path / "c.csv", 300, 2500))
    opts = options(services, table.headers)
    seen: list[tuple[int, int]] = []
    child = services.process_imports.dry_run(table, opts, lambda d, t: seen.append((d, t)))
    here = services.imports.dry_run(table, opts)
    assert (child.new, child.error_count, child.rows) == (300, 2500, 2800)
    assert child.errors == here.errors and child.counts() == here.counts()
    assert child.errors[0].row == 302 and child.errors[-1].row == 2801
    assert seen[-1] == (1000, 1000)
    assert contact_count(services) == 0 and services.imports.history() == []
    assert process.live_children() == [] and multiprocessing.active_children() == []


def test_a_failing_child_is_reported_and_writes_nothing(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = services.imports.open(emails_file(tmp_path / "c.csv", 1000, 0))
    monkeypatch.setattr(process, "child_hook", process_hooks.explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        services.process_imports.run(table, options(services, table.headers))
    assert contact_count(services) == 0
    assert [b.status for b in services.imports.history()] == ["failed"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_child_is_reported_and_writes_nothing(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = services.imports.open(emails_file(tmp_path / "c.csv", 1000, 0))
    monkeypatch.setattr(process, "child_hook", process_hooks.die)
    with pytest.raises(ImportProcessError, match="stopped unexpectedly") as caught:
        services.process_imports.run(table, options(services, table.headers))
    assert caught.value.exit_code == -9
    assert contact_count(services) == 0
    # the child died with the batch "running": the parent marked it
    assert [b.status for b in services.imports.history()] == ["failed"]
    assert process.live_children() == [] and multiprocessing.active_children() == []


def test_a_bad_match_key_fails_before_a_child_starts(services: Services, tmp_path: Path) -> None:
    table = services.imports.open(emails_file(tmp_path / "c.csv", 3, 0))
    bad = ImportOptions(ImportKind.CONTACTS, {"Email": "email"}, update_by="domain")
    with pytest.raises(ValueError, match="contacts can be matched by"):
        services.process_imports.run(table, bad)
    assert services.imports.history() == []


def test_an_encrypted_database_is_imported_with_its_passphrase(
    db_path: Path, tmp_path: Path
) -> None:
    pytest.importorskip("sqlcipher3")
    open_database(db_path, key=KEY).close()
    services = Services(open_database(db_path, key=KEY))
    try:
        table = services.imports.open(emails_file(tmp_path / "c.csv", 40, 1))
        result = services.process_imports.run(table, options(services, table.headers))
        assert (result.new, result.error_count) == (40, 1)
        assert contact_count(services) == 40
        assert [b.status for b in services.imports.history()] == ["done"]
        backups = services_backups(db_path)
        assert backups and all(encryption.is_encrypted(p) for p in backups)
        services.imports.undo(result.batch_id or "")
        assert contact_count(services) == 0
    finally:
        services.close()
        encryption._KEYS.clear()
    assert encryption.is_encrypted(db_path)


def services_backups(db_path: Path) -> list[Path]:
    from crm_desktop.services.backups import BackupService

    return [b.path for b in BackupService(db_path).list() if b.reason == "before-import"]
