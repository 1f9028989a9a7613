"""The benchmark harness: statistics, ratios, targets, table, JSON rows; the data set cache key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.perf import datasets
from tests.perf.harness import Bench, Result, Target, failed_result, markdown, run, table


def sampler(values: list[float]) -> object:
    it = iter(values)
    return lambda: next(it)


def test_sampled_bench_computes_min_median_ratio_and_passes() -> None:
    bench = Bench(
        "x.ratio",
        sampler([30.0, 10.0, 20.0]),
        sampler([10.0, 12.0, 8.0]),
        Target(ratio=2.5),
        sampled=True,
    )
    result = run(bench, repeat=3)
    assert result.samples == [30.0, 10.0, 20.0]
    assert result.baseline_samples == [10.0, 12.0, 8.0]
    assert result.min == 10.0
    assert result.median == 20.0
    assert result.baseline_median == 10.0
    assert result.ratio == pytest.approx(2.0)
    assert result.passed is True
    assert result.target == "<= 2.5x"


def test_limit_and_ratio_both_apply() -> None:
    target = Target(ratio=1.5, limit=100)
    assert target.passed(90, 1.4) is True
    assert target.passed(110, 1.4) is False  # over the limit
    assert target.passed(90, 1.6) is False  # over the ratio
    assert target.passed(90, None) is False  # a ratio target needs a baseline
    assert Target().passed(1e9, 1e9) is None  # information only
    assert target.text("ms") == "<= 100 ms, <= 1.5x"


def test_timed_bench_times_in_the_unit_and_repeat_override_wins() -> None:
    calls: list[int] = []
    bench = Bench("x.timed", lambda: calls.append(1), None, Target(limit=1000), repeat=4)
    result = run(bench, repeat=2)
    assert len(calls) == 4 and len(result.samples) == 4
    assert result.baseline_median is None and result.ratio is None
    assert result.median is not None and 0 <= result.median < 1000  # milliseconds
    assert result.passed is True


def test_an_error_is_a_failed_row_keeping_earlier_samples() -> None:
    values = iter([5.0])

    def measure() -> float:
        return next(values)  # StopIteration on the second call

    result = run(Bench("x.err", measure, sampled=True), repeat=2)
    assert result.samples == [5.0]
    assert result.error is not None and result.passed is False
    assert "x.err" in table([result]) and "ERROR" in table([result])


def test_a_sampled_function_must_return_a_number() -> None:
    result = run(Bench("x.none", lambda: None, sampled=True), repeat=1)
    assert result.error is not None and "number" in result.error


def test_table_markdown_and_json_round_trip() -> None:
    ok = run(Bench("a.one", sampler([2.0]), sampler([1.0]), Target(limit=1), sampled=True), 1)
    rows = [ok, failed_result("b.two", "group crashed")]
    text = table(rows)
    assert text.splitlines()[0].split() == [
        "benchmark", "unit", "n", "min", "median", "baseline", "ratio", "target", "result",
    ]  # fmt: skip
    assert "2.00x" in text and "FAIL" in text and "ERROR" in text
    assert markdown(rows).count("\n") == 3
    again = [Result(**json.loads(json.dumps(r.as_dict()))) for r in rows]
    assert again == rows


def test_dataset_key_changes_with_schema_revision_and_shape(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CRM_DESKTOP_BENCH_CACHE", str(tmp_path))
    large = datasets.dataset("large", "full")
    key = datasets.key(large)
    assert datasets.path_of(large) == tmp_path / f"{key}.sqlite3"
    assert "100000c-200000d" in key and f"r{datasets.SCHEMA_REVISION}" in key
    monkeypatch.setattr(datasets, "SCHEMA_REVISION", "9999")
    assert datasets.key(large) != key and "r9999" in datasets.key(large)
    assert datasets.key(datasets.dataset("contacts", "full")) != datasets.key(large)
    # equal shapes share one file
    assert datasets.key(datasets.dataset("large", "smoke")) == datasets.key(
        datasets.dataset("kanban", "smoke")
    )


def test_full_sizes_are_the_issue_sizes() -> None:
    full = datasets.SHAPES["full"]
    assert full["large"].contacts == 100_000
    assert full["large"].deals == 200_000 and full["large"].activities == 1_000_000
    assert full["contacts"].contacts == 1_000_000


def test_summary_merges_runs_later_rows_win(tmp_path: Path) -> None:
    from tests.perf.summary import merge, render

    def report(path: Path, median: float, names: list[str]) -> Path:
        rows = [
            run(Bench(n, sampler([median]), sampler([1.0]), sampled=True, note="n"), 1).as_dict()
            for n in names
        ]
        machine = {
            "cpus": 2, "cpu": "X", "python": "3.12", "pyside6": "6", "qt": "6",
            "sqlite": "3.40", "platform": "L", "load_average_at_start": [1.0, 1.0, 1.0],
        }  # fmt: skip
        data = {"started": "t", "size": "full", "repeat": 1, "seconds": 1, "machine": machine}
        path.write_text(json.dumps({**data, "results": rows}))
        return path

    first = report(tmp_path / "a.json", 2.0, ["a.one", "b.two"])
    second = report(tmp_path / "b.json", 3.0, ["b.two"])
    results, runs = merge([first, second])
    assert [(r.name, r.median) for r in results] == [("a.one", 2.0), ("b.two", 3.0)]
    text = render(results, runs)
    assert "2 CPUs (X)" in text and "| b.two | ms | 1 |" in text and "3.00x" in text


def test_prune_deletes_other_revisions_of_the_same_shape_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CRM_DESKTOP_BENCH_CACHE", str(tmp_path))
    data = datasets.dataset("large", "smoke")
    current = datasets.path_of(data)
    old = current.with_name(current.name.replace(f"-r{datasets.SCHEMA_REVISION}-", "-r0001-"))
    other_shape = datasets.path_of(datasets.dataset("contacts", "smoke"))
    for path in (current, current.with_suffix(".json"), old, old.with_suffix(".json"), other_shape):
        path.write_text("x")
    assert sorted(datasets.prune(data)) == sorted([old, old.with_suffix(".json")])
    assert current.exists() and current.with_suffix(".json").exists() and other_shape.exists()
