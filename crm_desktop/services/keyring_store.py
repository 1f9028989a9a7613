"""Passphrases of encrypted databases kept in the OS keyring (the ``keyring`` package), opt-in.

One entry per database file: service ``crm-desktop``, user name the file's absolute path.
Without a usable keyring (``keyring`` not installed, no Secret Service on this Linux, a
locked or broken backend) every function quietly does nothing and ``unavailable_reason``
says why, so the GUI can disable its "Remember" box instead of failing.

The backend is probed once, on a helper thread with a time limit: a keyring that talks to
D-Bus may hang for a long time when the bus is there but no secret service answers.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import threading
from pathlib import Path
from types import ModuleType

SERVICE = "crm-desktop"
PROBE_TIMEOUT_S = 3.0
log = logging.getLogger(__name__)

_lock = threading.Lock()
_probed: list[str | None] = []  # [] not probed yet; [None] usable; [reason] unusable


def _keyring() -> ModuleType | None:
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def _probe() -> str | None:
    """Why no keyring can be used (None: one can)."""
    module = _keyring()
    if module is None:
        return "the keyring package is not installed"
    try:
        backend = module.get_keyring()
        name = type(backend).__module__ + "." + type(backend).__name__
        if name.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
            return "no system keyring (such as GNOME Keyring, KWallet or macOS Keychain) was found"
        module.get_password(SERVICE, "probe")  # a locked or broken backend fails here
    except Exception as exc:
        return f"the system keyring does not answer ({type(exc).__name__}: {exc})"
    return None


def unavailable_reason(timeout_s: float = PROBE_TIMEOUT_S) -> str | None:
    """None when the keyring can be used, else why not (probed once, at most ``timeout_s``)."""
    with _lock:
        if _probed:
            return _probed[0]
    result: list[str | None] = []
    thread = threading.Thread(target=lambda: result.append(_probe()), daemon=True)
    thread.start()
    thread.join(timeout_s)
    reason = result[0] if result else "the system keyring did not answer in time"
    with _lock:
        _probed[:] = [reason]
    return reason


def reset() -> None:
    """Probe again next time (after ``keyring.set_keyring`` in tests)."""
    with _lock:
        _probed.clear()


def available() -> bool:
    return unavailable_reason() is None


def _user(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def get(path: Path) -> str | None:
    """The passphrase kept for ``path``, or None (none kept, or no usable keyring)."""
    module = _keyring()
    if module is None or not available():
        return None
    try:
        value = module.get_password(SERVICE, _user(path))
    except Exception:
        log.warning("the keyring could not be read", exc_info=True)
        return None
    return value if isinstance(value, str) and value else None


def store(path: Path, passphrase: str) -> bool:
    """Keep ``passphrase`` for ``path``; whether it was kept."""
    module = _keyring()
    if module is None or not available():
        return False
    try:
        module.set_password(SERVICE, _user(path), passphrase)
    except Exception:
        log.warning("the keyring could not be written", exc_info=True)
        return False
    return True


def forget(path: Path) -> None:
    """Remove the passphrase kept for ``path`` (nothing happens when there is none)."""
    module = _keyring()
    if module is None or not available():
        return
    with contextlib.suppress(Exception):
        module.delete_password(SERVICE, _user(path))


def update(path: Path, passphrase: str, remember: bool) -> bool:
    """Keep (``remember``) or forget the passphrase of ``path``; whether it is kept now."""
    if remember:
        return store(path, passphrase)
    forget(path)
    return False
