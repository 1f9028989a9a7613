"""State of the union: the sales leader's daily look at the team."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.charts import BarChart, ChartData, ChartFrame, Series
from crm_desktop.services.metrics import union
from crm_desktop.services.metrics.base import Filters, closed_deals
from crm_desktop.services.metrics.kpis import Kpis
from crm_desktop.ui.dashboards.tab import DashboardTab
from crm_desktop.ui.dashboards.widgets import NO_VALUE, fill_table, make_table

if TYPE_CHECKING:
    from crm_desktop.services.container import Services


class UnionTab(DashboardTab):
    key = "union"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.won_card, self.count_card, self.rate_card, self.open_card, self.weighted_card = (
            self.add_cards(
                [
                    self.tr("Won this period"),
                    self.tr("Deals won"),
                    self.tr("Win rate"),
                    self.tr("Open pipeline"),
                    self.tr("Weighted pipeline"),
                ]
            )
        )
        self.trend_chart = ChartFrame(self.tr("Won and lost by month"), BarChart())
        self.leader_chart = ChartFrame(self.tr("Won by rep"), BarChart(horizontal=True))
        self.add_chart_grid([self.trend_chart, self.leader_chart])
        self.leader_table = make_table(
            [
                self.tr("Rep"),
                self.tr("Won"),
                self.tr("Deals won"),
                self.tr("Win rate"),
                self.tr("Quota"),
                self.tr("Attainment"),
            ]
        )
        self.top_table = make_table(
            [self.tr("Deal"), self.tr("Owner"), self.tr("Stage"), self.tr("Value")]
        )
        self.top_table.cellDoubleClicked.connect(self._on_top_deal)
        tables = QHBoxLayout()
        for caption, table in (
            (self.tr("Leaderboard"), self.leader_table),
            (self.tr("Biggest open deals (double-click to open)"), self.top_table),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(caption))
            table.setMinimumHeight(220)
            box.addWidget(table)
            tables.addLayout(box)
        self.layout_.addLayout(tables)
        self.trend_chart.sig_drill.connect(self._on_trend_drill)
        self.leader_chart.sig_drill.connect(self._on_leader_drill)
        self.top_ids: list[str] = []

    def title(self) -> str:
        return self.tr("State of the union")

    @staticmethod
    def compute(services: Services, filters: Filters, previous: Filters) -> union.UnionData:
        return services.metrics.state_of_the_union(filters, previous)

    def show_data(self, data: union.UnionData) -> None:
        f = self.formats
        now, before = data.current, data.previous
        self.won_card.set(f.money(now.won_value), *self._delta(now, before, "won_value"))
        self.count_card.set(f.count(now.won_count), *self._delta(now, before, "won_count"))
        self.rate_card.set(
            f.percent(now.win_rate),
            self.tr("%1 won, %2 lost")
            .replace("%1", f.count(now.won_count))
            .replace("%2", f.count(now.lost_count)),
        )
        self.open_card.set(f.money(now.open_value), self.tr("%n open deal(s)", "", now.open_count))
        self.weighted_card.set(f.money(now.weighted_open_value), self.tr("amount × probability"))
        self._show_trend(data)
        self._show_leaders(data)

    def _delta(self, now: Kpis, before: Kpis | None, field: str) -> tuple[str, str]:
        if before is None:
            return "", ""
        current, previous = float(getattr(now, field)), float(getattr(before, field))
        if not previous:
            return self.tr("last period: %1").replace("%1", NO_VALUE), ""
        change = (current - previous) / previous
        arrow = "▲" if change >= 0 else "▼"
        text = self.tr("%1 %2 vs last period").replace("%1", arrow)
        return text.replace("%2", self.formats.percent(abs(change))), (
            "good" if change >= 0 else "bad"
        )

    def _show_trend(self, data: union.UnionData) -> None:
        months = [p.month for p in data.trend]
        self.trend_chart.set_data(
            ChartData(
                [m.strftime("%Y-%m") for m in months],
                [
                    Series(self.tr("Won"), [p.won_value for p in data.trend], "#10b981"),
                    Series(self.tr("Lost"), [p.lost_value for p in data.trend], "#ef4444"),
                ],
                self.formats.money,
                months,
            )
        )

    def _show_leaders(self, data: union.UnionData) -> None:
        f = self.formats
        rows = data.leaderboard
        self.leader_chart.set_data(
            ChartData(
                [r.name or NO_VALUE for r in rows],
                [Series(self.tr("Won"), [r.won_value for r in rows])],
                f.money,
                [r.owner_id for r in rows],
            )
        )
        fill_table(
            self.leader_table,
            [
                [
                    r.name or NO_VALUE,
                    f.money(r.won_value),
                    f.count(r.won_count),
                    f.percent(r.win_rate),
                    f.money(r.quota) if r.quota else NO_VALUE,
                    f.percent(r.attainment),
                ]
                for r in rows
            ],
        )
        self.top_ids = [d.id for d in data.top_open]
        fill_table(
            self.top_table,
            [
                [d.name, d.owner_name or NO_VALUE, d.stage_name or NO_VALUE, f.money(d.value)]
                for d in data.top_open
            ],
            self.top_ids,
        )

    def _on_trend_drill(self, month: object, series: int) -> None:
        outcome = "won" if series == 0 else "lost"
        deal_set = union.month_deal_set(self.filters, outcome, month)  # type: ignore[arg-type]
        label = self.tr("Won") if series == 0 else self.tr("Lost")
        self.drill(f"{label} {month:%Y-%m}", deal_set)

    def _on_leader_drill(self, owner_id: object, _series: int) -> None:
        filters = replace(self.filters, owner_id=cast(str | None, owner_id))
        self.drill(self.tr("Won this period"), closed_deals(filters, "won"))

    def _on_top_deal(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.top_ids):
            self.sig_open_deal.emit(self.top_ids[row])


__all__ = ["UnionTab"]
