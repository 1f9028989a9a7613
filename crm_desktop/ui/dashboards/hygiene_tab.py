"""Clean your room: the open deals that need fixing; a double-click opens the deal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.charts import BarChart, ChartData, ChartFrame, Series
from crm_desktop.services.metrics import hygiene as hy
from crm_desktop.services.metrics.base import Filters
from crm_desktop.ui.dashboards.tab import DashboardTab
from crm_desktop.ui.dashboards.widgets import NO_VALUE, cell_key, fill_table, make_table

if TYPE_CHECKING:
    from crm_desktop.services.container import Services


class HygieneTab(DashboardTab):
    key = "hygiene"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem_names = {
            "past_close_date": self.tr("Close date passed"),
            "no_next_step": self.tr("No next step or task"),
            "missing_amount": self.tr("No amount"),
            "missing_close_date": self.tr("No close date"),
            "rotting": self.tr("Rotting"),
        }
        self.cards = dict(
            zip(hy.PROBLEMS, self.add_cards(list(self.problem_names.values())), strict=True)
        )
        self.problem_chart = ChartFrame(
            self.tr("Open deals to fix, by problem"), BarChart(horizontal=True)
        )
        self.problem_chart.setMinimumHeight(240)
        self.layout_.addWidget(self.problem_chart)
        self.charts.append(self.problem_chart)
        self.layout_.addWidget(
            QLabel(self.tr("Deals to fix (click a deal to open it and fix it):"))
        )
        self.table = make_table(
            [
                self.tr("Deal"),
                self.tr("Problems"),
                self.tr("Owner"),
                self.tr("Stage"),
                self.tr("Value"),
                self.tr("Expected close"),
            ]
        )
        self.table.setObjectName("hygiene_table")
        self.table.setMinimumHeight(260)
        self.layout_.addWidget(self.table, 1)
        self.table.cellClicked.connect(self._on_clicked)
        self.problem_chart.sig_drill.connect(self._on_problem_drill)

    def title(self) -> str:
        return self.tr("Clean your room")

    @staticmethod
    def compute(services: Services, filters: Filters, previous: Filters) -> hy.HygieneData:
        return services.metrics.hygiene(filters)

    def show_data(self, data: hy.HygieneData) -> None:
        f = self.formats
        for name, card in self.cards.items():
            count = data.counts[name]
            card.set(f.count(count), "", "bad" if count else "good")
        problems = list(hy.PROBLEMS)
        separator = self.tr(", ", "between the problems of a deal")
        self.problem_chart.set_data(
            ChartData(
                [self.problem_names[p] for p in problems],
                [Series(self.tr("Deals"), [data.counts[p] for p in problems], "#ef4444")],
                f.count,
                problems,
            )
        )
        fill_table(
            self.table,
            [
                [
                    r.name,
                    separator.join(self.problem_names[p] for p in r.problems),
                    r.owner_name or NO_VALUE,
                    r.stage_name or NO_VALUE,
                    f.money(r.value),
                    r.expected_close_date or NO_VALUE,
                ]
                for r in data.rows
            ],
            [r.id for r in data.rows],
        )

    def _on_clicked(self, row: int, _column: int) -> None:
        deal_id = cell_key(self.table, row)
        if deal_id:
            self.sig_open_deal.emit(str(deal_id))

    def _on_problem_drill(self, problem: object, _series: int) -> None:
        deal_set = hy.problem_deal_set(self.filters, str(problem))
        self.drill(self.problem_names[str(problem)], deal_set)
