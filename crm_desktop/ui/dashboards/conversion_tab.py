"""Conversion and customers: win rate, deal size, cycle, velocity, sources, NPS, churn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.charts import BarChart, ChartData, ChartFrame, Series
from crm_desktop.services.metrics import conversion as cv
from crm_desktop.services.metrics.base import Filters, closed_deals, created_deals
from crm_desktop.ui.dashboards.tab import DashboardTab
from crm_desktop.ui.dashboards.widgets import NO_VALUE, fill_table, make_table

if TYPE_CHECKING:
    from crm_desktop.services.container import Services


class ConversionTab(DashboardTab):
    key = "conversion"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rate_card, self.value_rate_card, self.size_card, self.cycle_card = self.add_cards(
            [
                self.tr("Win rate (count)"),
                self.tr("Win rate (value)"),
                self.tr("Average deal size"),
                self.tr("Sales cycle"),
            ]
        )
        self.velocity_card, self.nps_card, self.churn_card, self.retention_card = self.add_cards(
            [
                self.tr("Sales velocity"),
                self.tr("NPS"),
                self.tr("Churn rate"),
                self.tr("Retention"),
            ]
        )
        self.source_chart = ChartFrame(self.tr("Lead source effectiveness"), BarChart())
        self.nps_chart = ChartFrame(self.tr("NPS responses"), BarChart())
        self.add_chart_grid([self.source_chart, self.nps_chart])
        self.source_table = make_table(
            [
                self.tr("Source"),
                self.tr("Leads"),
                self.tr("Deals"),
                self.tr("Won"),
                self.tr("Won value"),
                self.tr("Lead → deal"),
                self.tr("Deal → won"),
            ]
        )
        self.source_table.setMinimumHeight(180)
        self.layout_.addWidget(QLabel(self.tr("Leads → deals → won, by source")))
        self.layout_.addWidget(self.source_table)
        self.source_chart.sig_drill.connect(self._on_source_drill)

    def title(self) -> str:
        return self.tr("Conversion and customers")

    @staticmethod
    def compute(services: Services, filters: Filters, previous: Filters) -> cv.ConversionData:
        return services.metrics.conversion(filters)

    def show_data(self, data: cv.ConversionData) -> None:
        f = self.formats
        k = data.kpis
        self.rate_card.set(f.percent(k.win_rate))
        self.value_rate_card.set(f.percent(k.win_rate_value))
        self.size_card.set(f.money(k.avg_won_deal_size))
        self.cycle_card.set(f.days(k.sales_cycle_days), self.tr("created → won"))
        self.velocity_card.set(
            self.tr("%1 / day").replace("%1", f.money(k.sales_velocity))
            if k.sales_velocity is not None
            else NO_VALUE,
            self.tr("open deals × win rate × size / cycle"),
        )
        nps = data.nps
        self.nps_card.set(f.number(nps.score, 0), self.tr("promoters − detractors (%)"))
        churn = data.churn
        self.churn_card.set(
            f.percent(churn.churn_rate),
            self.tr("%1 of %2 customers lost")
            .replace("%1", f.count(churn.lost))
            .replace("%2", f.count(churn.customers_at_start)),
        )
        self.retention_card.set(f.percent(churn.retention_rate))
        self._show_sources(data)
        self.nps_chart.set_data(
            ChartData(
                [self.tr("Promoters (9-10)"), self.tr("Passives (7-8)"),
                 self.tr("Detractors (0-6)")],
                [Series(self.tr("Responses"), [nps.promoters, nps.passives, nps.detractors])],
                f.count,
            )
        )  # fmt: skip

    def _show_sources(self, data: cv.ConversionData) -> None:
        f = self.formats
        sources = data.sources
        names = [s.name or self.tr("(no source)") for s in sources]
        self.source_chart.set_data(
            ChartData(
                names,
                [
                    Series(self.tr("Leads"), [s.leads for s in sources], "#93c5fd"),
                    Series(self.tr("Deals"), [s.deals for s in sources], "#2563eb"),
                    Series(self.tr("Won"), [s.won_count for s in sources], "#10b981"),
                ],
                f.count,
                [s.source_id for s in sources],
            )
        )
        fill_table(
            self.source_table,
            [
                [
                    name,
                    f.count(s.leads),
                    f.count(s.deals),
                    f.count(s.won_count),
                    f.money(s.won_value),
                    f.percent(s.lead_to_deal),
                    f.percent(s.deal_to_won),
                ]
                for name, s in zip(names, sources, strict=True)
            ],
        )

    def _on_source_drill(self, source_id: object, series: int) -> None:
        if series == 0:
            return  # leads are contacts, not deals
        won = series == 2
        deal_set = closed_deals(self.filters, "won") if won else created_deals(self.filters)
        if source_id is None:
            deal_set = deal_set.narrowed("d.source_id IS NULL")
        else:
            deal_set = deal_set.narrowed("d.source_id = :x_src", x_src=source_id)
        self.drill(self.tr("Deals by source"), deal_set)
