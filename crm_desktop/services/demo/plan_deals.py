"""Plan deals, their stage moves and activities; settle lifecycles."""

from __future__ import annotations

import math

from crm_desktop.services import demo_data as dd
from crm_desktop.services.demo.base import _BuilderBase
from crm_desktop.services.demo.common import CHUNK, DAY, EXTRA_DEAL_CONTACTS, HOUR, YEAR, _Ids
from crm_desktop.services.demo.plan import _Company, _Deal


class _PlanDeals(_BuilderBase):
    # -- plan: deals ----------------------------------------------------------------------
    def _plan_deals(self) -> None:
        rng = self.rng
        n = self.size.deals
        legacy = [i for i, c in enumerate(self.companies) if c.legacy_since >= 0]
        rng.shuffle(legacy)
        ids = _Ids(rng, n)
        for index in range(n):
            renewal = bool(legacy) and self.random() < 0.15
            company = legacy.pop() if renewal else int(self.random() * len(self.companies))
            self.deals.append(self._plan_deal(ids(), company, 1 if renewal else 0))
            if index % CHUNK == CHUNK - 1:
                self.progress.advance(CHUNK)
        self.progress.advance(n % CHUNK)
        self._allocate_deal_activities()

    def _plan_deal(self, deal_id: str, company_index: int, pipeline: int) -> _Deal:
        rand, now = self.random, self.now
        company = self.companies[company_index]
        stages = (dd.SALES_PIPELINE, dd.RENEWALS_PIPELINE)[pipeline].stages
        owner = company.owner if rand() < 0.9 else self._other_rep()
        hi = now - HOUR
        # From a little over a year ago, so that the year starts with deals already in flight.
        lo = min(max(now - YEAR - 45 * DAY, company.created + DAY), hi - HOUR)
        created = self._moment(lo, hi, owner)
        contacts = self._deal_contacts(company, created)
        if contacts:
            created = max(created, self.contacts[contacts[0]].created + HOUR)
        age_days = (now - created) / DAY
        if rand() < 0.12 + 0.85 * math.exp(-age_days / 95):
            outcome = "open"
        else:
            outcome = "won" if rand() < (0.7 if pipeline else 0.4) else "lost"
        if outcome == "won":
            last = len(stages) - 1
            stage = last if rand() < 0.8 else max(0, last - 1)
        else:
            stage = self.stage_spread[pipeline].pick(rand)
        rot = stages[stage].rotting_days or 0
        rotting = outcome == "open" and created < now - (rot + 3) * DAY and rand() < 0.16
        closed = -1
        if outcome == "open" and rotting:
            idle = now - (rot + 1 + int(rand() * 45)) * DAY - int(rand() * DAY)
            idle = max(idle, created + HOUR)
            entered_by = idle
            activity_last = max(created, idle - int(rand() * 5 * DAY))
        elif outcome == "open":
            entered_by = created + int((now - created) * (0.1 + 0.8 * rand()))
            activity_last = now - 60 - int(rand() * max(1, rot - 2) * DAY)
            if activity_last < created:
                activity_last = created + int(rand() * (now - created))
        else:
            cycle = (14 + rand() * 100) if outcome == "won" else (5 + rand() * 90)
            closed = created + int(cycle * DAY)
            if closed >= now - HOUR:
                closed = created + int((now - HOUR - created) * (0.3 + 0.65 * rand()))
            closed = max(created + 60, closed)
            closed = self._moment(max(created + 60, closed - DAY), closed, owner)
            entered_by = created + int((closed - created) * 0.9)
            activity_last = max(created, closed - int(rand() * 3 * DAY))
        moves = self._stage_moves(created, entered_by, stage, owner)
        amount, currency, usd = self._amount(company, outcome)
        deal = _Deal(
            id=deal_id,
            pipeline=pipeline,
            company=company_index,
            owner=owner,
            contacts=contacts,
            created=created,
            outcome=outcome,
            stage=stage,
            moves=moves,
            closed=closed,
            rotting=rotting,
            amount=amount,
            currency=currency,
            amount_usd=usd,
            close_day=self._close_day(created, closed, rotting),
            activity_from=min(max(created, now - YEAR), activity_last),
            activity_last=activity_last,
        )
        if outcome == "open":
            for c in contacts:
                self.contacts[c].on_open_deal = True
        elif outcome == "won":
            if company.first_won < 0 or closed < company.first_won:
                company.first_won = closed
        elif pipeline == 1:
            company.renewal_lost = max(company.renewal_lost, closed)
        return deal

    def _deal_contacts(self, company: _Company, created: int) -> list[int]:
        """The deal's contacts, primary first: people the company had when the deal began."""
        pool = [c for c in company.contacts if self.contacts[c].created < created]
        if not pool:
            if not company.contacts:
                return []
            return [min(company.contacts, key=lambda c: self.contacts[c].created)]
        extra = EXTRA_DEAL_CONTACTS.pick(self.random)
        count = min(len(pool), 1 + extra)
        return self.rng.sample(pool, count) if count > 1 else [self._pick_index(pool)]

    def _stage_moves(
        self, created: int, entered_by: int, stage: int, owner: int
    ) -> list[tuple[int, int, int]]:
        """Creation in the first stage (sometimes the second), then one move per stage."""
        start = 1 if stage >= 1 and self.random() < 0.2 else 0
        moves = [(created, -1, start)]
        steps = stage - start
        if steps:
            times = sorted(self._moment(created + 60, entered_by, owner) for _ in range(steps))
            for offset, moment in enumerate(times):
                moves.append((max(moment, moves[-1][0]), start + offset, start + offset + 1))
        return moves

    def _amount(self, company: _Company, outcome: str) -> tuple[int | None, str, float]:
        """(amount in hundredths of the deal currency or None, currency, value in USD)."""
        rand = self.random
        usd = math.exp(math.log(2_000) + rand() * math.log(40)) * (
            0.6 + 0.35 * math.log10(company.employees + 1)
        )
        currency = dd.REGION_CURRENCY.get(company.region.code, "USD") if rand() < 0.85 else "USD"
        rate = self.rates[currency]
        step = 1_000 if currency == "CNY" else 100 if usd < 5_000 else 500
        amount = max(step, round(usd / rate / step) * step)
        if outcome == "open" and rand() < 0.06:
            return None, currency, 0.0
        return amount * 100, currency, amount * rate

    def _close_day(self, created: int, closed: int, rotting: bool) -> int | None:
        rand, now = self.random, self.now
        today = now // DAY
        if closed >= 0:
            return max(created // DAY, min(today - 1, closed // DAY + int(rand() * 41) - 20))
        r = rand()
        if r < 0.05:
            return None
        if r < (0.55 if rotting else 0.18):
            first = max(created // DAY + 7, today - 60)
            return min(today - 1, first + int(rand() * max(1, today - first)))
        return today + 5 + int(rand() * 85)

    def _allocate_deal_activities(self) -> None:
        size = self.size
        future = min(size.activities, size.activities // 200)
        self.future_meetings = future
        share = 0.45 if self.contacts else 1.0
        total = round((size.activities - future) * share)
        deals = self.deals
        if not deals:
            self.contact_activities = size.activities - future
            return
        weights = []
        for deal in deals:
            days = max(1.0, (deal.activity_last - deal.activity_from) / DAY)
            weights.append((1 + deal.stage) * math.sqrt(days))
        counts = self._allocate(total, weights, minimum=1)
        for deal, count in zip(deals, counts, strict=True):
            deal.activity_count = count
        self.contact_activities = size.activities - future - sum(counts)

    # -- plan: what follows from the deals ------------------------------------------------
    def _settle_lifecycles(self) -> None:
        for company in self.companies:
            if company.legacy_since >= 0:
                company.customer_since = company.legacy_since
                if company.renewal_lost >= 0 and company.first_won < 0:
                    company.lifecycle = "churned"
                    company.churned_at = company.renewal_lost
                else:
                    company.lifecycle = "customer"
            elif company.first_won >= 0:
                company.lifecycle = "customer"
                company.customer_since = company.first_won
