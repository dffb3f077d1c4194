"""Recognising files that are not text at all (images, archives, documents) by their first bytes."""

from __future__ import annotations

# (prefix, offset, description); descriptions complete "it looks like ...".
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"\x00\x00\x01\x00", 0, "an icon file"),
    (b"%PDF-", 0, "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old-style Word or Excel document"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"\x1f\x8b", 0, "a gzip-compressed file"),
    (b"BZh", 0, "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", 0, "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"ustar", 257, "a tar archive"),
    (b"SQLite format 3\x00", 0, "an SQLite database (perhaps a Sitrep project)"),
    (b"\x7fELF", 0, "a program"),
    (b"\xca\xfe\xba\xbe", 0, "a program"),
    (b"\xcf\xfa\xed\xfe", 0, "a program"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg audio or video file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"\x1aE\xdf\xa3", 0, "a Matroska or WebM video"),
    (b"wOFF", 0, "a web font"),
    (b"wOF2", 0, "a web font"),
)

_ZIP_MEMBERS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "a Word document (.docx)"),
    (b"xl/", "an Excel workbook (.xlsx)"),
    (b"ppt/", "a PowerPoint presentation (.pptx)"),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file"),
    (b"application/epub+zip", "an EPUB e-book"),
)

_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}


def describe_binary_format(data: bytes) -> str | None:
    """What well-known binary format `data` starts like ("a PNG image"), or None."""
    for prefix, offset, description in _MAGIC:
        if data[offset : offset + len(prefix)] == prefix:
            return description
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        head = data[:4096]
        for member, description in _ZIP_MEMBERS:
            if member in head:
                return description
        return "a ZIP archive"
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"avif"):
            return "a HEIC or AVIF image"
        return "an MP4 or QuickTime video"
    if data.startswith(b"MZ") and b"\x00" in data[:512]:
        return "a Windows program"
    return None


# Bytes that never appear in text files apart from tab, newline, carriage return, form feed, ESC.
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"


def control_byte_ratio(data: bytes) -> float:
    """Share of control bytes in `data`; text has almost none, binary data has many."""
    if not data:
        return 0.0
    kept = data.translate(None, CONTROL_BYTES)
    return (len(data) - len(kept)) / len(data)
