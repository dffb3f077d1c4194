"""GUI test fixtures: a main-window factory, a demo project built once, recorded dialogs."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import shutil
from pathlib import Path

import pytest

from app.domain import ParsedArticle, RemovedSpan

# The offscreen platform warns that it cannot propagate size hints or raise windows; harmless.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():
    """As the app does (app.ui.gc_guard): no collection on worker threads, which crashes Qt."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory) -> Path:
    """The demo project built from resources/demo once per test session."""
    from app.ui.demo import build_demo_project

    return build_demo_project(tmp_path_factory.mktemp("demo") / "demo.sitrep")


@pytest.fixture
def installed_demo(built_demo) -> Path:
    """A fresh copy of the demo where first start looks for it (the test's data dir)."""
    from app.ui.demo import demo_project_path

    target = demo_project_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built_demo, target)
    return target


@pytest.fixture
def settings():
    from app.ui.settings import Settings

    return Settings()


@pytest.fixture
def recorded_dialogs(monkeypatch):
    """Message boxes recorded instead of shown: list of (title, text, informative, details)."""
    from app.ui import dialogs

    shown: list[tuple[str, str, str, str]] = []

    def record(parent, icon, title, text, informative="", details="", object_name=""):
        shown.append((title, text, informative, details))

    monkeypatch.setattr(dialogs, "show_message", record)
    return shown


@pytest.fixture
def make_main_window(qtbot, settings):
    """Factory for main windows with a synchronous task runner unless one is given."""
    from app.ui import build_main_window
    from app.ui.workers import TaskRunner

    windows = []

    def make(project_path=None, runner=None, show=True):
        window = build_main_window(
            project_path, settings=settings, runner=runner or TaskRunner.synchronous()
        )
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def make_article(index: int, **overrides) -> tuple[ParsedArticle, str]:
    """A stored-ready article and its content hash, without going through the readers."""
    text = overrides.pop(
        "text",
        f"Article number {index} reports that at least {10 * index} people were killed.\n"
        f"Officials said on Tuesday that the toll may rise. Story {index}.",
    )
    values = dict(
        path=f"/articles/{index}.txt",
        title=f"Article {index:02d}",
        text=text,
        original=text.encode(),
        publisher=f"Publisher {index % 3}",
        published=dt.date(2024, 1, 1) + dt.timedelta(days=index),
        removed=[RemovedSpan("Something went wrong. Please try again later.", "junk", 0)],
    )
    values.update(overrides)
    return ParsedArticle(**values), hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture
def filled_project(new_project):
    """A project with `count` simple articles stored directly through the store."""

    def make(count: int = 5, name: str = "filled.sitrep"):
        project = new_project(name)
        for index in range(1, count + 1):
            article, digest = make_article(index)
            project.documents.add(article, digest)
        return project

    return make


@pytest.fixture
def article_files(tmp_path) -> Path:
    """A folder with two small, distinct plain-text articles."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "dam-burst.txt").write_text(
        "Dam burst floods three villages\n\n"
        "At least 14 people were killed when a dam burst on Sunday, regional officials said.\n\n"
        "Rescue teams were searching for dozens of missing residents late into the night.\n",
        encoding="utf-8",
    )
    (folder / "shelling-overnight.txt").write_text(
        "Overnight shelling hits border town\n\n"
        "Two civilians were killed and nine injured in overnight shelling, the governor said.\n\n"
        "The army denied targeting residential areas and said it struck a depot.\n",
        encoding="utf-8",
    )
    return folder
