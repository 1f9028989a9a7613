"""Start-up benchmark: launch to first paint of the main window, and to the contact list painted.

Each figure is a whole new process, timed from just before it starts until it reports the paint,
against an empty PySide6 window measured the same way in the same run (the raw baseline).

    python -m tests.perf.bench_startup [--contacts 100000] [--runs 5] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(__file__).resolve().parent / ".cache"

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
def contacts_painted():
    page = window.stack.page(0)
    model = getattr(page, "model", None)
    if model is not None and model.rowCount() > 0 and model.data(model.index(0, 0)):
        page.table.viewport().repaint()
        print(time.time(), flush=True)
        app.quit()
    else:
        QTimer.singleShot(2, contacts_painted)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and state["window"] is None:
            state["window"] = time.time()
            if target == "window":
                print(state["window"], flush=True)
                QTimer.singleShot(0, app.quit)
        return False
watcher = Painted()
window.installEventFilter(watcher)
window.show()
window.open_database(Path(sys.argv[1]))
if target == "contacts":
    QTimer.singleShot(0, contacts_painted)
app.exec()
"""


def database(contacts: int, folder: Path = CACHE) -> Path:
    """A demo database with ``contacts`` contacts, built once and cached in ``folder``."""
    path = folder / f"startup_{contacts}.sqlite3"
    if not path.exists():
        folder.mkdir(exist_ok=True)
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "demo", "--db", str(path),
             "--size", str(contacts)],
            check=True,
            cwd=ROOT,
        )  # fmt: skip
    return path


def launch(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("CRM_DESKTOP_LANG", None)
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1]) - start


def measure(db: Path, runs: int) -> dict[str, dict[str, float]]:
    samples: dict[str, list[float]] = {"bare window": [], "main window": [], "contact list": []}
    with tempfile.TemporaryDirectory() as tmp:
        settings = str(Path(tmp) / "settings.ini")
        launch(BARE_WINDOW)  # warm the file cache
        for _ in range(runs):  # interleaved, so a noisy moment hits every figure alike
            samples["bare window"].append(launch(BARE_WINDOW))
            samples["main window"].append(launch(MAIN_WINDOW, str(db), settings, "window"))
            samples["contact list"].append(launch(MAIN_WINDOW, str(db), settings, "contacts"))
    base = statistics.median(samples["bare window"])
    return {
        name: {
            "min_s": min(values),
            "median_s": statistics.median(values),
            "ratio_to_bare_window": statistics.median(values) / base,
        }
        for name, values in samples.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    results = measure(database(args.contacts), args.runs)
    print(f"start-up, {args.contacts:,} contacts, {args.runs} runs each")
    print(f"{'figure':<14} {'min s':>8} {'median s':>9} {'x bare window':>14}")
    for name, row in results.items():
        print(
            f"{name:<14} {row['min_s']:>8.3f} {row['median_s']:>9.3f} "
            f"{row['ratio_to_bare_window']:>14.2f}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
