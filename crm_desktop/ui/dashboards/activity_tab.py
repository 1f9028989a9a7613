"""Activity (AMP): calls, emails, meetings and messages per rep and over time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from crm_desktop.charts import BarChart, ChartData, ChartFrame, LineChart, Series
from crm_desktop.services.metrics import activity as act
from crm_desktop.services.metrics.base import Filters
from crm_desktop.ui.dashboards.tab import DashboardTab
from crm_desktop.ui.dashboards.widgets import NO_VALUE

if TYPE_CHECKING:
    from crm_desktop.services.container import Services

TYPE_COLORS = {"call": "#2563eb", "email": "#f59e0b", "meeting": "#10b981", "message": "#8b5cf6"}


class ActivityTab(DashboardTab):
    key = "activity"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_names = {
            "call": self.tr("Calls"),
            "email": self.tr("Emails"),
            "meeting": self.tr("Meetings"),
            "message": self.tr("Messages"),
        }
        self.total_card, self.per_rep_card, self.won_card = self.add_cards(
            [
                self.tr("Activities"),
                self.tr("Per rep"),
                self.tr("Activities per won deal"),
            ]
        )
        self.rep_chart = ChartFrame(
            self.tr("Activities per rep"), BarChart(stacked=True, horizontal=True)
        )
        self.trend_chart = ChartFrame(self.tr("Activities over time"), LineChart())
        self.meeting_chart = ChartFrame(self.tr("Meetings booked"), BarChart())
        self.trend_titles = (self.tr("Activities per day"), self.tr("Activities per week"))
        self.meeting_titles = (
            self.tr("Meetings booked per day"),
            self.tr("Meetings booked per week"),
        )
        self.add_chart_grid([self.rep_chart, self.trend_chart, self.meeting_chart])
        self.rep_chart.sig_drill.connect(self._on_rep_drill)

    def title(self) -> str:
        return self.tr("Activity")

    @staticmethod
    def compute(services: Services, filters: Filters, previous: Filters) -> act.ActivityData:
        return services.metrics.activity(filters)

    def show_data(self, data: act.ActivityData) -> None:
        f = self.formats
        reps = data.per_rep
        self.total_card.set(f.count(data.total))
        self.per_rep_card.set(f.number(data.total / len(reps) if reps else None))
        self.won_card.set(
            f.number(data.per_won_deal),
            self.tr("%1 activities on %2 won deals")
            .replace("%1", f.count(data.activities_on_won_deals))
            .replace("%2", f.count(data.won_deals)),
        )
        self.rep_chart.set_data(
            ChartData(
                [r.name or NO_VALUE for r in reps],
                [
                    Series(self.type_names[t], [r.counts[t] for r in reps], TYPE_COLORS[t])
                    for t in act.TYPES
                ],
                f.count,
                [r.owner_id for r in reps],
            )
        )
        points = data.trend
        labels = [p.day.isoformat() for p in points]
        self.trend_chart.title_label.setText(self.trend_titles[data.weekly])
        self.meeting_chart.title_label.setText(self.meeting_titles[data.weekly])
        self.trend_chart.set_data(
            ChartData(
                labels,
                [
                    Series(self.type_names[t], [p.counts[t] for p in points], TYPE_COLORS[t])
                    for t in act.TYPES
                ],
                f.count,
                [p.day for p in points],
            )
        )
        self.meeting_chart.set_data(
            ChartData(
                labels,
                [Series(self.type_names["meeting"], [p.counts["meeting"] for p in points],
                        TYPE_COLORS["meeting"])],
                f.count,
                [p.day for p in points],
            )
        )  # fmt: skip

    def _on_rep_drill(self, owner_id: object, series: int) -> None:
        kind = act.TYPES[series]
        act_set = act.rep_type_set(self.filters, owner_id, kind)  # type: ignore[arg-type]
        self.sig_drill_activities.emit(self.type_names[kind], act_set)
