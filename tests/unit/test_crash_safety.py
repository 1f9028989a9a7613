"""Crash safety: a writer process is SIGKILLed at random moments; nothing saved is lost and no
action is half applied. ``pytest -m slow tests/unit/test_crash_safety.py`` runs 100 kills."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from crm_desktop.storage.integrity import check_database

HERE = Path(__file__).resolve().parent
WRITER = HERE / "crash_writer.py"
sys.path.insert(0, str(HERE))

import crash_writer  # noqa: E402

STARTUP_TIMEOUT_S = 60


def run_and_kill(path: Path, seed: int, rng: random.Random, max_wait: float) -> list[str]:
    """Start the writer, let it work a random while, SIGKILL it; the lines it printed."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.strip() == "ready", proc.stderr.read() if proc.stderr else first
        time.sleep(rng.uniform(0.0, max_wait))
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=STARTUP_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, err
    return [line for line in out.splitlines() if line.strip()]


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def check_after_crash(path: Path, reported: list[str]) -> None:
    report = check_database(path)  # full integrity_check + foreign keys + CRM rules
    assert report.ok, report.problems

    batches: dict[str, list[tuple[object, ...]]] = defaultdict(list)
    for last_name, title in rows(
        path, "SELECT last_name, title FROM contact WHERE last_name LIKE 'imp-%'"
    ):
        batches[str(last_name)].append((title,))
    for name, members in batches.items():
        assert len(members) == crash_writer.BATCH, f"{name}: a half-imported batch"
        assert len(set(members)) == 1, f"{name}: a half-applied bulk edit {set(members)}"

    deals = dict(rows(path, "SELECT id, stage_id FROM deal"))
    last_move = dict(
        rows(
            path,
            "SELECT deal_id, to_stage_id FROM stage_change sc WHERE at = "
            "(SELECT max(at) FROM stage_change WHERE deal_id = sc.deal_id)",
        )
    )
    assert deals == last_move, "a deal's stage and its stage history disagree"
    moves = rows(path, "SELECT deal_id, to_stage_id FROM stage_change")

    for line in reported:
        kind, *args = line.split()
        if kind == "import":
            assert f"imp-{args[0]}" in batches, f"saved import {args[0]} is missing"
        elif kind == "edit":
            (title,) = batches[f"imp-{args[0]}"][0]
            assert title is not None and int(str(title).split("-")[1]) >= int(args[1])
        elif kind == "move":
            assert tuple(args) in moves, f"saved move {args} is missing"


def crash_many(tmp_path: Path, kills: int, seed: int, max_wait: float = 0.6) -> int:
    path = tmp_path / "crm.sqlite3"
    crash_writer.setup(path)
    rng = random.Random(seed)
    saved = 0
    for i in range(kills):
        reported = run_and_kill(path, seed * 1000 + i, rng, max_wait)
        check_after_crash(path, reported[1:] if reported[:1] == ["ready"] else reported)
        saved += len(reported)
    return saved


def test_sigkill_during_imports_edits_and_moves_loses_nothing(tmp_path: Path) -> None:
    saved = crash_many(tmp_path, kills=4, seed=1)
    assert saved > 0  # the kills did land while actions were being saved


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_sigkill_100_times(tmp_path: Path) -> None:
    saved = crash_many(tmp_path, kills=100, seed=2, max_wait=2.0)
    print(f"100 kills, {saved} actions reported saved, all present, none half applied")
    assert saved > 0
