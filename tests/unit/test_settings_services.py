"""Settings services: team, stages, custom properties, currencies, and their effects."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.domain.enums import CustomFieldType, ForecastCategory, Outcome
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.container import Services
from crm_desktop.services.settings.properties import make_key
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import Deal, Setting, StageChange


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


def _pipeline(services: Services) -> tuple[str, list[str]]:
    pipeline_id, _ = services.stage_settings.add_pipeline("Sales")
    ids = [
        services.stage_settings.add_stage(pipeline_id, {"name": n, "probability": p})[0]
        for n, p in [("Qualified", 20), ("Proposal", 50), ("Negotiation", 80)]
    ]
    return pipeline_id, ids


# -- team --------------------------------------------------------------------------------
def test_deactivate_and_reassign_moves_only_open_work(services: Services) -> None:
    _, (s1, _, _) = _pipeline(services)
    ann = services.users.create({"name": "Ann Lee"}).record
    bob = services.users.create({"name": "Bob Ray"}).record
    open_ids = [
        services.deals.create({"name": f"D{i}", "owner_id": ann.id, "stage_id": s1}).record.id
        for i in range(3)
    ]
    won = services.deals.create({"name": "Won", "owner_id": ann.id, "outcome": "won"}).record
    contact = services.contacts.create({"first_name": "Cy", "owner_id": ann.id}).record
    assert services.team.open_work(ann.id).deals == 3
    assert services.team.open_work(ann.id).contacts == 1

    changes = services.team.deactivate(ann.id, reassign_to=bob.id)

    assert changes
    assert not services.users.get(ann.id).active
    assert [u.name for u in services.users.list()] == ["Bob Ray"]
    assert {services.deals.get(i).owner_id for i in open_ids} == {bob.id}
    assert services.deals.get(won.id).owner_id == ann.id  # history keeps its owner
    assert services.contacts.get(contact.id).owner_id == bob.id
    assert services.team.open_work(ann.id).total == 0
    services.team.reactivate(ann.id)
    assert services.users.get(ann.id).active


def test_reassign_to_inactive_or_same_rep_is_refused(services: Services) -> None:
    ann = services.users.create({"name": "Ann"}).record
    off = services.users.create({"name": "Off", "active": False}).record
    with pytest.raises(ValidationError):
        services.team.reassign(ann.id, ann.id)
    with pytest.raises(ValidationError):
        services.team.reassign(ann.id, off.id)


# -- stages ------------------------------------------------------------------------------
def test_delete_stage_moves_deals_and_records_stage_changes(
    services: Services, db: Database
) -> None:
    pipeline_id, (s1, s2, s3) = _pipeline(services)
    deals = [services.deals.create({"name": f"D{i}", "stage_id": s2}).record.id for i in range(2)]
    other = services.deals.create({"name": "Stay", "stage_id": s1}).record.id
    assert services.stage_settings.deal_count(s2) == 2

    services.stage_settings.delete_stage(s2, move_deals_to=s3)

    assert [s.name for s in services.stage_settings.stages(pipeline_id)] == [
        "Qualified",
        "Negotiation",
    ]
    assert [s.position for s in services.stage_settings.stages(pipeline_id)] == [0, 1]
    assert {services.deals.get(d).stage_id for d in deals} == {s3}
    assert services.deals.get(other).stage_id == s1
    with db.session(write=False) as session:
        moves = session.scalars(select(StageChange).where(StageChange.from_stage_id == s2)).all()
        assert sorted(m.deal_id for m in moves) == sorted(deals)
        assert {m.to_stage_id for m in moves} == {s3}


def test_delete_stage_into_won_stage_closes_deals(services: Services) -> None:
    pipeline_id, (s1, _, _) = _pipeline(services)
    won, _ = services.stage_settings.add_stage(
        pipeline_id, {"name": "Won", "probability": 100, "outcome": "won"}
    )
    deal = services.deals.create({"name": "D", "stage_id": s1}).record.id
    services.stage_settings.delete_stage(s1, move_deals_to=won)
    dto = services.deals.get(deal)
    assert dto.outcome == Outcome.WON
    assert dto.stage_id == won


def test_delete_stage_without_target_leaves_deals_unassigned(services: Services) -> None:
    _, (s1, _, _) = _pipeline(services)
    deal = services.deals.create({"name": "D", "stage_id": s1}).record.id
    services.stage_settings.delete_stage(s1, move_deals_to=None)
    assert services.deals.get(deal).stage_id is None


def test_stage_fields_reorder_and_validation(services: Services) -> None:
    pipeline_id, (s1, s2, s3) = _pipeline(services)
    services.stage_settings.update_stage(
        s2,
        {
            "name": "Quote",
            "probability": 55,
            "forecast_category": "commit",
            "rotting_days": 14,
        },
    )
    services.stage_settings.reorder(pipeline_id, [s3, s1, s2])
    stages = services.stage_settings.stages(pipeline_id)
    assert [s.id for s in stages] == [s3, s1, s2]
    quote = stages[2]
    assert (quote.name, quote.probability, quote.rotting_days) == ("Quote", 55, 14)
    assert quote.forecast_category == ForecastCategory.COMMIT
    with pytest.raises(ValidationError) as info:
        services.stage_settings.update_stage(s1, {"probability": 101, "name": " "})
    assert set(info.value.errors) == {"probability", "name"}


def test_lost_reasons_are_editable(services: Services) -> None:
    services.stage_settings.set_lost_reasons(["Price", "Timing", "price", " "])
    first = dict((n, i) for i, n in services.stage_settings.lost_reasons())
    assert list(first) == ["Price", "Timing"]
    services.stage_settings.set_lost_reasons(["Timing", "No budget"])
    after = services.stage_settings.lost_reasons()
    assert [n for _, n in after] == ["Timing", "No budget"]
    assert after[0][0] == first["Timing"]  # same row, kept


# -- custom properties -------------------------------------------------------------------
def test_property_rename_keeps_values(services: Services) -> None:
    saved = services.properties.create(
        {"entity": "deal", "label_en": "Contract end", "type": "date"}
    ).record
    assert saved.key == "contract_end"
    _pipeline(services)
    deal = services.deals.create({"name": "D", "custom": {"contract_end": "2026-12-31"}}).record

    services.properties.rename(saved.id, "Renewal date", "续约日期")

    renamed = services.properties.list("deal")[0]
    assert (renamed.key, renamed.label_en, renamed.label_zh) == (
        "contract_end",
        "Renewal date",
        "续约日期",
    )
    assert services.deals.get(deal.id).custom == {"contract_end": "2026-12-31"}
    assert services.lookups.custom_fields("deal")[0].label_en == "Renewal date"


def test_property_options_required_trash_and_restore(services: Services) -> None:
    prop = services.properties.create(
        {"entity": "contact", "label_en": "Tier", "type": "single_choice", "options": ["A", "B"]}
    ).record
    services.properties.update(prop.id, {"options": ["Gold", "Silver", "Gold"], "required": True})
    got = services.properties.get(prop.id)
    assert got.options == ("Gold", "Silver")
    assert got.required
    services.properties.trash([prop.id])
    assert services.properties.list("contact") == []
    assert [p.key for p in services.properties.list("contact", trashed=True)] == ["tier"]
    services.properties.restore([prop.id])
    assert services.properties.list("contact")[0].options == ("Gold", "Silver")
    with pytest.raises(ValidationError):
        services.properties.create({"entity": "user", "label_en": "X", "type": "text"})


def test_property_keys_are_unique_and_never_change(services: Services) -> None:
    a = services.properties.create({"entity": "deal", "label_en": "Tier", "type": "text"}).record
    b = services.properties.create({"entity": "deal", "label_en": "Tier", "type": "text"}).record
    assert (a.key, b.key) == ("tier", "tier_2")
    with pytest.raises(ValidationError):
        services.properties.update(a.id, {"key": "hacked"})
    services.properties.update(a.id, {"entity": "contact"})
    after = services.properties.get(a.id)
    assert (after.key, after.entity.value, after.type) == ("tier", "deal", CustomFieldType.TEXT)
    assert make_key("客户 等级", []) == "客户_等级"


# -- currencies --------------------------------------------------------------------------
def test_base_currency_setting(services: Services, db: Database) -> None:
    services.currencies.set_base_currency("eur")
    assert services.currencies.base_currency() == "EUR"
    with db.session(write=False) as session:
        assert session.get(Setting, "base_currency") is not None
    with pytest.raises(ValidationError):
        services.currencies.set_base_currency("EURO")


def test_convert_uses_rate_effective_on_the_day(services: Services) -> None:
    services.currencies.set_base_currency("USD")
    services.currencies.set_rate("EUR", 1.10, date(2026, 1, 1))
    services.currencies.set_rate("EUR", 1.20, date(2026, 6, 1))
    services.currencies.set_rate("EUR", 1.25, date(2026, 6, 1))  # same day replaces
    convert = services.currencies.convert
    assert convert(Decimal("100"), "EUR", date(2026, 3, 1)) == Decimal("110.00")
    assert convert(Decimal("100"), "EUR", date(2026, 6, 1)) == Decimal("125.00")
    assert convert(Decimal("100"), "EUR", date(2025, 1, 1)) == Decimal("110.00")  # first rate
    assert convert(Decimal("80.5"), "usd", date(2026, 3, 1)) == Decimal("80.50")
    assert convert(Decimal("100"), "GBP", date(2026, 3, 1)) is None
    assert len([r for r in services.currencies.rates() if r.code == "EUR"]) == 2
    with pytest.raises(ValidationError):
        services.currencies.set_rate("EUR", 0, date(2026, 1, 1))


def test_pipeline_totals_convert_at_stored_rate(services: Services, db: Database) -> None:
    """A total over deals in two currencies, converted with ``convert`` (hand-computed)."""
    _pipeline(services)
    services.currencies.set_base_currency("USD")
    services.currencies.set_rate("CNY", 0.14, date(2026, 1, 1))
    services.deals.create({"name": "A", "amount": "1000", "currency": "USD"})
    services.deals.create({"name": "B", "amount": "5000", "currency": "CNY"})
    with db.session(write=False) as session:
        from crm_desktop.services.settings.currencies import convert

        deals = session.scalars(select(Deal)).all()
        total = sum(
            (convert(session, d.amount, d.currency, date(2026, 3, 1)) or Decimal(0)) for d in deals
        )
    assert total == Decimal("1700.00")  # 1000 + 5000 * 0.14
    rate = next(r for r in services.currencies.rates() if r.code == "CNY")
    services.currencies.delete_rate(rate.id)
    assert services.currencies.convert(1, "CNY", date(2026, 3, 1)) is None


def test_blank_database_takes_the_locale_currency_once(services: Services) -> None:
    assert services.currencies.base_currency() == "USD"  # nothing stored: the old default
    assert services.currencies.default_base_currency("cny")
    assert services.currencies.base_currency() == "CNY"
    assert "CNY" in services.currencies.codes()
    # A base chosen (by the locale or by hand) is never overridden by the locale again.
    assert not services.currencies.default_base_currency("EUR")
    assert services.currencies.base_currency() == "CNY"


def test_locale_currency_never_changes_a_database_with_deals_or_rates(
    services: Services, db: Database
) -> None:
    _pipeline(services)
    services.deals.create({"name": "Priced in the old default", "amount": "10"})
    assert not services.currencies.default_base_currency("CNY")
    assert services.currencies.base_currency() == "USD"
    with db.session(write=False) as session:
        assert session.get(Setting, "base_currency") is None


def test_locale_currency_ignores_a_locale_without_one(services: Services) -> None:
    assert not services.currencies.default_base_currency("")  # the C locale has none
    services.currencies.set_rate("EUR", 1.1, date(2026, 1, 1))
    assert not services.currencies.default_base_currency("CNY")
    assert services.currencies.base_currency() == "USD"


def test_importer_reads_the_base_currency_by_the_shared_rule(
    services: Services, tmp_path: Path
) -> None:
    """A deal imported without a currency gets the base currency, stored lower-case or not."""
    from crm_desktop.services.importing.fields import ImportKind
    from crm_desktop.services.importing.options import ImportOptions

    _pipeline(services)
    services.currencies.set_base_currency("CNY")
    with services.db.session() as session:  # as an older version may have stored it
        setting = session.get(Setting, "base_currency")
        assert setting is not None
        setting.value = "cny"
    path = tmp_path / "deals.csv"
    path.write_text("Name,Amount\nImported,100\n", encoding="utf-8")
    options = ImportOptions(kind=ImportKind.DEALS, mapping={"Name": "name", "Amount": "amount"})
    services.imports.run(services.imports.open(path), options)
    with services.db.session(write=False) as session:
        [currency] = session.scalars(select(Deal.currency).where(Deal.name == "Imported"))
    assert currency == "CNY"
