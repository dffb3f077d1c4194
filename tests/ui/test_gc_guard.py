"""Garbage collection is kept off worker threads while the GUI runs."""

from __future__ import annotations

import gc

from app.ui.gc_guard import MainThreadGarbageCollector


def test_collector_disables_automatic_collection_and_collects_on_its_timer(qtbot):
    gc.enable()
    collector = MainThreadGarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        cycle = []
        cycle.append(cycle)
        del cycle
        qtbot.wait(50)
    finally:
        collector.stop()
    assert gc.isenabled()
