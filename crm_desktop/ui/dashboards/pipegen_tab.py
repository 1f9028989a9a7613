"""Pipe Gen: pipeline created vs the pipeline the revenue target needs; reps below pace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.charts import BarChart, ChartData, ChartFrame, Series
from crm_desktop.services.metrics import pipegen as pg
from crm_desktop.services.metrics.base import Filters
from crm_desktop.ui.dashboards.tab import DashboardTab
from crm_desktop.ui.dashboards.widgets import NO_VALUE, fill_table, make_table

if TYPE_CHECKING:
    from crm_desktop.services.container import Services


class PipeGenTab(DashboardTab):
    key = "pipegen"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.targets_button = QPushButton(self.tr("Edit targets…"))
        self.targets_button.setObjectName("edit_targets")
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.warning, 1)
        row.addWidget(self.targets_button)
        self.layout_.addLayout(row)
        self.created_card, self.required_card, self.coverage_card, self.rate_card = self.add_cards(
            [
                self.tr("Pipeline created"),
                self.tr("Pipeline required"),
                self.tr("Coverage"),
                self.tr("Win rate (12 months)"),
            ]
        )
        self.month_chart = ChartFrame(
            self.tr("Pipeline created per month, by rep"), BarChart(stacked=True)
        )
        self.source_chart = ChartFrame(
            self.tr("Pipeline created by source"), BarChart(horizontal=True)
        )
        self.pace_chart = ChartFrame(
            self.tr("Created vs required pace per rep"), BarChart(horizontal=True)
        )
        self.add_chart_grid([self.month_chart, self.source_chart, self.pace_chart])
        self.pace_table = make_table(
            [
                self.tr("Rep"),
                self.tr("Created"),
                self.tr("Required"),
                self.tr("Expected by today"),
                self.tr("Pace"),
            ]
        )
        self.pace_table.setMinimumHeight(160)
        self.layout_.addWidget(self.pace_table)
        self.month_chart.sig_drill.connect(self._on_month_drill)
        self.source_chart.sig_drill.connect(self._on_source_drill)
        self.owner_order: list[str | None] = []

    def title(self) -> str:
        return self.tr("Pipe Gen")

    @staticmethod
    def compute(services: Services, filters: Filters, previous: Filters) -> pg.PipeGenData:
        return services.metrics.pipegen(filters)

    def show_data(self, data: pg.PipeGenData) -> None:
        f = self.formats
        self.created_card.set(f.money(data.created_value))
        self.required_card.set(
            f.money(data.required_pipeline),
            self.tr("target %1 / win rate").replace("%1", f.money(data.revenue_target)),
        )
        coverage = data.coverage
        self.coverage_card.set(
            NO_VALUE if coverage is None else f"{f.number(coverage, 2)}×",
            self.tr("open pipeline / remaining target"),
            "" if coverage is None else ("good" if coverage >= 3 else "bad"),
        )
        self.rate_card.set(f.percent(data.win_rate))
        behind = [r.name or NO_VALUE for r in data.reps if r.below_pace]
        self.warning.setText(
            self.tr("Below pace: %1").replace("%1", ", ".join(behind)) if behind else ""
        )
        self._show_months(data)
        self._show_sources(data)
        self._show_pace(data)

    def _show_months(self, data: pg.PipeGenData) -> None:
        owners = sorted(data.owner_names, key=lambda o: (data.owner_names[o] or "~").casefold())
        self.owner_order = owners
        months = [p.month for p in data.months]
        self.month_chart.set_data(
            ChartData(
                [m.strftime("%Y-%m") for m in months],
                [
                    Series(
                        data.owner_names[o] or self.tr("(no owner)"),
                        [p.by_owner.get(o, 0.0) for p in data.months],
                    )
                    for o in owners
                ],
                self.formats.money,
                months,
            )
        )

    def _show_sources(self, data: pg.PipeGenData) -> None:
        sources = data.sources
        self.source_chart.set_data(
            ChartData(
                [s.name or self.tr("(no source)") for s in sources],
                [Series(self.tr("Created"), [s.value for s in sources], "#06b6d4")],
                self.formats.money,
                [s.source_id for s in sources],
            )
        )

    def _show_pace(self, data: pg.PipeGenData) -> None:
        f = self.formats
        reps = data.reps
        self.pace_chart.set_data(
            ChartData(
                [r.name or NO_VALUE for r in reps],
                [
                    Series(self.tr("Created"), [r.created for r in reps], "#2563eb"),
                    Series(
                        self.tr("Expected by today"),
                        [r.expected_to_date or 0.0 for r in reps],
                        "#cbd5e1",
                    ),
                ],
                f.money,
                [r.owner_id for r in reps],
            )
        )
        fill_table(
            self.pace_table,
            [
                [
                    r.name or NO_VALUE,
                    f.money(r.created),
                    f.money(r.required),
                    f.money(r.expected_to_date),
                    self.tr("below pace") if r.below_pace else self.tr("on pace"),
                ]
                for r in reps
            ],
        )

    def _on_month_drill(self, month: object, series: int) -> None:
        owner = self.owner_order[series] if series < len(self.owner_order) else None
        deal_set = pg.month_owner_deal_set(self.filters, month, owner)  # type: ignore[arg-type]
        self.drill(self.tr("Pipeline created %1").replace("%1", f"{month:%Y-%m}"), deal_set)

    def _on_source_drill(self, source_id: object, _series: int) -> None:
        deal_set = pg.source_deal_set(self.filters, source_id)  # type: ignore[arg-type]
        self.drill(self.tr("Pipeline created by source"), deal_set)
