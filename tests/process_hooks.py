"""Hooks run inside an import's child process (``process.child_hook``): importable, Qt-free."""

from __future__ import annotations

import os
import signal
import time


def slow(done: int, total: int) -> None:
    """Make the child slow enough that a test can cancel it half way."""
    time.sleep(0.2)


def explode(done: int, total: int) -> None:
    """An exception in the child after the first rows were written."""
    if done > 0:
        raise RuntimeError("disk on fire")


def die(done: int, total: int) -> None:
    """The child is killed half way (as by the OOM killer or the task manager)."""
    if done > 0:
        os.kill(os.getpid(), signal.SIGKILL)
