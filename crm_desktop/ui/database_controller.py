"""Opening databases off the GUI thread, reporting why one cannot be opened, offering demo data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crm_desktop.domain.errors import (
    DatabaseOpenError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    UnwritableDatabaseError,
)
from crm_desktop.ui.demo_runner import DemoRunner
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.safety.damage_notice import DamageNotice
from crm_desktop.ui.safety.instance import SingleInstance
from crm_desktop.ui.safety.recovery import RecoveryFlow
from crm_desktop.ui.text import fill
from crm_desktop.ui.workers import TaskContext, cancel_all_and_wait, start_worker

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.safety import OpenProblem
    from crm_desktop.services.summary import DatabaseSummary

MESSAGE_TIMEOUT_MS = 8000
Button = QMessageBox.StandardButton


def _open_services(path: Path | None) -> Services:
    # Imported here, on the worker: SQLAlchemy stays out of the GUI's start-up.
    from crm_desktop.services.container import Services, default_database_path
    from crm_desktop.services.safety import describe_open_problem
    from crm_desktop.services.security import open_with_keyring

    try:
        services = Services.open(path if path is not None else default_database_path())
    except DatabaseOpenError as exc:
        remembered = open_with_keyring(exc)  # encrypted: its passphrase may be in the keyring
        if remembered is not None:
            return remembered
        # Damaged or read-only: find the way out here, on the worker (it checks backups).
        setattr(exc, "recovery", describe_open_problem(exc))  # noqa: B010
        raise
    if not _is_large(services.path):
        _daily_backup(services.path)
    return services


def _is_large(path: Path) -> bool:
    """Large files get their daily backup (and integrity check) after the window shows."""
    from crm_desktop.services.backups import checked_in_background

    return checked_in_background(path)


def _daily_backup(path: Path) -> OpenProblem | None:
    """At most once a day, integrity-checked, rotated. A failed copy must not keep the rep
    from working (the log says why); a failed check returns the recovery choices."""
    from crm_desktop.services.safety import background_daily_backup

    return background_daily_backup(path)


class DatabaseController(QObject):
    """Owns the open ``Services``; announces each opened database on the hub."""

    sig_message = Signal(str, int)  # a status bar message and how long to show it (ms)
    sig_open_failed = Signal()  # an opening (or reopening) did not give a database

    def __init__(self, hub: SignalHub, window: QWidget) -> None:
        super().__init__(window)
        self._hub = hub
        self.services: Services | None = None
        self._opening = False
        self._check_empty = False  # the next summary decides whether to offer demo data
        self._fill_without_asking = False
        self.demo = DemoRunner(window)
        self.demo.sig_finished.connect(self._on_demo_finished)
        self.demo.sig_cancelled.connect(self._on_demo_cancelled)
        self.demo.sig_failed.connect(self._on_demo_failed)
        self.recovery = RecoveryFlow(self)
        self.damage_notice = DamageNotice(self)
        self.instance = SingleInstance(self)
        hub.sig_summary_updated.connect(self._on_summary_updated)

    def _window(self) -> QWidget:
        """The window this belongs to (its parent; not kept in an attribute: no cycle)."""
        return self.parent()  # type: ignore[return-value]

    def is_busy(self) -> bool:
        return self._opening or self.demo.is_running()

    def open_database(self, path: Path | None, *, demo: bool = False) -> None:
        """Open ``path`` (None: the default database); ``demo`` fills it if empty, unasked."""
        if self.is_busy():
            self._say(self.tr("Please wait until the current task is finished."))
            return
        self._fill_without_asking = demo
        self.start_opening(lambda: _open_services(path))

    def start_opening(self, opener: Callable[[], Services], done: str | None = None) -> None:
        """Run ``opener`` on a worker; its ``Services`` become the open database."""
        self._opening = True
        self._say(self.tr("Opening the database…"), 0)

        def task(_context: TaskContext) -> Services:
            return opener()

        def finished(services: Services) -> None:
            if not self.instance.claim(services):  # another app has it open: user told
                self._opening = False
                self._say(self.tr("The database was not opened."))
                return
            self._on_opened(services)
            if done:
                self._say(done, 0)

        start_worker(task, on_finished=finished, on_failed=self._on_open_failed)

    def choose_and_open(self) -> None:
        folder = str(self.services.path.parent) if self.services else ""
        name, _filter = QFileDialog.getOpenFileName(
            self._window(),
            self.tr("Open Database"),
            folder,
            self.tr("crm-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if name:
            self.open_database(Path(name))

    def generate_demo(self) -> None:
        """Add demo data to the open database, after asking."""
        if self.services is None or self.is_busy():
            return
        answer = QMessageBox.question(
            self._window(),
            self.tr("Generate Demo Data"),
            fill(
                self.tr(
                    "Add made-up contacts, companies, deals and activities to %1?\n\n"
                    "They are mixed with the records already there."
                ),
                self.services.path.name,
            ),
        )
        if answer == Button.Yes:
            self.demo.start(self.services)

    def shutdown(self) -> None:
        """Stop background work and close the database (the window is closing)."""
        self.demo.cancel()
        cancel_all_and_wait()
        if self.services is not None:
            self.services.close()
            self.services = None
        self.instance.release()

    def _say(self, text: str, timeout_ms: int = MESSAGE_TIMEOUT_MS) -> None:
        self.sig_message.emit(text, timeout_ms)

    def _on_opened(self, services: Services) -> None:
        self._opening = False
        previous, self.services = self.services, services
        self._check_empty = True
        self._say(fill(self.tr("Opened %1."), services.path.name))
        self._hub.sig_database_opened.emit(services)
        if previous is not None:
            previous.close()
        if _is_large(services.path):
            self.damage_notice.check_in_background(services, _daily_backup)

    def _on_open_failed(self, exc: Exception) -> None:
        self._opening = False
        self.sig_open_failed.emit()
        problem = getattr(exc, "recovery", None)
        if problem is not None:
            self._say(self.tr("The database was not opened."))
            self.recovery.offer(problem)
            return
        self._say(self.tr("The database was not opened."))
        QMessageBox.warning(self._window(), self.tr("Cannot Open Database"), self._why(exc))

    def _why(self, exc: Exception) -> str:
        if not isinstance(exc, DatabaseOpenError):
            return fill(self.tr("The database could not be opened:\n%1"), str(exc))
        return fill(
            self.tr(
                "crm-desktop cannot open this file:\n%1\n\n%2\n(%3)\n\n"
                "The file was not changed. Use File > Open Database… to choose another one."
            ),
            exc.path,
            self._headline(exc),
            exc.reason,
        )

    def _headline(self, exc: DatabaseOpenError) -> str:
        if isinstance(exc, NotADatabaseError):
            return self.tr("It is not a crm-desktop database.")
        if isinstance(exc, ForeignDatabaseError):
            return self.tr("It is a database of another program.")
        if isinstance(exc, NewerSchemaError):
            return self.tr("A newer version of crm-desktop wrote it: update crm-desktop first.")
        if isinstance(exc, UnwritableDatabaseError):
            return self.tr("You are not allowed to read or write it, or its folder.")
        return self.tr("It cannot be opened.")

    def _on_summary_updated(self, summary: DatabaseSummary) -> None:
        if not self._check_empty:
            return
        self._check_empty = False
        if summary.is_empty and self.services is not None and self._wants_demo():
            self.demo.start(self.services)

    def _wants_demo(self) -> bool:
        if self._fill_without_asking:
            return True
        answer = QMessageBox.question(
            self._window(),
            self.tr("Empty Database"),
            self.tr("This database is empty. Fill it with demo data so you can look around?"),
        )
        return answer == Button.Yes

    def _on_demo_finished(self, _result: object) -> None:
        self._say(self.tr("Demo data added."))
        self._hub.sig_database_opened.emit(self.services)  # views reload everything

    def _on_demo_cancelled(self) -> None:
        self._say(self.tr("Demo data cancelled: nothing was written."))

    def _on_demo_failed(self, exc: Exception) -> None:
        self._say(self.tr("Demo data could not be created."))
        QMessageBox.warning(
            self._window(),
            self.tr("Demo Data"),
            fill(self.tr("Demo data could not be created:\n%1"), str(exc)),
        )
