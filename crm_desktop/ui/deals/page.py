"""The Deals page: every opportunity, with amount, stage, owner and close date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.ui.models.bulk_edit import BulkField
from crm_desktop.ui.models.choices import owner_choices, stage_choices
from crm_desktop.ui.models.filter_bar import FilterField
from crm_desktop.ui.models.labels import OUTCOMES, enum_label
from crm_desktop.ui.models.list_page import RecordListPage
from crm_desktop.ui.text import fill

if TYPE_CHECKING:
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary


class DealsPage(RecordListPage):
    key = "deals"
    icon_name = "deals"
    kind = "deal"

    def title(self) -> str:
        return self.tr("Deals")

    def stat_value(self, summary: DatabaseSummary) -> int | None:
        return summary.deals

    def count_text(self, count: int) -> str:
        return fill(self.tr("%1 deals"), count)

    def filter_fields(self) -> list[FilterField]:
        return [
            FilterField("owner_id", self.tr("Owner"), "choice"),
            FilterField("pipeline_id", self.tr("Pipeline"), "choice"),
            FilterField("stage_id", self.tr("Stage"), "choice"),
            FilterField("outcome", self.tr("Outcome"), "choice"),
            FilterField("company", self.tr("Company"), "text"),
            FilterField("close_from", self.tr("Closes from"), "date"),
            FilterField("close_to", self.tr("Closes by"), "date"),
            FilterField("amount_min", self.tr("Amount from"), "amount"),
            FilterField("amount_max", self.tr("Amount up to"), "amount"),
            FilterField("inactive_days", self.tr("No activity for"), "days"),
        ]

    def load_choices(self, services: Services) -> None:
        self._owners = owner_choices(services)
        pipelines = services.pipelines.list()
        self._stages = stage_choices(pipelines)
        self.filter_bar.set_choices("owner_id", self._owners)
        self.filter_bar.set_choices("pipeline_id", [(p.id, p.name) for p in pipelines])
        self.filter_bar.set_choices("stage_id", self._stages)
        self.filter_bar.set_choices("outcome", [(v, enum_label(v)) for v in OUTCOMES])

    def bulk_fields(self) -> list[BulkField]:
        owners = [(None, self.tr("(nobody)")), *getattr(self, "_owners", [])]
        return [
            BulkField("owner_id", self.tr("Owner"), owners),
            BulkField("stage_id", self.tr("Stage"), getattr(self, "_stages", [])),
        ]
