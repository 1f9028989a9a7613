"""A large database found damaged by its background daily backup: a notice and a way out."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.backups import BackupService
from crm_desktop.services.demo import DemoService, demo_size
from crm_desktop.storage.backup import list_backups
from crm_desktop.storage.database import CLOSED_CLEANLY, open_database
from crm_desktop.ui.main_window import MainWindow

from .conftest import Dialogs
from .test_safety_recovery import corrupt


@pytest.fixture
def large_and_damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A database closed cleanly, then damaged; every file counts as "large" (not checked at
    open when closed cleanly: its daily backup, after open, is its check). Its sound backup."""
    monkeypatch.setattr("crm_desktop.storage.database.INLINE_CHECK_MAX_BYTES", 0)
    monkeypatch.setattr("crm_desktop.services.backups.INLINE_CHECK_MAX_BYTES", 0)
    path = tmp_path / "large" / "crm.sqlite3"
    path.parent.mkdir()
    database = open_database(path)
    DemoService(database).generate(demo_size("40"), seed=7, today=date(2026, 11, 20))
    database.close()
    backup = BackupService(path).back_up_now()
    corrupt(path)
    return path, backup.path


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.close()
    return version


def notice_after_open(qtbot: QtBot, window: MainWindow, path: Path) -> QMessageBox:
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=20000):
        window.open_database(path)
    notice = window.database.damage_notice
    qtbot.waitUntil(lambda: notice.box is not None, timeout=20000)
    assert notice.box is not None and not notice.box.isModal() and notice.box.isVisible()
    return notice.box


def click(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_restore_the_newest_good_backup_from_the_notice(
    window: MainWindow, qtbot: QtBot, large_and_damaged: tuple[Path, Path], dialogs: Dialogs
) -> None:
    path, _backup = large_and_damaged
    box = notice_after_open(qtbot, window, path)
    assert "crm.sqlite3 is damaged" in box.text()
    assert "integrity check" in box.detailedText()
    assert "newest sound backup" in box.informativeText()
    assert "damaged" in window.statusBar().currentMessage()

    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=20000):
        click(box, "Restore Backup")

    services = window.database.services
    assert services is not None and not services.db.read_only
    assert services.summary.summary().contacts == 40
    assert [b.reason for b in list_backups(path)].count("damaged") == 1  # the bad file, kept
    qtbot.waitUntil(lambda: not window.database.is_busy())
    qtbot.wait(200)
    assert window.database.damage_notice.box is None  # the restored copy is sound


def test_keep_working_read_only(
    window: MainWindow, qtbot: QtBot, large_and_damaged: tuple[Path, Path], dialogs: Dialogs
) -> None:
    path, _backup = large_and_damaged
    box = notice_after_open(qtbot, window, path)
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=20000):
        click(box, "Keep Working Read-Only")
    services = window.database.services
    assert services is not None and services.db.read_only
    qtbot.waitUntil(lambda: "read-only" in window.statusBar().currentMessage())


def test_ignored_the_file_is_checked_at_the_next_start(
    window: MainWindow, qtbot: QtBot, large_and_damaged: tuple[Path, Path], dialogs: Dialogs
) -> None:
    path, _backup = large_and_damaged
    box = notice_after_open(qtbot, window, path)
    current = window.database.services
    click(box, "Ignore")
    qtbot.wait(50)
    assert window.database.services is current and window.database.damage_notice.box is None
    window.database.shutdown()
    # Not marked as closed cleanly: the next start checks the file before anything is
    # written, and offers the backups then.
    assert user_version(path) != CLOSED_CLEANLY
