"""PDF articles through pypdf's text layer."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest import IngestError, read_article

from .conftest import make_pdf

LINES = [
    "Shelling kills 34 in Kharkiv",
    "By Olena Kravets, Northline Press - KYIV, March 9, 2022",
    "At least 34 civilians were killed in the shelling, officials said.",
]


def test_pdf_text_layer_becomes_the_article(write_file):
    article = read_article(write_file("report.pdf", make_pdf(LINES)))
    assert article.text == "\n".join(LINES)
    assert article.title == "Shelling kills 34 in Kharkiv"
    assert article.publisher == "Northline Press"
    assert article.published == dt.date(2022, 3, 9)


def test_pdf_metadata_title_is_preferred(write_file):
    data = make_pdf(LINES, title="Kharkiv shelling report")
    article = read_article(write_file("report.pdf", data))
    assert article.title == "Kharkiv shelling report"


def test_pdf_generator_titles_are_ignored(write_file):
    data = make_pdf(LINES, title="Microsoft Word - draft3.docx")
    assert read_article(write_file("report.pdf", data)).title == "Shelling kills 34 in Kharkiv"


def test_pdf_without_text_is_refused_as_scanned(write_file):
    with pytest.raises(IngestError, match="'scan.pdf' has no text layer"):
        read_article(write_file("scan.pdf", make_pdf([])))


def test_damaged_pdf_is_refused(write_file):
    with pytest.raises(IngestError, match="'broken.pdf' could not be read as a PDF"):
        data = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog" + b"\x00" * 50
        read_article(write_file("broken.pdf", data))


def test_file_named_pdf_that_is_not_a_pdf_is_refused(write_file):
    message = "'photo.pdf' is not a PDF document: it looks like a PNG image."
    with pytest.raises(IngestError, match=message):
        read_article(write_file("photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(64)))
