"""The common benchmark harness: measured vs baseline, repeats, statistics, table and JSON.

A benchmark (``Bench``) is a name, the measured function, the baseline function (the raw limit:
the same work done with bare sqlite3 / bare Qt, run in the same process on the same data,
interleaved with the measured one so a noisy moment hits both alike), a target and a number of
repeats. A function is timed by the harness, or, for ``sampled`` benchmarks, returns its own
sample (a start-up time read from a child process, a peak RSS, a largest timer gap).

A target is a ratio to the baseline median (``Target(ratio=1.5)``) and/or an absolute limit in
the row's unit (``Target(limit=300)``); a row passes when its median meets every limit given.
Rows without a target are reported for information.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

Sample = Callable[[], object]


@dataclass(frozen=True)
class Target:
    ratio: float | None = None
    limit: float | None = None

    def text(self, unit: str) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"<= {self.limit:g} {unit}")
        if self.ratio is not None:
            parts.append(f"<= {self.ratio:g}x")
        return ", ".join(parts) or "-"

    def passed(self, median: float, ratio: float | None) -> bool | None:
        if self.limit is None and self.ratio is None:
            return None
        ok = self.limit is None or median <= self.limit
        if self.ratio is not None:
            ok = ok and ratio is not None and ratio <= self.ratio
        return ok


@dataclass(frozen=True)
class Bench:
    name: str
    measure: Sample
    baseline: Sample | None = None
    target: Target = Target()
    unit: str = "ms"  # "ms" or "s" for timed rows; anything for sampled rows (e.g. "MB")
    repeat: int | None = None  # None: the run's --repeat
    sampled: bool = False  # the functions return their sample instead of being timed
    note: str = ""
    baseline_note: str = ""


@dataclass
class Result:
    name: str
    unit: str
    samples: list[float]
    baseline_samples: list[float]
    target: str
    target_ratio: float | None
    target_limit: float | None
    note: str = ""
    baseline_note: str = ""
    error: str | None = None
    min: float | None = field(default=None)
    median: float | None = field(default=None)
    baseline_median: float | None = field(default=None)
    ratio: float | None = field(default=None)
    passed: bool | None = field(default=None)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sample(fn: Sample, bench: Bench) -> float:
    if bench.sampled:
        value = fn()
        if not isinstance(value, int | float):
            raise TypeError(f"{bench.name}: a sampled function must return a number")
        return float(value)
    scale = 1000.0 if bench.unit == "ms" else 1.0
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * scale


def run(bench: Bench, repeat: int) -> Result:
    """Run ``bench`` ``repeat`` times (measured, then baseline, interleaved) into a Result."""
    count = max(1, bench.repeat if bench.repeat is not None else repeat)
    result = Result(
        bench.name,
        bench.unit,
        [],
        [],
        bench.target.text(bench.unit),
        bench.target.ratio,
        bench.target.limit,
        bench.note,
        bench.baseline_note,
    )
    try:
        for _ in range(count):
            result.samples.append(_sample(bench.measure, bench))
            if bench.baseline is not None:
                result.baseline_samples.append(_sample(bench.baseline, bench))
    except Exception as exc:  # one broken row must not lose the others
        result.error = f"{type(exc).__name__}: {exc}"
    summarise(result, bench.target)
    return result


def summarise(result: Result, target: Target) -> None:
    if result.samples:
        result.min = min(result.samples)
        result.median = statistics.median(result.samples)
    if result.baseline_samples:
        result.baseline_median = statistics.median(result.baseline_samples)
    if result.median is not None and result.baseline_median:
        result.ratio = result.median / result.baseline_median
    if result.median is not None and result.error is None:
        result.passed = target.passed(result.median, result.ratio)
    elif result.error is not None:
        result.passed = False


def failed_result(name: str, error: str) -> Result:
    """A row for a benchmark whose whole group could not run."""
    return Result(name, "", [], [], "-", None, None, error=error, passed=False)


def _num(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "-"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if abs(value) >= 1 else f"{value:.3f}"


def verdict(result: Result) -> str:
    if result.error:
        return "ERROR"
    return {True: "pass", False: "FAIL", None: "info"}[result.passed]


COLUMNS = ("benchmark", "unit", "n", "min", "median", "baseline", "ratio", "target", "result")


def rows_of(results: list[Result]) -> list[tuple[str, ...]]:
    return [
        (
            r.name,
            r.unit,
            str(len(r.samples)),
            _num(r.min),
            _num(r.median),
            _num(r.baseline_median),
            f"{r.ratio:.2f}x" if r.ratio is not None else "-",
            r.target,
            verdict(r),
        )
        for r in results
    ]


def table(results: list[Result]) -> str:
    """A plain-text table, one row per result, then the notes and errors."""
    rows = rows_of(results)
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(COLUMNS)]
    numeric = {2, 3, 4, 5, 6}

    def line(cells: tuple[str, ...]) -> str:
        out = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return "  ".join(out).rstrip()

    lines = [line(COLUMNS), line(tuple("-" * w for w in widths))]
    lines += [line(row) for row in rows]
    for r in results:
        if r.error:
            lines.append(f"  {r.name}: {r.error}")
    return "\n".join(lines)


def markdown(results: list[Result]) -> str:
    """The same table in Markdown (for the README)."""
    out = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    out += ["| " + " | ".join(row) + " |" for row in rows_of(results)]
    return "\n".join(out)
