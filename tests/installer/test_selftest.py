"""``--self-test`` from source: the full run in a subprocess, failure reporting in-process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from crm_desktop.cli import _cmd_self_test, build_parser
from crm_desktop.selftest import SelfTest, SelfTestError, run_steps
from crm_desktop.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]


def isolated_env(home: Path) -> dict[str, str]:
    """The environment with HOME and the XDG folders in ``home``: the user's files stay safe."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    return env


def test_the_flag_runs_the_self_test_command() -> None:
    args = build_parser().parse_args(["--self-test"])
    assert args.command == "self-test"
    assert args.handler is _cmd_self_test


def test_self_test_from_source_passes_without_touching_user_files(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"],
        cwd=tmp_path,
        env=isolated_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "from source" in lines[0]
    for step in ("resources", "database", "translations", "modules", "main window"):
        assert any(line.split()[:2] == ["ok", step.split()[0]] for line in lines), step
    assert f"{len(PAGES)} pages" in result.stdout
    assert "'Contacts' = 联系人" in result.stdout
    assert lines[-1].startswith("crm-desktop self-test passed")
    # No database, backup or settings file of the user's was created.
    assert not (tmp_path / "home" / "data" / "crm-desktop").exists()
    assert not (tmp_path / "home" / "config" / "crm-desktop").exists()


def test_database_step_migrates_and_creates_records(tmp_path: Path) -> None:
    detail = SelfTest(tmp_path).check_database()
    assert detail.startswith("migrated to ")
    assert (tmp_path / "self-test.sqlite3").is_file()


def scripted(folder: Path, steps: list[tuple[str, Callable[[], str]]], said: list[str]) -> SelfTest:
    """A self-test whose steps are given, to check how failures are reported."""
    test = SelfTest(folder, out=said.append)
    test.steps = lambda: steps  # type: ignore[method-assign]
    return test


def test_a_failing_step_stops_the_run_with_a_clear_message(tmp_path: Path) -> None:
    ran: list[str] = []

    def fail() -> str:
        raise SelfTestError("the app icon is missing from /nowhere")

    def later() -> str:
        ran.append("later")
        return "never"

    said: list[str] = []
    steps = [("resources", lambda: "fine"), ("database", fail), ("x", later)]
    test = scripted(tmp_path, steps, said)
    errors: list[str] = []
    assert run_steps(test, errors.append) == 1
    assert ran == []
    assert said[0].split()[:2] == ["ok", "resources"]
    assert errors[0] == (
        "crm-desktop self-test FAILED at step 'database': "
        "SelfTestError: the app icon is missing from /nowhere"
    )
    assert "Traceback" in errors[1]


def test_all_steps_passing_returns_0(tmp_path: Path) -> None:
    said: list[str] = []
    test = scripted(tmp_path, [("a", lambda: "one"), ("b", lambda: "two")], said)
    assert run_steps(test, lambda line: None) == 0
    assert [line.split()[1] for line in said] == ["a", "b"]
