"""Settings > Backups: list, back up now, restore (confirmed, on a worker), open the folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.safety.backups_section import BackupsSection
from crm_desktop.ui.settings.page import SettingsPage

from .conftest import Dialogs


def section(window: MainWindow) -> BackupsSection:
    [page] = [p for p in window.pages if isinstance(p, SettingsPage)]  # loads the page
    return page.backups


def back_up(qtbot: QtBot, backups: BackupsSection) -> None:
    with qtbot.waitSignal(backups.sig_backed_up, timeout=10000):
        backups.back_up_button.click()


def test_back_up_now_lists_the_backup(open_window: MainWindow, qtbot: QtBot, db_path: Path) -> None:
    backups = section(open_window)
    # The daily backup made at open is listed already.
    assert backups.table.rowCount() == 1 and backups.table.item(0, 1).text() == "Daily"
    assert str(db_path) in backups.folder_label.text()
    assert "7 days" in backups.retention_label.text()

    back_up(qtbot, backups)

    assert backups.table.rowCount() == 2
    assert backups.table.item(0, 1).text() == "Manual"  # newest first
    assert backups.table.item(0, 2).text()  # a size
    assert len(list((db_path.parent / "backups").glob("*-manual.sqlite3"))) == 1


def test_restore_asks_then_replaces_the_database_keeping_the_current_one(
    open_window: MainWindow, qtbot: QtBot, dialogs: Dialogs
) -> None:
    backups = section(open_window)
    back_up(qtbot, backups)
    services = open_window.database.services
    assert services is not None
    services.contacts.create({"first_name": "After", "last_name": "Backup"})
    backups.table.selectRow(0)
    assert backups.restore_button.isEnabled()

    dialogs.answer = QMessageBox.StandardButton.No
    backups.restore_button.click()
    assert open_window.database.services is services  # declined: nothing happens

    dialogs.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(open_window.hub.sig_database_opened, timeout=20000):
        backups.restore_button.click()

    restored = open_window.database.services
    assert restored is not None and restored is not services
    assert restored.summary.summary().contacts == 0
    assert any("was restored" in t for t in dialogs.texts("information"))
    kinds = [backups.table.item(r, 1).text() for r in range(backups.table.rowCount())]
    assert sorted(kinds) == ["Before restore", "Daily", "Manual"]


def test_open_backup_folder(
    open_window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    section(open_window).folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(db_path.parent / "backups")]
