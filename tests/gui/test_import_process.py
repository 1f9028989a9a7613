"""The wizard runs a large import in a child process: same counts, errors, history, undo and
hub signal as in-process; cancel, a failing or killed child and closing the wizard leave the
database unchanged and no child behind."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.services.container import Services
from crm_desktop.services.importing import process
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.importer import open_import_history, open_import_wizard
from crm_desktop.ui.importer.wizard import ImportWizard
from crm_desktop.ui.workers import cancel_all_and_wait
from tests import process_hooks

ROWS = 1500


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = Services.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "客户.csv"
    lines = [f"Name{i},Family{i % 97},p{i}@example.org" for i in range(ROWS)]
    lines.insert(3, "Bad,Row,not-an-email")  # row 5 of the file
    path.write_text("First name,Last name,Email\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(services: Services) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM contact").scalar_one())


def counts(text: str) -> str:
    return text.replace(",", "")  # 1,500 or 1500, as the locale says


def no_child_left() -> bool:
    return process.live_children() == [] and multiprocessing.active_children() == []


def at_mapping(qtbot: QtBot, services: Services, hub: SignalHub, path: Path) -> ImportWizard:
    wizard = open_import_wizard(None, services, hub)
    qtbot.addWidget(wizard)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def dry_run_in_thread(qtbot: QtBot, wizard: ImportWizard, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dry run in-process (quick), then every run in a child process."""
    monkeypatch.setattr(process, "PROCESS_MIN_BYTES", 1 << 40)
    wizard.next()
    qtbot.waitUntil(wizard.dry_run_page.isComplete, timeout=30000)
    assert not wizard.dry_run_page.in_process
    monkeypatch.setattr(process, "PROCESS_MIN_BYTES", 0)


def test_a_process_import_end_to_end_then_undo(
    qtbot: QtBot, services: Services, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(process, "PROCESS_MIN_BYTES", 0)
    hub = SignalHub()
    changed: list[Changes] = []
    hub.sig_changed.connect(changed.append)
    wizard = at_mapping(qtbot, services, hub, source)
    wizard.next()
    dry = wizard.dry_run_page
    qtbot.waitUntil(dry.isComplete, timeout=30000)
    assert dry.in_process
    assert "New: 1500 " in counts(dry.view.counts.text()) and "Errors: 1 " in dry.view.counts.text()
    assert (dry.view.errors.item(0, 0).text(), dry.view.errors.item(0, 1).text()) == ("5", "Email")
    assert count(services) == 0 and services.imports.history() == [] and not changed
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=30000)
    assert run.in_process and run.view.progress.value() == 1000
    assert "New: 1500 " in counts(run.view.counts.text()) and "Errors: 1 " in run.view.counts.text()
    assert count(services) == ROWS
    [batch] = services.imports.history()
    assert (batch.status, batch.counts["new"], batch.counts["errors"]) == ("done", ROWS, 1)
    assert changed and changed[-1].touches(EntityKind.CONTACT)  # emitted in the GUI
    assert len(changed[-1].ids(EntityKind.CONTACT)) == ROWS
    report = source.with_name("errors.csv")
    run.view.save_report(str(report))
    assert report.read_text(encoding="utf-8-sig").splitlines()[1].startswith("5,Email,")
    assert no_child_left()
    wizard.accept()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    history = open_import_history(None, services, hub)
    qtbot.addWidget(history)
    history.grid.selectRow(0)
    history.undo_button.click()
    qtbot.waitUntil(lambda: history.worker is None, timeout=30000)
    assert count(services) == 0
    assert [b.status for b in services.imports.history()] == ["undone"]


def test_a_small_file_still_imports_on_a_thread(
    qtbot: QtBot, services: Services, source: Path
) -> None:
    assert source.stat().st_size < process.PROCESS_MIN_BYTES
    wizard = at_mapping(qtbot, services, SignalHub(), source)
    wizard.next()
    qtbot.waitUntil(wizard.dry_run_page.isComplete, timeout=30000)
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=30000)
    assert not wizard.dry_run_page.in_process and not wizard.run_page.in_process
    assert count(services) == ROWS


def test_cancel_mid_run_in_the_child_leaves_the_database_unchanged(
    qtbot: QtBot, services: Services, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = at_mapping(qtbot, services, SignalHub(), source)
    dry_run_in_thread(qtbot, wizard, monkeypatch)
    monkeypatch.setattr(process, "child_hook", process_hooks.slow)
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.view.progress.value() > 0, timeout=30000)
    run.cancel_button.click()
    qtbot.waitUntil(lambda: not run.is_running(), timeout=30000)
    assert "Cancelled. Nothing was imported." in run.status.text()
    assert not run.isComplete()
    assert count(services) == 0
    assert [b.status for b in services.imports.history()] == ["cancelled"]
    assert no_child_left()


def test_a_failing_child_shows_its_error_and_writes_nothing(
    qtbot: QtBot, services: Services, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = at_mapping(qtbot, services, SignalHub(), source)
    dry_run_in_thread(qtbot, wizard, monkeypatch)
    monkeypatch.setattr(process, "child_hook", process_hooks.explode)
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: not run.is_running(), timeout=30000)
    assert "nothing was imported: disk on fire" in run.status.text()
    assert count(services) == 0
    assert [b.status for b in services.imports.history()] == ["failed"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_child_shows_a_clear_message_and_writes_nothing(
    qtbot: QtBot, services: Services, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = at_mapping(qtbot, services, SignalHub(), source)
    dry_run_in_thread(qtbot, wizard, monkeypatch)
    monkeypatch.setattr(process, "child_hook", process_hooks.die)
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: not run.is_running(), timeout=30000)
    assert run.status.text() == (
        "The import stopped unexpectedly (its process ended with code -9). Nothing was imported."
    )
    assert count(services) == 0
    assert [b.status for b in services.imports.history()] == ["failed"]
    assert no_child_left()


def test_closing_the_wizard_mid_import_leaves_no_child(
    qtbot: QtBot, services: Services, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = at_mapping(qtbot, services, SignalHub(), source)
    dry_run_in_thread(qtbot, wizard, monkeypatch)
    monkeypatch.setattr(process, "child_hook", process_hooks.slow)
    wizard.next()
    qtbot.waitUntil(lambda: len(process.live_children()) == 1, timeout=30000)
    wizard.reject()
    cancel_all_and_wait()  # what the main window does when the app quits
    assert no_child_left()
    assert count(services) == 0
    assert [b.status for b in services.imports.history()] == ["cancelled"]
