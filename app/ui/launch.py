"""Start the GUI: the QApplication, the main window, and the smoke-test and screenshot modes."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from app import APP_NAME, __version__

SCREENSHOT_SETTLE_MS = 300


def _wait(msecs: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def _install_excepthook(window) -> None:
    """An unexpected error in a slot gets a dialog instead of vanishing into the terminal."""
    from app.ui import dialogs

    def hook(exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.stderr.write(text)
        dialogs.show_error(
            window,
            "Unexpected error",
            f"Something went wrong: {exc}. Your project is saved as you go; if this keeps "
            "happening, please report it with the details below.",
            details=text,
        )

    sys.excepthook = hook


def run_gui(
    project_path: str | None, smoke_test: bool = False, screenshot: str | None = None
) -> int:
    """Run the window until it closes; with `smoke_test` or `screenshot`, build it and return."""
    started = time.perf_counter()
    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings_dir = None
    if smoke_test and "SITREP_SETTINGS_DIR" not in os.environ:
        settings_dir = tempfile.TemporaryDirectory(prefix="sitrep-smoke-")
        os.environ["SITREP_SETTINGS_DIR"] = settings_dir.name  # leave the user's settings alone

    from PySide6.QtWidgets import QApplication

    from app.ui import app_icon, build_main_window
    from app.ui.gc_guard import MainThreadGarbageCollector

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("sitrep")
    app.setWindowIcon(app_icon())

    window = build_main_window(project_path)
    window.show()
    app.processEvents()
    if smoke_test:
        return _finish_smoke_test(app, window, started, settings_dir)
    if screenshot:
        _wait(SCREENSHOT_SETTLE_MS)
        saved = window.grab().save(str(Path(screenshot)))
        window.close()
        if not saved:
            print(f"sitrep: could not write the screenshot to {screenshot}", file=sys.stderr)
            return 1
        return 0
    _install_excepthook(window)
    collector = MainThreadGarbageCollector()  # import workers allocate; collect only here
    try:
        return app.exec()
    finally:
        collector.stop()


def _finish_smoke_test(app, window, started: float, settings_dir) -> int:
    project = window.project
    rows = window.library_model.total_count()
    elapsed = time.perf_counter() - started
    window.close()
    app.processEvents()
    if settings_dir is not None:
        settings_dir.cleanup()
    if project is None:
        print("sitrep smoke test: FAILED, no project could be opened", file=sys.stderr)
        return 1
    print(
        f"sitrep smoke test: ok, '{project.name}' with {rows} articles, "
        f"window ready in {elapsed:.2f} s"
    )
    return 0
