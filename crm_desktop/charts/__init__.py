"""pyqtgraph charts fed by service aggregates: tooltips, legends, drill-down clicks, export."""

from crm_desktop.charts.bar_chart import BarChart
from crm_desktop.charts.data import ChartData, Series
from crm_desktop.charts.frame import ChartFrame
from crm_desktop.charts.line_chart import LineChart

__all__ = ["BarChart", "ChartData", "ChartFrame", "LineChart", "Series"]
