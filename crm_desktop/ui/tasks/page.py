"""The Tasks page (a placeholder until the feature lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.ui.widgets.placeholder_page import PlaceholderPage

if TYPE_CHECKING:
    from crm_desktop.services.summary import DatabaseSummary


class TasksPage(PlaceholderPage):
    key = "tasks"
    icon_name = "tasks"

    def title(self) -> str:
        return self.tr("Tasks")

    def description(self) -> str:
        return self.tr(
            "Calls, emails and follow-ups that are due, with reminders so nothing slips."
        )

    def stat_caption(self) -> str:
        return self.tr("open tasks")

    def stat_value(self, summary: DatabaseSummary) -> int | None:
        return summary.open_tasks
