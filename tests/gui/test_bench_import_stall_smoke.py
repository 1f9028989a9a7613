"""The import-stall benchmark runs end to end on a small file (it never asserts times)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.perf.bench_import_stall import measure_stall


@pytest.mark.parametrize("mode", ["process", "thread"])
def test_measure_stall_walks_the_wizard(qtbot: QtBot, tmp_path: Path, mode: str) -> None:
    result = measure_stall(300, workdir=tmp_path, timeout_s=60, mode=mode)
    assert result["rows"] == 300 and result["imported_ok"] == 1.0
    assert result["in_process"] == (1.0 if mode == "process" else 0.0)
    assert result["dry_run_ticks"] > 0 and result["import_ticks"] > 0
    assert result["max_gap_ms"] >= result["import_p99_gap_ms"] >= 0
