"""The Reports menu's actions (enabled once a database is open).

Keyed by ``ReportKind`` value; light to import (the main window builds them at start).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar


class ReportActions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.by_kind = {
            "daily": QAction(self.tr("&Daily Report…"), self),
            "weekly": QAction(self.tr("&Weekly Report…"), self),
            "monthly": QAction(self.tr("&Monthly Report…"), self),
            "custom": QAction(self.tr("&Custom Period…"), self),
        }
        self.schedule = QAction(self.tr("&Schedule…"), self)
        for action in self.all():
            action.setEnabled(False)

    def all(self) -> list[QAction]:
        return [*self.by_kind.values(), self.schedule]

    def add_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("&Reports"))
        menu.setObjectName("reports_menu")
        menu.addActions(list(self.by_kind.values()))
        menu.addSeparator()
        menu.addAction(self.schedule)
