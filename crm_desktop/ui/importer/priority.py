"""Background priority for the import worker thread, so the GUI thread wins the CPU.

An import is pure Python most of the time (parsing, checking, building rows): while it runs,
the GUI thread competes with it for the GIL and, on a busy machine, for a core. Raising the
worker thread's nice value (Linux: per thread) lets the scheduler pick the GUI thread first
whenever both are ready, which bounds the GUI's stalls. Elsewhere this does nothing.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

#: how much nicer than the GUI the import thread runs
NICER_BY = 5


@contextmanager
def background_priority() -> Iterator[None]:
    """Run the block at a lower CPU priority (this thread only); restored after if allowed."""
    if not sys.platform.startswith("linux"):
        yield
        return
    tid = threading.get_native_id()
    try:
        before = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(before + NICER_BY, 19))
    except OSError:
        yield
        return
    try:
        yield
    finally:
        # lowering nice again may need a privilege: then the pool thread stays nicer
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, tid, before)
