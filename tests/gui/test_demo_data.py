"""Demo data: offered for an empty database, generated on a worker, cancellable."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.services.container import Services
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.workers import TaskContext

from .conftest import Dialogs

OFFER = "This database is empty. Fill it with demo data so you can look around?"
DEMO_TIMEOUT_MS = 120_000
Yes = QMessageBox.StandardButton.Yes


def counts_text(window: MainWindow) -> str:
    return window.statusBar().findChild(QLabel, "counts_label").text()


def progress_dialog_shown(window: MainWindow) -> bool:
    return any(dialog.isVisible() for dialog in window.findChildren(QProgressDialog))


def wait_for_demo(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.database.demo.is_running(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.database.demo.is_running(), timeout=DEMO_TIMEOUT_MS)


def test_accepting_the_offer_fills_the_database_and_updates_the_counts(
    window: MainWindow, qtbot: QtBot, db_path: Path, dialogs: Dialogs
) -> None:
    dialogs.answer = Yes
    window.open_database(db_path)
    wait_for_demo(window, qtbot)

    assert dialogs.texts("question") == [OFFER]
    assert dialogs.texts("warning") == []
    services = window.database.services
    assert services is not None
    summary = services.summary.summary()
    assert summary.contacts > 0
    qtbot.waitUntil(lambda: counts_text(window).startswith(f"Contacts: {summary.contacts:,} "))
    stat = window.pages[0].findChild(QLabel, "stat_value")
    assert stat.text() == f"{summary.contacts:,}"
    assert window.statusBar().currentMessage() == "Demo data added."
    assert (
        window.findChild(QProgressDialog) is None
        or not window.findChild(QProgressDialog).isVisible()
    )


def test_declining_the_offer_leaves_the_database_empty(
    open_window: MainWindow, qtbot: QtBot, dialogs: Dialogs
) -> None:
    qtbot.waitUntil(lambda: bool(dialogs.texts("question")))
    assert dialogs.texts("question") == [OFFER]
    assert not open_window.database.demo.is_running()
    services = open_window.database.services
    assert services is not None and services.summary.summary().is_empty


def test_demo_flag_fills_without_asking(
    window: MainWindow, qtbot: QtBot, db_path: Path, dialogs: Dialogs
) -> None:
    window.open_database(db_path, demo=True)
    wait_for_demo(window, qtbot)
    assert dialogs.shown == []
    services = window.database.services
    assert services is not None and services.summary.summary().contacts > 0


def test_a_database_with_records_gets_no_offer(
    window: MainWindow, qtbot: QtBot, db_path: Path, dialogs: Dialogs
) -> None:
    services = Services.open(db_path)
    services.contacts.create({"first_name": "Grace", "last_name": "Hopper"})
    services.close()
    with qtbot.waitSignal(window.hub.sig_summary_updated, timeout=10_000):
        window.open_database(db_path, demo=True)
    assert dialogs.shown == []
    assert not window.database.demo.is_running()
    assert counts_text(window).startswith("Contacts: 1 ")


def test_cancel_in_the_progress_dialog_writes_nothing(
    window: MainWindow,
    qtbot: QtBot,
    db_path: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Hold the generator at its first progress report until Cancel has been clicked.
    clicked = threading.Event()
    report = TaskContext.progress

    def held_progress(self: TaskContext, done: int, total: int) -> None:
        clicked.wait(10)
        report(self, done, total)

    monkeypatch.setattr(TaskContext, "progress", held_progress)
    dialogs.answer = Yes
    window.open_database(db_path)
    qtbot.waitUntil(lambda: window.database.demo.dialog is not None, timeout=10_000)
    dialog = window.database.demo.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    clicked.set()
    qtbot.waitUntil(lambda: not window.database.demo.is_running(), timeout=DEMO_TIMEOUT_MS)

    assert window.statusBar().currentMessage() == "Demo data cancelled: nothing was written."
    assert not progress_dialog_shown(window)
    services = window.database.services
    assert services is not None and services.summary.summary().is_empty


def test_file_generate_demo_data_asks_then_fills(
    open_window: MainWindow, qtbot: QtBot, dialogs: Dialogs
) -> None:
    dialogs.answer = Yes
    open_window.main_actions.generate_demo.trigger()
    wait_for_demo(open_window, qtbot)
    questions = dialogs.texts("question")
    assert questions[0] == OFFER  # declined by the fixture
    assert "Add made-up contacts" in questions[1]
    services = open_window.database.services
    assert services is not None and services.summary.summary().contacts > 0
