"""Write logged activities and future meetings."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from itertools import chain

from crm_desktop.services import demo_data as dd
from crm_desktop.services.demo.base import _BuilderBase
from crm_desktop.services.demo.common import (
    ACTIVITY_COLUMNS,
    DAY,
    HOUR,
    LOGGED_ACTIVITY_VALUES,
    OFFICE_SPAN,
    YEAR,
    Row,
    _with_record_times,
)
from crm_desktop.services.demo.plan import _Company, _Contact, _Deal, _Stream


class _Activities(_BuilderBase):
    # -- activities -----------------------------------------------------------------------
    def _write_activities(self) -> None:
        logged = chain(self._deal_activity_rows(), self._contact_activity_rows())
        rows = map(_with_record_times, logged)
        self._insert("activity", ACTIVITY_COLUMNS, rows, values=LOGGED_ACTIVITY_VALUES)
        self._insert("activity", ACTIVITY_COLUMNS, self._future_meeting_rows())

    def _deal_activity_rows(self) -> Iterator[Row]:
        joins = 0.12 if len(self.users) > 1 else 0.0
        for deal in self.deals:
            if deal.activity_count:
                company = self.companies[deal.company]
                contacts = [self.contacts[c] for c in deal.contacts]
                yield from self._stream_rows(
                    _Stream(deal.activity_count, deal.activity_from, deal.activity_last, True),
                    deal.owner,
                    joins,
                    contacts,
                    (0.65, 0.85),
                    company,
                    deal,
                    company.chinese,
                )

    def _contact_activity_rows(self) -> Iterator[Row]:
        now = self.now
        weights = []
        for ct in self.contacts:
            company = self.companies[ct.company] if ct.company >= 0 else None
            factor = 3.0 if company and company.lifecycle == "customer" else 1.0
            factor *= 2.0 if ct.on_open_deal else 1.0
            days = max(1.0, (now - max(ct.created, now - YEAR)) / DAY)
            weights.append(factor * math.sqrt(days))
        counts = self._allocate(self.contact_activities, weights)
        for ct, count in zip(self.contacts, counts, strict=True):
            if count:
                company = self.companies[ct.company] if ct.company >= 0 else None
                stream = _Stream(count, max(ct.created, now - YEAR), now - 60, False)
                # A few are about the company only (when there is one).
                share = 0.95 if company else 1.0
                yield from self._stream_rows(
                    stream, ct.owner, 0.0, [ct], (share, share), company, None, ct.chinese
                )

    def _stream_rows(
        self,
        stream: _Stream,
        owner: int,
        manager_joins: float,
        contacts: Sequence[_Contact],
        contact_shares: tuple[float, float],
        company: _Company | None,
        deal: _Deal | None,
        chinese: bool,
    ) -> Iterator[Row]:
        """Logged activities of one deal or contact (the hot loop: everything inlined).

        Each is linked to the first contact (``contact_shares[0]`` of them), to any of the
        contacts (up to ``contact_shares[1]``) or to none; and moves ``last`` forward.
        """
        rand = self.random
        prefixes, clock, workday = self.time.prefixes, self.time.clock, self.time.workday
        new_id, user_ids, starts = self.activity_ids, self.user_ids, self.office_starts
        en_pool, zh_pool = self.activity_pools
        en_size, zh_size = len(en_pool), len(zh_pool)
        first_share, any_share = contact_shares
        lo, hi = stream.start, stream.end
        span = hi - lo
        company_id = company.id if company is not None else None
        deal_id = deal.id if deal is not None else None
        latest = -1
        for index in range(stream.count):
            who = 0 if manager_joins and rand() < manager_joins else owner
            if index == 0 and stream.pin_end:
                at = hi
            else:
                at = lo + int(rand() * span)
                day = at // DAY
                if rand() < 0.93:
                    day = workday[day]
                office = day * DAY + starts[who] + int(rand() * OFFICE_SPAN)
                if lo <= office <= hi:
                    at = office
            if at > latest:
                latest = at
            contact = None
            if contacts:
                r = rand()
                if r < first_share:
                    contact = contacts[0]
                elif r < any_share:
                    contact = contacts[int(rand() * len(contacts))]
                if contact is not None and at > contact.last:
                    contact.last = at
            if chinese and rand() < 0.8:
                template = zh_pool[int(rand() * zh_size)]
            else:
                template = en_pool[int(rand() * en_size)]
            kind, subject, body, durations, outcomes = template
            stamp = prefixes[at // DAY] + clock[at % DAY]
            yield (
                new_id(),
                kind,
                subject,
                body,
                stamp,
                durations[int(rand() * len(durations))] if durations else None,
                outcomes[int(rand() * len(outcomes))] if len(outcomes) > 1 else outcomes[0],
                user_ids[who],
                contact.id if contact is not None else None,
                company_id,
                deal_id,
            )
        if company is not None and latest > company.last:
            company.last = latest
        if deal is not None and latest > deal.last:
            deal.last = latest

    def _future_meeting_rows(self) -> Iterator[Row]:
        """Meetings already booked for the coming weeks, on open deals that are alive."""
        rand, time, now = self.random, self.time, self.now
        alive = [d for d in self.deals if d.outcome == "open" and not d.rotting]
        for _ in range(self.future_meetings):
            deal = alive[int(rand() * len(alive))] if alive else None
            if deal is not None:
                company: _Company | None = self.companies[deal.company]
                contact = self.contacts[deal.contacts[0]] if deal.contacts else None
                owner = deal.owner
            else:
                contact = self.contacts[int(rand() * len(self.contacts))]
                company = self.companies[contact.company] if contact.company >= 0 else None
                owner = contact.owner
            at = self._moment(now + 2 * HOUR, now + 21 * DAY, owner)
            booked = now - int((1 + rand() * 9) * DAY)
            stamp = time.stamp(booked)
            yield (
                self.activity_ids(),
                "meeting",
                self._pick(dd.FUTURE_MEETINGS),
                None,
                time.stamp(at),
                30 if rand() < 0.5 else 60,
                None,
                stamp,
                stamp,
                self.users[owner].id,
                contact.id if contact else None,
                company.id if company else None,
                deal.id if deal else None,
                "{}",
            )
