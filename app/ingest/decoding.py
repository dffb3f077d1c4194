"""Bytes to text: byte-order marks, strict UTF-8, then a careful guess; binary files are refused."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from app.ingest.errors import IngestError
from app.ingest.sniffing import control_byte_ratio, describe_binary_format

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# When several legacy encodings read the bytes equally well, the one most used for news wins.
_PREFERRED_LEGACY = (
    "cp1252", "cp1251", "koi8_r", "koi8_u", "iso8859_15", "latin_1", "cp1250", "iso8859_2",
    "cp1253", "cp1254", "cp1257", "cp1256", "cp1255", "gb18030", "big5", "shift_jis",
    "euc_jp", "euc_kr", "mac_cyrillic", "iso8859_5", "cp866",
)
_MAX_CONTROL_RATIO = 0.02
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


@dataclass(slots=True)
class Decoded:
    """Decoded text, the codec that produced it and anything the user should know about it."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_text(data: bytes, name: str, declared: str | None = None) -> Decoded:
    """Decode an article's bytes; `name` is the quoted file name used in error messages.

    `declared` is an encoding the file itself names (an HTML meta charset), tried before guessing.
    """
    decoded = _decode(data, name, declared)
    if not decoded.text.strip():
        raise IngestError(f"{name} is empty.")
    return decoded


def _decode(data: bytes, name: str, declared: str | None) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_replacing(data[len(bom) :], encoding)
    if not data.strip():
        raise IngestError(f"{name} is empty.")
    kind = describe_binary_format(data)
    if kind is not None:
        hint = " (rename it to .pdf to import it)" if kind == "a PDF document" else ""
        raise IngestError(f"{name} is not a text article: it looks like {kind}{hint}.")
    if b"\x00" in data:
        utf16 = _decode_bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise IngestError(f"{name} is not a text article: it looks like binary data.")
    if control_byte_ratio(data) > _MAX_CONTROL_RATIO:
        raise IngestError(f"{name} is not a text article: it looks like binary data.")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", errors="surrogateescape")
    replaced, bad = _ESCAPED_BYTE.subn("\ufffd", escaped)
    del escaped
    valid_non_ascii = len(replaced) - len(replaced.encode("ascii", "ignore")) - bad
    if valid_non_ascii > 0 and bad <= max(valid_non_ascii, 16):
        # UTF-8 with a few damaged bytes; a legacy file almost never forms valid sequences.
        return Decoded(replaced, "utf-8", [_replaced_warning(bad)])
    if declared:
        legacy = _try_declared(data, declared)
        if legacy is not None:
            return legacy
    guessed = _guess_legacy(data)
    if guessed is not None:
        return guessed
    return Decoded(replaced, "utf-8", [_replaced_warning(bad)])


def _decode_replacing(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        strict_part = data.decode(encoding, errors="ignore")
        lost = max(1, len(text) - len(strict_part))
        return Decoded(text, encoding, [_replaced_warning(lost)])


def _decode_bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:65536]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls > 0.4 and odd_nuls < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text[:65536]) * _MAX_CONTROL_RATIO:
        return None
    return Decoded(text, encoding)


def _try_declared(data: bytes, declared: str) -> Decoded | None:
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    if codec in ("utf-8", "ascii"):
        return None
    if codec == "latin-1":  # web pages that say ISO-8859-1 mean Windows-1252
        codec = "cp1252"
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return None


def _guess_legacy(data: bytes) -> Decoded | None:
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied: list[str] = []
    for match in matches:
        if match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.02:
            tied.append(match.encoding)
            tied.extend(match.could_be_from_charset)
    encoding = next((enc for enc in _PREFERRED_LEGACY if enc in tied), best.encoding)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = best.encoding
        text = str(best)
    return Decoded(text, encoding, [f"text encoding guessed as {pretty_encoding(encoding)}"])


def _replaced_warning(count: int) -> str:
    noun = "byte" if count == 1 else "bytes"
    return f"{count} invalid {noun} replaced"


def pretty_encoding(encoding: str) -> str:
    """A codec name as people write it: cp1251 -> Windows-1251, latin_1 -> ISO-8859-1."""
    name = codecs.lookup(encoding).name
    if name.startswith("cp") and name[2:].isdigit() and len(name) == 6:
        return f"Windows-{name[2:]}"
    if name == "iso8859-1" or name == "latin-1":
        return "ISO-8859-1"
    if name.startswith("iso8859-"):
        return f"ISO-8859-{name[8:]}"
    return name.upper().replace("_", "-")
