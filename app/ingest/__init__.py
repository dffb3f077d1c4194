"""Reading article files (text, Markdown, HTML, PDF, RSS/Atom) and cleaning their text.

Plain Python: no Qt. Every failure a user can cause raises IngestError with a message for a dialog.
"""

from app.ingest.cleaning import clean_text
from app.ingest.discovery import iter_article_files
from app.ingest.errors import IngestError
from app.ingest.formats import SUPPORTED_EXTENSIONS
from app.ingest.hashing import content_hash
from app.ingest.readers import read_article, read_articles, read_feed

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "IngestError",
    "clean_text",
    "content_hash",
    "iter_article_files",
    "read_article",
    "read_articles",
    "read_feed",
]
