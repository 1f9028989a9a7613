"""GUI fixtures: a MainWindow on a QSettings ini file in tmp_path, recorded message boxes."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.ui.gc_guard import MainThreadGarbageCollector
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.workers import running_workers

# The offscreen platform plugin cannot pass a window's size limits on and says so whenever a
# shown window's minimum size changes. That is a limit of the test platform, not of our code.
OFFSCREEN_LIMIT = "This plugin does not support propagateSizeHints"
WORKER_GRACE_MS = 30_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(__file__).parent in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMIT))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Let running tasks finish before fixtures close the databases they work on."""
    if Path(__file__).parent in Path(str(item.path)).parents:
        QThreadPool.globalInstance().waitForDone(WORKER_GRACE_MS)
    return (yield)


@pytest.fixture(autouse=True)
def _no_worker_left_behind(qtbot: QtBot) -> Iterator[None]:
    """Every test ends with the thread pool idle and every worker's result delivered.

    Meanwhile garbage is collected in the GUI thread only, as in the app (see ``gc_guard``):
    a collection on a pool thread that frees Qt objects crashes PySide.
    """
    locale = QLocale()
    collector = MainThreadGarbageCollector()
    yield
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: not running_workers())
    QLocale.setDefault(locale)
    collector.stop()
    gc.collect()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, settings: QSettings) -> Iterator[Callable[[], MainWindow]]:
    """Build MainWindows on the test's settings; all are closed (and saved) at the end."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window: Callable[[], MainWindow], qtbot: QtBot) -> MainWindow:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


@dataclass
class Dialogs:
    """Message boxes the code under test showed, and the answer each question gets."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No
    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def recorder(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            record.shown.append((kind, title, text))
            return record.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return record


@pytest.fixture
def open_window(window: MainWindow, qtbot: QtBot, db_path: Path, dialogs: Dialogs) -> MainWindow:
    """The window with a fresh (empty) database open; the demo offer is declined."""
    with qtbot.waitSignal(window.hub.sig_summary_updated, timeout=10000):
        window.open_database(db_path)
    return window
