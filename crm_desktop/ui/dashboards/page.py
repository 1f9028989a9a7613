"""The Dashboards page: chart tabs over common controls; every query runs on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.enums import EntityKind
from crm_desktop.services.metrics.base import Filters
from crm_desktop.services.metrics.cancel import MetricsCancelled
from crm_desktop.ui.dashboards.controls import DashboardControls
from crm_desktop.ui.dashboards.drill import DrillDialog
from crm_desktop.ui.dashboards.tab import DashboardTab
from crm_desktop.ui.dashboards.tabs import build_tabs
from crm_desktop.ui.dashboards.targets_dialog import TargetsDialog
from crm_desktop.ui.dashboards.widgets import STYLE, Formats
from crm_desktop.ui.hub import SignalHub
from crm_desktop.ui.widgets.labels import label
from crm_desktop.ui.widgets.owner_default import OwnerDefault
from crm_desktop.ui.widgets.page import Page
from crm_desktop.ui.workers import TaskContext, Worker, start_worker

if TYPE_CHECKING:
    from crm_desktop.services.container import Services

#: Record kinds whose changes move a dashboard figure.
WATCHED = (
    EntityKind.DEAL,
    EntityKind.ACTIVITY,
    EntityKind.TASK,
    EntityKind.TARGET,
    EntityKind.USER,
    EntityKind.PIPELINE,
    EntityKind.STAGE,
    EntityKind.CONTACT,
    EntityKind.COMPANY,
    EntityKind.NPS_RESPONSE,
    EntityKind.CURRENCY_RATE,
    EntityKind.SETTING,
)
RELOAD_DELAY_MS = 300


class DashboardsPage(Page):
    key = "dashboards"
    icon_name = "dashboards"

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.setStyleSheet(STYLE)
        self.controls = DashboardControls()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboard_tabs")
        self.tab_pages: list[DashboardTab] = build_tabs()
        for tab in self.tab_pages:
            self.tabs.addTab(tab, tab.title())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("dashboard_cancel")
        self.cancel_button.setToolTip(self.tr("Stop loading; the figures shown stay as they were"))
        self.cancel_button.setVisible(False)
        self.workers: dict[DashboardTab, Worker] = {}
        self.error_label = QLabel()
        self.error_label.setObjectName("warning")
        self.owners: list[tuple[str, str]] = []
        self.owner_default = OwnerDefault(hub, self, lambda _s: self.refresh())  # rep: own figures
        self.stale: set[DashboardTab] = set(self.tab_pages)
        self.loading: dict[DashboardTab, int] = {}
        self.generation = 0
        self.drill_dialog: DrillDialog | None = None
        self.targets_dialog: TargetsDialog | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload_all)
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Dashboards")

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(label(self.title(), "page_title"))
        top.addSpacing(16)
        top.addWidget(self.controls, 1)
        top.addWidget(self.error_label)
        top.addWidget(self.busy)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.controls.sig_changed.connect(self._reload_all)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.tabs.currentChanged.connect(lambda _i: self._load_if_stale())
        self.hub.sig_changed.connect(self._on_changed)
        for tab in self.tab_pages:
            tab.sig_drill_deals.connect(self._on_drill_deals)
            tab.sig_drill_activities.connect(self._on_drill_activities)
            tab.sig_open_deal.connect(self._on_open_deal)
            tab.sig_reload.connect(lambda tab=tab: self._load(tab))
            button = getattr(tab, "targets_button", None)
            if button is not None:
                button.clicked.connect(self.edit_targets)

    # -- loading -------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        self.generation += 1
        self.loading.clear()
        self._cancel_workers()
        super().set_services(services)

    def refresh(self) -> None:
        """Reload the choices, then the tab shown; the other tabs when they are shown."""
        self.stale = set(self.tab_pages)
        services = self.services
        if services is None:
            return
        generation = self.generation

        def choices() -> tuple[Any, ...]:
            pipelines = [(p.id, p.name) for p in services.pipelines.list()]
            return services.metrics.owners(), pipelines, services.metrics.base_currency()

        start_worker(
            lambda _ctx: choices(),
            on_finished=lambda result: self._on_choices(generation, result),
            on_failed=self._on_failed,
        )

    def _on_choices(self, generation: int, result: tuple[Any, ...]) -> None:
        if not isValid(self) or generation != self.generation:
            return
        owners, pipelines, currency = result
        self.owners = owners
        self.controls.set_choices(owners, pipelines)
        if self.services is not None:
            self.owner_default.apply(self.controls.owner_combo, self.services)
        formats = Formats(currency)
        for tab in self.tab_pages:
            tab.formats = formats
        self._load_if_stale()

    def current_tab(self) -> DashboardTab:
        return self.tab_pages[self.tabs.currentIndex()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_if_stale()

    def _load_if_stale(self) -> None:
        tab = self.current_tab()
        if tab in self.stale and tab not in self.loading and self.isVisible():
            self._load(tab)

    def _reload_all(self) -> None:
        self.stale = set(self.tab_pages)
        self.loading.clear()
        self._cancel_workers()
        self.generation += 1
        self._load_if_stale()

    def _load(self, tab: DashboardTab) -> None:
        services = self.services
        if services is None:
            return
        filters = self.controls.filters()
        task = tab.make_task(services, filters, self.controls.previous_filters())
        generation = self.generation
        self.loading[tab] = generation
        superseded = self.workers.pop(tab, None)
        if superseded is not None:
            superseded.cancel()
        self._update_busy()

        def run(ctx: TaskContext) -> Any:
            with services.metrics.cancellable(ctx.cancelled):
                return task()

        self.workers[tab] = start_worker(
            run,
            on_finished=lambda data: self._on_loaded(tab, generation, filters, data),
            on_failed=lambda exc: self._on_tab_failed(tab, generation, exc),
        )

    def _on_loaded(self, tab: DashboardTab, generation: int, filters: Filters, data: Any) -> None:
        if not isValid(tab) or self.loading.get(tab) != generation:
            return  # a newer load replaced it, or the page is gone
        del self.loading[tab]
        self.workers.pop(tab, None)
        self.stale.discard(tab)
        tab.filters = filters
        tab.services = self.services
        tab.show_data(data)
        self.error_label.clear()
        self._update_busy()

    def _on_tab_failed(self, tab: DashboardTab, generation: int, exc: Exception) -> None:
        if self.loading.get(tab) == generation:
            del self.loading[tab]
            self.workers.pop(tab, None)
        if isinstance(exc, MetricsCancelled):
            self._update_busy()
            return
        self._on_failed(exc)

    def cancel_loading(self) -> None:
        """Stop the loads running: their queries are interrupted, the figures shown stay
        (the tabs load again when shown after a change of the controls or the data)."""
        if not self.loading:
            return
        self._cancel_workers()
        self.loading.clear()
        self.generation += 1
        self.error_label.setText(self.tr("Cancelled: the figures shown are the previous ones"))
        self._update_busy()

    def _on_failed(self, exc: Exception) -> None:
        self.error_label.setText(self.tr("Could not load the figures: %1").replace("%1", str(exc)))
        self._update_busy()

    def _cancel_workers(self) -> None:
        """Stop the queries whose results nobody will show (the worker's own flag)."""
        for worker in self.workers.values():
            worker.cancel()
        self.workers.clear()

    def _update_busy(self) -> None:
        self.busy.setVisible(bool(self.loading))
        self.cancel_button.setVisible(bool(self.loading))

    def is_loading(self) -> bool:
        return bool(self.loading)

    def _on_changed(self, changes: Changes) -> None:
        if isinstance(changes, Changes) and changes.touches(*WATCHED):
            self._reload_timer.start()

    def _on_open_deal(self, deal_id: str) -> None:
        self.hub.sig_open_record.emit("deal", deal_id)

    # -- drill-down ----------------------------------------------------------------------
    def _on_drill_deals(self, title: str, deal_set: object) -> None:
        services, tab = self.services, self.current_tab()
        if services is None:
            return
        filters = tab.filters
        start_worker(
            lambda _ctx: services.metrics.deals(filters, deal_set),  # type: ignore[arg-type]
            on_finished=lambda rows: self._on_drill_rows(title, rows),
            on_failed=self._on_failed,
        )

    def _on_drill_activities(self, title: str, act: object) -> None:
        services, tab = self.services, self.current_tab()
        if services is None:
            return
        filters = tab.filters
        start_worker(
            lambda _ctx: services.metrics.activities(filters, act),  # type: ignore[arg-type]
            on_finished=lambda rows: self._on_drill_rows(title, rows, activities=True),
            on_failed=self._on_failed,
        )

    def _on_drill_rows(self, title: str, rows: list[Any], activities: bool = False) -> None:
        if not isValid(self):
            return
        dialog = self._show_drill(title)
        if activities:
            dialog.show_activities(rows)
        else:
            dialog.show_deals(rows, self.current_tab().formats)

    def _show_drill(self, title: str) -> DrillDialog:
        if self.drill_dialog is not None:
            self.drill_dialog.close()
            self.drill_dialog.deleteLater()
        self.drill_dialog = DrillDialog(title, self.hub, self)
        self.drill_dialog.show()
        return self.drill_dialog

    # -- targets -------------------------------------------------------------------------
    def edit_targets(self) -> TargetsDialog | None:
        if self.services is None:
            return None
        period = self.controls.period()
        dialog = TargetsDialog(self.services, self.owners, period.start, period.end, self)
        dialog.sig_saved.connect(self._on_targets_saved)
        self.targets_dialog = dialog
        dialog.open()
        return dialog

    def _on_targets_saved(self, changes: Changes) -> None:
        if changes:
            self.hub.sig_changed.emit(changes)
