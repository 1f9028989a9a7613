"""Open pipeline X-ray: where the open money sits, how deals flow, what is stale or stuck."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from crm_desktop.charts import BarChart, ChartData, ChartFrame, Series
from crm_desktop.services.metrics import pipeline_xray as px
from crm_desktop.services.metrics.base import Filters
from crm_desktop.ui.dashboards.tab import DashboardTab

if TYPE_CHECKING:
    from crm_desktop.services.container import Services

STUCK_DAYS_MAX = 3650


class XrayTab(DashboardTab):
    key = "xray"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stuck_days = QSpinBox()
        self.stuck_days.setObjectName("stuck_days")
        self.stuck_days.setRange(1, STUCK_DAYS_MAX)
        self.stuck_days.setValue(px.DEFAULT_STUCK_DAYS)
        self.stuck_days.setSuffix(self.tr(" days"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Stuck means in one stage longer than")))
        row.addWidget(self.stuck_days)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.open_card, self.stale_card, self.stuck_card = self.add_cards(
            [self.tr("Open deals"), self.tr("Stale deals"), self.tr("Stuck deals")]
        )
        self.stale_button = QPushButton(self.tr("Show stale deals"))
        self.stuck_button = QPushButton(self.tr("Show stuck deals"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stale_button)
        buttons.addWidget(self.stuck_button)
        self.layout_.addLayout(buttons)
        self.amount_chart = ChartFrame(self.tr("Open amount by stage"), BarChart())
        self.count_chart = ChartFrame(self.tr("Open deals by stage"), BarChart())
        self.funnel_chart = ChartFrame(
            self.tr("Stage-to-stage funnel (deals created in the period)"),
            BarChart(horizontal=True, centered=True),
        )
        self.days_chart = ChartFrame(
            self.tr("Average days in the current stage"), BarChart(horizontal=True)
        )
        self.add_chart_grid(
            [self.amount_chart, self.count_chart, self.funnel_chart, self.days_chart]
        )
        for frame in (self.amount_chart, self.count_chart, self.days_chart):
            frame.sig_drill.connect(self._on_stage_drill)
        self.funnel_chart.sig_drill.connect(self._on_funnel_drill)
        self.stale_button.clicked.connect(self._on_stale)
        self.stuck_button.clicked.connect(self._on_stuck)
        self.stuck_days.editingFinished.connect(self._on_stuck_days)
        self.wanted_stuck_days = px.DEFAULT_STUCK_DAYS

    def title(self) -> str:
        return self.tr("Open pipeline X-ray")

    def make_task(
        self, services: Services, filters: Filters, previous: Filters
    ) -> Callable[[], Any]:
        days = self.stuck_days.value()
        return lambda: services.metrics.pipeline_xray(filters, days)

    def show_data(self, data: px.XrayData) -> None:
        f = self.formats
        stages = data.stages
        total = sum(s.value for s in stages)
        self.open_card.set(
            f.money(total), self.tr("%n open deal(s)", "", sum(s.count for s in stages))
        )
        self.stale_card.set(f.count(data.stale_count), f.money(data.stale_value))
        self.stuck_card.set(
            f.count(data.stuck_count),
            self.tr("> %1 days in a stage, %2")
            .replace("%1", str(data.stuck_days))
            .replace("%2", f.money(data.stuck_value)),
        )
        names = [s.name or self.tr("(no stage)") for s in stages]
        keys = [s.stage_id for s in stages]
        self.amount_chart.set_data(
            ChartData(
                names,
                [
                    Series(self.tr("Amount"), [s.value for s in stages]),
                    Series(self.tr("Weighted"), [s.weighted_value for s in stages]),
                ],
                f.money,
                keys,
            )
        )
        self.count_chart.set_data(
            ChartData(names, [Series(self.tr("Deals"), [s.count for s in stages])], f.count, keys)
        )
        self.days_chart.set_data(
            ChartData(
                names,
                [Series(self.tr("Days"), [s.avg_days_in_stage or 0.0 for s in stages], "#8b5cf6")],
                lambda v: f.days(v),
                keys,
            )
        )
        steps = data.funnel
        self.funnel_chart.set_data(
            ChartData(
                [self._step_label(s) for s in steps],
                [Series(self.tr("Deals"), [s.reached for s in steps], "#06b6d4")],
                f.count,
                [(s.pipeline_id, s.position, s.name) for s in steps],
            )
        )

    def _step_label(self, step: px.FunnelStep) -> str:
        count = self.formats.count(step.reached)
        if step.conversion is None:
            return f"{step.name}: {count}"
        return f"{step.name}: {count} ({self.formats.percent(step.conversion, 0)})"

    def _on_stage_drill(self, stage_id: object, _series: int) -> None:
        deal_set = px.stage_deal_set(self.filters, stage_id)  # type: ignore[arg-type]
        self.drill(self.tr("Open deals in the stage"), deal_set)

    def _on_funnel_drill(self, key: object, _series: int) -> None:
        pipeline_id, position, name = cast(tuple[str, int, str], key)
        deal_set = px.funnel_deal_set(self.filters, pipeline_id, position)
        self.drill(self.tr("Deals that reached %1").replace("%1", name), deal_set)

    def _on_stale(self) -> None:
        self.drill(self.tr("Stale deals"), px.stale_deal_set(self.filters))

    def _on_stuck(self) -> None:
        deal_set = px.stuck_deal_set(self.filters, self.stuck_days.value())
        self.drill(self.tr("Stuck deals"), deal_set)

    def _on_stuck_days(self) -> None:
        if self.stuck_days.value() != self.wanted_stuck_days:
            self.wanted_stuck_days = self.stuck_days.value()
            self.sig_reload.emit()
