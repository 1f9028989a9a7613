"""A large database found damaged by its background daily backup: tell the user, offer ways out.

A large file is not checked at open when it was closed cleanly; its daily backup, made on a
worker after the window shows, is its whole-file check. When that check fails, a non-modal
notice offers: restore the newest good backup, keep working read-only, or ignore for now
(the file is then checked again at the next start, before anything is written).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from crm_desktop.ui.text import fill
from crm_desktop.ui.workers import TaskContext, start_worker

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from crm_desktop.services.container import Services
    from crm_desktop.services.safety import OpenProblem
    from crm_desktop.ui.database_controller import DatabaseController

RESTORE, READ_ONLY, IGNORE = "restore", "read_only", "ignore"
Role = QMessageBox.ButtonRole


class DamageNotice(QObject):
    """Runs the background daily backup of a large database and reports a failed check."""

    def __init__(self, controller: DatabaseController) -> None:
        super().__init__(controller)
        self._controller = controller
        self.box: QMessageBox | None = None
        self._choices: dict[QAbstractButton, str] = {}
        self._problem: OpenProblem | None = None

    def check_in_background(
        self, services: Services, back_up: Callable[[Path], OpenProblem | None]
    ) -> None:
        """Run ``back_up(path)`` (the daily backup) on a worker; tell the user if it found
        the database damaged."""

        def task(_context: TaskContext) -> OpenProblem | None:
            problem = back_up(services.path)
            if problem is not None:
                services.db.damaged = True  # not marked as closed cleanly: checked next time
            return problem

        start_worker(task, on_finished=self._on_checked)

    def _on_checked(self, problem: OpenProblem | None) -> None:
        services = self._controller.services
        if problem is None or services is None or services.path != problem.path:
            return  # sound, or another database is open by now
        self.show(problem)

    def show(self, problem: OpenProblem) -> QMessageBox:
        """The notice (non-modal: the user may go on reading meanwhile)."""
        if self.box is not None:
            self.box.close()
        window = self._controller.parent()
        assert isinstance(window, QWidget)
        box = QMessageBox(window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Database Problem"))
        box.setText(fill(self.tr("%1 is damaged."), problem.path.name))
        box.setInformativeText(self.notice_text(problem))
        box.setDetailedText("\n".join(problem.problems))
        self._choices = {}
        if problem.good_backup is not None:
            self._choices[box.addButton(self.tr("Restore Backup"), Role.AcceptRole)] = RESTORE
        self._choices[box.addButton(self.tr("Keep Working Read-Only"), Role.ActionRole)] = READ_ONLY
        self._choices[box.addButton(self.tr("Ignore"), Role.RejectRole)] = IGNORE
        box.buttonClicked.connect(self._on_clicked)
        box.finished.connect(self._on_closed)
        self.box, self._problem = box, problem
        box.show()
        self._controller.sig_message.emit(self.tr("The database is damaged: see the notice."), 0)
        return box

    def notice_text(self, problem: OpenProblem) -> str:
        lines = [
            self.tr(
                "The daily backup checks the whole database file, and this check failed: "
                "part of the file is damaged. Changes saved from now on may be lost."
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
            self.tr(
                "You can also keep working read-only (nothing is written), or ignore this for "
                "now: the file is checked again at the next start, before anything is written."
            ),
        ]
        return "\n".join(lines)

    def _on_clicked(self, button: QAbstractButton) -> None:
        choice = self._choices.get(button, IGNORE)
        problem = self._problem
        if problem is None or choice == IGNORE:
            return
        controller = self._controller
        services = controller.services
        if services is None or services.path != problem.path or controller.is_busy():
            return
        controller.services = None
        services.close()  # not marked as closed cleanly: it is flagged damaged
        if choice == RESTORE:
            controller.recovery.restore(problem)
        else:
            controller.recovery.read_only(problem)

    def _on_closed(self, _result: int) -> None:
        self.box = None
