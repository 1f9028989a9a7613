"""Starting the GUI: application object, translations, main window, then the database."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from crm_desktop import APP_NAME, ORG_NAME, __version__
from crm_desktop.ui.gc_guard import MainThreadGarbageCollector
from crm_desktop.ui.i18n import chosen_locale, install_translators, remove_translators
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.resources import icon


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(icon("app"))
    return app


def run_gui(args: argparse.Namespace) -> int:
    """Show the main window at once, then open the database on a worker."""
    app = create_application()
    collector = MainThreadGarbageCollector(app)
    settings = QSettings()
    translators = install_translators(app, chosen_locale(settings))
    window = MainWindow(settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # deleted as exec() returns
    window.show()
    QTimer.singleShot(0, lambda: window.open_database(args.db, demo=args.demo))
    status = app.exec()
    remove_translators(app, translators)
    collector.stop()
    return status
