"""What the user may do when a database did not open: restore its newest good backup, open it
read-only, or leave (quit, or keep the database already open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from crm_desktop.ui.safety.passphrase_dialogs import Mode, PassphraseDialog
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.safety import OpenProblem
    from crm_desktop.ui.database_controller import DatabaseController

RESTORE, READ_ONLY, LEAVE = "restore", "read_only", "leave"
Role = QMessageBox.ButtonRole


class RecoveryFlow(QObject):
    """Asks, then reopens through the controller: restored, or read-only."""

    def __init__(self, controller: DatabaseController) -> None:
        super().__init__(controller)
        self._controller = controller
        self.remember = False  # the last passphrase asked is to be kept in the keyring

    def recovery_text(self, problem: OpenProblem) -> tuple[str, str]:
        """The dialog's main and detail texts."""
        if not problem.damaged:
            return (
                fill(self.tr("crm-desktop cannot write to %1."), problem.path),
                fill(
                    self.tr(
                        "%1\n\nYou can open it read-only to look at your records; changes "
                        "cannot be saved then. To work with it, copy it to a folder of yours "
                        "or ask for write access."
                    ),
                    problem.problems[0],
                ),
            )
        lines = [
            self.tr(
                "The database file is damaged (SQLite's quick check failed). crm-desktop did not "
                "write to it."
            ),
            "",
        ]
        if problem.good_backup is not None:
            when = problem.good_backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            lines.append(
                fill(
                    self.tr(
                        "The newest sound backup is from %1. Restoring it replaces the database; "
                        "the damaged file is kept in the backups folder, not deleted. Changes made "
                        "after that backup are not in it."
                    ),
                    when,
                )
            )
        else:
            lines.append(self.tr("There is no sound backup of this database."))
        lines += [
            "",
            self.tr("You can also open the damaged file read-only to see what is readable."),
        ]
        return fill(self.tr("%1 is damaged."), problem.path.name), "\n".join(lines)

    def ask(self, parent: QWidget, problem: OpenProblem, can_quit: bool) -> str:
        """Ask what to do; RESTORE, READ_ONLY or LEAVE (tests replace this function)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical if problem.damaged else QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Database Problem"))
        text, detail = self.recovery_text(problem)
        box.setText(text)
        box.setInformativeText(detail)
        if problem.damaged and problem.problems:
            box.setDetailedText("\n".join(problem.problems))
        choices: dict[QAbstractButton, str] = {}
        first: QPushButton | None = None
        if problem.good_backup is not None:
            first = box.addButton(self.tr("Restore Backup"), Role.AcceptRole)
            choices[first] = RESTORE
        if problem.can_read:
            choices[box.addButton(self.tr("Open Read-Only"), Role.ActionRole)] = READ_ONLY
        leave = box.addButton(self.tr("Quit") if can_quit else self.tr("Cancel"), Role.RejectRole)
        choices[leave] = LEAVE
        box.setDefaultButton(first or leave)
        box.exec()
        return choices.get(box.clickedButton(), LEAVE)

    def offer(self, problem: OpenProblem) -> None:
        controller = self._controller
        window = controller.parent()
        assert isinstance(window, QWidget)
        can_quit = controller.services is None
        if problem.needs_passphrase:
            self._unlock(window, problem)
            return
        choice = self.ask(window, problem, can_quit)
        if choice == RESTORE and problem.good_backup is not None:
            self._restore(problem)
        elif choice == READ_ONLY:
            self._read_only(problem)
        elif can_quit:
            window.close()

    def ask_passphrase(self, parent: QWidget, problem: OpenProblem) -> str | None:
        """The passphrase the user typed, or None (cancelled); tests replace this.

        Whether to keep it in the system keyring is left in ``self.remember``."""
        from crm_desktop.services.keyring_store import unavailable_reason

        notes = []
        if problem.wrong_passphrase:
            notes.append(self.tr("That passphrase is wrong; the file was not changed."))
        if problem.keyring_failed:
            notes.append(
                self.tr("The passphrase kept in the system keyring does not open it any more.")
            )
        dialog = PassphraseDialog(
            Mode.UNLOCK,
            parent,
            database_name=problem.path.name,
            keyring_reason=unavailable_reason(),
            note="\n".join(notes),
        )
        self.remember = False
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.passphrase():
            return None
        self.remember = dialog.remembered()
        return dialog.passphrase()

    def _unlock(self, window: QWidget, problem: OpenProblem) -> None:
        from crm_desktop.services.security import open_and_remember

        self.remember = False
        passphrase = self.ask_passphrase(window, problem)
        if passphrase is None:
            return
        remember = self.remember
        self._controller.start_opening(
            lambda: open_and_remember(problem.path, passphrase, remember)
        )

    def restore(self, problem: OpenProblem) -> None:
        """Put the newest good backup in place of ``problem.path`` (closed), then open it."""
        self._restore(problem)

    def read_only(self, problem: OpenProblem) -> None:
        """Open ``problem.path`` (closed) read-only."""
        self._read_only(problem)

    def _restore(self, problem: OpenProblem) -> None:
        from crm_desktop.services.safety import restore_and_open

        backup = problem.good_backup
        assert backup is not None
        done = fill(
            self.tr("Restored %1 from its backup; the damaged file is kept in %2."),
            problem.path.name,
            backup.path.parent,
        )
        self._controller.start_opening(lambda: restore_and_open(problem.path, backup.path)[0], done)

    def _read_only(self, problem: OpenProblem) -> None:
        from crm_desktop.services.safety import open_read_only

        done = fill(self.tr("%1 is open read-only: changes cannot be saved."), problem.path.name)
        self._controller.start_opening(lambda: open_read_only(problem.path), done)
