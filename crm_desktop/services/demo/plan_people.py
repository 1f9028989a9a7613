"""Plan users, companies and contacts."""

from __future__ import annotations

import math
from itertools import accumulate

from crm_desktop.services import demo_data as dd
from crm_desktop.services.demo.base import _BuilderBase
from crm_desktop.services.demo.common import (
    CHUNK,
    DAY,
    EMPLOYEE_BANDS,
    HOUR,
    OFFICE_START,
    YEAR,
    _Ids,
    _slug,
)
from crm_desktop.services.demo.plan import _Company, _Contact, _User


class _PlanPeople(_BuilderBase):
    # -- plan: users ----------------------------------------------------------------------
    def _plan_users(self) -> None:
        people = list(dd.TEAM[: self.size.users])
        names = {p.name for p in people}
        emails = {p.email_local for p in people}
        ids = _Ids(self.rng)
        attempt = 0
        while len(people) < self.size.users:
            attempt += 1
            person = self._extra_person(len(people), attempt)
            if person.name in names or person.email_local in emails:
                continue
            names.add(person.name)
            emails.add(person.email_local)
            people.append(person)
        for person in people:
            start = (OFFICE_START - person.utc_offset * HOUR) % DAY
            self.users.append(_User(ids(), person, start))
        self.user_ids = [u.id for u in self.users]
        self.office_starts = [u.office_start for u in self.users]
        reps = [i for i, p in enumerate(people) if p.role == "rep"]
        self.zh_pool = [i for i in reps if people[i].chinese] or reps or [0]
        self.en_pool = [i for i in reps if not people[i].chinese] or reps or [0]

    def _extra_person(self, index: int, attempt: int) -> dd.DemoUser:
        rng = self.rng
        color = dd.EXTRA_COLORS[(index - len(dd.TEAM)) % len(dd.EXTRA_COLORS)]
        suffix = "" if attempt < 500 else str(attempt)
        if index % 2:
            (sur, sur_py), (given, given_py) = rng.choice(dd.ZH_SURNAMES), rng.choice(dd.ZH_GIVEN)
            name = sur + given + suffix
            return dd.DemoUser(
                name, f"{sur_py}.{given_py}{suffix}", "rep", color, name[-2:], 8, True
            )
        first, last = rng.choice(dd.EN_FIRST), rng.choice(dd.EN_LAST)
        name = f"{first} {last}{suffix}"
        offset = rng.choice((-8, -5, 0, 1))
        local = f"{_slug(first)}.{_slug(last)}{suffix}"
        return dd.DemoUser(name, local, "rep", color, first[0] + last[0], offset, False)

    # -- plan: companies ------------------------------------------------------------------
    def _plan_companies(self) -> None:
        rng, rand, now = self.rng, self.random, self.now
        n = self.size.companies
        regions = rng.choices(dd.REGIONS, weights=[r.weight for r in dd.REGIONS], k=n)
        ids = _Ids(rng, n)
        names: set[str] = set()
        domains: set[str] = set()
        for region in regions:
            city = int(rand() * len(region.cities))
            industry = rng.choice(dd.INDUSTRIES)
            name, short, domain = self._company_name(region, city, industry, names, domains)
            created = now - 14 * DAY - int(math.sqrt(rand()) * (3 * YEAR - 14 * DAY))
            legacy = -1
            if created < now - 400 * DAY and rand() < 0.35:
                first = created + 30 * DAY
                legacy = first + int(rand() * (now - YEAR - first))
            chinese = region.code == "CN"
            self.companies.append(
                _Company(
                    id=ids(),
                    region=region,
                    city=city,
                    name=name,
                    short=short,
                    domain=domain,
                    industry=industry.label,
                    employees=self._employees(),
                    owner=self._owner(chinese),
                    created=created,
                    source=self._source(chinese),
                    legacy_since=legacy,
                )
            )
        self.progress.advance(n)

    def _employees(self) -> int:
        low, high = EMPLOYEE_BANDS.pick(self.random)
        return low + int(self.random() * (high - low + 1))

    def _company_name(
        self,
        region: dd.Region,
        city: int,
        industry: dd.Industry,
        names: set[str],
        domains: set[str],
    ) -> tuple[str, str, str]:
        """(name, short name for deal titles, domain), unique within this data set."""
        rng = self.rng
        for attempt in range(12):
            if region.code == "CN":
                (core, core_py), (word, word_py) = (
                    rng.choice(dd.ZH_COMPANY_CORES),
                    rng.choice(industry.zh_words),
                )
                short = core + word
                place = region.cities[city]
                if attempt >= 6:
                    place += dd.ZH_DISTRICTS[city % len(dd.ZH_DISTRICTS)][:2]
                name = place + short + rng.choice(region.legal_suffixes)
                slug = core_py + word_py
                tld = rng.choice((".com", ".cn", ".com.cn"))
                city_slug = dd.ZH_CITY_PINYIN[city % len(dd.ZH_CITY_PINYIN)]
            else:
                cores = dd.DE_COMPANY_CORES if region.code == "DE" and rng.random() < 0.5 else ()
                core = rng.choice(cores or dd.EN_COMPANY_CORES)
                short = f"{core} {rng.choice(industry.en_words)}"
                tail = rng.choice(dd.EN_COMPANY_TAILS)
                if tail:
                    short = f"{short} {tail}"
                if attempt >= 6:
                    short = f"{short} {region.cities[city]}"
                suffix = rng.choice(region.legal_suffixes) if rng.random() < 0.6 else ""
                name = f"{short} {suffix}" if suffix else short
                slug = _slug(short, "-" if rng.random() < 0.4 else "")
                tld = region.tld
                city_slug = _slug(region.cities[city])
            if name in names:
                continue
            domain = slug + tld
            for candidate in (domain, f"{slug}-{city_slug}{tld}"):
                if candidate not in domains:
                    domain = candidate
                    break
            else:
                domain = f"{slug}{len(domains)}{tld}"
            names.add(name)
            domains.add(domain)
            return name, short, domain
        name = f"{name} {len(names)}"
        names.add(name)
        domain = f"{slug}{len(domains)}{tld}"
        domains.add(domain)
        return name, short, domain

    # -- plan: contacts -------------------------------------------------------------------
    def _plan_contacts(self) -> None:
        rng, rand, now = self.rng, self.random, self.now
        n = self.size.contacts
        companies = self.companies
        # Every company gets one contact; the rest go to bigger companies more often, and a
        # few contacts (web leads) belong to no company.
        first_pass = list(range(min(n, len(companies))))
        cum = list(accumulate(1.0 + math.log(c.employees) for c in companies))
        rest = rng.choices(range(len(companies)), cum_weights=cum, k=n - len(first_pass))
        placement = first_pass + [-1 if rand() < 0.05 else c for c in rest]
        ids = _Ids(rng, n)
        emails: set[str] = set()
        for index, company_index in enumerate(placement):
            company = companies[company_index] if company_index >= 0 else None
            if company is not None:
                span = max(HOUR, now - DAY - company.created)
                created = company.created + int(rand() ** 2 * span)
                chinese = company.chinese
                owner = company.owner if rand() < 0.9 else self._owner(chinese)
                company.contacts.append(index)
            else:
                created = now - 2 * YEAR + int(rand() * (2 * YEAR - DAY))
                chinese = rand() < 0.35
                owner = self._owner(chinese)
            first, last, local = self._person_name(chinese, company)
            email = self._unique_email(local, company, chinese, emails)
            self.contacts.append(
                _Contact(ids(), company_index, owner, created, chinese, first, last, email)
            )
            if index % CHUNK == CHUNK - 1:
                self.progress.advance(CHUNK)
        self.progress.advance(n % CHUNK)

    def _person_name(self, chinese: bool, company: _Company | None) -> tuple[str, str, str]:
        """(first name, last name, ASCII e-mail local part)."""
        rng = self.rng
        if chinese:
            (sur, sur_py), (given, given_py) = rng.choice(dd.ZH_SURNAMES), rng.choice(dd.ZH_GIVEN)
            pattern = rng.random()
            if pattern < 0.4:
                local = f"{given_py}.{sur_py}"
            elif pattern < 0.8:
                local = f"{sur_py}{given_py}"
            else:
                local = f"{given_py[0]}{sur_py}"
            return given, sur, local
        if company is not None and company.region.code == "DE":
            first, last = rng.choice(dd.DE_FIRST), rng.choice(dd.DE_LAST)
        else:
            first, last = rng.choice(dd.EN_FIRST), rng.choice(dd.EN_LAST)
        pattern = rng.random()
        if pattern < 0.6:
            local = f"{_slug(first)}.{_slug(last)}"
        elif pattern < 0.85:
            local = f"{_slug(first)[0]}{_slug(last)}"
        else:
            local = _slug(first)
        return first, last, local

    def _unique_email(
        self, local: str, company: _Company | None, chinese: bool, emails: set[str]
    ) -> str:
        if company is not None:
            domain = company.domain
        else:
            domain = self._pick(
                ("qq.com", "163.com", "outlook.com") if chinese else ("gmail.com", "outlook.com")
            )
        email = f"{local}@{domain}"
        number = 2
        while email in emails:
            email = f"{local}{number}@{domain}"
            number += 1
        emails.add(email)
        return email
