"""The main window: assembles navigation, pages, menus and status bar; no feature logic here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QWidget

from crm_desktop import APP_NAME
from crm_desktop.ui.database_controller import DatabaseController
from crm_desktop.ui.dialogs.about import show_about
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.main_actions import MainActions
from crm_desktop.ui.navigation import NavigationList
from crm_desktop.ui.page_stack import PageStack
from crm_desktop.ui.pages import PAGES
from crm_desktop.ui.resources import icon
from crm_desktop.ui.settings.startup import SettingsStartup
from crm_desktop.ui.status_bar import DatabaseStatusBar
from crm_desktop.ui.summary_watcher import SummaryWatcher
from crm_desktop.ui.undo.manager import create_undo_stack
from crm_desktop.ui.widgets.page import Page

if TYPE_CHECKING:
    from crm_desktop.services.container import Services

DEFAULT_SIZE = QSize(1200, 760)
MINIMUM_SIZE = QSize(720, 460)
# The current page is loaded once the window had time to paint: its imports are heavy.
FIRST_PAINT_MS = 50
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
PAGE_KEY = "window/page"


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(MINIMUM_SIZE)
        self.settings = settings
        self.hub = SignalHub(self)
        self.hub.qsettings = settings
        self.summary_watcher = SummaryWatcher(self.hub, self)
        self.database = DatabaseController(self.hub, self)
        # Before the pages: they must see "who am I" and the base currency when they load.
        self.settings_startup = SettingsStartup(
            self.hub, settings, self.database.demo.is_running, self
        )
        self.navigation = NavigationList()
        self.stack = PageStack(PAGES, self.hub)
        self.undo = create_undo_stack(self.hub, self)
        self.main_actions = MainActions(PAGES, self)
        self.record_opener: QObject | None = None  # made with the first database (heavy import)
        self.reminders: QObject | None = None  # likewise
        self.reports: QObject | None = None  # reports menu + schedule (crm_desktop/ui/reports)
        self._painted = False
        self._assemble()
        self._connect()
        self._restore_state()

    @property
    def pages(self) -> list[Page]:
        """Every page, loading those not loaded yet."""
        return [self.stack.page(index) for index in range(len(PAGES))]

    def open_database(self, path: Path | None, *, demo: bool = False) -> None:
        self.database.open_database(path, demo=demo)

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def current_page(self) -> Page:
        return self.stack.page(self.stack.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._painted:
            QTimer.singleShot(FIRST_PAINT_MS, self._on_first_paint)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_state()
        self.database.shutdown()
        super().closeEvent(event)

    def _assemble(self) -> None:
        for spec, action in zip(PAGES, self.main_actions.pages, strict=True):
            self.navigation.add_entry(icon(spec.key), spec.title(), action.shortcut().toString())
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStatusBar(DatabaseStatusBar(self.hub))
        self.main_actions.fill_menu_bar(self.menuBar(), self.undo)

    def _connect(self) -> None:
        actions = self.main_actions
        self.navigation.currentRowChanged.connect(self._on_page_chosen)
        self.stack.sig_page_loaded.connect(self._on_page_loaded)
        actions.page_group.triggered.connect(self._on_page_action_triggered)
        actions.open_database.triggered.connect(self.database.choose_and_open)
        actions.generate_demo.triggered.connect(self.database.generate_demo)
        actions.import_data.triggered.connect(lambda: self._open_data_tool("open_import_wizard"))
        actions.import_history.triggered.connect(
            lambda: self._open_data_tool("open_import_history")
        )
        actions.export_data.triggered.connect(lambda: self._open_data_tool("open_export_dialog"))
        actions.quit.triggered.connect(self._on_quit_requested)
        actions.new_task.triggered.connect(self._on_new_task_requested)
        actions.about.triggered.connect(self._on_about_requested)
        actions.about_qt.triggered.connect(QApplication.aboutQt)
        self.database.sig_message.connect(self.statusBar().showMessage)
        self.hub.sig_database_opened.connect(self._on_database_opened)

    def _on_first_paint(self) -> None:
        self._painted = True
        self.current_page()

    def _on_page_chosen(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        self.main_actions.pages[index].setChecked(True)
        if self._painted:
            self.stack.page(index)

    def _on_page_loaded(self, index: int, page: Page) -> None:
        page.set_undo_manager(self.undo)
        self.navigation.item(index).setText(page.title())
        self.main_actions.pages[index].setText(page.title())

    def _on_page_action_triggered(self, action: QAction) -> None:
        self.show_page(int(action.data()))

    def _on_about_requested(self) -> None:
        services = self.database.services
        show_about(services.path if services else None, self)

    def _on_database_opened(self, services: Services) -> None:
        self.setWindowTitle(f"{services.path.name} — {APP_NAME}")
        for action in self.main_actions.database_actions:
            action.setEnabled(True)
        if self.record_opener is None:
            from crm_desktop.ui.records.opener import RecordOpener

            self.record_opener = RecordOpener(self.hub, self, undo=self.undo, services=services)
        if self.reminders is None:
            from crm_desktop.notifications.controller import ReminderController

            self.reminders = ReminderController(self.hub, self)
        if self.reports is None:
            from crm_desktop.ui.reports.controller import ReportsController

            self.reports = ReportsController(self.hub, self, self.main_actions.reports)

    def _on_quit_requested(self) -> None:
        quit_app = getattr(self.reminders, "quit_app", None)  # with a tray, close only hides
        if callable(quit_app):
            quit_app()
        else:
            self.close()

    def _on_new_task_requested(self) -> None:
        from crm_desktop.ui.tasks.editing import new_task_from_window

        new_task_from_window(self, self.hub)

    def _open_data_tool(self, opener: str) -> None:
        services = self.database.services
        if services is None:
            return
        from crm_desktop.ui import importer

        getattr(importer, opener)(self, services, self.hub)

    def _restore_state(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(self._first_run_size())
        state = self.settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        keys = [spec.key for spec in PAGES]
        saved = self.settings.value(PAGE_KEY, "")
        self.show_page(keys.index(saved) if saved in keys else 0)

    def _first_run_size(self) -> QSize:
        """Most of the screen (the board and dashboards need room), at least DEFAULT_SIZE."""
        screen = self.screen().availableGeometry()
        width = max(DEFAULT_SIZE.width(), min(1600, int(screen.width() * 0.92)))
        height = max(DEFAULT_SIZE.height(), min(1000, int(screen.height() * 0.92)))
        return QSize(min(width, screen.width()), min(height, screen.height()))

    def _save_state(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.setValue(PAGE_KEY, PAGES[self.stack.currentIndex()].key)
        self.settings.sync()
