"""Write tasks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from crm_desktop.services import demo_data as dd
from crm_desktop.services.demo.base import _BuilderBase
from crm_desktop.services.demo.common import DAY, HOUR, OFFICE_SPAN, PRIORITIES, YEAR, Row, _Ids
from crm_desktop.services.demo.plan import _Company, _Deal


class _Tasks(_BuilderBase):
    # -- tasks ----------------------------------------------------------------------------
    def _write_tasks(self) -> None:
        columns = (
            "id", "title", "type", "notes", "due_at", "remind_at", "reminded_at", "done_at",
            "priority", "repeat", "created_at", "updated_at", "owner_id", "contact_id",
            "company_id", "deal_id",
        )  # fmt: skip
        self._insert("task", columns, self._task_rows())

    def _task_kinds(self) -> list[str]:
        n = self.size.tasks
        shares = (("overdue", 0.14), ("today", 0.08), ("upcoming", 0.32), ("no_due", 0.06))
        kinds: list[str] = []
        for kind, share in shares:
            count = round(n * share)
            if kind != "no_due" and n >= 3:
                count = max(1, count)
            kinds.extend([kind] * min(count, n - len(kinds)))
        kinds.extend(["done"] * (n - len(kinds)))
        return kinds

    def _task_rows(self) -> Iterator[Row]:
        ids = _Ids(self.rng, self.size.tasks)
        open_deals = [d for d in self.deals if d.outcome == "open"]
        alive = [d for d in open_deals if not d.rotting]
        for kind in self._task_kinds():
            pool = self.deals if kind == "done" else open_deals if kind == "overdue" else alive
            deal = self._pick_deal(pool) if pool and self.random() < 0.6 else None
            yield self._task_row(ids(), kind, deal)

    def _pick_note(self, chinese: bool) -> str | None:
        notes = dd.TASK_NOTES_ZH if chinese else dd.TASK_NOTES_EN
        return notes[int(self.random() * len(notes))]

    def _pick_deal(self, pool: Sequence[_Deal]) -> _Deal:
        return pool[int(self.random() * len(pool))]

    def _task_row(self, task_id: str, kind: str, deal: _Deal | None) -> Row:
        rng, rand, time, now = self.rng, self.random, self.time, self.now
        if deal is not None:
            company: _Company | None = self.companies[deal.company]
            contact = self.contacts[deal.contacts[0]] if deal.contacts else None
            owner = deal.owner
            earliest = deal.created
        else:
            contact = self.contacts[int(rand() * len(self.contacts))]
            company = self.companies[contact.company] if contact.company >= 0 else None
            owner = contact.owner
            earliest = contact.created
        chinese = contact.chinese if contact else bool(company and company.chinese)
        template, task_type = rng.choice(dd.ZH_TASKS if chinese else dd.EN_TASKS)
        who = contact.display if contact else company.short if company else ""
        title = template.format(name=who, company=company.short if company else who)
        office = self.users[owner].office_start
        due: int | None = None
        if kind == "done":
            due = self._moment(max(earliest, now - YEAR), now - DAY, owner)
        elif kind == "overdue":
            due = self._moment(max(earliest, now - 30 * DAY), now - 60, owner)
        elif kind == "today":
            due = now + office + int(rand() * OFFICE_SPAN)
        elif kind == "upcoming":
            day = now // DAY + 1 + int(rand() * 30)
            due = self.time.workday[day] * DAY + office + int(rand() * OFFICE_SPAN)
        remind = reminded = None
        if due is not None and rand() < (0.2 if kind == "done" else 0.4):
            remind = due - rng.choice((15 * 60, HOUR, DAY))
            if remind < now:
                reminded = remind  # already shown: opening the app must not replay them all
        anchor = min(due if due is not None else now, now)
        created = min(anchor, max(earliest, anchor - int(rand() * 14 * DAY)))
        done: int | None = None
        if kind == "done" and due is not None:
            done = min(now - 60, max(created + 60, due + int((rand() * 3 - 2) * DAY)))
        priority = PRIORITIES.pick(rand)
        repeat = "none"
        if done is None and rand() < 0.05:
            repeat = "weekly" if rand() < 0.8 else "monthly"
        stamp = time.stamp
        return (
            task_id,
            title,
            task_type,
            self._pick_note(chinese),
            stamp(due) if due is not None else None,
            stamp(remind) if remind is not None else None,
            stamp(reminded) if reminded is not None else None,
            stamp(done) if done is not None else None,
            priority,
            repeat,
            stamp(created),
            stamp(max(created, done if done is not None else created)),
            self.users[owner].id,
            contact.id if contact else None,
            company.id if company else None,
            deal.id if deal else None,
        )
