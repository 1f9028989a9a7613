"""Settings > Security: encrypt the open database, change its passphrase, remove encryption.

Each action runs on a worker after the GUI closed the database (the file is replaced or
re-keyed), then opens it again, also when the action failed: the database is then as it was.
What happened is put in ``outcome`` (a ``SecurityOutcome``) for the GUI to tell the user.

None of these can be stopped half-way: ``PRAGMA rekey`` rewrites every page of the file in
place, and an encrypted copy replaces the file in one rename only when it is complete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.domain.errors import CrmError
from crm_desktop.services import encryption, keyring_store
from crm_desktop.services.container import Services

__all__ = [
    "SecurityOutcome",
    "change_and_reopen",
    "decrypt_and_reopen",
    "encrypt_and_reopen",
    "open_and_remember",
    "open_remembered",
]


@dataclass
class SecurityOutcome:
    """What an action did: ``error`` set when it failed (nothing was changed then)."""

    error: Exception | None = None
    wrong_passphrase: bool = False
    backups: list[Path] = field(default_factory=list)
    remembered: bool = False


def _run(outcome: SecurityOutcome, path: Path, action: Callable[[], None]) -> Services:
    try:
        action()
    except encryption.WrongPassphraseError as exc:
        outcome.error, outcome.wrong_passphrase = exc, True
    except (CrmError, OSError) as exc:
        outcome.error = exc
    return Services.open(path)


def encrypt_and_reopen(
    path: Path, passphrase: str, remember: bool, outcome: SecurityOutcome
) -> Services:
    """Encrypt ``path`` and its backups with ``passphrase``, then open it."""

    def action() -> None:
        outcome.backups = encryption.encrypt_database(path, passphrase)
        outcome.remembered = keyring_store.update(path, passphrase, remember)

    return _run(outcome, path, action)


def change_and_reopen(
    path: Path, old: str, new: str, remember: bool, outcome: SecurityOutcome
) -> Services:
    """Re-key ``path`` and its backups from ``old`` to ``new``, then open it."""

    def action() -> None:
        encryption.change_passphrase(path, old, new)
        outcome.remembered = keyring_store.update(path, new, remember)

    return _run(outcome, path, action)


def decrypt_and_reopen(path: Path, passphrase: str, outcome: SecurityOutcome) -> Services:
    """Store ``path`` and its backups unencrypted again, then open it."""

    def action() -> None:
        outcome.backups = encryption.decrypt_database(path, passphrase)
        keyring_store.forget(path)

    return _run(outcome, path, action)


def open_remembered(path: Path) -> Services | None:
    """The encrypted database ``path`` opened with the passphrase kept in the keyring, or None
    when none is kept. ``WrongPassphraseError`` when the kept one no longer opens it (changed
    elsewhere): the user is asked then."""
    from crm_desktop.services.safety import open_encrypted

    stored = keyring_store.get(path)
    if stored is None:
        return None
    return open_encrypted(path, stored)


def open_and_remember(path: Path, passphrase: str, remember: bool) -> Services:
    """Open the encrypted ``path`` with ``passphrase``; keep it in the keyring or forget it."""
    from crm_desktop.services.safety import open_encrypted

    services = open_encrypted(path, passphrase)
    keyring_store.update(path, passphrase, remember)
    return services


def open_with_keyring(exc: Exception) -> Services | None:
    """After an open failed with ``exc``: when the database is encrypted and the keyring keeps
    its passphrase, the database opened with it; None otherwise (then the user is asked; when
    the kept passphrase was wrong, ``exc.keyring_failed`` says so).

    A damaged or otherwise unusable file raises its own ``DatabaseOpenError``.
    """
    if not isinstance(exc, encryption.PassphraseNeededError):
        return None
    path = Path(exc.path)
    try:
        return open_remembered(path)
    except encryption.WrongPassphraseError:
        setattr(exc, "keyring_failed", True)  # noqa: B010
        return None
