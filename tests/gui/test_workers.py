"""Workers: outcomes and progress come back to the GUI thread; cancel reaches the task."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from crm_desktop.ui.workers import TaskContext, running_workers, start_worker


def test_result_progress_and_errors_arrive_in_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[str, object, bool]] = []
    gui = threading.current_thread()

    def record(kind: str):  # type: ignore[no-untyped-def]
        return lambda *args: seen.append((kind, args, threading.current_thread() is gui))

    def count(context: TaskContext) -> int:
        for done in range(1, 4):
            context.progress(done, 3)
        return 42

    def fail(_context: TaskContext) -> None:
        raise ValueError("no such thing")

    start_worker(count, on_finished=record("finished"), on_progress=record("progress"))
    start_worker(fail, on_failed=record("failed"))
    qtbot.waitUntil(lambda: not running_workers())

    assert all(in_gui for _kind, _args, in_gui in seen)
    assert ("finished", (42,), True) in seen
    assert ("progress", (3, 3), True) in seen  # the last report always gets through
    [(_kind, (error,), _gui)] = [item for item in seen if item[0] == "failed"]
    assert isinstance(error, ValueError) and str(error) == "no such thing"


def test_cancel_is_seen_by_the_task(qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def wait_for_cancel(context: TaskContext) -> str:
        started.set()
        while not context.cancelled():
            threading.Event().wait(0.005)
        return "stopped"

    worker = start_worker(wait_for_cancel, on_finished=outcome.append)
    assert started.wait(5)
    worker.cancel()
    qtbot.waitUntil(lambda: outcome == ["stopped"])


def test_an_outcome_for_a_widget_deleted_meanwhile_is_dropped(qtbot: QtBot) -> None:
    class Receiver(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.child = QObject(self)
            self.results: list[int] = []

        def on_finished(self, result: int) -> None:
            self.child.setObjectName(str(result))  # raises once the C++ objects are gone
            self.results.append(result)

    release = threading.Event()
    alive, doomed = Receiver(), Receiver()

    def wait(_context: TaskContext) -> int:
        assert release.wait(5)
        return 7

    start_worker(wait, on_finished=alive.on_finished)
    start_worker(wait, on_finished=doomed.on_finished)
    shiboken6.delete(doomed)  # the window was closed while its query ran
    release.set()
    qtbot.waitUntil(lambda: not running_workers())
    assert alive.results == [7]  # and the deleted one was not called (it would have raised)
