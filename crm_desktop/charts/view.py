"""A pyqtgraph plot that knows where its bars and points are: hover tooltips and clicks."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QCursor, QFont
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from crm_desktop.charts.data import ChartData, plain_number

POINT_HIT_PIXELS = 12.0
MAX_CATEGORY_LABELS = 7


def compact_number(value: float) -> str:
    """Axis labels: 1.2M, 350k, 12."""
    size = abs(value)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if size >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.3g}" if not float(value).is_integer() else f"{value:.0f}"


class ValueAxis(pg.AxisItem):  # type: ignore[misc]
    """Numbers without pyqtgraph's SI scaling, in a compact form."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [compact_number(v * scale) for v in values]


@dataclass(frozen=True)
class Target:
    """One thing the mouse can point at: a bar (rect) or a point (rect of size 0)."""

    rect: QRectF
    category: int
    series: int


class ChartView(QWidget):
    """Base of the charts: a plot, its hit targets, tooltips, and a click signal."""

    #: (category index, series index) of the bar or point clicked
    sig_clicked = Signal(int, int)

    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.data = ChartData((), ())
        self.targets: list[Target] = []
        axes = {
            "left" if not horizontal else "bottom": ValueAxis(
                "left" if not horizontal else "bottom"
            )
        }
        self.plot_widget = pg.PlotWidget(background="w", axisItems=axes)
        self.plot_widget.setMinimumHeight(200)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=horizontal, y=not horizontal, alpha=0.15)
        font = QFont(self.font())
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setTextPen("#334155")
            axis.setPen("#94a3b8")
            axis.setStyle(tickFont=font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        scene = self.plot_widget.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self.setMouseTracking(True)

    # -- subclasses ----------------------------------------------------------------------
    def draw_items(self) -> None:
        raise NotImplementedError

    # -- public --------------------------------------------------------------------------
    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.targets = []
        self.plot.clear()
        if data.categories:
            self.draw_items()
        self._set_category_ticks()
        self._fit_ranges()

    def value_extent(self) -> tuple[float, float]:
        """Smallest and largest value the value axis must show."""
        values = [float(v) for s in self.data.series for v in s.values] or [0.0]
        return min(0.0, *values), max(1.0, *values)

    def _fit_ranges(self) -> None:
        """Categories edge to edge, a little room beyond the largest value."""
        low, high = self.value_extent()
        headroom = 1.04
        view = self.plot.getViewBox()
        view.disableAutoRange()
        categories = (-0.6, max(len(self.data.categories), 1) - 0.4)
        # a hair below zero so that the 0 tick is drawn
        values = (low * headroom if low < 0 else -high * 0.005, high * headroom)
        if self.horizontal:
            view.setRange(xRange=values, yRange=categories, padding=0)
        else:
            view.setRange(xRange=categories, yRange=values, padding=0)

    def item_count(self) -> int:
        """How many bars/points are drawn (tests, empty-state checks)."""
        return len(self.targets)

    def target_center(self, index: int) -> QPointF:
        """Where target ``index`` is on the widget (for tests driving the mouse)."""
        rect = self.targets[index].rect
        scene = self.plot.getViewBox().mapViewToScene(rect.center())
        point: QPointF = self.plot_widget.mapFromScene(scene).toPointF()
        return point

    def hit(self, scene_pos: QPointF) -> Target | None:
        view = self.plot.getViewBox()
        point = view.mapSceneToView(scene_pos)
        best: tuple[float, Target] | None = None
        for target in self.targets:
            if target.rect.width() and target.rect.height():
                if target.rect.normalized().contains(point):
                    return target
                continue
            center = view.mapViewToScene(target.rect.center())
            distance = (center - scene_pos).manhattanLength()
            if distance <= POINT_HIT_PIXELS and (best is None or distance < best[0]):
                best = (distance, target)
        return best[1] if best else None

    def tooltip_at(self, scene_pos: QPointF) -> str:
        target = self.hit(scene_pos)
        return "" if target is None else self.data.tooltip(target.category, target.series)

    # -- internals -----------------------------------------------------------------------
    def _set_category_ticks(self) -> None:
        count = len(self.data.categories)
        # a label every ``step`` categories so that they never overlap (tooltips name them all)
        step = 1 if self.horizontal else max(1, -(-count // MAX_CATEGORY_LABELS))
        ticks = [(i, self._short(c)) for i, c in enumerate(self.data.categories) if i % step == 0]
        axis = self.plot.getAxis("left" if self.horizontal else "bottom")
        axis.setTicks([ticks])

    def _short(self, text: str) -> str:
        few = len(self.data.categories) <= 4
        limit = 32 if self.horizontal else (24 if few else 14)
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        text = self.tooltip_at(scene_pos)
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot_widget)
        else:
            QToolTip.hideText()

    def _on_mouse_clicked(self, event: object) -> None:
        button = event.button()  # type: ignore[attr-defined]
        if button != Qt.MouseButton.LeftButton:
            return
        target = self.hit(event.scenePos())  # type: ignore[attr-defined]
        if target is not None:
            self.sig_clicked.emit(target.category, target.series)


__all__ = ["ChartView", "Target", "compact_number", "plain_number"]
