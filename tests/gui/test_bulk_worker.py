"""Bulk edit and trash of a large selection run on a worker: the GUI keeps ticking, Cancel
rolls back, and undo/redo take the whole selection back in one step."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, text

from crm_desktop.services.container import Services
from crm_desktop.storage.models import Contact, User
from crm_desktop.storage.types import new_id
from crm_desktop.storage.unit_of_work import UnitOfWork
from crm_desktop.ui.contacts.page import ContactsPage
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.models import bulk_runner
from crm_desktop.ui.models.list_page import RecordListPage
from crm_desktop.ui.undo.manager import UndoManager

N = 3000


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    services = Services.open(db_path)
    rows = [{"id": new_id(), "first_name": f"P{i:05d}", "last_name": "Many"} for i in range(N)]
    with UnitOfWork(services.db) as session:
        session.add(User(name="Ann"))
        session.execute(insert(Contact), rows)
    yield services
    services.close()


@pytest.fixture
def page(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> RecordListPage:
    monkeypatch.setattr(bulk_runner, "SYNC_LIMIT", 100)
    monkeypatch.setattr(bulk_runner, "SHOW_AFTER_MS", 0)
    hub = SignalHub()
    page = ContactsPage(hub)
    page.set_undo_manager(UndoManager(hub, page))
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    hub.sig_database_opened.emit(services)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == N, timeout=10_000)
    return page


def count(services: Services, where: str) -> int:
    with services.db.session(write=False) as session:
        return int(session.execute(text(f"SELECT count(*) FROM contact WHERE {where}")).scalar())


class GapMeter:
    """Ticks every 5 ms in the GUI thread; the largest gap is the longest GUI stall."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0)


def test_select_all_bulk_edit_runs_on_a_worker_and_undoes_in_one_step(
    qtbot: QtBot, page: RecordListPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    ann = next(u.id for u in services.users.list() if u.name == "Ann")
    gate = threading.Event()
    ids_of = services.lists.ids_of

    def held_ids_of(kind: str, rowids: list[int]) -> list[str]:
        gate.wait(10)  # the worker is held mid-job until the test has seen the GUI tick
        return ids_of(kind, rowids)

    monkeypatch.setattr(services.lists, "ids_of", held_ids_of)
    page.table.selectAll()
    assert len(page.selected_rowids()) == N
    meter = GapMeter()
    page.apply_bulk_edit("owner_id", ann)
    runner = page.bulk_runner()
    assert runner.worker is not None  # the write is not in the GUI thread
    assert runner.dialog is not None and runner.dialog.objectName() == "bulk_progress"
    # while the job is still running, the GUI thread keeps running its timers
    qtbot.waitUntil(lambda: len(meter.gaps) >= 5, timeout=10_000)
    assert runner.busy
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    meter.stop()
    assert count(services, f"owner_id = '{ann}'") == N
    undo = page.undo_manager
    assert undo is not None and undo.stack.count() == 1
    assert undo.undo_action.text() == f"&Undo Edit {N} records"
    undo.undo()
    assert runner.worker is not None
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    assert count(services, "owner_id IS NULL") == N
    undo.redo()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    assert count(services, f"owner_id = '{ann}'") == N
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)


def test_cancelling_a_large_trash_leaves_every_record_and_pushes_nothing(
    qtbot: QtBot, page: RecordListPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    ids_of = services.lists.ids_of

    def slow_ids_of(kind: str, rowids: list[int]) -> list[str]:
        gate.wait(5)
        return ids_of(kind, rowids)

    monkeypatch.setattr(services.lists, "ids_of", slow_ids_of)
    page.table.selectAll()
    page.trash_selected()
    runner = page.bulk_runner()
    assert runner.dialog is not None
    cancel = runner.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()  # the user presses Cancel
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    assert count(services, "deleted_at IS NULL") == N
    assert page.undo_manager is not None and page.undo_manager.stack.count() == 0


def test_large_trash_then_undo_restores_all(
    qtbot: QtBot, page: RecordListPage, services: Services
) -> None:
    page.table.selectAll()
    page.trash_selected()
    runner = page.bulk_runner()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    assert count(services, "deleted_at IS NULL") == 0
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 0, timeout=10_000)
    assert page.undo_manager is not None
    page.undo_manager.undo()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    assert count(services, "deleted_at IS NULL") == N
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == N, timeout=10_000)
