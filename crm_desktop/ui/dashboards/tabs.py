"""The dashboard tabs, in the order they are shown."""

from __future__ import annotations

from crm_desktop.ui.dashboards.activity_tab import ActivityTab
from crm_desktop.ui.dashboards.conversion_tab import ConversionTab
from crm_desktop.ui.dashboards.forecast_tab import ForecastTab
from crm_desktop.ui.dashboards.hygiene_tab import HygieneTab
from crm_desktop.ui.dashboards.pipegen_tab import PipeGenTab
from crm_desktop.ui.dashboards.tab import DashboardTab
from crm_desktop.ui.dashboards.union_tab import UnionTab
from crm_desktop.ui.dashboards.xray_tab import XrayTab

TAB_TYPES: tuple[type[DashboardTab], ...] = (
    UnionTab,
    XrayTab,
    ForecastTab,
    HygieneTab,
    ActivityTab,
    PipeGenTab,
    ConversionTab,
)


def build_tabs() -> list[DashboardTab]:
    return [tab_type() for tab_type in TAB_TYPES]
