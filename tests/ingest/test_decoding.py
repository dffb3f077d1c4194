"""Bytes to text: encodings come out right, binary and empty files are refused clearly."""

from __future__ import annotations

import codecs

import pytest

from app.ingest import IngestError, read_article
from app.ingest.decoding import decode_text

RUSSIAN = (
    "Обстрел жилого квартала в Харькове\n\nПо меньшей мере 27 человек погибли, в том числе "
    "трое детей, сообщили местные власти. Еще 64 человека получили ранения."
)
FRENCH = (
    "Séisme : le bilan dépasse 5 000 morts\n\nLe bilan du séisme qui a frappé lundi la Turquie "
    "dépasse désormais 5 000 morts, selon les autorités. « Nous entendons encore des voix »."
)


def test_windows_1251_article_decodes_to_cyrillic(write_file):
    article = read_article(write_file("ru.txt", RUSSIAN.encode("cp1251")))
    assert article.text == RUSSIAN
    assert article.title == "Обстрел жилого квартала в Харькове"
    assert article.language == "ru"
    assert any("Windows-1251" in warning for warning in article.warnings)


def test_windows_1251_fixture_decodes_to_cyrillic(fixture_path):
    article = read_article(fixture_path("cp1251.txt"))
    assert article.title == "Обстрел жилого квартала в Харькове: не менее 27 погибших"
    assert "не менее 27 человек" in article.text
    assert article.language == "ru"


def test_latin1_french_article_keeps_its_accents(write_file):
    article = read_article(write_file("fr.txt", FRENCH.encode("latin-1")))
    assert article.text == FRENCH
    assert article.language == "fr"


def test_latin1_fixture_has_no_mojibake_and_no_replacement_characters(fixture_path):
    article = read_article(fixture_path("latin1.txt"))
    assert "Séisme" in article.title
    assert "Â" not in article.text and "\ufffd" not in article.text
    assert "5 000 morts" in article.text
    assert "« Casques blancs »" in article.text


def test_invalid_utf8_bytes_are_replaced_with_a_warning(fixture_path):
    article = read_article(fixture_path("invalid_utf8.txt"))
    assert "3 invalid bytes replaced" in article.warnings
    assert "governor’s office" in article.text  # curly quote survives
    assert "—" in article.text
    assert "Missile strike kills 9 in Mykolaiv" in article.title


def test_mostly_utf8_text_with_one_bad_byte_is_not_guessed_as_another_encoding():
    data = "Kyiv — at least 34 killed, officials said “on Tuesday”.\n".encode() * 5 + b"\xff tail"
    decoded = decode_text(data, "'x.txt'")
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == ["1 invalid byte replaced"]
    assert "“on Tuesday”" in decoded.text and "\ufffd tail" in decoded.text


def test_utf8_bom_is_removed(fixture_path):
    article = read_article(fixture_path("utf8_bom.txt"))
    assert article.title == "Evacuation convoy reaches Zaporizhzhia from Berdiansk"
    assert "\ufeff" not in article.text


def test_utf16_with_bom_reads_like_utf8(fixture_path):
    article = read_article(fixture_path("utf16.txt"))
    assert "Ірпінь" in article.text
    assert "\x00" not in article.text and "\ufeff" not in article.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_unicode_files_with_any_bom_decode(write_file, codec):
    boms = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }
    text = "Irpin: 1,200 evacuated\n\nAbout 1,200 civilians left Ірпінь on Sunday, officials said."
    article = read_article(write_file("u.txt", boms[codec] + text.encode(codec)))
    assert article.text == text


def test_utf16_without_bom_is_recognised_not_refused(write_file):
    text = "Irpin: 1,200 evacuated\n\nAbout 1,200 civilians left on Sunday, officials said."
    article = read_article(write_file("u.txt", text.encode("utf-16-le")))
    assert article.text == text


def test_binary_file_is_refused_with_clear_message(fixture_path):
    with pytest.raises(IngestError) as caught:
        read_article(fixture_path("binary.txt"))
    assert str(caught.value) == "'binary.txt' is not a text article: it looks like a PNG image."


def test_zip_with_html_name_is_refused_as_an_archive(fixture_path):
    with pytest.raises(IngestError, match=r"'not_really.html' .*ZIP archive"):
        read_article(fixture_path("not_really.html"))


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3", "a PDF document (rename it to .pdf to import it)"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a Word document (.docx)"),
        (b"\x1f\x8b\x08\x00", "a gzip-compressed file"),
        (b"SQLite format 3\x00", "an SQLite database (perhaps a Sitrep project)"),
    ],
)
def test_known_binary_formats_are_named(write_file, head, kind):
    with pytest.raises(IngestError) as caught:
        read_article(write_file("scan.txt", head + bytes(range(256)) * 4))
    assert str(caught.value) == f"'scan.txt' is not a text article: it looks like {kind}."


def test_nul_bytes_mean_binary_data(write_file):
    data = b"Some words\x00\x01\x02 and \x00\x00 random \xff\x00 bytes" * 20
    with pytest.raises(IngestError, match="'blob.txt' is not a text article: it looks like binary"):
        read_article(write_file("blob.txt", data))


def test_many_control_characters_mean_binary_data(write_file):
    data = bytes([1, 2, 3, 4, 5, 6, 65, 66, 67, 68] * 100)
    with pytest.raises(IngestError, match="binary data"):
        read_article(write_file("ctl.txt", data))


@pytest.mark.parametrize("name", ["empty.txt", "whitespace_only.txt"])
def test_empty_and_whitespace_only_fixtures_are_refused(fixture_path, name):
    with pytest.raises(IngestError) as caught:
        read_article(fixture_path(name))
    assert str(caught.value) == f"'{name}' is empty."


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")],
)
def test_empty_or_blank_files_are_refused(write_file, content):
    with pytest.raises(IngestError, match="'blank.txt' is empty."):
        read_article(write_file("blank.txt", content))


def test_error_messages_carry_no_codec_names_or_offsets(fixture_path):
    for name in ("binary.txt", "empty.txt", "not_really.html"):
        with pytest.raises(IngestError) as caught:
            read_article(fixture_path(name))
        message = str(caught.value)
        assert "codec" not in message and "position" not in message and "0x" not in message
