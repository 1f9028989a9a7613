"""A second app on the same database is detected, calls the first to the front, may read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.safety.instance import lock_path

from .conftest import Dialogs


def test_second_window_on_the_same_database_is_told_and_calls_the_first_up(
    open_window: MainWindow,
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    db_path: Path,
    dialogs: Dialogs,
) -> None:
    assert lock_path(db_path).exists()
    second = make_window()
    with qtbot.waitSignal(open_window.database.instance.sig_called_up, timeout=10000):
        second.open_database(db_path)
        qtbot.waitUntil(lambda: bool(dialogs.texts("question")))

    [text] = [t for t in dialogs.texts("question") if "already open" in t]
    assert db_path.name in text and "brought to the front" in text
    assert second.database.services is None
    assert open_window.database.services is not None  # the first keeps working


def test_second_window_may_open_it_read_only(
    open_window: MainWindow,
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    db_path: Path,
    dialogs: Dialogs,
) -> None:
    dialogs.answer = QMessageBox.StandardButton.Yes
    second = make_window()
    with qtbot.waitSignal(second.hub.sig_database_opened, timeout=10000):
        second.open_database(db_path)
    services = second.database.services
    assert services is not None and services.db.read_only
    assert second.statusBar().currentMessage().endswith("changes cannot be saved.")


def test_the_lock_is_released_when_the_first_closes_its_database(
    open_window: MainWindow,
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    db_path: Path,
    dialogs: Dialogs,
) -> None:
    open_window.database.shutdown()
    second = make_window()
    with qtbot.waitSignal(second.hub.sig_database_opened, timeout=10000):
        second.open_database(db_path)
    services = second.database.services
    assert services is not None and not services.db.read_only
    assert not [t for t in dialogs.texts("question") if "already open" in t]
