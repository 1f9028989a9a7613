"""Passphrase dialogs: unlock an encrypted database, encrypt one, change or remove its passphrase.

Each has a "Remember in the system keyring" box; it is disabled, with a tooltip saying why,
when no usable keyring exists (``services.keyring_store.unavailable_reason``).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


class Mode(StrEnum):
    UNLOCK = "unlock"  # the passphrase of an encrypted database, at open
    ENCRYPT = "encrypt"  # a new passphrase, typed twice
    CHANGE = "change"  # the current passphrase, and a new one typed twice
    REMOVE = "remove"  # the current passphrase, to store the database unencrypted


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length and variety of characters."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
            any(ord(c) > 127 for c in passphrase),
        )
    )
    score = 1 + (len(passphrase) >= 12) + (len(passphrase) >= 16 or kinds >= 3)
    if kinds <= 1 and len(passphrase) < 20:
        score = min(score, 2 if len(passphrase) >= 12 else 1)
    return min(score, 3)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PassphraseDialog(QDialog):
    """Asks for passphrases; ``keyring_reason`` None means the keyring box can be used."""

    def __init__(
        self,
        mode: Mode,
        parent: QWidget | None = None,
        *,
        database_name: str = "",
        keyring_reason: str | None = None,
        remembered: bool = False,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setWindowTitle(self._title())
        self.old = _password_field()
        self.new = _password_field()
        self.confirm = _password_field()
        self.strength_label = QLabel()
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self._set_up_keyring(keyring_reason, remembered)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self._ok_text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(database_name, note))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._form())
        layout.addWidget(self.problem_label)
        if mode != Mode.REMOVE:
            layout.addWidget(self.remember)
        warning = self._warning()
        if warning:
            label = QLabel(warning)
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: bold;")
            layout.addWidget(label)
        layout.addWidget(self.buttons)
        for field in (self.old, self.new, self.confirm):
            field.textChanged.connect(self._update)
        self.setMinimumWidth(440)
        self._update()

    # -- building --------------------------------------------------------------------------
    def _title(self) -> str:
        return {
            Mode.UNLOCK: self.tr("Encrypted Database"),
            Mode.ENCRYPT: self.tr("Encrypt Database"),
            Mode.CHANGE: self.tr("Change Passphrase"),
            Mode.REMOVE: self.tr("Remove Encryption"),
        }[self.mode]

    def _ok_text(self) -> str:
        return {
            Mode.UNLOCK: self.tr("Open"),
            Mode.ENCRYPT: self.tr("Encrypt"),
            Mode.CHANGE: self.tr("Change Passphrase"),
            Mode.REMOVE: self.tr("Remove Encryption"),
        }[self.mode]

    def _intro(self, name: str, note: str) -> str:
        text = {
            Mode.UNLOCK: self.tr("%1 is encrypted. Enter its passphrase."),
            Mode.ENCRYPT: self.tr(
                "Encrypt %1 and all its backups with a passphrase. It is asked each time the "
                "database is opened."
            ),
            Mode.CHANGE: self.tr(
                "Change the passphrase of %1. Its backups are re-encrypted with the new one."
            ),
            Mode.REMOVE: self.tr(
                "Store %1 and its backups unencrypted again: anyone who gets the files can "
                "read them."
            ),
        }[self.mode].replace("%1", name)
        return f"{note}\n\n{text}" if note else text

    def _warning(self) -> str:
        if self.mode not in (Mode.ENCRYPT, Mode.CHANGE):
            return ""
        return self.tr(
            "A lost passphrase cannot be recovered: without it, nobody (not even support) can "
            "open the database or its backups."
        )

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        if self.mode in (Mode.UNLOCK, Mode.REMOVE):
            form.addRow(self.tr("Passphrase:"), self.old)
            return form
        if self.mode == Mode.CHANGE:
            form.addRow(self.tr("Current passphrase:"), self.old)
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("Confirm new passphrase:"), self.confirm)
        form.addRow(self.tr("Strength:"), self.strength_label)
        return form

    def _set_up_keyring(self, reason: str | None, remembered: bool) -> None:
        if reason is None:
            self.remember.setChecked(remembered)
            self.remember.setToolTip(
                self.tr(
                    "Keep the passphrase in your operating system's keyring, so the database "
                    "opens without asking on this computer account."
                )
            )
            return
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.remember.setToolTip(
            self.tr(
                "No system keyring can be used on this computer, so the passphrase is asked "
                "each time."
            )
            + "\n("
            + reason
            + ")"
        )

    # -- state -----------------------------------------------------------------------------
    def strength_text(self, score: int) -> str:
        return [
            self.tr("Too short: at least %1 characters").replace("%1", str(MIN_LENGTH)),
            self.tr("Weak: use a longer passphrase, such as several words"),
            self.tr("Fair"),
            self.tr("Strong"),
        ][score]

    def problem(self) -> str:
        """Why OK is disabled ("" when it is enabled)."""
        if self.mode in (Mode.UNLOCK, Mode.REMOVE):
            return ""
        if self.mode == Mode.CHANGE and not self.old.text():
            return ""
        new = self.new.text()
        if new and len(new) < MIN_LENGTH:
            return self.tr("The new passphrase is too short.")
        if self.confirm.text() and new != self.confirm.text():
            return self.tr("The two new passphrases differ.")
        if self.mode == Mode.CHANGE and new and new == self.old.text():
            return self.tr("The new passphrase is the same as the current one.")
        return ""

    def _complete(self) -> bool:
        if self.mode in (Mode.UNLOCK, Mode.REMOVE):
            return bool(self.old.text())
        filled = bool(self.new.text()) and self.new.text() == self.confirm.text()
        if self.mode == Mode.CHANGE:
            filled = filled and bool(self.old.text())
        return filled and not self.problem()

    def _update(self) -> None:
        if self.mode in (Mode.ENCRYPT, Mode.CHANGE):
            self.strength_label.setText(self.strength_text(strength(self.new.text())))
        self.problem_label.setText(self.problem())
        self.problem_label.setVisible(bool(self.problem()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._complete())

    # -- answers ---------------------------------------------------------------------------
    def passphrase(self) -> str:
        """The passphrase to use from now on (UNLOCK, REMOVE: the one typed)."""
        return self.old.text() if self.mode in (Mode.UNLOCK, Mode.REMOVE) else self.new.text()

    def old_passphrase(self) -> str:
        return self.old.text()

    def remembered(self) -> bool:
        return self.remember.isEnabled() and self.remember.isChecked()
