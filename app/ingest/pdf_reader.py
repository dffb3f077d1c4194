"""PDF articles: the text layer pypdf can read, page by page."""

from __future__ import annotations

import io
import os

from pypdf import PdfReader

from app.domain import ParsedArticle
from app.ingest.article import build_article
from app.ingest.errors import IngestError, display_name
from app.ingest.formats import MAX_PDF_PAGES
from app.ingest.sniffing import describe_binary_format

_GENERATOR_TITLES = ("microsoft word - ", "untitled", "document")


def read_pdf(path: str | os.PathLike[str], data: bytes) -> ParsedArticle:
    name = display_name(path)
    if not data.strip():
        raise IngestError(f"{name} is empty.", path)
    if b"%PDF-" not in data[:1024]:
        kind = describe_binary_format(data)
        looks = f"it looks like {kind}" if kind else "it has no PDF header"
        raise IngestError(f"{name} is not a PDF document: {looks}.", path)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(
                f"{name} is password-protected; save an unlocked copy to import it.", path
            )
        pages = reader.pages
        count = len(pages)
        texts = [(pages[index].extract_text() or "") for index in range(min(count, MAX_PDF_PAGES))]
        title = _metadata_title(reader)
    except IngestError:
        raise
    except Exception:  # pypdf raises many kinds of errors on damaged files
        raise IngestError(
            f"{name} could not be read as a PDF; the file may be damaged.", path
        ) from None
    warnings = []
    if count > MAX_PDF_PAGES:
        warnings.append(f"only the first {MAX_PDF_PAGES} of {count} pages were read")
    body = "\n\n".join(text.strip() for text in texts if text.strip())
    if not body:
        raise IngestError(
            f"{name} has no text layer; it may be a scanned image, which Sitrep cannot read.", path
        )
    return build_article(path, body, data, title=title, warnings=warnings)


def _metadata_title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:
        return None
    if not isinstance(title, str):
        return None
    title = " ".join(title.split())
    if len(title) < 4 or title.lower().startswith(_GENERATOR_TITLES) or title.lower().endswith(
        (".doc", ".docx", ".pdf", ".indd")
    ):
        return None
    return title
