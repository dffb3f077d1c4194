"""Stand-ins for the per-file work of an import, run inside worker processes by the parallel tests.

They live in a module of their own so a spawned worker can import them by name.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from app.ingest.preparation import PreparedFile, prepare_file


def prepare_or_crash(path: str, is_known=None) -> PreparedFile:
    """Kills its worker process outright on any file whose name contains 'crash'."""
    if "crash" in Path(path).name:
        os._exit(3)
    return prepare_file(path, is_known)


def prepare_or_hang(path: str, is_known=None) -> PreparedFile:
    """Takes a minute over any file whose name contains 'slow': Cancel must not wait for it."""
    if "slow" in Path(path).name:
        time.sleep(60)
    return prepare_file(path, is_known)


def die_on_start() -> None:
    """A worker initializer for a machine where workers cannot run at all."""
    os._exit(4)
