"""What every dashboard tab is: compute on a worker, show on the GUI thread, drill down."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.charts import ChartFrame
from crm_desktop.services.metrics.base import Filters
from crm_desktop.ui.dashboards.widgets import Formats, KpiCard

if TYPE_CHECKING:
    from crm_desktop.services.container import Services


class DashboardTab(QScrollArea):
    """Subclasses build their widgets, ``compute`` (worker thread) and ``show_data`` (GUI)."""

    key = ""
    #: (title, DealSet): show the deals behind a figure
    sig_drill_deals = Signal(str, object)
    #: (title, ActivitySet): show the activities behind a figure
    sig_drill_activities = Signal(str, object)
    #: the tab's own settings changed: load it again
    sig_reload = Signal()
    #: a deal id: open its editor
    sig_open_deal = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.key}_tab")
        self.setWidgetResizable(True)
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.setWidget(self.body)
        self.filters = Filters()
        self.formats = Formats()
        self.services: Services | None = None
        self.charts: list[ChartFrame] = []

    def title(self) -> str:
        raise NotImplementedError

    @staticmethod
    def compute(services: Services, filters: Filters, previous: Filters) -> Any:
        """Runs on a worker thread: query the services, touch no widget."""
        raise NotImplementedError

    def make_task(
        self, services: Services, filters: Filters, previous: Filters
    ) -> Callable[[], Any]:
        """What the worker runs (called on the GUI thread: read widget settings here)."""
        compute = self.compute
        return lambda: compute(services, filters, previous)

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    # -- building helpers ----------------------------------------------------------------
    def add_cards(self, captions: list[str]) -> list[KpiCard]:
        row = QHBoxLayout()
        cards = [KpiCard(caption) for caption in captions]
        for card in cards:
            row.addWidget(card)
        self.layout_.addLayout(row)
        return cards

    def add_chart_grid(self, frames: list[ChartFrame], columns: int = 2) -> None:
        grid = QGridLayout()
        for i, frame in enumerate(frames):
            frame.setMinimumHeight(280)
            last_alone = i == len(frames) - 1 and i % columns == 0
            span = columns if last_alone else 1
            grid.addWidget(frame, i // columns, i % columns, 1, span)
            self.charts.append(frame)
        self.layout_.addLayout(grid)

    def drill(self, title: str, deal_set: object) -> None:
        self.sig_drill_deals.emit(title, deal_set)
