"""Line charts over ordered categories (months, weeks), one line per series."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF

from crm_desktop.charts.view import ChartView, Target


class LineChart(ChartView):
    def draw_items(self) -> None:
        xs = list(range(len(self.data.categories)))
        for s, series in enumerate(self.data.series):
            color = self.data.color(s)
            ys = [float(v) for v in series.values]
            self.plot.addItem(
                pg.PlotDataItem(
                    xs,
                    ys,
                    pen=pg.mkPen(color, width=2),
                    symbol="o",
                    symbolSize=7,
                    symbolBrush=pg.mkBrush(color),
                    symbolPen=pg.mkPen("w"),
                    name=series.name or None,
                )
            )
            for c, y in zip(xs, ys, strict=True):
                self.targets.append(Target(QRectF(c, y, 0, 0), c, s))
