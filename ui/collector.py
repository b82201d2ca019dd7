"""Python's cyclic garbage collector, run on the UI thread only.

Python collects reference cycles on whichever thread happens to allocate past
a threshold — in PeerDesk mostly the worker, which allocates heavily inside
SQLAlchemy. A cycle can hold Python-owned Qt objects (an icon, a font, a
persistent model index, a widget's wrapper in a traceback's frame), and Qt
objects destroyed on the worker race with the UI thread that uses their shared
data: heap corruption, and later a crash in native code far from its cause (a
random walk caught one: "malloc_consolidate(): unaligned fastbin chunk
detected" while the worker was collecting). So automatic collection is turned
off and this object collects on the UI thread instead, the generations whose
counts passed Python's own thresholds, a few times a second — the way Anki and
the PyQt wiki's GarbageCollector do.
"""

from __future__ import annotations

import gc

from ui.qt import QObject, QTimer

INTERVAL_MS = 250


class UiThreadCollector(QObject):
    """Turns automatic collection off while it lives, and collects on the UI thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect what Python would have by now (its thresholds); returns what was freed."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        """Give collection back to Python (at exit, and in tests)."""
        self.timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
