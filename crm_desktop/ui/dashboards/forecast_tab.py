"""Forecast: open deals by close month and category, weighted; won so far; against quota."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.charts import BarChart, ChartData, ChartFrame, LineChart, Series
from crm_desktop.services.metrics import forecast as fc
from crm_desktop.services.metrics.base import Filters, closed_deals
from crm_desktop.ui.dashboards.tab import DashboardTab
from crm_desktop.ui.dashboards.widgets import NO_VALUE, fill_table, make_table

if TYPE_CHECKING:
    from crm_desktop.services.container import Services

CATEGORY_COLORS = {"commit": "#047857", "best_case": "#f59e0b", "pipeline": "#93c5fd"}


class ForecastTab(DashboardTab):
    key = "forecast"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.targets_button = QPushButton(self.tr("Edit targets…"))
        self.targets_button.setObjectName("edit_targets")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.targets_button)
        self.layout_.addLayout(row)
        self.won_card, self.quota_card, self.weighted_card, self.gap_card = self.add_cards(
            [
                self.tr("Won so far"),
                self.tr("Team quota"),
                self.tr("Weighted forecast"),
                self.tr("Gap to quota"),
            ]
        )
        self.category_chart = ChartFrame(
            self.tr("Expected to close, by month and forecast category"), BarChart(stacked=True)
        )
        self.weighted_chart = ChartFrame(self.tr("Weighted forecast by month"), LineChart())
        self.quota_chart = ChartFrame(self.tr("Against quota per rep"), BarChart(horizontal=True))
        self.add_chart_grid([self.category_chart, self.weighted_chart, self.quota_chart])
        self.quota_table = make_table(
            [
                self.tr("Rep"),
                self.tr("Quota"),
                self.tr("Won"),
                self.tr("Weighted open"),
                self.tr("Attainment"),
                self.tr("Projected"),
            ]
        )
        self.quota_table.setMinimumHeight(180)
        self.layout_.addWidget(QLabel(self.tr("Quota per rep")))
        self.layout_.addWidget(self.quota_table)
        self.category_chart.sig_drill.connect(self._on_category_drill)
        self.weighted_chart.sig_drill.connect(self._on_month_drill)
        self.quota_chart.sig_drill.connect(self._on_rep_drill)
        self.categories = {
            "commit": self.tr("Commit"),
            "best_case": self.tr("Best case"),
            "pipeline": self.tr("Pipeline"),
        }

    def title(self) -> str:
        return self.tr("Forecast")

    @staticmethod
    def compute(services: Services, filters: Filters, previous: Filters) -> fc.ForecastData:
        return services.metrics.forecast(filters)

    def show_data(self, data: fc.ForecastData) -> None:
        f = self.formats
        self.won_card.set(f.money(data.won_so_far))
        self.quota_card.set(f.money(data.team_quota) if data.team_quota else NO_VALUE)
        projected = data.won_so_far + data.team_weighted_open
        self.weighted_card.set(
            f.money(data.team_weighted_open),
            self.tr("won + weighted: %1").replace("%1", f.money(projected)),
        )
        gap = max(data.team_quota - projected, 0.0) if data.team_quota else None
        self.gap_card.set(f.money(gap), "", "bad" if gap else "good")
        months = [m.month for m in data.months]
        labels = [m.strftime("%Y-%m") for m in months]
        self.category_chart.set_data(
            ChartData(
                labels,
                [
                    Series(
                        self.categories[c],
                        [m.by_category[c] for m in data.months],
                        CATEGORY_COLORS[c],
                    )
                    for c in fc.CATEGORIES
                ],
                f.money,
                months,
            )
        )
        self.weighted_chart.set_data(
            ChartData(
                labels, [Series(self.tr("Weighted"), [m.weighted for m in data.months])],
                f.money, months,
            )
        )  # fmt: skip
        rows = data.quota_rows
        self.quota_chart.set_data(
            ChartData(
                [r.name or NO_VALUE for r in rows],
                [
                    Series(self.tr("Quota"), [r.quota for r in rows], "#cbd5e1"),
                    Series(self.tr("Won"), [r.won for r in rows], "#10b981"),
                    Series(self.tr("Weighted open"), [r.weighted_open for r in rows], "#f59e0b"),
                ],
                f.money,
                [r.owner_id for r in rows],
            )
        )
        fill_table(
            self.quota_table,
            [
                [
                    r.name or NO_VALUE,
                    f.money(r.quota) if r.quota else NO_VALUE,
                    f.money(r.won),
                    f.money(r.weighted_open),
                    f.percent(r.attainment),
                    f.percent(r.projected_attainment),
                ]
                for r in rows
            ],
        )

    def _on_category_drill(self, month: object, series: int) -> None:
        category = fc.CATEGORIES[series]
        deal_set = fc.closing_deal_set(self.filters, month, category)  # type: ignore[arg-type]
        title = f"{self.categories[category]} {month:%Y-%m}"
        self.drill(title, deal_set)

    def _on_rep_drill(self, owner_id: object, series: int) -> None:
        """Won deals (series 1) or deals expected to close (series 2) of one rep."""
        filters = replace(self.filters, owner_id=cast(str | None, owner_id))
        if series == 1:
            self.drill(self.tr("Won so far"), closed_deals(filters, "won"))
        elif series == 2:
            self.drill(self.tr("Weighted open"), fc.closing_deal_set(filters))

    def _on_month_drill(self, month: object, _series: int) -> None:
        deal_set = fc.closing_deal_set(self.filters, month)  # type: ignore[arg-type]
        self.drill(self.tr("Expected to close %1").replace("%1", f"{month:%Y-%m}"), deal_set)
