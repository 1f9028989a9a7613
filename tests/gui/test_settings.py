"""The Settings page driven through its real widgets, checked in the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.services.container import Services
from crm_desktop.storage.database import Database
from crm_desktop.storage.models import StageChange
from crm_desktop.ui.dashboards.targets_dialog import TargetsDialog
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.i18n import LANGUAGE_KEY
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.settings.page import SettingsPage
from crm_desktop.ui.settings.properties import PropertyDialog
from crm_desktop.ui.settings.startup import SettingsStartup, locale_currency
from crm_desktop.ui.settings.targets import FIRST_MONTH, FIRST_QUARTER, YEAR, period_range
from crm_desktop.ui.settings.team import ME_KEY, UserDialog
from tests.gui.conftest import Dialogs


@pytest.fixture
def services(db: Database) -> Services:
    services = Services(db)
    pipeline_id, _ = services.stage_settings.add_pipeline("Sales")
    for name, probability in [("Qualified", 20), ("Proposal", 50), ("Negotiation", 80)]:
        services.stage_settings.add_stage(pipeline_id, {"name": name, "probability": probability})
    return services


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def page(qtbot: QtBot, services: Services, qsettings: QSettings) -> Iterator[SettingsPage]:
    hub = SignalHub()
    page = SettingsPage(hub, qsettings=qsettings)
    qtbot.addWidget(page)
    hub.sig_database_opened.emit(services)
    page.show()
    yield page


def _stage_names(services: Services) -> list[str]:
    pipeline = services.pipelines.list()[0]
    return [s.name for s in services.stage_settings.stages(pipeline.id)]


# -- team --------------------------------------------------------------------------------
def test_add_user_choose_me_and_deactivate_with_reassign(
    page: SettingsPage, services: Services, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = page.team
    dialog = UserDialog(None, team)
    dialog.name.setText("Ann Lee")
    dialog.email.setText("ann@example.com")
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    monkeypatch.setattr(team, "ask_user_values", lambda _user: dialog.values())
    team.add_button.click()
    monkeypatch.setattr(team, "ask_user_values", lambda _u: {"name": "Bob Ray"})
    team.add_button.click()
    users = {u.name: u for u in services.users.list()}
    assert users["Ann Lee"].role.value == "manager"
    assert users["Ann Lee"].initials == "AL"
    assert team.table.rowCount() == 2

    team.me.setCurrentIndex(team.me.findData(users["Ann Lee"].id))
    team.me.activated.emit(team.me.currentIndex())
    assert qsettings.value(ME_KEY) == users["Ann Lee"].id
    assert services.current_user_id == users["Ann Lee"].id

    deal = services.deals.create({"name": "Big", "owner_id": users["Ann Lee"].id}).record
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a, **_k: ("Bob Ray", True)))
    team.table.setCurrentCell(0, 0)  # Ann Lee (sorted by name)
    team.active_button.click()
    assert not services.users.get(users["Ann Lee"].id).active
    assert services.deals.get(deal.id).owner_id == users["Bob Ray"].id
    assert team.table.rowCount() == 1
    team.show_inactive.setChecked(True)
    assert team.table.rowCount() == 2


def test_who_am_i_is_restored_from_this_computer(
    qtbot: QtBot, services: Services, qsettings: QSettings
) -> None:
    ann = services.users.create({"name": "Ann"}).record
    qsettings.setValue(ME_KEY, ann.id)
    hub = SignalHub()
    page = SettingsPage(hub, qsettings=qsettings)
    qtbot.addWidget(page)
    hub.sig_database_opened.emit(services)
    assert services.current_user_id == ann.id
    assert page.team.me.currentData() == ann.id


def test_who_am_i_applies_when_a_database_opens_without_the_settings_page(
    qtbot: QtBot, services: Services, qsettings: QSettings
) -> None:
    ann = services.users.create({"name": "Ann"}).record
    gone = services.users.create({"name": "Gone"}).record
    services.team.deactivate(gone.id)
    hub = SignalHub()
    SettingsStartup(hub, qsettings, parent=hub)
    qsettings.setValue(ME_KEY, gone.id)  # an inactive rep is not "me" any more
    hub.sig_database_opened.emit(services)
    assert services.current_user_id is None
    qsettings.setValue(ME_KEY, ann.id)
    hub.sig_database_opened.emit(services)
    assert services.current_user_id == ann.id


def test_main_window_applies_who_am_i_when_the_database_opens(
    window: MainWindow, settings: QSettings, db_path: Path, dialogs: Dialogs, qtbot: QtBot
) -> None:
    first = Services.open(db_path)
    ann = first.users.create({"name": "Ann"}).record
    first.close()
    settings.setValue(ME_KEY, ann.id)
    with qtbot.waitSignal(window.hub.sig_database_opened, timeout=20000):
        window.open_database(db_path)
    services = window.database.services
    assert services is not None and services.current_user_id == ann.id
    assert all(page.key != "settings" for page in window.stack.loaded_pages())


@pytest.fixture
def chinese_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(previous)


def test_locale_currency() -> None:
    assert locale_currency(QLocale("zh_CN")) == "CNY"
    assert locale_currency(QLocale("en_US")) == "USD"
    assert locale_currency(QLocale("de_DE")) == "EUR"


def test_blank_database_gets_the_locale_base_currency(
    chinese_locale: None, db: Database, qsettings: QSettings
) -> None:
    services = Services(db)
    hub = SignalHub()
    demo = [True]
    SettingsStartup(hub, qsettings, lambda: demo[0], parent=hub)
    changed: list[object] = []
    hub.sig_changed.connect(changed.append)
    hub.sig_database_opened.emit(services)
    hub.sig_summary_updated.emit(services.summary.summary())
    assert services.currencies.base_currency() == "USD"  # demo data (in dollars) on its way
    demo[0] = False
    hub.sig_summary_updated.emit(services.summary.summary())
    assert services.currencies.base_currency() == "CNY"
    assert len(changed) == 1


def test_database_with_records_keeps_its_base_currency(
    chinese_locale: None, services: Services, qsettings: QSettings
) -> None:
    services.deals.create({"name": "Old deal", "amount": "5"})
    hub = SignalHub()
    SettingsStartup(hub, qsettings, parent=hub)
    hub.sig_database_opened.emit(services)
    hub.sig_summary_updated.emit(services.summary.summary())
    assert services.currencies.base_currency() == "USD"


# -- stages ------------------------------------------------------------------------------
def test_edit_stage_cells_save_to_the_database(
    page: SettingsPage, services: Services, qtbot: QtBot
) -> None:
    table = page.stages.table
    name = table.cellWidget(1, 0)
    assert isinstance(name, QLineEdit)
    name.setText("Quote sent")
    name.editingFinished.emit()
    qtbot.waitUntil(lambda: _stage_names(services)[1] == "Quote sent")
    probability = page.stages.table.cellWidget(1, 1)
    assert isinstance(probability, QSpinBox)
    probability.setValue(65)
    probability.editingFinished.emit()
    pipeline = services.pipelines.list()[0]
    qtbot.waitUntil(lambda: services.stage_settings.stages(pipeline.id)[1].probability == 65)
    forecast = page.stages.table.cellWidget(1, 2)
    forecast.setCurrentIndex(forecast.findData("commit"))  # type: ignore[attr-defined]
    forecast.activated.emit(forecast.currentIndex())  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: services.stage_settings.stages(pipeline.id)[1].forecast_category == "commit"
    )


def test_blank_stage_name_is_refused_with_a_message(
    page: SettingsPage, services: Services, dialogs: Dialogs, qtbot: QtBot
) -> None:
    name = page.stages.table.cellWidget(0, 0)
    assert isinstance(name, QLineEdit)
    name.setText("   ")
    name.editingFinished.emit()
    assert dialogs.texts("warning") == ["A stage needs a name."]
    assert _stage_names(services)[0] == "Qualified"
    qtbot.waitUntil(lambda: page.stages.table.cellWidget(0, 0).text() == "Qualified")  # type: ignore[attr-defined]


def test_drag_a_stage_row_reorders_stages(
    page: SettingsPage, services: Services, qtbot: QtBot
) -> None:
    page.stages.table.verticalHeader().moveSection(2, 0)
    assert _stage_names(services) == ["Negotiation", "Qualified", "Proposal"]
    qtbot.waitUntil(lambda: page.stages.table.cellWidget(0, 0).text() == "Negotiation")  # type: ignore[attr-defined]
    page.stages.table.setCurrentCell(0, 0)
    page.stages.move_selected(1)
    assert _stage_names(services) == ["Qualified", "Negotiation", "Proposal"]


def test_delete_stage_moves_its_deals_where_chosen(
    page: SettingsPage,
    services: Services,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    stages = page.stages.stages
    deal = services.deals.create({"name": "D", "stage_id": stages[1].id}).record
    asked: list[str] = []

    def get_item(_parent, _title, text, items, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        assert items == ["Qualified", "Negotiation", "No stage (unassigned)"]
        return "Negotiation", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    page.stages.table.setCurrentCell(1, 0)
    page.stages.delete_selected()
    assert "1" in asked[0]
    assert _stage_names(services) == ["Qualified", "Negotiation"]
    assert services.deals.get(deal.id).stage_id == stages[2].id
    with db.session(write=False) as session:
        move = session.scalars(select(StageChange).where(StageChange.from_stage_id == stages[1].id))
        assert [m.to_stage_id for m in move] == [stages[2].id]
    qtbot.waitUntil(lambda: page.stages.table.rowCount() == 2)


def test_lost_reasons_and_new_pipeline(
    page: SettingsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.stages.lost_reasons.setPlainText("Price\nTiming\n\nCompetitor")
    page.stages.save_lost_reasons()
    assert [n for _i, n in services.stage_settings.lost_reasons()] == [
        "Price",
        "Timing",
        "Competitor",
    ]
    monkeypatch.setattr(page.stages, "ask_name", lambda _t, _c: "Renewals")
    page.stages.add_pipeline()
    assert sorted(p.name for p in services.pipelines.list()) == ["Renewals", "Sales"]


# -- custom properties -------------------------------------------------------------------
def test_add_rename_delete_and_restore_a_property(
    page: SettingsPage,
    services: Services,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    section = page.properties
    section.entity.setCurrentIndex(section.entity.findData("deal"))
    section.entity.activated.emit(section.entity.currentIndex())
    dialog = PropertyDialog(None, section)
    dialog.label_en.setText("Tier")
    dialog.type.setCurrentIndex(dialog.type.findData("single_choice"))
    dialog.options.setPlainText("Gold\nSilver")
    monkeypatch.setattr(section, "ask_values", lambda _p: dialog.values())
    section.add_button.click()
    [prop] = services.properties.list("deal")
    assert (prop.key, prop.options) == ("tier", ("Gold", "Silver"))
    deal = services.deals.create({"name": "D", "custom": {"tier": "Gold"}}).record

    edit = PropertyDialog(prop, section)
    assert not edit.type.isEnabled()
    edit.label_en.setText("Level")
    edit.label_zh.setText("等级")
    edit.required.setChecked(True)
    monkeypatch.setattr(section, "ask_values", lambda _p: edit.values())
    section.table.setCurrentCell(0, 0)
    section.edit_button.click()
    renamed = services.properties.get(prop.id)
    assert (renamed.key, renamed.label_en, renamed.label_zh, renamed.required) == (
        "tier",
        "Level",
        "等级",
        True,
    )
    item = section.table.item(0, 0)
    assert item is not None and item.text() == "Level"
    assert services.deals.get(deal.id).custom == {"tier": "Gold"}

    dialogs.answer = QMessageBox.StandardButton.Yes
    section.table.setCurrentCell(0, 0)
    section.delete_button.click()
    assert services.properties.list("deal") == []
    assert section.table.rowCount() == 0
    section.show_deleted.setChecked(True)
    assert section.table.rowCount() == 1
    section.table.setCurrentCell(0, 0)
    section.delete_button.click()  # now "Restore"
    assert [p.label_en for p in services.properties.list("deal")] == ["Level"]


# -- currencies --------------------------------------------------------------------------
def test_base_currency_and_rates(page: SettingsPage, services: Services) -> None:
    section = page.currencies
    section.base.setCurrentText("EUR")
    section.base.activated.emit(section.base.currentIndex())
    assert services.currencies.base_currency() == "EUR"
    section.code.setCurrentText("USD")
    section.rate.setValue(0.9)
    section.effective.setDate(QDate(2026, 1, 1))
    section.save_rate()
    [rate] = services.currencies.rates()
    assert (rate.code, rate.rate, rate.effective_from) == ("USD", 0.9, date(2026, 1, 1))
    assert services.currencies.convert(100, "USD", date(2026, 2, 1)) == 90
    assert section.table.rowCount() == 1
    item = section.table.item(0, 0)
    assert item is not None and item.text() == "USD"
    section.table.setCurrentCell(0, 0)
    section.delete_selected()
    assert services.currencies.rates() == []


def test_bad_currency_code_is_refused(
    page: SettingsPage, services: Services, dialogs: Dialogs
) -> None:
    page.currencies.code.setCurrentText("EURO")
    page.currencies.save_rate()
    assert len(dialogs.texts("warning")) == 1
    assert services.currencies.rates() == []


# -- targets -----------------------------------------------------------------------------
def test_period_ranges() -> None:
    assert period_range(2026, YEAR) == (date(2026, 1, 1), date(2026, 12, 31))
    assert period_range(2026, FIRST_QUARTER + 3) == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_range(2024, FIRST_MONTH + 1) == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_range(2026, FIRST_MONTH + 11) == (date(2026, 12, 1), date(2026, 12, 31))


def test_targets_tab_lists_adds_edits_and_deletes(
    page: SettingsPage, services: Services, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    ann = services.users.create({"name": "Ann"}).record
    section = page.targets
    page.tabs.setCurrentWidget(section)
    section.year.setValue(2026)
    section.period.setCurrentIndex(section.period.findData(FIRST_QUARTER + 1))  # Q2
    assert section.table.rowCount() == 0
    changed: list[object] = []
    page.hub.sig_changed.connect(changed.append)

    def add_ann_quota(dialog: TargetsDialog) -> None:
        row = dialog.table.rowCount() - 1  # the row "Add target…" started
        owner = dialog.table.cellWidget(row, 0)
        owner.setCurrentIndex(owner.findData(ann.id))  # type: ignore[attr-defined]
        dialog.table.item(row, 4).setText("25000")  # type: ignore[union-attr]
        dialog.save()

    monkeypatch.setattr(section, "run_dialog", add_ann_quota)
    section.add_button.click()
    [target] = services.targets.list()
    assert (target.owner_id, target.kind.value, target.amount) == (
        ann.id,
        "revenue",
        Decimal(25000),
    )
    assert (target.period_start, target.period_end) == (date(2026, 4, 1), date(2026, 6, 30))
    assert section.table.rowCount() == 1
    assert [section.table.item(0, c).text() for c in (0, 1)] == ["Ann", "Revenue (quota)"]  # type: ignore[union-attr]
    assert section.table.item(0, 4).text() == QLocale().toString(25000.0, "f", 2) + " USD"  # type: ignore[union-attr]
    assert changed

    def add_team_pipeline_goal(dialog: TargetsDialog) -> None:
        assert dialog.table.rowCount() == 1  # the existing target, to edit
        dialog.table.item(0, 4).setText("30000")  # type: ignore[union-attr]
        row = dialog.add_row()
        kind = dialog.table.cellWidget(row, 1)
        kind.setCurrentIndex(kind.findData("pipeline"))  # type: ignore[attr-defined]
        dialog.table.item(row, 4).setText("100000")  # type: ignore[union-attr]
        dialog.save()

    monkeypatch.setattr(section, "run_dialog", add_team_pipeline_goal)
    section.edit_button.click()
    amounts = sorted(((t.owner_name, t.amount) for t in services.targets.list()), key=str)
    assert amounts == [("Ann", Decimal(30000)), (None, Decimal(100000))]
    assert section.table.rowCount() == 2
    section.period.setCurrentIndex(section.period.findData(FIRST_MONTH))  # January: none
    assert section.table.rowCount() == 0
    section.period.setCurrentIndex(section.period.findData(YEAR))
    assert section.table.rowCount() == 2

    dialogs.answer = QMessageBox.StandardButton.Yes
    team_row = next(r for r in range(2) if section.table.item(r, 0).text() == "Team")  # type: ignore[union-attr]
    section.table.selectRow(team_row)
    section.delete_button.click()
    assert [t.owner_name for t in services.targets.list()] == ["Ann"]
    assert section.table.rowCount() == 1


# -- language ----------------------------------------------------------------------------
def test_language_choice_is_stored_and_says_it_applies_on_restart(
    page: SettingsPage, qsettings: QSettings, qtbot: QtBot
) -> None:
    page.tabs.setCurrentWidget(page.language)
    assert page.language.buttons[""].isChecked()
    assert not page.language.note.isVisible()
    page.language.buttons["zh_CN"].click()
    assert qsettings.value(LANGUAGE_KEY) == "zh_CN"
    assert page.language.note.isVisible()
    page.language.buttons[""].click()
    assert qsettings.value(LANGUAGE_KEY) == ""
