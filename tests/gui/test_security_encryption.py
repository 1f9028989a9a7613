"""Settings > Security: encrypt, change the passphrase, remove encryption; the OS keyring."""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

pytest.importorskip("sqlcipher3")
keyring = pytest.importorskip("keyring")

from keyring.backend import KeyringBackend  # noqa: E402
from keyring.backends import fail  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from crm_desktop.services import encryption as crypt  # noqa: E402
from crm_desktop.services import keyring_store  # noqa: E402
from crm_desktop.services.backups import BackupService  # noqa: E402
from crm_desktop.services.safety import OpenProblem  # noqa: E402
from crm_desktop.storage import encryption  # noqa: E402
from crm_desktop.ui.main_window import MainWindow  # noqa: E402
from crm_desktop.ui.pages import PAGES  # noqa: E402
from crm_desktop.ui.safety.passphrase_dialogs import Mode, PassphraseDialog, strength  # noqa: E402
from crm_desktop.ui.safety.recovery import RecoveryFlow  # noqa: E402
from crm_desktop.ui.safety.security_section import Answer, SecuritySection  # noqa: E402

from .conftest import Dialogs  # noqa: E402

FIRST = "first secret phrase"
SECOND = "second secret phrase 二"


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict, for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


@pytest.fixture(scope="module", autouse=True)
def _fast_key_derivation() -> Iterator[None]:
    """SQLCipher derives each connection's key with 256,000 PBKDF2 rounds (0.1-0.5 s); files
    made and opened in this module use fewer (the setting is process-wide), then it is reset."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    default = conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]
    conn.execute("PRAGMA cipher_default_kdf_iter = 4000")
    yield
    conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(default)}")
    conn.close()


@pytest.fixture(autouse=True)
def _clean_keys() -> Iterator[None]:
    keyring_store.reset()
    yield
    encryption._KEYS.clear()
    keyring.set_keyring(fail.Keyring())
    keyring_store.reset()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    keyring_store.reset()
    return backend


@pytest.fixture
def no_keyring() -> None:
    keyring.set_keyring(fail.Keyring())
    keyring_store.reset()


def kept(backend: MemoryKeyring, path: Path) -> str | None:
    return backend.entries.get((keyring_store.SERVICE, str(path.resolve())))


def security(window: MainWindow) -> SecuritySection:
    settings = window.stack.page([spec.key for spec in PAGES].index("settings"))
    section = settings.security  # type: ignore[attr-defined]
    assert isinstance(section, SecuritySection)
    return section


def answer_with(monkeypatch: pytest.MonkeyPatch, answer: Answer) -> list[Mode]:
    asked: list[Mode] = []

    def ask(_self: SecuritySection, mode: Mode) -> Answer:
        asked.append(mode)
        return answer

    monkeypatch.setattr(SecuritySection, "ask", ask)
    return asked


def run(qtbot: QtBot, window: MainWindow, click: object) -> None:
    """Click a Security button; wait for the database to be reopened."""
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=30000):
        click.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.database.is_busy())


def prompt_answers(monkeypatch: pytest.MonkeyPatch, answers: list[tuple[str, bool]]) -> list:
    """The passphrase prompt at open answers these in turn; what it was told is recorded."""
    told: list[OpenProblem] = []

    def ask_passphrase(self: RecoveryFlow, _parent: object, problem: OpenProblem) -> str:
        told.append(problem)
        passphrase, self.remember = answers.pop(0)
        return passphrase

    monkeypatch.setattr(RecoveryFlow, "ask_passphrase", ask_passphrase)
    return told


def reopen(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """As at the next start: nothing in memory, the database opened anew."""
    window.database.shutdown()
    encryption._KEYS.clear()
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=30000):
        window.open_database(path)


def add_contact(window: MainWindow) -> None:
    services = window.database.services
    assert services is not None
    services.contacts.create({"first_name": "Ada", "last_name": "Lovelace-Secret"})


def contacts(window: MainWindow) -> int:
    services = window.database.services
    assert services is not None
    return services.summary.summary().contacts


def test_encrypt_from_settings_then_reopen_with_the_passphrase(
    open_window: MainWindow,
    qtbot: QtBot,
    db_path: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    add_contact(open_window)
    backup = BackupService(db_path).back_up_now()
    section = security(open_window)
    assert section.encrypt_button.isEnabled() and not section.change_button.isEnabled()
    asked = answer_with(monkeypatch, ("", FIRST, False))

    run(qtbot, open_window, section.encrypt_button)

    assert asked == [Mode.ENCRYPT]
    assert dialogs.texts("information") == ["The database and its backups are encrypted."]
    assert crypt.is_encrypted(db_path) and crypt.is_encrypted(backup.path)
    assert b"Lovelace-Secret" not in db_path.read_bytes()
    assert contacts(open_window) == 1  # reopened, encrypted, at once
    assert section.change_button.isEnabled() and not section.encrypt_button.isEnabled()
    assert "is encrypted" in section.state_label.text()

    told = prompt_answers(monkeypatch, [(FIRST, False)])
    reopen(qtbot, open_window, db_path)
    assert [p.needs_passphrase for p in told] == [True]
    assert contacts(open_window) == 1


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted database (one contact; passphrase FIRST) with one encrypted backup.

    Made once: encrypting takes a second or more per file (SQLCipher's key derivation)."""
    from crm_desktop.services.contacts import ContactService
    from crm_desktop.storage.database import open_database

    path = tmp_path_factory.mktemp("template") / "crm.sqlite3"
    db = open_database(path)
    ContactService(db).create({"first_name": "Ada", "last_name": "Lovelace-Secret"})
    db.close()
    BackupService(path).back_up_now()
    crypt.encrypt_database(path, FIRST)
    encryption._KEYS.clear()
    return path


