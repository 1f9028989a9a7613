"""The Companies page: the accounts you sell to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.ui.models.bulk_edit import BulkField
from crm_desktop.ui.models.choices import owner_choices, source_choices
from crm_desktop.ui.models.filter_bar import FilterField
from crm_desktop.ui.models.labels import COMPANY_LIFECYCLES, enum_label
from crm_desktop.ui.models.list_page import RecordListPage
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary


class CompaniesPage(RecordListPage):
    key = "companies"
    icon_name = "companies"
    kind = "company"

    def title(self) -> str:
        return self.tr("Companies")

    def stat_value(self, summary: DatabaseSummary) -> int | None:
        return summary.companies

    def count_text(self, count: int) -> str:
        return fill(self.tr("%1 companies"), count)

    def filter_fields(self) -> list[FilterField]:
        return [
            FilterField("owner_id", self.tr("Owner"), "choice"),
            FilterField("lifecycle", self.tr("Lifecycle"), "choice"),
            FilterField("source_id", self.tr("Source"), "choice"),
            FilterField("industry", self.tr("Industry"), "text"),
            FilterField("city", self.tr("City"), "text"),
            FilterField("country", self.tr("Country"), "text"),
            FilterField("has_open_deals", self.tr("Has open deals"), "flag"),
            FilterField("inactive_days", self.tr("No activity for"), "days"),
        ]

    def load_choices(self, services: Services) -> None:
        self._owners = owner_choices(services)
        self.filter_bar.set_choices("owner_id", self._owners)
        self.filter_bar.set_choices("source_id", source_choices(services))
        self.filter_bar.set_choices("lifecycle", [(v, enum_label(v)) for v in COMPANY_LIFECYCLES])

    def bulk_fields(self) -> list[BulkField]:
        owners = [(None, self.tr("(nobody)")), *getattr(self, "_owners", [])]
        return [
            BulkField("owner_id", self.tr("Owner"), owners),
            BulkField(
                "lifecycle", self.tr("Lifecycle"), [(v, enum_label(v)) for v in COMPANY_LIFECYCLES]
            ),
        ]
