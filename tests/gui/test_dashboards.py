"""Dashboards page: every tab renders on generated demo-like data, tooltips, drill-down, export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from crm_desktop.charts import ChartFrame
from crm_desktop.domain.enums import EntityKind
from crm_desktop.services.container import Services
from crm_desktop.services.metrics.base import Filters
from crm_desktop.services.metrics.cancel import MetricsCancelled
from crm_desktop.services.metrics.kpis import KpiService
from crm_desktop.services.metrics.periods import PeriodKind
from crm_desktop.storage.database import open_database
from crm_desktop.ui.dashboards.page import DashboardsPage
from crm_desktop.ui.dashboards.tab import DashboardTab
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.workers import running_workers
from tests.perf.bench_dashboards import generate

TODAY = date.today()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dash") / "demo.sqlite3"
    return generate(path, 400, 4000, today=TODAY)


@pytest.fixture
def services(demo_file: Path, tmp_path: Path) -> Iterator[Services]:
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    services = Services(open_database(copy))
    yield services
    services.close()


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> DashboardsPage:
    hub = SignalHub()
    page = DashboardsPage(hub)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    # the last 120 days: never an almost empty period, whatever day the tests run
    page.controls.set_period(PeriodKind.CUSTOM, TODAY - timedelta(days=119), TODAY)
    page.show()
    qtbot.waitExposed(page)
    hub.sig_database_opened.emit(services)
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot: QtBot, page: DashboardsPage) -> DashboardTab:
    tab = page.current_tab()
    qtbot.waitUntil(lambda: tab not in page.stale and not page.is_loading(), timeout=15000)
    return tab


def show_tab(qtbot: QtBot, page: DashboardsPage, key: str) -> DashboardTab:
    index = next(i for i, t in enumerate(page.tab_pages) if t.key == key)
    page.tabs.setCurrentIndex(index)
    return wait_loaded(qtbot, page)


def click_target(qtbot: QtBot, frame: ChartFrame, index: int) -> None:
    chart = frame.chart
    frame.ensurePolished()
    pos = chart.target_center(index)
    viewport = chart.plot_widget.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(int(pos.x()), int(pos.y())))


def test_tabs_in_order_and_every_chart_renders(qtbot: QtBot, page: DashboardsPage) -> None:
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == [
        "State of the union",
        "Open pipeline X-ray",
        "Forecast",
        "Clean your room",
        "Activity",
        "Pipe Gen",
        "Conversion and customers",
    ]
    for tab in page.tab_pages:
        show_tab(qtbot, page, tab.key)
        assert tab.charts, tab.key
        for frame in tab.charts:
            assert frame.chart.item_count() > 0, (tab.key, frame.title())
            assert not frame.chart.data.is_empty(), (tab.key, frame.title())
            assert frame.empty_label.isHidden()


def test_kpi_cards_match_the_service(page: DashboardsPage, services: Services) -> None:
    tab = page.current_tab()
    kpis = KpiService(services.db).kpis(tab.filters)
    assert tab.won_card.value.text() == tab.formats.money(kpis.won_value)  # type: ignore[attr-defined]
    assert tab.open_card.value.text() == tab.formats.money(kpis.open_value)  # type: ignore[attr-defined]


def test_tooltip_shows_the_exact_value(qtbot: QtBot, page: DashboardsPage) -> None:
    tab = page.current_tab()
    frame = tab.trend_chart  # type: ignore[attr-defined]
    chart = frame.chart
    last = len(chart.data.categories) - 1
    index = next(i for i, t in enumerate(chart.targets) if t.category == last and t.series == 0)
    scene_pos = chart.plot_widget.mapToScene(chart.target_center(index).toPoint())
    text = chart.tooltip_at(scene_pos)
    value = chart.data.value(last, 0)
    assert chart.data.categories[last] in text
    assert tab.formats.money(value) in text


def test_click_on_a_bar_lists_exactly_the_deals_behind_it(
    qtbot: QtBot, page: DashboardsPage
) -> None:
    tab = show_tab(qtbot, page, "xray")
    frame = tab.count_chart  # type: ignore[attr-defined]
    counts = frame.chart.data.series[0].values
    index = max(range(len(counts)), key=lambda i: counts[i])
    click_target(qtbot, frame, index)
    qtbot.waitUntil(lambda: page.drill_dialog is not None, timeout=10000)
    dialog = page.drill_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
    assert dialog.table.rowCount() == counts[index]
    with qtbot.waitSignal(page.hub.sig_open_record) as opened:
        item = dialog.table.item(0, 0)
        assert item is not None
        dialog.table.cellDoubleClicked.emit(0, 0)
    assert opened.args == ["deal", dialog.row_ids()[0]]
    dialog.close()


def test_leaderboard_drill_down_matches_won_count(
    qtbot: QtBot, page: DashboardsPage, services: Services
) -> None:
    tab = page.current_tab()
    frame = tab.leader_chart  # type: ignore[attr-defined]
    owner_id = frame.chart.data.keys[0]
    won = KpiService(services.db).kpis_by_owner(tab.filters)
    expected = next(o.kpis.won_count for o in won if o.owner_id == owner_id)
    with qtbot.waitSignal(tab.sig_drill_deals):
        click_target(qtbot, frame, 0)  # the top bar: the rep who won most
    qtbot.waitUntil(lambda: page.drill_dialog is not None, timeout=10000)
    dialog = page.drill_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
    assert expected > 0 and dialog.table.rowCount() == expected
    owners = {dialog.table.item(r, 1).text() for r in range(expected)}  # type: ignore[union-attr]
    assert owners == {frame.chart.data.categories[0]}
    dialog.close()


def test_export_png_and_csv(qtbot: QtBot, page: DashboardsPage, tmp_path: Path) -> None:
    frame = page.current_tab().charts[0]
    png = frame.export_png(tmp_path / "chart.png")
    assert png is not None and not QImage(str(png)).isNull()
    data = frame.chart.data
    out = frame.export_csv(tmp_path / "chart.csv")
    assert out is not None
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Category", *(s.name for s in data.series)]
    assert [r[0] for r in rows[1:]] == list(data.categories)
    assert float(rows[-1][1]) == pytest.approx(data.series[0].values[-1])


def test_export_asks_for_a_file(
    qtbot: QtBot, page: DashboardsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "asked.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.current_tab().charts[0].csv_action.trigger()
    assert target.exists()


def test_hygiene_one_click_opens_the_deal(qtbot: QtBot, page: DashboardsPage) -> None:
    tab = show_tab(qtbot, page, "hygiene")
    table = tab.table  # type: ignore[attr-defined]
    assert table.rowCount() > 0
    item = table.item(0, 0)
    assert item is not None
    tab.ensureWidgetVisible(table, 0, 0)
    rect = table.visualItemRect(item)
    with qtbot.waitSignal(page.hub.sig_open_record) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["deal", item.data(Qt.ItemDataRole.UserRole)]


def test_owner_filter_reloads_the_figures(
    qtbot: QtBot, page: DashboardsPage, services: Services
) -> None:
    combo = page.controls.owner_combo
    combo.setCurrentIndex(1)
    tab = wait_loaded(qtbot, page)
    owner_id = combo.currentData()
    assert tab.filters.owner_id == owner_id
    kpis = KpiService(services.db).kpis(tab.filters)
    assert tab.won_card.value.text() == tab.formats.money(kpis.won_value)  # type: ignore[attr-defined]


def test_targets_editor_writes_the_target_table(
    qtbot: QtBot, page: DashboardsPage, services: Services
) -> None:
    tab = show_tab(qtbot, page, "forecast")
    period = page.controls.period()
    before = len(services.targets.list(start=period.start, end=period.end))
    tab.targets_button.click()  # type: ignore[attr-defined]
    dialog = page.targets_dialog
    assert dialog is not None and dialog.table.rowCount() == before
    row = dialog.add_row()
    owner = dialog.table.cellWidget(row, 0)
    assert isinstance(owner, QComboBox)
    owner.setCurrentIndex(0)  # the team
    dialog.table.setItem(row, 4, QTableWidgetItem("123456.78"))
    generation = page.generation
    with qtbot.waitSignal(page.hub.sig_changed) as changed:
        dialog.save()
    assert changed.args[0].touches(EntityKind.TARGET)
    targets = services.targets.list(start=period.start, end=period.end)
    assert len(targets) == before + 1
    team = [t for t in targets if t.owner_id is None]
    assert [str(t.amount) for t in team] == ["123456.78"]
    # the change reloads the figures (after a short delay that gathers bursts of changes)
    qtbot.waitUntil(lambda: page.generation > generation, timeout=5000)
    wait_loaded(qtbot, page)


def test_bad_target_amount_is_refused_with_a_message(
    qtbot: QtBot, page: DashboardsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    show_tab(qtbot, page, "pipegen")
    dialog = page.edit_targets()
    assert dialog is not None
    row = dialog.add_row()
    dialog.table.setItem(row, 4, QTableWidgetItem("-5"))
    dialog.save()
    assert shown and "Row" in shown[0]
    assert dialog.isVisible()
    dialog.reject()


def test_main_window_shows_the_dashboards_page(open_window: object) -> None:
    pages = [p for p in open_window.pages if p.key == "dashboards"]  # type: ignore[attr-defined]
    assert len(pages) == 1 and isinstance(pages[0], DashboardsPage)


def test_cancel_interrupts_the_query_and_keeps_the_figures(
    qtbot: QtBot, page: DashboardsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.current_tab()
    shown = tab.won_card.value.text()  # type: ignore[attr-defined]
    started = []
    endless = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
        "SELECT COUNT(*) FROM n"
    )

    def slow(services: Services, filters: object, previous: object) -> object:
        started.append(True)
        return services.metrics._run(Filters(), lambda q: q.rows(endless))

    monkeypatch.setattr(type(tab), "compute", staticmethod(slow))
    tab.sig_reload.emit()
    qtbot.waitUntil(lambda: bool(started) and page.cancel_button.isVisible(), timeout=5000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    # the endless query stops within seconds: the pool goes idle, nothing is shown
    qtbot.waitUntil(lambda: not running_workers(), timeout=10000)
    assert not page.is_loading() and not page.cancel_button.isVisible()
    assert not page.busy.isVisible()
    assert tab.won_card.value.text() == shown  # type: ignore[attr-defined]
    assert "Cancelled" in page.error_label.text()


def test_service_queries_stop_when_cancelled(services: Services) -> None:
    with services.metrics.cancellable(lambda: True), pytest.raises(MetricsCancelled):
        services.metrics.hygiene(Filters())
    assert services.metrics.hygiene(Filters()).counts  # the next call runs normally
