"""Every benchmark runs once at smoke size through ``python -m tests.perf`` (no timing asserts:
this checks that the benchmark code works and that the JSON has a row for every benchmark)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.perf.runner import GROUPS, names_of

ROOT = Path(__file__).resolve().parents[2]


def test_every_benchmark_runs_at_smoke_size(tmp_path: Path) -> None:
    out = tmp_path / "smoke.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.perf",
            "--size",
            "smoke",
            "--repeat",
            "1",
            "--json",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["size"] == "smoke" and report["repeat"] == 1
    assert {"cpus", "cpu", "python", "qt", "sqlite"} <= set(report["machine"])
    expected = [name for group in GROUPS for name in names_of(group)]
    rows = {row["name"]: row for row in report["results"]}
    assert sorted(rows) == sorted(expected)
    assert len(expected) == len(set(expected)) >= 25
    for name, row in rows.items():
        assert row["error"] is None, (name, row["error"])
        assert row["samples"] and all(v > 0 for v in row["samples"]), name
        assert row["median"] is not None and row["median"] > 0, name
    baselined = [name for name, row in rows.items() if row["baseline_median"]]
    assert len(baselined) == len(rows)  # every benchmark has its raw baseline
    table_head = done.stdout.splitlines()[0].split()
    assert table_head[:3] == ["benchmark", "unit", "n"]
    for name in expected:
        assert name in done.stdout
