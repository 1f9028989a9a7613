"""``report kpis``: the KPIs as JSON, on the hand-built dataset of test_metrics.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.app import main
from crm_desktop.storage.database import Database
from tests.unit.test_metrics import build_dataset

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dataset(db: Database, db_path: Path) -> Path:
    build_dataset(db)
    db.close()
    return db_path


def kpis(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    assert main(["report", "kpis", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_all_time_in_a_real_process(dataset: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "report", "kpis", "--db", str(dataset), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {k: data[k] for k in ("from", "to", "currency")} == {
        "from": None,
        "to": None,
        "currency": "USD",
    }
    # the hand-computed answers of test_metrics.test_kpis_all_time
    assert data["won_count"] == 3 and data["lost_count"] == 2
    assert data["won_value"] == 3900.0 and data["win_rate"] == 0.6
    assert data["open_count"] == 4 and data["open_value"] == 6000.0
    assert data["weighted_open_value"] == 3160.0
    assert data["avg_won_deal_size"] == 1300.0 and data["sales_cycle_days"] == 40.0


def test_period_and_owner(dataset: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(dataset)
    q2 = kpis(capsys, "--db", db, "--from", "2026-04-01", "--to", "2026-06-30")
    assert (q2["won_count"], q2["lost_count"], q2["won_value"]) == (2, 1, 2900.0)
    assert q2["win_rate"] == pytest.approx(2 / 3, abs=1e-6)
    assert (q2["sales_cycle_days"], q2["open_count"]) == (55.0, 4)
    bob = kpis(capsys, "--db", db, "--owner", "bob")
    assert (bob["won_count"], bob["won_value"], bob["win_rate"]) == (1, 500.0, 0.5)
    assert bob["owner"] == "bob"
    empty = kpis(capsys, "--db", db, "--from", "2025-01-01", "--to", "2025-12-31")
    assert (empty["won_count"], empty["win_rate"], empty["avg_won_deal_size"]) == (0, None, None)


def test_by_owner(dataset: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = kpis(capsys, "--db", str(dataset), "--by", "owner")
    ann, bob = data["owners"]
    assert (ann["name"], ann["won_count"], ann["won_value"], ann["open_value"]) == (
        "Ann", 2, 3400.0, 4800.0
    )  # fmt: skip
    assert (bob["name"], bob["lost_count"], bob["weighted_open_value"]) == ("Bob", 1, 1080.0)
    assert ann["win_rate"] == pytest.approx(2 / 3, abs=1e-6)


def test_text_output_and_errors(dataset: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "kpis", "--db", str(dataset)]) == 0
    assert "won_value: 3900.0" in capsys.readouterr().out
    assert main(["report", "kpis", "--db", str(dataset), "--owner", "Nobody"]) == 2
    assert "no owner named 'Nobody'" in capsys.readouterr().err
    missing = str(dataset.parent / "missing.sqlite3")
    assert main(["report", "kpis", "--db", missing]) == 2
    with pytest.raises(SystemExit):
        main(["report", "kpis", "--db", str(dataset), "--from", "June"])
