"""What a benchmark group gets: the run's size and repeats, a scratch folder, its data sets."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.perf import datasets

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Context:
    size: str  # "smoke" or "full"
    repeat: int
    workdir: Path

    @property
    def smoke(self) -> bool:
        return self.size == "smoke"

    def dataset(self, name: str) -> Path:
        """The cached demo database ``name`` ("large", "contacts", "kanban") of this size."""
        return datasets.ensure(datasets.dataset(name, self.size), quiet=self.smoke)

    def dataset_today(self, name: str) -> str:
        return str(datasets.meta(self.dataset(name))["today"])

    def times(self, full: int) -> int:
        """``full`` repeats at most (slow rows), never more than the run's --repeat."""
        return max(1, min(full, self.repeat))


def open_db(path: Path) -> Any:
    """The database at ``path`` for a benchmark whose timing does not include opening it:
    without the start-up ``PRAGMA quick_check`` (minutes on a multi-GB file)."""
    from crm_desktop.storage.database import open_database

    try:
        return open_database(path, check=False)
    except TypeError:  # a build without the check
        return open_database(path)


def open_services(path: Path) -> Any:
    from crm_desktop.services.container import Services

    return Services(open_db(path))


def child_env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("CRM_DESKTOP_LANG", None)
    # An installed app has its bytecode cached; without this every child would compile
    # crm_desktop from source at every start (this sandbox sets PYTHONDONTWRITEBYTECODE).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(code: str, *args: str, timeout: float = 3600) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line.

    ``peak_rss_mb`` (the child's own ru_maxrss) is added to what it printed.
    """
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=child_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise RuntimeError(f"child failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    out: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


# The child's own peak: VmHWM of its address space. (Not ru_maxrss: Linux keeps that across
# exec, so a child spawned by a big parent would report the parent's peak.)
RSS_EPILOGUE = """
import json as _json
_HWM = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")]
if _HWM:
    _REPORT["peak_rss_mb"] = int(_HWM[0].split()[1]) / 1024
else:  # not Linux: ru_maxrss (kB on Linux, bytes on macOS)
    import resource as _resource, sys as _sys
    _PEAK = _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss
    _REPORT["peak_rss_mb"] = _PEAK / (2**20 if _sys.platform == "darwin" else 1024)
print(_json.dumps(_REPORT))
"""


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
