"""The package's public surface, its junk file, and its independence from Qt."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

import app.ingest as ingest
from app.ingest.junk_rules import DEFAULT_JUNK_PATH, load_rules

from .conftest import DEMO_DIR


def test_public_names_are_exported():
    for name in (
        "IngestError", "read_article", "read_articles", "read_feed", "clean_text",
        "iter_article_files", "content_hash", "SUPPORTED_EXTENSIONS",
    ):
        assert name in ingest.__all__ and hasattr(ingest, name)


def test_no_module_imports_qt():
    package = Path(ingest.__file__).parent
    for source in package.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("PySide6", "PyQt", "pyqtgraph", "app.ui")), source.name


def test_ingest_error_names_the_path_it_is_about(fixture_path):
    path = fixture_path("binary.txt")
    with pytest.raises(ingest.IngestError) as caught:
        ingest.read_article(path)
    assert caught.value.path == str(path)


def test_default_junk_file_loads_without_problems_and_is_cached():
    rules = load_rules(DEFAULT_JUNK_PATH)
    assert rules.problems == []
    assert rules.line_reason("Advertisement") == "junk"
    assert load_rules(DEFAULT_JUNK_PATH) is rules


def test_edited_junk_file_is_reloaded(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_text("Advertisement\n", encoding="utf-8")
    assert load_rules(path).line_reason("Promo") is None
    path.write_text("Advertisement\nPromo\n", encoding="utf-8")
    os.utime(path, (1, 1))
    assert load_rules(path).line_reason("Promo") == "junk"


def test_demo_articles_all_import_with_titles_and_publishers():
    paths = ingest.iter_article_files([DEMO_DIR])
    if not paths:
        pytest.skip("demo articles not present")
    for path in paths:
        article = ingest.read_article(path)
        assert article.title and len(article.text) > 1000, path.name
        assert article.publisher, path.name
        assert article.warnings == [], path.name
