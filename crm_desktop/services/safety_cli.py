"""``python main.py encrypt``: encrypt a database and its backups, or change its passphrase."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from crm_desktop.domain.errors import CrmError
from crm_desktop.services import encryption as crypt
from crm_desktop.storage.encryption import PASSPHRASE_ENV

NEW_PASSPHRASE_ENV = "CRM_DESKTOP_NEW_PASSPHRASE"


def _ask(env: str, prompt: str, *, confirm: bool) -> str:
    value = os.environ.get(env)
    if value:
        return value
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != value:
        raise CrmError("the two passphrases differ; nothing was changed")
    if not value:
        raise CrmError("the passphrase is empty; nothing was changed")
    return value


def run_encrypt(path: Path, *, change: bool) -> int:
    if not path.is_file():
        raise CrmError(f"{path}: no such database")
    if change:
        if not crypt.is_encrypted(path):
            raise CrmError(f"{path}: the database is not encrypted")
        old = _ask(PASSPHRASE_ENV, "Current passphrase: ", confirm=False)
        new = _ask(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
        crypt.change_passphrase(path, old, new)
        print(f"changed the passphrase of {path} and its backups")
        return 0
    key = _ask(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
    done = crypt.encrypt_database(path, key)
    print(f"encrypted {path} and {len(done)} backup(s)")
    print("keep the passphrase safe: without it the data cannot be read")
    return 0
