"""What a chart shows: categories along one axis, one or more named series of values."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: Colors of the series, in order (colour-blind friendly, readable on white).
PALETTE = (
    "#2563eb",
    "#f59e0b",
    "#10b981",
    "#ef4444",
    "#8b5cf6",
    "#06b6d4",
    "#ec4899",
    "#84cc16",
    "#64748b",
    "#f97316",
)


def plain_number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]
    color: str = ""


@dataclass(frozen=True)
class ChartData:
    categories: Sequence[str]
    series: Sequence[Series]
    #: exact value as shown in tooltips and CSV (money with its currency, percentages, ...)
    value_text: Callable[[float], str] = plain_number
    #: what a category is, for drill-down (a deal stage id, a month, ...); same order
    keys: Sequence[object] = field(default_factory=tuple)

    def color(self, index: int) -> str:
        return self.series[index].color or PALETTE[index % len(PALETTE)]

    def value(self, category: int, series: int) -> float:
        return float(self.series[series].values[category])

    def key(self, category: int) -> object:
        return self.keys[category] if category < len(self.keys) else self.categories[category]

    def is_empty(self) -> bool:
        return not self.categories or not any(any(s.values) for s in self.series)

    def tooltip(self, category: int, series: int) -> str:
        name = self.series[series].name
        value = self.value_text(self.value(category, series))
        prefix = f"{self.categories[category]}\n"
        return f"{prefix}{name}: {value}" if name else f"{prefix}{value}"


def write_csv(data: ChartData, path: Path, category_header: str) -> None:
    """The chart's numbers: one row per category, one column per series (exact values)."""
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow([category_header, *(s.name for s in data.series)])
        for i, category in enumerate(data.categories):
            writer.writerow([category, *(_csv_number(s.values[i]) for s in data.series)])


def _csv_number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
