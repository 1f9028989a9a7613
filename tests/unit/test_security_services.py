"""Removing encryption, the keyring store, a damaged source found by a backup."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from crm_desktop.services import encryption as crypt
from crm_desktop.services.backups import BackupService, DamagedSourceError
from crm_desktop.services.contacts import ContactService
from crm_desktop.storage import encryption
from crm_desktop.storage.database import open_database

KEY = "a long enough passphrase"


@pytest.fixture(autouse=True)
def _forget_keys() -> Iterator[None]:
    yield
    encryption._KEYS.clear()


def make_encrypted(path: Path) -> Path:
    db = open_database(path)
    ContactService(db).create({"first_name": "Ada", "last_name": "Plain-Again"})
    db.close()
    backup = BackupService(path).back_up_now()
    crypt.encrypt_database(path, KEY)
    encryption._KEYS.clear()
    return backup.path


def test_decrypt_restores_plain_files_and_a_wrong_key_changes_nothing(db_path: Path) -> None:
    backup = make_encrypted(db_path)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(crypt.WrongPassphraseError):
        crypt.decrypt_database(db_path, "wrong")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before

    assert crypt.decrypt_database(db_path, KEY) == [backup]
    assert not crypt.is_encrypted(db_path) and not crypt.is_encrypted(backup)
    assert b"Plain-Again" in db_path.read_bytes()
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            names = [r[0] for r in conn.exec_driver_sql("SELECT last_name FROM contact")]
    finally:
        db.close()
    assert names == ["Plain-Again"]
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["backups", db_path.name]


def test_a_damaged_database_is_reported_as_such_by_its_backup(db_path: Path) -> None:
    db = open_database(db_path)
    ContactService(db).create({"first_name": "Ada", "last_name": "Lovelace"})
    db.close()
    data = bytearray(db_path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for offset in range(4 * size, 12 * size, 3):
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedSourceError):
        BackupService(db_path).back_up_now()
    assert list((db_path.parent / "backups").glob("*.sqlite3")) == []
