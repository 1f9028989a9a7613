"""The Contacts page: everyone you sell to, searchable, filterable, editable in bulk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.ui.models.bulk_edit import BulkField
from crm_desktop.ui.models.choices import owner_choices, source_choices
from crm_desktop.ui.models.filter_bar import FilterField
from crm_desktop.ui.models.labels import LEAD_STATUSES, LIFECYCLE_STAGES, enum_label
from crm_desktop.ui.models.list_page import RecordListPage
from crm_desktop.ui.text import fill
from crm_desktop.ui.workers import start_worker

if TYPE_CHECKING:
    from crm_desktop.domain.changes import Changes
    from crm_desktop.services.container import Services
    from crm_desktop.services.summary import DatabaseSummary


class ContactsPage(RecordListPage):
    key = "contacts"
    icon_name = "contacts"
    kind = "contact"

    def title(self) -> str:
        return self.tr("Contacts")

    def set_services(self, services: Services | None) -> None:
        super().set_services(services)
        if services is not None:  # once per database: purge what has been in the Trash 30 days
            purge = services.trash.purge_expired
            start_worker(lambda _ctx: purge(), on_finished=self._on_purged)

    def _on_purged(self, changes: Changes) -> None:
        if changes:
            self.hub.sig_changed.emit(changes)

    def stat_value(self, summary: DatabaseSummary) -> int | None:
        return summary.contacts

    def count_text(self, count: int) -> str:
        return fill(self.tr("%1 contacts"), count)

    def filter_fields(self) -> list[FilterField]:
        return [
            FilterField("owner_id", self.tr("Owner"), "choice"),
            FilterField("lifecycle_stage", self.tr("Lifecycle stage"), "choice"),
            FilterField("lead_status", self.tr("Lead status"), "choice"),
            FilterField("source_id", self.tr("Source"), "choice"),
            FilterField("city", self.tr("City"), "text"),
            FilterField("country", self.tr("Country"), "text"),
            FilterField("tag", self.tr("Tag"), "text"),
            FilterField("company", self.tr("Company"), "text"),
            FilterField("has_open_deals", self.tr("Has open deals"), "flag"),
            FilterField("inactive_days", self.tr("No activity for"), "days"),
        ]

    def load_choices(self, services: Services) -> None:
        self._owners = owner_choices(services)
        self.filter_bar.set_choices("owner_id", self._owners)
        self.filter_bar.set_choices("source_id", source_choices(services))
        self.filter_bar.set_choices(
            "lifecycle_stage", [(v, enum_label(v)) for v in LIFECYCLE_STAGES]
        )
        self.filter_bar.set_choices("lead_status", [(v, enum_label(v)) for v in LEAD_STATUSES])

    def bulk_fields(self) -> list[BulkField]:
        owners = [(None, self.tr("(nobody)")), *getattr(self, "_owners", [])]
        return [
            BulkField("owner_id", self.tr("Owner"), owners),
            BulkField(
                "lifecycle_stage",
                self.tr("Lifecycle stage"),
                [(v, enum_label(v)) for v in LIFECYCLE_STAGES],
            ),
            BulkField(
                "lead_status", self.tr("Lead status"), [(v, enum_label(v)) for v in LEAD_STATUSES]
            ),
            BulkField("add_tag", self.tr("Add tag"), None),
            BulkField("remove_tag", self.tr("Remove tag"), None),
        ]
