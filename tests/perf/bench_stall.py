"""GUI-thread stall: the largest gap between ticks of a 1 ms timer on the GUI thread while long
work runs on a worker (``ui.workers.start_worker``, as the pages run it), with a progress bar
fed by the worker's progress and the app's GUI-thread garbage collector on.

The baseline is the same measurement while a worker does the same job with raw sqlite3 (a
busy background thread also holds the GIL at times: the floor of any Python desktop app).
Rows: a 100k-contact CSV import; a monthly team performance report generated (the reports
service, as its controller runs it) on the "large" data set; and, for more of the same kind of
work, dashboard loading (every tab's service call in turn) and a CSV export of every contact.
Target (issue 7): <= 50 ms.
"""

from __future__ import annotations

import csv
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from tests.perf.context import Context, open_services
from tests.perf.harness import Bench, Target

NAMES = ("stall.import", "stall.report", "stall.dashboards", "stall.export")
LIMIT_MS = 50.0


def largest_gap_ms(task: Callable[[Any], object]) -> float:
    """Run ``task(context)`` on a worker; the largest GUI-thread timer gap meanwhile, in ms."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QProgressBar

    from crm_desktop.ui.workers import start_worker

    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.show()
    loop = QEventLoop()
    state: dict[str, Any] = {"gap": 0.0, "last": time.perf_counter(), "error": None}

    def tick() -> None:
        now = time.perf_counter()
        state["gap"] = max(state["gap"], now - state["last"])
        state["last"] = now

    def failed(exc: Exception) -> None:
        state["error"] = exc
        loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    start_worker(
        task,
        on_finished=lambda _result: loop.quit(),
        on_failed=failed,
        on_progress=lambda done, total: bar.setValue(int(done * 1000 / max(total, 1))),
    )
    state["last"] = time.perf_counter()
    loop.exec()
    timer.stop()
    bar.close()
    if state["error"] is not None:
        raise state["error"]
    return float(state["gap"]) * 1000


def raw_export(path: Path, target: Path) -> int:
    conn = sqlite3.connect(path)
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        rows = conn.execute(
            "SELECT first_name, last_name, email, phone, title, city, country, created_at "
            "FROM contact WHERE deleted_at IS NULL"
        )
        writer.writerows(rows)
    conn.close()
    return 0


def import_cases(ctx: Context) -> Iterator[Bench]:
    from crm_desktop.services.importing.fields import ImportKind, suggest_mapping
    from crm_desktop.services.importing.options import ImportOptions
    from crm_desktop.services.importing.process import ProcessImportService
    from crm_desktop.services.importing.runner import ImportService
    from crm_desktop.storage.database import open_database
    from tests.perf.bench_import import HEADER, fresh_db, make_csv, raw_pipeline

    rows = 500 if ctx.smoke else 100_000
    csv_path = ctx.workdir / "stall.csv"
    make_csv(csv_path, rows)
    runs = [0]

    def fresh() -> Path:
        runs[0] += 1
        return fresh_db(ctx.workdir / f"stall_{runs[0]}.sqlite3")

    def ours() -> float:
        db = open_database(fresh())
        service = ProcessImportService(db)  # what the wizard runs for a large file
        table = ImportService.open(csv_path)
        options = ImportOptions(ImportKind.CONTACTS, suggest_mapping(ImportKind.CONTACTS, HEADER))
        try:
            return largest_gap_ms(
                lambda context: service.run(table, options, context.progress, context.cancelled)
            )
        finally:
            db.close()

    def raw() -> float:
        path = fresh()
        return largest_gap_ms(lambda _context: raw_pipeline(path, csv_path))

    yield Bench(
        "stall.import",
        ours,
        raw,
        Target(limit=LIMIT_MS),
        sampled=True,
        repeat=ctx.times(2),
        note=f"import of {rows:,} contacts in a child process, progress bar updated",
        baseline_note="raw csv + executemany on a worker",
    )


def report_cases(
    ctx: Context, services: Any, recorder: Any, raw: sqlite3.Connection, today: date
) -> Iterator[Bench]:
    from crm_desktop.services.reports.model import ReportKind, ReportRequest

    request = ReportRequest(ReportKind.MONTHLY, today, today=today)

    def build(context: Any) -> object:
        return services.reports.build(request, context.progress, context.cancelled)

    services.reports.build(request)  # warm the caches, as the dashboards rows do
    statements = recorder.capture(lambda: services.reports.build(request))

    def replay(_context: object) -> list[object]:
        return [raw.execute(sql, params).fetchall() for sql, params in statements]

    yield Bench(
        "stall.report",
        lambda: largest_gap_ms(build),
        lambda: largest_gap_ms(replay),
        Target(limit=LIMIT_MS),
        sampled=True,
        repeat=ctx.times(3),
        note=f"monthly team report generated on a worker ({len(statements)} queries)",
        baseline_note="the same SELECTs raw on a worker",
    )


def cases(ctx: Context) -> Iterator[Bench]:
    from crm_desktop.services.importing.fields import ImportKind
    from crm_desktop.ui.application import create_application
    from crm_desktop.ui.gc_guard import MainThreadGarbageCollector
    from crm_desktop.ui.workers import cancel_all_and_wait
    from tests.perf.bench_dashboards import Recorder, tab_calls

    app = create_application()
    collector = MainThreadGarbageCollector(app)
    yield from import_cases(ctx)
    path = ctx.dataset("large")
    today = date.fromisoformat(ctx.dataset_today("large"))
    services = open_services(path)
    recorder = Recorder(services.db)
    calls = tab_calls(services.metrics, today)
    statements = [st for call in calls.values() for st in recorder.capture(call)]
    raw = sqlite3.connect(path, check_same_thread=False)

    def replay(_context: object) -> list[object]:
        return [raw.execute(sql, params).fetchall() for sql, params in statements]

    yield from report_cases(ctx, services, recorder, raw, today)

    yield Bench(
        "stall.dashboards",
        lambda: largest_gap_ms(lambda _context: [call() for call in calls.values()]),
        lambda: largest_gap_ms(replay),
        Target(limit=LIMIT_MS),
        sampled=True,
        repeat=ctx.times(3),
        note="all 7 dashboard tabs loaded on a worker",
        baseline_note="the same SELECTs raw on a worker",
    )
    out = ctx.workdir / "export.csv"
    yield Bench(
        "stall.export",
        lambda: largest_gap_ms(lambda _context: services.exports.export(ImportKind.CONTACTS, out)),
        lambda: largest_gap_ms(lambda _context: raw_export(path, out)),
        Target(limit=LIMIT_MS),
        sampled=True,
        repeat=ctx.times(2),
        note="CSV export of every contact on a worker",
        baseline_note="raw SELECT + csv.writer on a worker",
    )
    cancel_all_and_wait()
    raw.close()
    services.close()
    collector.stop()
