"""Bar charts: grouped or stacked, vertical or horizontal (a funnel is horizontal bars)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QWidget

from crm_desktop.charts.view import ChartView, Target

GROUP_WIDTH = 0.8


class BarChart(ChartView):
    def __init__(
        self,
        *,
        stacked: bool = False,
        horizontal: bool = False,
        centered: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(horizontal, parent)
        self.stacked = stacked
        #: bars centred on the value axis: a funnel
        self.centered = centered
        if horizontal:
            self.plot.getViewBox().invertY(True)
        if centered:  # a funnel: the width is the count, shown in the labels and tooltips
            self.plot.hideAxis("bottom" if horizontal else "left")

    def draw_items(self) -> None:
        count = len(self.data.series)
        width = GROUP_WIDTH if self.stacked else GROUP_WIDTH / max(count, 1)
        base = [0.0] * len(self.data.categories)
        for s, series in enumerate(self.data.series):
            rects = []
            for c, value in enumerate(series.values):
                offset = 0.0 if self.stacked else (s - (count - 1) / 2) * width
                start = base[c] if self.stacked else 0.0
                if self.centered:
                    start = -float(value) / 2
                rects.append(self._rect(c + offset - width / 2, width, start, float(value)))
                self.targets.append(Target(rects[-1], c, s))
                if self.stacked:
                    base[c] += float(value)
            self._add_bars(rects, s, series.name)

    def value_extent(self) -> tuple[float, float]:
        if self.centered:
            _low, high = super().value_extent()
            return -high / 2, high / 2
        if self.stacked:
            totals = [sum(float(s.values[c]) for s in self.data.series)
                      for c in range(len(self.data.categories))]  # fmt: skip
            return min(0.0, *totals, 0.0), max(1.0, *totals, 1.0)
        return super().value_extent()

    def _rect(self, position: float, width: float, start: float, value: float) -> QRectF:
        if self.horizontal:
            return QRectF(start, position, value, width)
        return QRectF(position, start, width, value)

    def _add_bars(self, rects: list[QRectF], series: int, name: str) -> None:
        color = self.data.color(series)
        item = pg.BarGraphItem(
            x0=[r.x() for r in rects],
            y0=[r.y() for r in rects],
            width=[r.width() for r in rects],
            height=[r.height() for r in rects],
            brush=pg.mkBrush(color),
            pen=pg.mkPen(color),
            name=name or None,
        )
        self.plot.addItem(item)
