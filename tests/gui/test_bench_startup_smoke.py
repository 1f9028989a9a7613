"""The start-up benchmark runs (smoke size; figures are printed by ``make bench``, not asserted)."""

from __future__ import annotations

from pathlib import Path

from tests.perf.bench_startup import database, measure


def test_startup_benchmark_measures_every_figure(tmp_path: Path) -> None:
    results = measure(database(50, tmp_path), runs=1)
    assert set(results) == {"bare window", "main window", "contact list"}
    for row in results.values():
        assert row["median_s"] > 0 and row["ratio_to_bare_window"] > 0
    # the contact list can only be painted after the window itself
    assert results["contact list"]["median_s"] >= results["main window"]["min_s"]
