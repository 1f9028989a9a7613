"""A chart with its title and an export menu: the picture as PNG, the numbers as CSV."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.charts.data import ChartData, write_csv
from crm_desktop.charts.view import ChartView


def legend_html(data: ChartData) -> str:
    """One line: a coloured square and the name of every series."""
    return "&nbsp;&nbsp;&nbsp;".join(
        f'<span style="color:{data.color(i)}">■</span>&nbsp;{escape(s.name)}'
        for i, s in enumerate(data.series)
    )


class ChartFrame(QFrame):
    """``chart`` under a title; ``sig_drill(key, series index)`` when a bar/point is clicked."""

    sig_drill = Signal(object, int)

    def __init__(self, title: str, chart: ChartView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_frame")
        self.chart = chart
        self.title_label = QLabel(title)
        self.title_label.setObjectName("chart_title")
        self.empty_label = QLabel(self.tr("No data for these filters"))
        self.empty_label.setObjectName("chart_empty")
        self.empty_label.setVisible(False)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("chart_legend")
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.png_action = menu.addAction(self.tr("Save chart as PNG…"), self.export_png)
        self.csv_action = menu.addAction(self.tr("Save data as CSV…"), self.export_csv)
        self.export_button.setMenu(menu)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.empty_label)
        header.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(header)
        layout.addWidget(self.legend_label)
        layout.addWidget(chart, 1)
        chart.sig_clicked.connect(self._on_clicked)
        chart.setVisible(False)  # no empty 0..1 axes before the first figures arrive
        self.category_header = self.tr("Category")

    def set_data(self, data: ChartData) -> None:
        self.chart.set_data(data)
        self.chart.setVisible(True)
        self.empty_label.setVisible(data.is_empty())
        self.legend_label.setText(legend_html(data))
        self.legend_label.setVisible(len(data.series) > 1)

    def title(self) -> str:
        return self.title_label.text()

    def _file_name(self, suffix: str) -> str:
        stem = "".join(ch if ch.isalnum() else "_" for ch in self.title()).strip("_")
        return f"{stem or 'chart'}.{suffix}"

    def export_png(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save chart"), self._file_name("png"), self.tr("PNG image (*.png)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.chart.plot_widget.grab().save(str(path), "PNG")
        return path

    def export_csv(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save data"), self._file_name("csv"), self.tr("CSV file (*.csv)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        write_csv(self.chart.data, path, self.category_header)
        return path

    def _on_clicked(self, category: int, series: int) -> None:
        self.sig_drill.emit(self.chart.data.key(category), series)
