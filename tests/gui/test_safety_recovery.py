"""A damaged database at open: the user restores the newest good backup or reads it read-only."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services.backups import BackupService
from crm_desktop.services.demo import DemoService, demo_size
from crm_desktop.services.safety import OpenProblem
from crm_desktop.storage.backup import list_backups
from crm_desktop.storage.database import open_database
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.safety import recovery
from crm_desktop.ui.safety.recovery import RecoveryFlow

from .conftest import Dialogs


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for offset in range(4 * size, 12 * size, 3):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A damaged database with 40 contacts, and its (sound) backup."""
    db_path = tmp_path / "damaged" / "crm.sqlite3"
    db_path.parent.mkdir()
    database = open_database(db_path)
    DemoService(database).generate(demo_size("40"), seed=7, today=date(2026, 11, 20))
    database.close()
    backup = BackupService(db_path).back_up_now()
    corrupt(db_path)
    return db_path, backup.path


@dataclass
class Asked:
    """The recovery dialog, answered with ``choice``; what it was asked is recorded."""

    choice: str = recovery.RESTORE
    calls: list[tuple[OpenProblem, bool]] = field(default_factory=list)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    record = Asked()

    def ask(_self: RecoveryFlow, _parent: object, problem: OpenProblem, can_quit: bool) -> str:
        record.calls.append((problem, can_quit))
        return record.choice

    monkeypatch.setattr(RecoveryFlow, "ask", ask)
    return record


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_damaged_database_is_restored_from_its_newest_good_backup(
    window: MainWindow,
    qtbot: QtBot,
    damaged: tuple[Path, Path],
    asked: Asked,
    dialogs: Dialogs,
) -> None:
    path, backup = damaged
    damaged_digest = hashlib.sha256(path.read_bytes()).hexdigest()

    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=20000):
        window.open_database(path)

    [(problem, can_quit)] = asked.calls
    assert problem.damaged and problem.good_backup is not None
    assert problem.good_backup.path == backup and can_quit
    services = window.database.services
    assert services is not None and not services.db.read_only
    assert services.summary.summary().contacts == 40
    [kept] = [b for b in list_backups(path) if b.reason == "damaged"]
    assert hashlib.sha256(kept.path.read_bytes()).hexdigest() == damaged_digest
    qtbot.waitUntil(lambda: "Restored" in status(window))


def test_a_read_only_file_is_offered_read_only_and_never_written(
    window: MainWindow,
    qtbot: QtBot,
    damaged: tuple[Path, Path],
    asked: Asked,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _damaged, backup = damaged
    path = backup.parent.parent / "sound.sqlite3"
    path.write_bytes(backup.read_bytes())  # a sound database
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    real_access = os.access

    def access(target: object, mode: int, **kwargs: object) -> bool:
        # As if the file were read-only for us (the tests may run as root, who writes anyway).
        if Path(str(target)) == path and mode & os.W_OK:
            return False
        return real_access(target, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    asked.choice = recovery.READ_ONLY

    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=20000):
        window.open_database(path)

    [(problem, _can_quit)] = asked.calls
    assert not problem.damaged and problem.can_read and "read-only" in problem.problems[0]
    services = window.database.services
    assert services is not None and services.db.read_only
    assert services.summary.summary().contacts == 40
    qtbot.waitUntil(lambda: "read-only" in status(window))
    window.database.shutdown()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_leaving_keeps_the_database_already_open(
    open_window: MainWindow,
    qtbot: QtBot,
    damaged: tuple[Path, Path],
    asked: Asked,
    tmp_path: Path,
) -> None:
    path, _backup = damaged
    other = tmp_path / "copy-of-damaged.sqlite3"
    other.write_bytes(path.read_bytes())
    current = open_window.database.services
    asked.choice = recovery.LEAVE

    open_window.open_database(other)
    qtbot.waitUntil(lambda: bool(asked.calls))

    [(problem, can_quit)] = asked.calls
    assert problem.good_backup is None and not can_quit  # no backup next to the copy
    assert open_window.database.services is current
    assert open_window.isVisible()


def test_recovery_texts_name_the_backup_and_keep_the_damaged_file(window: MainWindow) -> None:
    from datetime import UTC, datetime

    from crm_desktop.services.backups import BackupInfo

    good = BackupInfo(
        Path("/b/crm-x.sqlite3"), datetime(2026, 11, 20, 8, 0, tzinfo=UTC), "daily", 1
    )
    problem = OpenProblem(Path("/d/crm.sqlite3"), True, ("page 4: bad",), good, True)
    text, detail = window.database.recovery.recovery_text(problem)
    assert "crm.sqlite3" in text and "damaged" in text
    assert "kept in the backups folder" in detail and "2026-11-20" in detail


def test_an_encrypted_database_asks_for_its_passphrase_until_right(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    from crm_desktop.storage import encryption

    path = tmp_path / "secret.sqlite3"
    open_database(path, key="right one").close()
    encryption.forget_key(path)
    answers = ["wrong one", "right one"]
    asked_wrong: list[bool] = []

    def ask_passphrase(_self: RecoveryFlow, _parent: object, problem: OpenProblem) -> str:
        asked_wrong.append(problem.wrong_passphrase)
        return answers.pop(0)

    monkeypatch.setattr(RecoveryFlow, "ask_passphrase", ask_passphrase)
    try:
        with qtbot.waitSignal(window.hub.sig_database_opened, timeout=30000):
            window.open_database(path)
        assert asked_wrong == [False, True]
        services = window.database.services
        assert services is not None and services.summary.summary().contacts == 0
    finally:
        window.database.shutdown()
        encryption.forget_key(path)
