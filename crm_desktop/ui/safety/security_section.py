"""Settings > Security: encrypt the open database, change its passphrase, remove encryption.

Each action closes the database, runs on a worker (the file and its backups are encrypted,
re-keyed or decrypted), then opens the database again, also when the action failed: the
file is then unchanged. It cannot be cancelled half-way (see ``services.security``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.safety.passphrase_dialogs import Mode, PassphraseDialog
from crm_desktop.ui.text import fill
from crm_desktop.ui.workers import TaskContext, start_worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from crm_desktop.services.container import Services
    from crm_desktop.services.security import SecurityOutcome
    from crm_desktop.ui.database_controller import DatabaseController
    from crm_desktop.ui.hub import SignalHub

#: What the user asked for: (old passphrase, new passphrase, remember), or None (cancelled).
Answer = tuple[str, str, bool] | None


class SecuritySection(QWidget):
    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self._busy = False
        self._pending: tuple[Mode, SecurityOutcome] | None = None
        self._keyring_probed = False
        self._watching = False
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("Encrypt Database…"))
        self.change_button = QPushButton(self.tr("Change Passphrase…"))
        self.remove_button = QPushButton(self.tr("Remove Encryption…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work has no steps to count
        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)
        self.about_label = QLabel(self._about_text())
        self.about_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.encrypt_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.about_label)
        layout.addStretch(1)
        self._show_busy(False)
        hub.sig_database_opened.connect(self._on_database_opened)

    def title(self) -> str:
        return self.tr("Security")

    def _about_text(self) -> str:
        return self.tr(
            "Encryption (SQLCipher) protects the database and its backups if the laptop is "
            "lost: without the passphrase the files cannot be read. The passphrase is asked "
            "when the database is opened, unless it is kept in the system keyring."
        )

    # -- showing ---------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()
        if services is not None and not self._keyring_probed:
            self._probe_keyring()

    def refresh(self) -> None:
        from crm_desktop.services import encryption

        services = self.services
        available = encryption.available()
        encrypted = services is not None and encryption.is_encrypted(services.path)
        if services is None:
            text = self.tr("No database is open.")
        elif not available:
            text = self.tr("Encryption is not available: the sqlcipher3 package is not installed.")
        elif encrypted:
            text = fill(self.tr("%1 is encrypted."), services.path.name)
        else:
            text = fill(self.tr("%1 is not encrypted."), services.path.name)
        self.state_label.setText(text)
        usable = services is not None and available and not self._busy
        writable = usable and services is not None and not services.db.read_only
        self.encrypt_button.setEnabled(bool(writable and not encrypted))
        self.change_button.setEnabled(bool(writable and encrypted))
        self.remove_button.setEnabled(bool(writable and encrypted))

    def _probe_keyring(self) -> None:
        """Find out once, on a worker, whether a system keyring can be used (the answer is
        cached by ``keyring_store``, so the dialogs later read it without waiting)."""

        def task(_context: TaskContext) -> str | None:
            from crm_desktop.services.keyring_store import unavailable_reason

            return unavailable_reason()

        def done(_reason: str | None) -> None:
            self._keyring_probed = True

        start_worker(task, on_finished=done)

    def keyring_reason(self) -> str | None:
        from crm_desktop.services.keyring_store import unavailable_reason

        return unavailable_reason()  # cached by the probe; at most a few seconds otherwise

    # -- asking (tests replace ``ask``) -----------------------------------------------------
    def ask(self, mode: Mode) -> Answer:
        """Show the passphrase dialog of ``mode``; (old, new, remember) or None."""
        from crm_desktop.services.keyring_store import get

        assert self.services is not None
        path = self.services.path
        dialog = PassphraseDialog(
            mode,
            self,
            database_name=path.name,
            keyring_reason=self.keyring_reason(),
            remembered=mode == Mode.CHANGE and get(path) is not None,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.old_passphrase(), dialog.passphrase(), dialog.remembered()

    # -- actions ---------------------------------------------------------------------------
    def encrypt(self) -> None:
        from crm_desktop.services.security import encrypt_and_reopen

        answer = self._ask(Mode.ENCRYPT)
        if answer is not None:
            _old, new, remember = answer
            self._start(
                Mode.ENCRYPT,
                lambda path, outcome: encrypt_and_reopen(path, new, remember, outcome),
            )

    def change(self) -> None:
        from crm_desktop.services.security import change_and_reopen

        answer = self._ask(Mode.CHANGE)
        if answer is not None:
            old, new, remember = answer
            self._start(
                Mode.CHANGE,
                lambda path, outcome: change_and_reopen(path, old, new, remember, outcome),
            )

    def remove(self) -> None:
        from crm_desktop.services.security import decrypt_and_reopen

        answer = self._ask(Mode.REMOVE)
        if answer is not None:
            old = answer[0]
            self._start(Mode.REMOVE, lambda path, outcome: decrypt_and_reopen(path, old, outcome))

    def _ask(self, mode: Mode) -> Answer:
        if self.services is None or self._busy or self._controller() is None:
            return None
        return self.ask(mode)

    def _start(self, mode: Mode, action: Callable[..., Services]) -> None:
        from crm_desktop.services.security import SecurityOutcome

        controller, services = self._controller(), self.services
        if controller is None or services is None or controller.is_busy():
            return
        path, outcome = services.path, SecurityOutcome()
        self._pending = (mode, outcome)
        self._show_busy(True, mode)
        if not self._watching:  # told when the database does not open again
            controller.sig_open_failed.connect(self._on_reopen_failed)
            self._watching = True
        controller.services = None
        services.close()  # every connection closed: the file can be replaced or re-keyed
        controller.start_opening(lambda: action(path, outcome))

    def _show_busy(self, busy: bool, mode: Mode | None = None) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.busy_label.setVisible(busy)
        if busy and mode is not None:
            self.busy_label.setText(self.busy_text(mode))
        self.refresh()

    def busy_text(self, mode: Mode) -> str:
        doing = {
            Mode.ENCRYPT: self.tr("Encrypting the database and its backups…"),
            Mode.CHANGE: self.tr("Re-encrypting the database and its backups…"),
            Mode.REMOVE: self.tr("Decrypting the database and its backups…"),
        }.get(mode, "")
        return (
            doing
            + "\n"
            + self.tr(
                "This cannot be cancelled: every page of each file is rewritten, and stopping "
                "half-way could leave a file that opens with neither passphrase."
            )
        )

    def _on_database_opened(self, _services: object) -> None:
        pending, self._pending = self._pending, None
        self._show_busy(False)
        if pending is not None:
            self._tell(*pending)

    def _on_reopen_failed(self) -> None:
        """The database did not open again (the controller told the user why)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self._show_busy(False)
            self._tell(*pending)

    def _tell(self, mode: Mode, outcome: SecurityOutcome) -> None:
        title = {
            Mode.ENCRYPT: self.tr("Encrypt Database"),
            Mode.CHANGE: self.tr("Change Passphrase"),
            Mode.REMOVE: self.tr("Remove Encryption"),
        }[mode]
        if outcome.wrong_passphrase:
            QMessageBox.warning(
                self,
                title,
                self.tr("The current passphrase is wrong. Nothing was changed."),
            )
        elif outcome.error is not None:
            QMessageBox.warning(
                self,
                title,
                fill(
                    self.tr("Nothing was changed; the database is as it was:\n%1"),
                    str(outcome.error),
                ),
            )
        else:
            QMessageBox.information(self, title, self.done_text(mode, outcome))

    def done_text(self, mode: Mode, outcome: SecurityOutcome) -> str:
        text = {
            Mode.ENCRYPT: self.tr("The database and its backups are encrypted."),
            Mode.CHANGE: self.tr("The passphrase was changed, for the backups too."),
            Mode.REMOVE: self.tr("The database and its backups are no longer encrypted."),
        }[mode]
        if outcome.remembered:
            text += "\n" + self.tr("The passphrase is kept in the system keyring.")
        return text

    def _controller(self) -> DatabaseController | None:
        return getattr(self.window(), "database", None)
