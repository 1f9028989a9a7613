"""Write NPS responses and sales targets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from crm_desktop.services import demo_data as dd
from crm_desktop.services.demo.base import _BuilderBase
from crm_desktop.services.demo.common import (
    DAY,
    HOUR,
    NPS_CHURNED_SCORES,
    NPS_SCORES,
    YEAR,
    Row,
    _Ids,
)


class _Nps(_BuilderBase):
    # -- NPS ------------------------------------------------------------------------------
    def _write_nps(self) -> None:
        columns = (
            "id", "contact_id", "score", "comment", "responded_at", "created_at", "updated_at",
        )  # fmt: skip
        self._insert("nps_response", columns, self._nps_rows())

    def _nps_rows(self) -> Iterator[Row]:
        rand, now, stamp = self.random, self.now, self.time.stamp
        respondents = [
            ct
            for ct in self.contacts
            if ct.company >= 0 and self.companies[ct.company].lifecycle != "prospect"
        ] or self.contacts
        ids = _Ids(self.rng, self.size.nps)
        for _ in range(self.size.nps):
            ct = respondents[int(rand() * len(respondents))]
            company = self.companies[ct.company] if ct.company >= 0 else None
            churned = company is not None and company.lifecycle == "churned"
            score = (NPS_CHURNED_SCORES if churned else NPS_SCORES).pick(rand)
            lo = max(ct.created, now - YEAR, company.customer_since if company else 0)
            hi = company.churned_at if churned and company else now - 60
            at = self._moment(min(lo, hi), hi, ct.owner)  # churned customers answered before
            comment = None
            if rand() < 0.4:
                band = 0 if score >= 9 else 1 if score >= 7 else 2
                comments = (dd.NPS_COMMENTS_ZH if ct.chinese else dd.NPS_COMMENTS_EN)[band]
                comment = self._pick(comments)
            yield (ids(), ct.id, score, comment, stamp(at), stamp(at), stamp(at))

    # -- targets --------------------------------------------------------------------------
    def _write_targets(self) -> None:
        columns = (
            "id", "kind", "period_start", "period_end", "amount", "created_at", "updated_at",
            "owner_id",
        )  # fmt: skip
        self._insert("target", columns, self._target_rows(), report=False)

    def _target_rows(self) -> Iterator[Row]:
        rand, time, now = self.random, self.time, self.now
        won = [0.0] * len(self.users)
        for deal in self.deals:
            if deal.outcome == "won" and deal.closed >= now - YEAR:
                won[deal.owner] += deal.amount_usd
        today = time.days[now // DAY]
        ids = _Ids(self.rng)
        for index, user in enumerate(self.users):
            if user.person.role != "rep":
                continue
            monthly = max(10_000.0, won[index] / 12 * (1.0 + 0.25 * rand()))
            for offset in range(-12, 4):
                months = today.year * 12 + today.month - 1 + offset
                start = date(months // 12, months % 12 + 1, 1)
                end = date((months + 1) // 12, (months + 1) % 12 + 1, 1) - timedelta(days=1)
                revenue = round(monthly * self.usd_in_base * (0.9 + 0.25 * rand()), -3)
                pipeline = round(revenue / 0.45, -3)
                set_at = (start - self.time.origin).days * DAY - 5 * DAY + 9 * HOUR
                stamp = time.stamp(time.clamp(min(set_at, now - DAY)))
                for kind, amount in (("revenue", revenue), ("pipeline", pipeline)):
                    yield (
                        ids(), kind, start.isoformat(), end.isoformat(), int(amount) * 100,
                        stamp, stamp, user.id,
                    )  # fmt: skip
        self.progress.advance(1)
