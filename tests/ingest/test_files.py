"""Finding files to import, reading them safely, and the content fingerprint."""

from __future__ import annotations

import pytest

from app.ingest import (
    SUPPORTED_EXTENSIONS,
    IngestError,
    content_hash,
    iter_article_files,
    read_article,
)
from app.ingest import fileio


def test_supported_extensions_cover_every_reader():
    assert SUPPORTED_EXTENSIONS == {
        ".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".rss", ".atom", ".xml"
    }


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    for name in ["b.txt", "A.html", "notes.docx", "sub/c.md", "sub/deeper/d.pdf", "z.rss"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = iter_article_files([tmp_path])
    assert [path.relative_to(tmp_path).as_posix() for path in found] == [
        "A.html", "b.txt", "z.rss", "sub/c.md", "sub/deeper/d.pdf"
    ]


def test_hidden_entries_and_project_files_are_skipped(tmp_path):
    names = [".hidden.txt", ".git/x.txt", "war.sitrep", "war.sitrep-wal", "old.sitrep/x.txt"]
    for name in [*names, "ok.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [path.name for path in iter_article_files([tmp_path])] == ["ok.txt"]


def test_files_given_directly_are_kept_as_given_once(tmp_path):
    odd = tmp_path / "scan.docx"
    missing = tmp_path / "gone.txt"
    odd.write_text("x")
    found = iter_article_files([str(odd), missing, odd, tmp_path])
    assert found == [odd, missing]


def test_missing_file_gives_a_clear_message(tmp_path):
    with pytest.raises(IngestError) as caught:
        read_article(tmp_path / "gone.txt")
    assert str(caught.value) == "'gone.txt' could not be found; it may have been moved or deleted."
    assert caught.value.path == str(tmp_path / "gone.txt")


def test_folder_given_as_an_article_gives_a_clear_message(tmp_path):
    folder = tmp_path / "notes.txt"
    folder.mkdir()
    with pytest.raises(IngestError, match="'notes.txt' is a folder, not an article file."):
        read_article(folder)


def test_unreadable_file_gives_a_clear_message(write_file, monkeypatch):
    path = write_file("locked.txt", "Title\n\nText")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fileio, "open", refuse, raising=False)
    with pytest.raises(IngestError, match="'locked.txt' could not be opened: permission denied."):
        read_article(path)


def test_unsupported_file_type_is_refused(write_file):
    with pytest.raises(IngestError, match=r"'notes.docx' is not a supported file type \("):
        read_article(write_file("notes.docx", "x"))


def test_oversized_text_file_is_refused_with_its_size(write_file):
    path = write_file("log.txt", b"a" * 10_000_001)
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert str(caught.value) == (
        "'log.txt' is too large to import as a text article: "
        "it is 10.0 MB and the limit is 10.0 MB."
    )


def test_same_article_with_other_line_endings_has_the_same_hash(fixture_path):
    first = read_article(fixture_path("duplicate_a.txt"))
    second = read_article(fixture_path("duplicate_b.txt"))
    assert content_hash(first.text) == content_hash(second.text)
    assert content_hash(fixture_path("duplicate_a.txt").read_text()) == content_hash(
        fixture_path("duplicate_b.txt").read_text()
    )


def test_different_text_has_a_different_hash():
    assert content_hash("34 killed") != content_hash("35 killed")
    assert len(content_hash("x")) == 64


def test_readme_in_a_folder_of_articles_is_not_imported(tmp_path):
    from app.ingest import iter_article_files

    (tmp_path / "README.md").write_text("# About these files\n")
    (tmp_path / "LICENSE.txt").write_text("CC-BY\n")
    (tmp_path / "report.txt").write_text("Toll rises\n\nAt least 4 people were killed.\n")
    assert [p.name for p in iter_article_files([tmp_path])] == ["report.txt"]
    assert [p.name for p in iter_article_files([tmp_path / "README.md"])] == ["README.md"]
