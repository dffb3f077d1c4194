"""Keep Python's cyclic garbage collection on the GUI thread.

The collector runs in whichever thread happens to allocate; when a worker thread (an import)
triggers it and it frees a cycle holding Qt objects, Qt destroys them on the wrong thread and
crashes. So automatic collection is switched off and a main-thread timer collects instead.
This is the technique of pyqtgraph's `util.garbage_collector.GarbageCollector`; this one is a
QObject child of the window and turns automatic collection back on when it goes, which tests and
embedding need. It is a standing design for worker threads, not a workaround for one PySide6 release.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    """While it lives, garbage is collected on the thread that created it (the GUI thread)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        self.destroyed.connect(_restore_automatic_collection)

    def collect_due(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                break
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def _restore_automatic_collection() -> None:
    gc.enable()
