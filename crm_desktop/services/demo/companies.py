"""Write companies and contacts."""

from __future__ import annotations

import json
from collections.abc import Iterator

from crm_desktop.services import demo_data as dd
from crm_desktop.services.demo.base import _BuilderBase
from crm_desktop.services.demo.common import LEAD_STATUSES, PROSPECT_STAGES, Row, _json_list
from crm_desktop.services.demo.plan import _Company, _Contact


class _Companies(_BuilderBase):
    # -- companies ------------------------------------------------------------------------
    def _write_companies(self) -> None:
        columns = (
            "id", "name", "domain", "industry", "employees", "annual_revenue", "phone",
            "website", "address", "city", "country", "source_id", "lifecycle", "customer_since",
            "churned_at", "created_at", "updated_at", "owner_id", "custom",
        )  # fmt: skip
        self._insert("company", columns, self._company_rows())

    def _company_rows(self) -> Iterator[Row]:
        rand, time, now = self.random, self.time, self.now
        tiers = ["{}"] + [json.dumps({"tier": tier}) for tier in dd.COMPANY_TIERS]
        for c in self.companies:
            region = c.region
            prefix, digits = region.city_phones[c.city]
            revenue = None
            if rand() < 0.8:
                revenue = int(c.employees * (60_000 + rand() * 290_000) / 10_000) * 10_000 * 100
            updated = c.created + int(rand() * (now - c.created))
            updated = max(updated, c.customer_since, c.churned_at)
            tier = tiers[0]
            if rand() < 0.7:
                tier = tiers[1 if c.employees > 1_000 else 2 if c.employees > 100 else 3]
            yield (
                c.id,
                c.name,
                c.domain,
                c.industry,
                c.employees,
                revenue,
                prefix + self._digits(digits),
                f"https://www.{c.domain}",
                self._address(region, c.city),
                region.cities[c.city],
                region.country,
                self.source_ids[c.source],
                c.lifecycle,
                time.day_text(c.customer_since) if c.customer_since >= 0 else None,
                time.day_text(c.churned_at) if c.churned_at >= 0 else None,
                time.stamp(c.created),
                time.stamp(updated),
                self.users[c.owner].id,
                tier,
            )

    def _address(self, region: dd.Region, city: int) -> str:
        street = self._pick(region.streets)
        number = 1 + int(self.random() * 250)
        if region.code == "CN":
            return f"{dd.ZH_DISTRICTS[city % len(dd.ZH_DISTRICTS)]}{street}{number}号"
        if region.code in ("DE", "NL"):
            return f"{street} {number}"
        return f"{number} {street}"

    # -- contacts -------------------------------------------------------------------------
    def _write_contacts(self) -> None:
        columns = (
            "id", "first_name", "last_name", "email", "phone", "other_emails", "other_phones",
            "title", "company_id", "lifecycle_stage", "lead_status", "source_id", "city",
            "country", "tags", "created_at", "updated_at", "owner_id", "custom",
        )  # fmt: skip
        self._insert("contact", columns, self._contact_rows())

    def _contact_rows(self) -> Iterator[Row]:
        rand, time, now = self.random, self.time, self.now
        tags_en = [_json_list(t) for t in dd.TAG_SETS]
        tags_zh = [_json_list(t) for t in dd.ZH_TAG_SETS]
        regions = dd.REGIONS
        for ct in self.contacts:
            company = self.companies[ct.company] if ct.company >= 0 else None
            region = company.region if company else regions[1 if ct.chinese else 0]
            city = company.city if company else int(rand() * len(region.cities))
            stage = self._lifecycle_stage(ct, company)
            status = None
            if stage in ("subscriber", "lead", "mql", "sql"):
                status = LEAD_STATUSES.pick(rand)
            elif stage == "opportunity":
                status = "in_progress" if rand() < 0.6 else "connected"
            phone = None
            if rand() < 0.85:
                phone = self._pick(region.mobile_prefixes) + self._digits(region.mobile_digits)
            other_phones = "[]"
            if rand() < 0.1:
                prefix, digits = region.city_phones[city]
                other_phones = _json_list([prefix + self._digits(digits)])
            other_emails = "[]"
            if rand() < 0.05:
                home = "qq.com" if ct.chinese else "gmail.com"
                other_emails = _json_list([f"{ct.email.split('@')[0]}.home@{home}"])
            titles = (
                dd.ZH_TITLES
                if ct.chinese
                else dd.DE_TITLES
                if region.code == "DE" and rand() < 0.5
                else dd.EN_TITLES
            )
            source = company.source if company and rand() < 0.7 else self._source(ct.chinese)
            tags = self._pick(tags_zh if ct.chinese else tags_en)
            custom = "{}"
            if ct.chinese and rand() < 0.6:
                handle = ct.email.split("@")[0].replace(".", "_") + str(int(rand() * 9_000) + 100)
                custom = json.dumps({"wechat_id": handle})
            updated = ct.created + int(rand() ** 2 * (now - ct.created))
            yield (
                ct.id,
                ct.first,
                ct.last_name,
                ct.email,
                phone,
                other_emails,
                other_phones,
                self._pick(titles) if rand() < 0.9 else None,
                company.id if company else None,
                stage,
                status,
                self.source_ids[source],
                region.cities[city],
                region.country,
                tags,
                time.stamp(ct.created),
                time.stamp(updated),
                self.users[ct.owner].id,
                custom,
            )

    def _lifecycle_stage(self, ct: _Contact, company: _Company | None) -> str:
        rand = self.random
        lifecycle = company.lifecycle if company else "prospect"
        if lifecycle == "customer":
            r = rand()
            return "customer" if r < 0.8 else "evangelist" if r < 0.95 else "other"
        if lifecycle == "churned":
            return "other" if rand() < 0.6 else "customer"
        if ct.on_open_deal:
            return "opportunity"
        return PROSPECT_STAGES.pick(rand)
