"""Run every benchmark in turn: ``python -m tests.perf [NAME ...]`` (``make bench``).

Each script prints its own figures against its raw baseline measured in the same run.
"""

from __future__ import annotations

import runpy
import sys

BENCHMARKS = ("startup", "lists", "kanban", "dashboards", "import")


def main(argv: list[str]) -> int:
    chosen = argv or list(BENCHMARKS)
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
        return 2
    for name in chosen:
        print(f"\n=== {name} ===", flush=True)
        sys.argv = [f"tests.perf.bench_{name}"]
        try:
            runpy.run_module(f"tests.perf.bench_{name}", run_name="__main__")
        except SystemExit as done:
            if done.code not in (None, 0):
                return int(done.code) if isinstance(done.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
