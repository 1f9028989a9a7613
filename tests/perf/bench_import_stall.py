"""The GUI thread during a large import in the wizard: the longest stall of its event loop.

``measure_stall(rows)`` writes a ``rows``-row contact CSV, walks the real import wizard over it
(file, preview, mapping, dry run, import) in this process with the offscreen platform, and
ticks a 5 ms ``QTimer`` in the GUI thread the whole time. The largest gap between two ticks is
the longest the user would have seen the window frozen. Issue 7's target: <= 50 ms.

``mode``: "process" (what the wizard does for a file of ``PROCESS_MIN_BYTES`` or more: the
dry run and the import run in a child process) or "thread" (the worker thread, used for small
files; the comparison). Run as a script, it measures both, one after the other.

    nice -n 10 .venv/bin/python -m tests.perf.bench_import_stall 100000 [process|thread]
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 5
SURNAMES = "张王李赵刘陈杨黄周吴"
GIVEN = "伟芳娜敏静丽强磊军洋"


def write_csv(path: Path, rows: int) -> None:
    """Contacts shaped like a real export: Chinese and Latin names, 500 companies, phones."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("First name,Last name,Email,Phone,Company,City\n")
        for i in range(rows):
            if i % 3 == 0:
                first, last = GIVEN[i % 10], SURNAMES[(i // 10) % 10]
            else:
                first, last = f"Name{i}", f"Family{i % 997}"
            phone = f"+86 138 {i // 10000 % 10000:04d} {i % 10000:04d}"
            fh.write(f"{first},{last},p{i}@example.org,{phone},Company {i % 500},City {i % 40}\n")


class GcMeter:
    """The garbage collector's pauses (any thread): a full collection holds the GIL, so a long
    one in the import worker stalls the GUI thread too."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        elif self._started:
            self.pauses.append(time.perf_counter() - self._started)

    def __enter__(self) -> GcMeter:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self)

    def longest_ms(self) -> float:
        return round(max(self.pauses, default=0.0) * 1000, 1)


class GapMeter:
    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = self._started = time.perf_counter()
        self._longest = self._longest_at = 0.0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._last = self._started = time.perf_counter()
        self._longest = self._longest_at = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self.gaps.append(gap)
        if gap > self._longest:
            self._longest, self._longest_at = gap, self._last - self._started  # when it began
        self._last = now

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        return {
            "max_gap_ms": round(gaps[-1] * 1000, 1),
            "p99_gap_ms": round(gaps[int(len(gaps) * 0.99) - 1 if len(gaps) > 1 else 0] * 1000, 1),
            "ticks": float(len(self.gaps)),
            "max_gap_at_s": round(self._longest_at, 2),
        }


def wait_for(done: Callable[[], bool], timeout_s: float) -> None:
    """Run the GUI event loop (as the application would) until ``done()``."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(timeout_s * 1000))
    loop.exec()
    check.stop()
    if not done():
        raise TimeoutError(f"the import did not finish within {timeout_s} s")


def measure_stall(
    rows: int, workdir: Path | None = None, timeout_s: float = 3600, mode: str = "process"
) -> dict:
    """Walk the wizard over a ``rows``-row CSV; the longest GUI-thread stall of each phase.

    Returns ``{"rows", "mode", "in_process", "dry_run_s", "dry_run_max_gap_ms",
    "dry_run_p99_gap_ms", "dry_run_longest_gc_ms", "import_s", "import_max_gap_ms",
    "import_p99_gap_ms", "import_longest_gc_ms", "max_gap_ms"}`` (``in_process``: 1.0 when
    both phases ran in a child process).
    """
    from crm_desktop.services.importing import process

    if mode not in ("process", "thread"):
        raise ValueError(f"mode: process or thread, not {mode!r}")
    from crm_desktop.ui.gc_guard import MainThreadGarbageCollector

    QApplication.instance() or QApplication(sys.argv[:1])
    # as the app does: garbage is collected in the GUI thread only (a collection on the
    # import's worker thread that frees the wizard of an earlier run crashes PySide)
    collector = MainThreadGarbageCollector()
    saved = process.PROCESS_MIN_BYTES
    process.PROCESS_MIN_BYTES = 0 if mode == "process" else 1 << 62
    try:
        result = _walk(rows, workdir, timeout_s)
    finally:
        process.PROCESS_MIN_BYTES = saved
        collector.stop()
        collector.deleteLater()
        gc.collect()
    result["mode"] = mode
    return result


def _walk(rows: int, workdir: Path | None, timeout_s: float) -> dict:
    from crm_desktop.services.container import Services
    from crm_desktop.ui.hub import SignalHub
    from crm_desktop.ui.importer import open_import_wizard
    from crm_desktop.ui.workers import cancel_all_and_wait

    app = QApplication.instance()
    assert app is not None
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        folder = Path(tmp)
        source = folder / "contacts.csv"
        write_csv(source, rows)
        services = Services.open(folder / "stall.sqlite3")
        wizard = open_import_wizard(None, services, SignalHub())
        meter = GapMeter()
        result: dict[str, float] = {"rows": float(rows)}
        try:
            wizard.file_page.path_edit.setText(str(source))
            wizard.next()  # preview
            wizard.next()  # mapping
            for phase, page in (("dry_run", wizard.dry_run_page), ("import", wizard.run_page)):
                meter.start()
                started = time.perf_counter()
                with GcMeter() as collector:
                    wizard.next()
                    wait_for(page.isComplete, timeout_s)
                result[f"{phase}_s"] = round(time.perf_counter() - started, 2)
                result[f"{phase}_longest_gc_ms"] = collector.longest_ms()
                for key, value in meter.stop().items():
                    result[f"{phase}_{key}"] = value
            counts = wizard.run_page.view.counts.text()
            result["imported_ok"] = float(f"New: {rows}" in counts.replace(",", ""))
            pages = (wizard.dry_run_page, wizard.run_page)
            result["in_process"] = float(all(page.in_process for page in pages))
        finally:
            wizard.close()
            cancel_all_and_wait()
            services.close()
            app.processEvents()
    result["max_gap_ms"] = max(result["dry_run_max_gap_ms"], result["import_max_gap_ms"])
    return result


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    modes = sys.argv[2:] or ["process", "thread"]
    for mode in modes:
        print(json.dumps({mode: measure_stall(count, mode=mode)}, indent=2), flush=True)
