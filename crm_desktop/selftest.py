"""``crm-desktop --self-test``: prove that an installed or frozen build works, then exit.

The checks: the bundled resources are found; a temporary database opens (which runs every
migration) and a company and a contact are created and read back through the services; the
translations load; every module of the app imports; the main window and every page render
offscreen on that database. Exit status 0
when all pass; 1, with the failing step and its error on stderr, otherwise. The user's database,
settings and backups are never touched: everything lives in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop import __version__

#: Longest wait for the main window's worker to open the database (a cold frozen start is slow).
OPEN_TIMEOUT_MS = 60_000
SELF_TEST_LOCALE = "zh_CN"
#: ``python -m crm_desktop`` would start the app.
NOT_IMPORTED = {"crm_desktop.__main__"}
#: Far fewer modules than this: the package was not found whole (a broken frozen build).
MIN_MODULES = 100


class SelfTestError(Exception):
    """A check that failed, with a message that says what was expected."""


@dataclass
class SelfTest:
    """The state the steps share; ``steps()`` lists them in order."""

    folder: Path
    out: Callable[[str], None] = print
    db_path: Path = field(init=False)
    app: Any = None
    translators: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.db_path = self.folder / "self-test.sqlite3"

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("resources", self.check_resources),
            ("database", self.check_database),
            ("child import", self.check_import_process),
            ("translations", self.check_translations),
            ("modules", self.check_modules),
            ("main window", self.check_main_window),
        ]

    def check_resources(self) -> str:
        from crm_desktop.ui.resources import i18n_dir, icon_path, resources_dir

        if not icon_path("app").is_file():
            raise SelfTestError(f"the app icon is missing from {resources_dir()}")
        catalogs = sorted(i18n_dir().glob("*.qm"))
        if not catalogs:
            raise SelfTestError(f"no compiled translations (*.qm) in {i18n_dir()}")
        return f"{resources_dir()} ({len(catalogs)} translation catalogs)"

    def check_database(self) -> str:
        from crm_desktop.domain.pinyin import sort_key
        from crm_desktop.services.container import Services
        from crm_desktop.storage.encryption import EncryptionUnavailableError, sqlcipher
        from crm_desktop.storage.migrate import head_revision

        if sort_key("张伟") != "zhang wei":  # pypinyin and its dictionaries are bundled
            raise SelfTestError(f"the pinyin sort key of 张伟 is {sort_key('张伟')!r}")
        try:
            sqlcipher()
            encryption = "encryption available"
        except EncryptionUnavailableError:
            encryption = "encryption not available (no sqlcipher3)"
        services = Services.open(self.db_path)
        try:
            company = services.companies.create({"name": "Self-test Ltd"}).record
            contact = services.contacts.create(
                {"first_name": "Ada", "last_name": "Self-test", "company_id": company.id}
            ).record
            again = services.contacts.get(contact.id)
            if again.company_id != company.id:
                raise SelfTestError("the contact read back is not the one created")
        finally:
            services.close()
        return f"migrated to {head_revision()}, created a company and a contact, {encryption}"

    def check_import_process(self) -> str:
        """The wizard imports large files in a child process (multiprocessing, spawn): a
        frozen build must be able to start one (``freeze_support`` in main.py)."""
        from crm_desktop.services.container import Services
        from crm_desktop.services.importing.fields import ImportKind
        from crm_desktop.services.importing.options import ImportOptions

        source = self.folder / "self-test-import.csv"
        source.write_text("Email,Last name\nchild@example.org,Child\n", encoding="utf-8")
        mapping = {"Email": "email", "Last name": "last_name"}
        services = Services.open(self.db_path)
        try:
            table = services.imports.open(source)
            options = ImportOptions(ImportKind.CONTACTS, mapping)
            result = services.process_imports.dry_run(table, options)
        finally:
            services.close()
        if (result.new, result.error_count) != (1, 0):
            raise SelfTestError(f"the child's dry run found {result.counts()}, expected 1 new")
        return "a dry run in a child process: 1 new contact"

    def check_translations(self) -> str:
        from PySide6.QtCore import QCoreApplication, QLocale

        from crm_desktop.ui.application import create_application
        from crm_desktop.ui.i18n import catalog_names, install_translators
        from crm_desktop.ui.resources import i18n_dir

        isolate_settings(self.folder)
        self.app = create_application()
        expected = catalog_names(i18n_dir())
        self.translators = install_translators(self.app, QLocale(SELF_TEST_LOCALE))
        if len(self.translators) < len(expected):
            raise SelfTestError(
                f"{len(self.translators)} translators loaded for {SELF_TEST_LOCALE}, "
                f"expected at least {len(expected)} ({', '.join(expected)})"
            )
        title = QCoreApplication.translate("ContactsPage", "Contacts")
        if title == "Contacts":
            raise SelfTestError("'Contacts' is not translated")
        return f"{len(self.translators)} catalogs for {SELF_TEST_LOCALE} ('Contacts' = {title})"

    def check_modules(self) -> str:
        """Import every module of the app: a frozen build missing a library fails here, not
        when a user opens the one dialog that needs it."""
        import importlib
        import pkgutil

        import crm_desktop

        names = [
            module.name
            for module in pkgutil.walk_packages(crm_desktop.__path__, "crm_desktop.")
            if module.name not in NOT_IMPORTED
        ]
        for name in names:
            importlib.import_module(name)
        if len(names) < MIN_MODULES:
            raise SelfTestError(f"only {len(names)} modules found, expected {MIN_MODULES}+")
        return f"{len(names)} modules import"

    def check_main_window(self) -> str:
        from PySide6.QtCore import QSettings

        from crm_desktop.ui.main_window import MainWindow
        from crm_desktop.ui.resources import icon

        if icon("app").pixmap(64, 64).isNull():
            raise SelfTestError("the SVG app icon does not render (Qt's svg plugins missing?)")
        window = MainWindow(QSettings())  # in the temporary folder: see isolate_settings
        try:
            window.show()
            opened = _wait_for(window.hub.sig_database_opened, OPEN_TIMEOUT_MS, window)
            window.open_database(self.db_path)
            if not opened():
                raise SelfTestError(f"the database did not open within {OPEN_TIMEOUT_MS} ms")
            pages = window.pages  # loads every page, as a user clicking through them would
            self.app.processEvents()
            shot = window.grab()
            if shot.isNull() or shot.width() < 100:
                raise SelfTestError("the main window rendered nothing")
        finally:
            window.close()
            window.deleteLater()
            self.app.processEvents()
        return f"{len(pages)} pages, {shot.width()}x{shot.height()} px"

    def close(self) -> None:
        if self.app is not None:
            from crm_desktop.ui.i18n import remove_translators

            remove_translators(self.app, self.translators)
            self.translators = []


def isolate_settings(folder: Path) -> None:
    """Make every ``QSettings()`` of this process an INI file in ``folder``, not the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(folder))


