"""Merge result JSON files (a later file's row replaces an earlier one of the same name) and
print the Markdown summary used in README: the table, then each row's data/baseline notes.

    python -m tests.perf.summary tests/perf/results/latest.json [MORE.json ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.perf.harness import Result, markdown
from tests.perf.runner import GROUPS


def merge(paths: list[Path]) -> tuple[list[Result], list[dict[str, Any]]]:
    rows: dict[str, Result] = {}
    runs = []
    for path in paths:
        report = json.loads(path.read_text())
        runs.append({k: v for k, v in report.items() if k != "results"})
        for row in report["results"]:
            rows[row["name"]] = Result(**row)
    order = {group: i for i, group in enumerate(GROUPS)}
    ranked = sorted(rows.values(), key=lambda r: order.get(r.name.split(".")[0], len(order)))
    return ranked, runs


def render(results: list[Result], runs: list[dict[str, Any]]) -> str:
    m = runs[-1]["machine"]
    lines = [
        f"Machine: {m['cpus']} CPUs ({m['cpu']}), Python {m['python']}, PySide6 {m['pyside6']} "
        f"(Qt {m['qt']}), SQLite {m['sqlite']}, {m['platform']}.",
        "Runs: "
        + "; ".join(
            f"{r['started']} ({r['size']}, repeat {r['repeat']}, load average at start "
            f"{r['machine']['load_average_at_start'][0]:.1f}, {r['seconds']} s)"
            for r in runs
        )
        + ".",
        "",
        markdown(results),
        "",
    ]
    for r in results:
        notes = "; ".join(
            n for n in (r.note, f"baseline: {r.baseline_note}" * bool(r.baseline_note)) if n
        )
        if notes:
            lines.append(f"- `{r.name}`: {notes}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    paths = [Path(p) for p in (sys.argv[1:] if argv is None else argv)]
    if not paths:
        print(__doc__)
        return 2
    print(render(*merge(paths)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
