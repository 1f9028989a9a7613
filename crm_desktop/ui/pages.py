"""The pages of the main window, in navigation order (Ctrl+1 is the first).

A page's module is imported only when the page is first shown: feature pages pull in SQLAlchemy
(through their services) and pyqtgraph, which must not delay the window's first paint.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.widgets.page import Page


@dataclass(frozen=True)
class PageSpec:
    """Where a page lives, and its title before it is loaded (the page's own ``title()``)."""

    key: str  # also the icon's name
    module: str
    class_name: str  # also the translation context of the title
    title_source: str  # marked with QT_TRANSLATE_NOOP(class_name, ...) for lupdate

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_source)

    def load(self, hub: SignalHub) -> Page:
        page_type: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return page_type(hub)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "contacts",
        "crm_desktop.ui.contacts.page",
        "ContactsPage",
        str(QT_TRANSLATE_NOOP("ContactsPage", "Contacts")),
    ),
    PageSpec(
        "companies",
        "crm_desktop.ui.companies.page",
        "CompaniesPage",
        str(QT_TRANSLATE_NOOP("CompaniesPage", "Companies")),
    ),
    PageSpec(
        "deals",
        "crm_desktop.ui.deals.page",
        "DealsPage",
        str(QT_TRANSLATE_NOOP("DealsPage", "Deals")),
    ),
    PageSpec(
        "pipeline",
        "crm_desktop.ui.pipeline.page",
        "PipelinePage",
        str(QT_TRANSLATE_NOOP("PipelinePage", "Pipeline")),
    ),
    PageSpec(
        "tasks",
        "crm_desktop.ui.tasks.page",
        "TasksPage",
        str(QT_TRANSLATE_NOOP("TasksPage", "Tasks")),
    ),
    PageSpec(
        "dashboards",
        "crm_desktop.ui.dashboards.page",
        "DashboardsPage",
        str(QT_TRANSLATE_NOOP("DashboardsPage", "Dashboards")),
    ),
    PageSpec(
        "settings",
        "crm_desktop.ui.settings.page",
        "SettingsPage",
        str(QT_TRANSLATE_NOOP("SettingsPage", "Settings")),
    ),
)
