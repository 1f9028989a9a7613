"""Opening databases: off the GUI thread, counts in the status bar, clear errors."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.ui.application import run_gui
from crm_desktop.ui.main_window import MainWindow

from .conftest import Dialogs

NOT_A_DATABASE = b"name,email\nAda,ada@example.com\n" * 50


def status_text(window: MainWindow, name: str) -> str:
    return window.statusBar().findChild(QLabel, name).text()


def test_opening_shows_file_name_and_counts(open_window: MainWindow, db_path: Path) -> None:
    assert status_text(open_window, "database_label") == db_path.name
    assert status_text(open_window, "counts_label").startswith("Contacts: 0 · Companies: 0")
    assert db_path.name in open_window.windowTitle()
    assert open_window.main_actions.generate_demo.isEnabled()


def test_counts_follow_changes_broadcast_on_the_hub(open_window: MainWindow, qtbot: QtBot) -> None:
    services = open_window.database.services
    assert services is not None
    saved = services.contacts.create({"first_name": "Ada", "last_name": "Lovelace"})
    open_window.hub.sig_changed.emit(saved.changes)
    qtbot.waitUntil(lambda: status_text(open_window, "counts_label").startswith("Contacts: 1 "))
    stat = open_window.pages[0].findChild(QLabel, "stat_value")
    assert stat.text() == "1"


def test_a_file_that_is_no_database_gets_a_message_and_stays_unchanged(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, dialogs: Dialogs
) -> None:
    bad = tmp_path / "contacts.csv.sqlite3"
    bad.write_bytes(NOT_A_DATABASE)

    window.open_database(bad)
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")))

    [text] = dialogs.texts("warning")
    assert str(bad) in text
    assert "not a crm-desktop database" in text
    assert "The file was not changed" in text
    assert bad.read_bytes() == NOT_A_DATABASE
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(bad.name)] == [bad.name]
    assert window.database.services is None
    assert status_text(window, "database_label") == "No database open"


def test_window_stays_usable_after_a_failed_open(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, db_path: Path, dialogs: Dialogs
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(NOT_A_DATABASE)
    window.open_database(bad)
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")))

    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=10000):
        window.open_database(db_path)
    assert status_text(window, "database_label") == db_path.name


def test_a_failed_open_keeps_the_database_already_open(
    open_window: MainWindow, qtbot: QtBot, tmp_path: Path, db_path: Path, dialogs: Dialogs
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(NOT_A_DATABASE)
    open_window.open_database(bad)
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")))
    services = open_window.database.services
    assert services is not None and services.path == db_path
    assert services.summary.summary().contacts == 0  # still open and usable


def test_file_open_database_uses_the_chosen_file(
    window: MainWindow,
    qtbot: QtBot,
    db_path: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(db_path), ""))
    )
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=10000):
        window.main_actions.open_database.trigger()
    assert window.database.services is not None
    assert window.database.services.path == db_path


def test_run_gui_exits_with_0_after_an_open_error(
    qtbot: QtBot, tmp_path: Path, dialogs: Dialogs
) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(NOT_A_DATABASE)

    def close_when_warned() -> None:
        if dialogs.texts("warning"):
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, MainWindow):
                    widget.close()
        else:
            QTimer.singleShot(20, close_when_warned)

    QTimer.singleShot(0, close_when_warned)
    status = run_gui(argparse.Namespace(db=bad, demo=False))

    assert status == 0
    assert bad.read_bytes() == NOT_A_DATABASE
    assert (tmp_path / "crm-desktop" / "crm-desktop.conf").exists()  # window state saved


def test_file_menu_opens_import_history_and_export(open_window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.importer.export_dialog import ExportDialog
    from crm_desktop.ui.importer.history import ImportHistoryDialog
    from crm_desktop.ui.importer.wizard import ImportWizard

    actions = open_window.main_actions
    assert all(a.isEnabled() for a in actions.database_actions)
    for action, cls in [
        (actions.import_data, ImportWizard),
        (actions.import_history, ImportHistoryDialog),
        (actions.export_data, ExportDialog),
    ]:
        action.trigger()
        qtbot.waitUntil(
            lambda cls=cls: any(isinstance(w, cls) and w.isVisible()
                                for w in QApplication.topLevelWidgets())
        )  # fmt: skip
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, cls):
                widget.close()


def test_opening_a_database_makes_the_daily_backup_once(
    open_window: MainWindow, qtbot: QtBot, db_path: Path
) -> None:
    backups = db_path.parent / "backups"
    daily = sorted(p.name for p in backups.glob("*-daily.sqlite3"))
    assert len(daily) == 1
    with qtbot.waitSignal(open_window.hub.sig_summary_updated, timeout=10000):
        open_window.open_database(db_path)
    assert sorted(p.name for p in backups.glob("*-daily.sqlite3")) == daily


def test_a_large_database_gets_its_daily_backup_after_it_opened(
    window: MainWindow,
    qtbot: QtBot,
    db_path: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.ui import database_controller

    monkeypatch.setattr("crm_desktop.services.backups.INLINE_CHECK_MAX_BYTES", 0)  # all "large"
    backed_up = database_controller._daily_backup
    window_had_it: list[bool] = []

    def spy(path: Path) -> None:
        window_had_it.append(window.database.services is not None)
        backed_up(path)

    monkeypatch.setattr(database_controller, "_daily_backup", spy)
    with qtbot.waitSignal(window.hub.sig_summary_updated, timeout=10000):
        window.open_database(db_path)
    backups = db_path.parent / "backups"
    qtbot.waitUntil(lambda: len(list(backups.glob("*-daily.sqlite3"))) == 1, timeout=10000)
    assert window_had_it == [True]  # the copy was made once the database was already open
