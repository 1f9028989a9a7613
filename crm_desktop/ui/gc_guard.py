"""Python's cyclic garbage collector, run in the GUI thread only.

Left alone, the collector runs in whichever thread happens to allocate. When that is a pool
thread and the garbage holds Qt wrappers (a closed dialog in a reference cycle, say), PySide has
to destroy Qt objects from the wrong thread, and PySide 6.12 crashes doing so. So automatic
collection is switched off and this object collects from a timer in the GUI thread, using the
interpreter's own thresholds. (Anki does the same for the same reason.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start()

    def collect(self) -> None:
        """Collect the oldest generation that is over its threshold, if any."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            threshold = self._thresholds[generation] if generation < len(self._thresholds) else 0
            if threshold and counts[generation] > threshold:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Hand collection back to the interpreter."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def _on_timeout(self) -> None:
        self.collect()
