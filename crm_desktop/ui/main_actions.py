"""The main window's actions and the menu bar that shows them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar

from crm_desktop import APP_NAME
from crm_desktop.ui.pages import PageSpec
from crm_desktop.ui.reports.actions import ReportActions
from crm_desktop.ui.resources import icon
from crm_desktop.ui.tasks.texts import new_task_text
from crm_desktop.ui.text import fill
from crm_desktop.ui.undo.manager import UndoManager


class MainActions(QObject):
    """Plain actions; the main window connects them to what they do."""

    def __init__(self, pages: tuple[PageSpec, ...], parent: QObject) -> None:
        super().__init__(parent)
        self.open_database = self._action(self.tr("&Open Database…"), "Ctrl+O")
        self.generate_demo = self._action(self.tr("&Generate Demo Data…"))
        self.import_data = self._action(self.tr("&Import…"), "Ctrl+Shift+I")
        self.import_history = self._action(self.tr("Import &History…"))
        self.export_data = self._action(self.tr("&Export…"), "Ctrl+Shift+E")
        self.new_task = self._action(new_task_text(), "Ctrl+Shift+T")
        self.new_task.setObjectName("action_new_task")
        self.database_actions = [
            self.new_task,
            self.generate_demo,
            self.import_data,
            self.import_history,
            self.export_data,
        ]
        self.reports = ReportActions(self)  # the Reports menu (crm_desktop/ui/reports)
        self.database_actions += self.reports.all()
        for action in self.database_actions:
            action.setEnabled(False)  # until a database is open
        self.quit = self._action(self.tr("&Quit"), "Ctrl+Q")
        self.about = self._action(fill(self.tr("&About %1"), APP_NAME))
        self.about_qt = self._action(self.tr("About &Qt"))
        self.page_group = QActionGroup(self)
        self.pages = [self._page_action(n, spec) for n, spec in enumerate(pages, start=1)]

    def _action(self, text: str, shortcut: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _page_action(self, number: int, spec: PageSpec) -> QAction:
        action = self._action(spec.title(), f"Ctrl+{number}")
        action.setIcon(icon(spec.key))
        action.setCheckable(True)
        action.setData(number - 1)
        self.page_group.addAction(action)
        return action

    def fill_menu_bar(self, bar: QMenuBar, undo: UndoManager) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.open_database, self.generate_demo])
        file_menu.addSeparator()
        file_menu.addAction(self.new_task)
        file_menu.addSeparator()
        file_menu.addActions([self.import_data, self.import_history, self.export_data])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        undo.add_to_menu(bar.addMenu(self.tr("&Edit")))
        bar.addMenu(self.tr("&View")).addActions(self.pages)
        self.reports.add_menu(bar)
        bar.addMenu(self.tr("&Help")).addActions([self.about, self.about_qt])