@pytest.fixture
def encrypted(template: Path, db_path: Path) -> tuple[Path, Path]:
    """A copy of the template at ``db_path``, and its backup."""
    shutil.copyfile(template, db_path)
    shutil.copytree(template.parent / "backups", db_path.parent / "backups")
    [backup] = BackupService(db_path).list()
    return db_path, backup.path


def open_with_keyring(
    qtbot: QtBot, window: MainWindow, path: Path, backend: MemoryKeyring, passphrase: str
) -> None:
    backend.set_password(keyring_store.SERVICE, str(path.resolve()), passphrase)
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=30000):
        window.open_database(path)


def test_change_passphrase_updates_the_keyring_and_opens_without_asking(
    window: MainWindow,
    qtbot: QtBot,
    encrypted: tuple[Path, Path],
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    db_path, backup = encrypted
    told = prompt_answers(monkeypatch, [])  # never asked: the keyring has it
    open_with_keyring(qtbot, window, db_path, memory_keyring, FIRST)
    assert contacts(window) == 1
    section = security(window)

    answer_with(monkeypatch, (FIRST, SECOND, True))
    run(qtbot, window, section.change_button)

    assert dialogs.texts("information")[-1].startswith("The passphrase was changed")
    assert "kept in the system keyring" in dialogs.texts("information")[-1]
    assert kept(memory_keyring, db_path) == SECOND
    crypt.check_passphrase(db_path, SECOND)
    crypt.check_passphrase(backup, SECOND)
    with pytest.raises(crypt.WrongPassphraseError):
        crypt.check_passphrase(db_path, FIRST)

    reopen(qtbot, window, db_path)
    assert told == [] and contacts(window) == 1


def test_a_wrong_passphrase_in_the_keyring_or_typed_as_current_changes_nothing(
    window: MainWindow,
    qtbot: QtBot,
    encrypted: tuple[Path, Path],
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    db_path, backup = encrypted
    backup_digest = hashlib.sha256(backup.read_bytes()).hexdigest()
    told = prompt_answers(monkeypatch, [(FIRST, True)])
    open_with_keyring(qtbot, window, db_path, memory_keyring, "stale passphrase")

    # The kept passphrase did not open it: asked, told why; the right one is kept now.
    assert [(p.needs_passphrase, p.keyring_failed) for p in told] == [(True, True)]
    assert contacts(window) == 1
    assert kept(memory_keyring, db_path) == FIRST

    answer_with(monkeypatch, ("not the passphrase", SECOND, True))
    run(qtbot, window, security(window).change_button)

    assert dialogs.texts("warning") == ["The current passphrase is wrong. Nothing was changed."]
    assert contacts(window) == 1  # open again, as before
    assert kept(memory_keyring, db_path) == FIRST
    window.database.shutdown()
    crypt.check_passphrase(db_path, FIRST)
    with pytest.raises(crypt.WrongPassphraseError):
        crypt.check_passphrase(db_path, SECOND)
    assert hashlib.sha256(backup.read_bytes()).hexdigest() == backup_digest


def test_remove_encryption(
    window: MainWindow,
    qtbot: QtBot,
    encrypted: tuple[Path, Path],
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    db_path, backup = encrypted
    open_with_keyring(qtbot, window, db_path, memory_keyring, FIRST)
    section = security(window)
    assert section.remove_button.isEnabled() and not section.encrypt_button.isEnabled()

    answer_with(monkeypatch, (FIRST, FIRST, False))
    run(qtbot, window, section.remove_button)

    assert dialogs.texts("information")[-1] == (
        "The database and its backups are no longer encrypted."
    )
    assert not crypt.is_encrypted(db_path) and not crypt.is_encrypted(backup)
    assert kept(memory_keyring, db_path) is None
    told = prompt_answers(monkeypatch, [])
    reopen(qtbot, window, db_path)
    assert told == [] and contacts(window) == 1


def test_the_encrypt_dialog_checks_what_is_typed(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(Mode.ENCRYPT, database_name="crm.sqlite3", keyring_reason=None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.new.setText("short")
    assert dialog.strength_label.text().startswith("Too short") and not ok.isEnabled()
    dialog.new.setText("longer phrase here")
    dialog.confirm.setText("longer phrase hers")
    assert dialog.problem() == "The two new passphrases differ." and not ok.isEnabled()
    dialog.confirm.setText("longer phrase here")
    assert ok.isEnabled() and dialog.passphrase() == "longer phrase here"
    assert dialog.remember.isEnabled()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.strength_label)))
    assert "cannot be recovered" in texts and "crm.sqlite3" in texts

    change = PassphraseDialog(Mode.CHANGE, keyring_reason=None)
    qtbot.addWidget(change)
    change.old.setText("same passphrase")
    change.new.setText("same passphrase")
    change.confirm.setText("same passphrase")
    assert "same as the current" in change.problem()


def test_passphrase_strength() -> None:
    assert [strength(p) for p in ("abc", "abcdefgh", "abcdefghijkl", "Tr0ub4dor&3xy")] == [
        0,
        1,
        2,
        3,
    ]
    assert strength("correct horse battery staple") == 3


def test_without_a_keyring_the_box_is_disabled_and_says_why(qtbot: QtBot, no_keyring: None) -> None:
    started = time.monotonic()
    reason = keyring_store.unavailable_reason()
    assert time.monotonic() - started < 2.0  # never a long hang
    assert reason is not None and "keyring" in reason
    assert keyring_store.get(Path("/x/crm.sqlite3")) is None
    assert not keyring_store.store(Path("/x/crm.sqlite3"), "p")
    dialog = PassphraseDialog(Mode.UNLOCK, keyring_reason=reason)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and not dialog.remembered()
    assert "No system keyring" in dialog.remember.toolTip() and reason in dialog.remember.toolTip()


def test_a_keyring_that_hangs_is_given_up_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring_store, "_probe", lambda: time.sleep(1) or None)
    started = time.monotonic()
    reason = keyring_store.unavailable_reason(timeout_s=0.2)
    assert time.monotonic() - started < 0.9
    assert reason == "the system keyring did not answer in time"


def test_when_the_database_does_not_open_again_the_section_is_not_left_busy(
    open_window: MainWindow,
    qtbot: QtBot,
    db_path: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    from crm_desktop.domain.errors import DatabaseOpenError
    from crm_desktop.services.container import Services

    def fail(_path: Path) -> Services:
        raise DatabaseOpenError(str(db_path), "simulated: the disk went away")

    section = security(open_window)
    answer_with(monkeypatch, ("", FIRST, False))
    monkeypatch.setattr(Services, "open", staticmethod(fail))
    section.encrypt_button.click()
    qtbot.waitUntil(lambda: not section._busy and not open_window.database.is_busy())

    assert crypt.is_encrypted(db_path)  # done; only the reopening failed, and the user is told
    assert any("simulated" in text for text in dialogs.texts("warning"))
    assert dialogs.texts("information") == ["The database and its backups are encrypted."]
    assert not section.progress.isVisible()


def test_the_passphrase_prompt_at_open(
    window: MainWindow, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    problem = OpenProblem(Path("/d/crm.sqlite3"), False, ("encrypted",), None, False, True)
    problem_again = OpenProblem(Path("/d/crm.sqlite3"), False, ("",), None, False, True, True)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        seen.append(
            " ".join(label.text() for label in dialog.findChildren(type(dialog.problem_label)))
        )
        assert dialog.remember.isEnabled()  # a keyring is there
        dialog.old.setText(FIRST)
        dialog.remember.setChecked(True)
        dialog.accept()

    flow = window.database.recovery
    QTimer.singleShot(0, answer)
    assert flow.ask_passphrase(window, problem) == FIRST and flow.remember
    QTimer.singleShot(0, answer)
    assert flow.ask_passphrase(window, problem_again) == FIRST
    assert "crm.sqlite3 is encrypted" in seen[0] and "wrong" not in seen[0]
    assert "That passphrase is wrong" in seen[1]
