"""Start-up: launch to first paint of the main window, and to the contact list painted.

Each sample is a whole new process, timed from just before it starts until it reports the
paint, against an empty PySide6 window measured the same way in the same run (the baseline).
Database: the "large" data set (100k contacts). ``python -m tests.perf startup``.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from tests.perf.context import ROOT, Context, child_env
from tests.perf.harness import Bench

NAMES = ("startup.main_window", "startup.contact_list", "startup.open_database")

# Every child prints the wall-clock time of the event it waits for, then exits.
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watcher = Painted()
window.installEventFilter(watcher)
window.show()
app.exec()
"""

MAIN_WINDOW = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QObject, QEvent, QSettings, QTimer
from crm_desktop.ui.application import create_application
from crm_desktop.ui.main_window import MainWindow
target = sys.argv[3]
app = create_application()
window = MainWindow(QSettings(sys.argv[2], QSettings.Format.IniFormat))
state = {"window": None}
def finish():
    # Quit as a user does, once the database is open: it is closed cleanly, so the next
    # start does not take the after-a-crash path (a whole-file quick_check).
    if window.database.services is None:
        QTimer.singleShot(10, finish)
        return
    window.close()
    app.quit()
def contacts_painted():
    page = window.stack.page(0)
    model = getattr(page, "model", None)
    if model is not None and model.rowCount() > 0 and model.data(model.index(0, 0)):
        page.table.viewport().repaint()
        print(time.time(), flush=True)
        finish()
    else:
        QTimer.singleShot(2, contacts_painted)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and state["window"] is None:
            state["window"] = time.time()
            if target == "window":
                print(state["window"], flush=True)
                QTimer.singleShot(0, finish)
        return False
watcher = Painted()
window.installEventFilter(watcher)
window.show()
window.open_database(Path(sys.argv[1]))
if target == "contacts":
    QTimer.singleShot(0, contacts_painted)
app.exec()
"""


def launch(code: str, *args: str) -> float:
    """Seconds from starting a child interpreter running ``code`` to the time it prints.

    The child quits by itself once it has printed (closing the database cleanly, as a user
    does); that exit is not timed. It is killed only if it does not end within 30 minutes.
    """
    start = time.time()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=child_env(),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    try:
        line = child.stdout.readline()
        child.wait(timeout=1800)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()
    if not line.strip():
        raise RuntimeError(f"the child printed nothing (exit {child.returncode})")
    return float(line) - start


def cases(ctx: Context) -> Iterator[Bench]:
    db = str(ctx.dataset("large"))
    settings = str(ctx.workdir / "settings.ini")
    if not ctx.smoke:
        launch(BARE_WINDOW)  # warm the file cache
        # the bytecode, the database in the page cache, the day's first backup (once a day)
        launch(MAIN_WINDOW, db, settings, "window")
    bare = "empty PySide6 window, new process"
    yield Bench(
        "startup.main_window",
        lambda: launch(MAIN_WINDOW, db, settings, "window"),
        lambda: launch(BARE_WINDOW),
        unit="s",
        sampled=True,
        repeat=ctx.times(3),
        note="launch to first paint of the main window, 100k-contact database",
        baseline_note=bare,
    )
    yield Bench(
        "startup.contact_list",
        lambda: launch(MAIN_WINDOW, db, settings, "contacts"),
        lambda: launch(BARE_WINDOW),
        unit="s",
        sampled=True,
        repeat=ctx.times(3),
        note="launch to the contact list painted with rows (database opened and checked)",
        baseline_note=bare,
    )
    from crm_desktop.storage.database import open_database

    yield Bench(
        "startup.open_database",
        lambda: open_database(Path(db)).close(),
        lambda: sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchall(),
        unit="s",
        repeat=ctx.times(3),
        note="open_database as the app's opening worker calls it (schema checks, quick_check)",
        baseline_note="raw sqlite3 connect + one query",
    )
