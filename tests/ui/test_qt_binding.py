"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to True on every
signal emission, so any long session ends in 'bool_dealloc' crash. Pin a binding without it."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    pinged = Signal()


def test_signal_emission_keeps_python_reference_counts_intact():
    emitter = _Emitter()
    emitter.pinged.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.pinged.emit()
    lost = before - sys.getrefcount(True)
    assert lost <= 0, (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} loses a reference to "
        f"True per signal emission ({lost} in 50); the app would crash. Use another PySide6."
    )
