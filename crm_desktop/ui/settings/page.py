"""The Settings page (a placeholder until the feature lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.ui.widgets.placeholder_page import PlaceholderPage

if TYPE_CHECKING:
    from crm_desktop.services.summary import DatabaseSummary


class SettingsPage(PlaceholderPage):
    key = "settings"
    icon_name = "settings"

    def title(self) -> str:
        return self.tr("Settings")

    def description(self) -> str:
        return self.tr("Your team, pipelines and stages, currencies, custom fields and language.")

    def stat_caption(self) -> str:
        return self.tr("team members")

    def stat_value(self, summary: DatabaseSummary) -> int | None:
        return summary.users
