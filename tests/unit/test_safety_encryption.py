"""Encryption at rest with SQLCipher: create, wrong passphrase, encrypt, re-key, backups."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from crm_desktop.services import encryption as crypt
from crm_desktop.services.backups import BackupService
from crm_desktop.services.contacts import ContactService
from crm_desktop.storage import encryption
from crm_desktop.storage.database import open_database
from crm_desktop.storage.integrity import check_database

KEY = "correct horse 'battery' \"staple\" 电池"
NOW = datetime(2026, 11, 23, 15, 1, 2, tzinfo=UTC)
SECRET = "Zanzibar-Unique-Surname"


@pytest.fixture(autouse=True)
def _forget_keys() -> Iterator[None]:
    yield
    encryption._KEYS.clear()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make(path: Path, key: str | None) -> None:
    db = open_database(path, key=key)
    try:
        ContactService(db).create({"first_name": "Ada", "last_name": SECRET})
    finally:
        db.close()


def names(path: Path, key: str | None) -> list[str]:
    db = open_database(path, key=key)
    try:
        with db.engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql("SELECT last_name FROM contact")]
    finally:
        db.close()


def test_an_encrypted_database_holds_no_plain_text(db_path: Path) -> None:
    make(db_path, KEY)
    data = db_path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and SECRET.encode() not in data
    assert crypt.is_encrypted(db_path)
    encryption._KEYS.clear()
    assert names(db_path, KEY) == [SECRET]
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_wrong_or_missing_passphrase_is_a_clear_error_and_changes_nothing(db_path: Path) -> None:
    make(db_path, KEY)
    encryption._KEYS.clear()
    before = digest(db_path)
    with pytest.raises(crypt.WrongPassphraseError, match="passphrase is wrong"):
        open_database(db_path, key="not it")
    with pytest.raises(crypt.PassphraseNeededError, match="passphrase is needed"):
        open_database(db_path)
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_backups_of_an_encrypted_database_stay_encrypted_and_restore(db_path: Path) -> None:
    make(db_path, KEY)
    service = BackupService(db_path, clock=lambda: NOW)
    info = service.back_up_now()
    assert crypt.is_encrypted(info.path) and SECRET.encode() not in info.path.read_bytes()
    assert service.newest_good_backup() == info
    db = open_database(db_path, key=KEY)
    ContactService(db).create({"first_name": "Later", "last_name": "Added"})
    db.close()

    result = service.restore(info.path)

    assert names(db_path, KEY) == [SECRET]
    assert result.previous is not None and crypt.is_encrypted(result.previous.path)
    assert check_database(db_path).ok


def test_encrypting_an_existing_database_encrypts_its_backups_too(db_path: Path) -> None:
    make(db_path, None)
    backup = BackupService(db_path, clock=lambda: NOW).back_up_now()
    assert SECRET.encode() in backup.path.read_bytes()

    done = crypt.encrypt_database(db_path, KEY)

    assert done == [backup.path]
    for path in (db_path, backup.path):
        assert crypt.is_encrypted(path) and SECRET.encode() not in path.read_bytes()
    encryption._KEYS.clear()
    with pytest.raises(crypt.PassphraseNeededError):
        open_database(db_path)
    assert names(db_path, KEY) == [SECRET]
    assert check_database(db_path).ok


def test_changing_the_passphrase(db_path: Path) -> None:
    make(db_path, KEY)
    backup = BackupService(db_path, clock=lambda: NOW).back_up_now()
    with pytest.raises(crypt.WrongPassphraseError):
        crypt.change_passphrase(db_path, "not it", "new one")

    crypt.change_passphrase(db_path, KEY, "new one")

    encryption._KEYS.clear()
    with pytest.raises(crypt.WrongPassphraseError):
        open_database(db_path, key=KEY)
    assert names(db_path, "new one") == [SECRET]
    conn = encryption.connect(backup.path, key="new one")
    conn.close()


def test_cli_encrypts_then_checks_and_backs_up_with_the_passphrase_from_the_environment(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.app import main

    make(db_path, None)
    monkeypatch.setenv("CRM_DESKTOP_NEW_PASSPHRASE", KEY)
    assert main(["encrypt", "--db", str(db_path)]) == 0
    assert "encrypted" in capsys.readouterr().out
    encryption._KEYS.clear()
    assert main(["check", "--db", str(db_path)]) == 2  # no passphrase: a clear error
    assert "passphrase is needed" in capsys.readouterr().err
    monkeypatch.setenv("CRM_DESKTOP_PASSPHRASE", KEY)
    assert main(["check", "--db", str(db_path)]) == 0
    assert main(["backup", "--db", str(db_path)]) == 0
    [backup] = (db_path.parent / "backups").glob("*.sqlite3")
    assert crypt.is_encrypted(backup)
