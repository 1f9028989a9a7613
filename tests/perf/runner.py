"""Run benchmark groups, each in its own child process, and gather one table and one JSON.

    python -m tests.perf [GROUP | GROUP.ROW-PREFIX ...] [--size smoke|full] [--repeat N]
                         [--json FILE] [--markdown]

A group (start-up, lists, ...) runs in a fresh interpreter, so one group's memory, caches and
Qt objects never touch another's; benchmarks that report a peak RSS start their own child
processes on top of that. (The smoke size runs every group in one child, to be quick.)
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.perf import datasets
from tests.perf.context import ROOT, Context, child_env
from tests.perf.harness import Bench, Result, failed_result, markdown, run, table

#: group -> module; each module has ``NAMES`` (every row it reports) and ``cases(ctx)``.
GROUPS = {
    "startup": "tests.perf.bench_startup",
    "lists": "tests.perf.bench_lists",
    "kanban": "tests.perf.bench_kanban",
    "dashboards": "tests.perf.bench_dashboards",
    "import": "tests.perf.bench_import",
    "stall": "tests.perf.bench_stall",
}
DEFAULT_JSON = Path(__file__).resolve().parent / "results" / "latest.json"


def names_of(group: str) -> tuple[str, ...]:
    return tuple(importlib.import_module(GROUPS[group]).NAMES)


def run_group(group: str, ctx: Context, only: list[str]) -> list[Result]:
    """In the child: every case of ``group`` (those starting with one of ``only``, if given)."""
    module = importlib.import_module(GROUPS[group])
    cases: Callable[[Context], Iterable[Bench]] = module.cases
    results = []
    for bench in cases(ctx):
        if only and not any(bench.name.startswith(prefix) for prefix in only):
            continue
        started = time.perf_counter()
        result = run(bench, ctx.repeat)
        results.append(result)
        spent = time.perf_counter() - started
        print(
            f"  {bench.name}: median {result.median} {bench.unit} ({spent:.1f} s)",
            file=sys.stderr,
            flush=True,
        )
    return results


def child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("groups", nargs="+", choices=sorted(GROUPS))
    parser.add_argument("--size", required=True)
    parser.add_argument("--repeat", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--only", action="append", default=[])
    args = parser.parse_args(argv)
    results = []
    for group in args.groups:
        with tempfile.TemporaryDirectory(prefix=f"crm-bench-{group}-") as tmp:
            ctx = Context(args.size, args.repeat, Path(tmp))
            results += run_group(group, ctx, args.only)
    args.out.write_text(json.dumps([r.as_dict() for r in results]))
    return 0


def spawn(groups: list[str], size: str, repeat: int, only: list[str]) -> list[Result]:
    """Run ``groups`` in one child process; a crash becomes an error row per expected name."""
    expected = [
        n for g in groups for n in names_of(g) if not only or any(n.startswith(p) for p in only)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "results.json"
        command = [sys.executable, "-m", "tests.perf.runner", *groups, "--size", size]
        command += ["--repeat", str(repeat), "--out", str(out)]
        command += [arg for prefix in only for arg in ("--only", prefix)]
        sys.stderr.flush()
        done = subprocess.run(command, env=child_env(), cwd=ROOT)  # its progress goes to stderr
        if done.returncode != 0 or not out.exists():
            error = f"{' '.join(groups)} crashed ({done.returncode}); its traceback is above"
            return [failed_result(name, error) for name in expected]
        results = [Result(**row) for row in json.loads(out.read_text())]
    seen = {r.name for r in results}
    missing = [failed_result(n, "not reported") for n in expected if n not in seen]
    return results + missing


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "load_average_at_start": list(os.getloadavg()),
    }


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.perf", description="benchmarks")
    parser.add_argument("names", nargs="*", help=f"groups ({', '.join(GROUPS)}) or row prefixes")
    parser.add_argument("--size", choices=sorted(datasets.SHAPES), default="full")
    parser.add_argument("--repeat", type=int, help="repeats per row (default 5; smoke 1)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"default {DEFAULT_JSON}")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    repeat = args.repeat or (1 if args.size == "smoke" else 5)
    chosen: dict[str, list[str]] = {}
    for name in args.names or list(GROUPS):
        group = name.split(".")[0]
        if group not in GROUPS:
            print(f"unknown benchmark {name!r}; groups: {', '.join(GROUPS)}", file=sys.stderr)
            return 2
        chosen.setdefault(group, []).append(name if name != group else f"{group}.")
    report: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "size": args.size,
        "repeat": repeat,
        "machine": machine(),
        "results": [],
    }
    results: list[Result] = []
    started = time.perf_counter()
    if args.size == "smoke":  # one child for every group: the smoke run checks code, not speed
        only = [prefix for prefixes in chosen.values() for prefix in prefixes]
        results = spawn(list(chosen), args.size, repeat, only)
    else:
        for group, only in chosen.items():
            print(f"=== {group} ({args.size}) ===", file=sys.stderr, flush=True)
            results += spawn([group], args.size, repeat, only)
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["results"] = [r.as_dict() for r in results]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(table(results))
    if args.markdown:
        print("\n" + markdown(results))
    print(f"\n{len(results)} rows in {report['seconds']} s; JSON: {args.json}")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(child_main(sys.argv[1:]))
