"""Cancelling a dashboard query that is running: SQLite's progress handler aborts it.

The GUI runs each tab on a worker inside ``cancellable(is_cancelled)``; every metrics session
opened on that thread meanwhile polls ``is_cancelled`` every few thousand SQLite steps and
interrupts the statement when it turns true (the same pattern as the search service).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.domain.errors import CrmError

Cancelled = Callable[[], bool]
#: SQLite virtual-machine steps between two polls of the cancel flag.
POLL_STEPS = 2000
_local = threading.local()


class MetricsCancelled(CrmError):
    """The user cancelled the dashboard query; nothing was computed."""

    def __init__(self) -> None:
        super().__init__("dashboard query cancelled")


@contextmanager
def cancellable(cancelled: Cancelled) -> Iterator[None]:
    """Metrics sessions opened by this thread inside the block stop when ``cancelled()``."""
    previous = getattr(_local, "cancelled", None)
    _local.cancelled = cancelled
    try:
        yield
    finally:
        _local.cancelled = previous


def current() -> Cancelled | None:
    found: Cancelled | None = getattr(_local, "cancelled", None)
    return found


@contextmanager
def interruptible(session: Session) -> Iterator[None]:
    """Abort the running statement of ``session`` when this thread's cancel flag turns true."""
    cancelled = current()
    if cancelled is None:
        yield
        return
    if cancelled():
        raise MetricsCancelled()
    raw: Any = session.connection().connection.driver_connection
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, POLL_STEPS)
    try:
        yield
    except Exception as exc:
        if cancelled():
            raise MetricsCancelled() from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)
    if cancelled():
        raise MetricsCancelled()
