"""The demo data builder: plans, then writes every table in order."""

from __future__ import annotations

from crm_desktop.services.demo.activities import _Activities
from crm_desktop.services.demo.common import INDEX_UNITS_PER_ROW
from crm_desktop.services.demo.companies import _Companies
from crm_desktop.services.demo.deals import _Deals
from crm_desktop.services.demo.nps import _Nps
from crm_desktop.services.demo.plan_deals import _PlanDeals
from crm_desktop.services.demo.plan_people import _PlanPeople
from crm_desktop.services.demo.reference import _Reference
from crm_desktop.services.demo.tasks import _Tasks


class _Builder(_PlanPeople, _PlanDeals, _Reference, _Companies, _Deals, _Activities, _Tasks, _Nps):
    """Plans and writes one demo data set through ``cursor`` (inside the caller's transaction)."""

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> dict[str, int]:
        size = self.size
        planned = {
            "company": size.companies,
            "contact": size.contacts,
            "deal": size.deals,
            "stage_change": size.deals * 3,
            "activity": size.activities,
            "task": size.tasks,
            "nps_response": size.nps,
        }
        self.dropped = self._indexes_to_drop(planned)
        index_units = sum(planned[t] * INDEX_UNITS_PER_ROW for t, _, _ in self.dropped)
        searchable = size.companies + size.contacts + size.deals
        self.bulk_search = searchable >= self.bulk_search_rows
        if self.bulk_search:
            index_units += searchable
        rows = size.companies + size.contacts + 2 * size.deals + size.activities + size.tasks
        self.progress.start(
            round(
                (size.companies + size.contacts + size.deals)  # planning
                + 10  # reference data and users
                + rows
                + size.nps
                + (size.contacts + size.companies + size.deals) / 4  # last activity
                + index_units
            )
        )
        self._plan_users()
        self._plan_companies()
        self._plan_contacts()
        self._plan_deals()
        self._settle_lifecycles()
        self._write_reference()
        self._drop_indexes()
        self._suspend_search_index()
        self._write_users()
        self._write_companies()
        self._write_contacts()
        self._write_deals()
        self._write_activities()
        self._write_tasks()
        self._write_nps()
        self._write_targets()
        self._write_last_activity()
        self._rebuild_indexes()
        self._rebuild_search_index()
        self.progress.finish()
        return self.counts
