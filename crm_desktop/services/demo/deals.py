"""Write deals, stage changes and deal contacts."""

from __future__ import annotations

import json
from collections.abc import Iterator

from crm_desktop.services import demo_data as dd
from crm_desktop.services.demo.base import _BuilderBase
from crm_desktop.services.demo.common import DAY, DEAL_CHUNK, Row, _Ids
from crm_desktop.services.demo.plan import _Deal


class _Deals(_BuilderBase):
    # -- deals ----------------------------------------------------------------------------
    def _write_deals(self) -> None:
        deal_columns = (
            "id", "name", "amount", "currency", "pipeline_id", "stage_id", "company_id",
            "expected_close_date", "probability", "source_id", "outcome", "lost_reason",
            "closed_at", "stage_entered_at", "next_step", "position", "created_at",
            "updated_at", "owner_id", "custom",
        )  # fmt: skip
        change_columns = (
            "id", "deal_id", "from_stage_id", "to_stage_id", "from_outcome", "to_outcome",
            "at", "by_id",
        )  # fmt: skip
        link_columns = ("deal_id", "contact_id", "role", "created_at")
        change_ids = _Ids(self.rng, len(self.deals) * 8)
        positions: dict[str, int] = {}
        for start in range(0, len(self.deals), DEAL_CHUNK):
            deal_rows: list[Row] = []
            change_rows: list[Row] = []
            link_rows: list[Row] = []
            for deal in self.deals[start : start + DEAL_CHUNK]:
                deal_rows.append(self._deal_row(deal, positions))
                change_rows.extend(self._stage_change_rows(deal, change_ids))
                link_rows.extend(self._deal_contact_rows(deal))
            self._insert("deal", deal_columns, deal_rows, report=False)
            self._insert("stage_change", change_columns, change_rows, report=False)
            self._insert("deal_contact", link_columns, link_rows, report=False)
            self.progress.advance(2 * len(deal_rows))

    def _deal_row(self, deal: _Deal, positions: dict[str, int]) -> Row:
        rand, time = self.random, self.time
        company = self.companies[deal.company]
        pipeline_id, pipeline, stage_ids = self.pipelines[deal.pipeline]
        stage_id = stage_ids[deal.stage]
        positions[stage_id] = positions.get(stage_id, 0) + 1
        chinese = company.chinese
        if deal.pipeline == 1:
            year = time.days[deal.created // DAY].year + 1
            title = f"{year}年续约" if chinese else f"Renewal {year}"
        else:
            title = self._pick(dd.ZH_PRODUCTS if chinese else dd.EN_PRODUCTS)
        name = f"{company.short} - {title}" if chinese else f"{company.short} – {title}"
        probability = None
        if deal.outcome == "open" and rand() < 0.06:
            stage_probability = pipeline.stages[deal.stage].probability
            probability = min(95, max(5, stage_probability + int(rand() * 41) - 20))
        next_step = None
        if deal.outcome == "open" and rand() < 0.72:
            next_step = self._pick(dd.ZH_NEXT_STEPS if chinese else dd.EN_NEXT_STEPS)
        lost_reason = None
        if deal.outcome == "lost":
            reasons = ("Competitor", "No budget", "Price") if deal.pipeline else self.lost_reasons
            reason = self._pick(reasons)
            note = self._pick(dd.LOST_NOTES)
            lost_reason = f"{reason}: {note}" if note else reason
        source = company.source if rand() < 0.8 else self._source(chinese)
        custom = "{}"
        if rand() < 0.4:
            custom = json.dumps({"contract_months": self._pick_index((6, 12, 12, 24, 36))})
        updated = max(deal.closed, deal.stage_entered)
        return (
            deal.id,
            name,
            deal.amount,
            deal.currency,
            pipeline_id,
            stage_id,
            company.id,
            time.dates[deal.close_day] if deal.close_day is not None else None,
            probability,
            self.source_ids[source],
            deal.outcome,
            lost_reason,
            time.stamp(deal.closed) if deal.closed >= 0 else None,
            time.stamp(deal.stage_entered),
            next_step,
            positions[stage_id] * 1024.0,
            time.stamp(deal.created),
            time.stamp(updated),
            self.users[deal.owner].id,
            custom,
        )

    def _stage_change_rows(self, deal: _Deal, ids: _Ids) -> Iterator[Row]:
        stamp = self.time.stamp
        stage_ids = self.pipelines[deal.pipeline][2]
        by = self.users[deal.owner].id
        for moment, source, target in deal.moves:
            created = source < 0  # the first row: the deal was created in this stage
            from_stage, from_outcome = (None, None) if created else (stage_ids[source], "open")
            yield (
                ids(),
                deal.id,
                from_stage,
                stage_ids[target],
                from_outcome,
                "open",
                stamp(moment),
                by,
            )
        if deal.outcome != "open":
            stage_id = stage_ids[deal.stage]
            closed = stamp(deal.closed)
            yield (ids(), deal.id, stage_id, stage_id, "open", deal.outcome, closed, by)

    def _deal_contact_rows(self, deal: _Deal) -> Iterator[Row]:
        chinese = self.companies[deal.company].chinese
        roles = dd.ZH_DEAL_ROLES if chinese else dd.EN_DEAL_ROLES
        picked = self.rng.sample(roles, min(len(roles), len(deal.contacts)))
        created = self.time.stamp(deal.created)
        for contact, role in zip(deal.contacts, picked, strict=False):
            yield (deal.id, self.contacts[contact].id, role, created)