def _wait_for(signal: Any, timeout_ms: int, parent: Any) -> Callable[[], bool]:
    """Arm a wait for ``signal``; calling the result runs an event loop until it fires."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop(parent)
    fired: list[object] = []

    def on_signal(*args: object) -> None:
        fired.append(args)
        loop.quit()

    signal.connect(on_signal)

    def wait() -> bool:
        if not fired:
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        signal.disconnect(on_signal)
        return bool(fired)

    return wait


def run_steps(test: SelfTest, err: Callable[[str], None]) -> int:
    """Run the steps in order, stopping at the first failure; 0 when all passed."""
    for name, step in test.steps():
        start = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:
            err(f"crm-desktop self-test FAILED at step '{name}': {type(exc).__name__}: {exc}")
            err("".join(traceback.format_exception(exc)).rstrip())
            return 1
        test.out(f"  ok  {name:<13} {time.perf_counter() - start:5.2f} s  {detail}")
    return 0


def run_self_test() -> int:
    """The ``--self-test`` command: 0 when the build works, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"crm-desktop {__version__} self-test ({frozen}, Python {sys.version.split()[0]})")
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="crm-desktop-self-test-") as folder:
        test = SelfTest(Path(folder))
        try:
            status = run_steps(test, lambda line: print(line, file=sys.stderr))
        finally:
            test.close()
    if status == 0:
        print(f"crm-desktop self-test passed in {time.perf_counter() - start:.1f} s")
    return status
