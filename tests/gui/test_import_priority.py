"""The import worker runs nicer than the GUI thread (Linux), and is put back afterwards."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from crm_desktop.ui.importer.priority import NICER_BY, background_priority


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux")
def test_background_priority_is_per_thread_and_restored() -> None:
    seen: dict[str, int] = {}

    def work() -> None:
        tid = threading.get_native_id()
        seen["before"] = os.getpriority(os.PRIO_PROCESS, tid)
        with background_priority():
            seen["inside"] = os.getpriority(os.PRIO_PROCESS, tid)
            seen["main"] = os.getpriority(os.PRIO_PROCESS, main)
        seen["after"] = os.getpriority(os.PRIO_PROCESS, tid)

    main = threading.get_native_id()
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen["inside"] == min(seen["before"] + NICER_BY, 19)
    assert seen["main"] == os.getpriority(os.PRIO_PROCESS, main)  # the GUI thread untouched
    if os.geteuid() == 0:
        assert seen["after"] == seen["before"]
