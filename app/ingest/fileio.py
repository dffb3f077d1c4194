"""Reading a file's bytes with a size ceiling, turning OS errors into messages for the user."""

from __future__ import annotations

import os
from pathlib import Path

from app.ingest.errors import IngestError, display_name, format_size


def read_bytes_limited(path: str | os.PathLike[str], limit: int, kind: str = "file") -> bytes:
    """Read at most `limit` bytes; a bigger file, a missing one or an unreadable one is refused."""
    name = display_name(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise _too_big(path, size, limit, kind)
            data = handle.read(limit + 1)
    except IngestError:
        raise
    except FileNotFoundError:
        raise IngestError(
            f"{name} could not be found; it may have been moved or deleted.", path
        ) from None
    except IsADirectoryError:
        raise IngestError(f"{name} is a folder, not an article file.", path) from None
    except PermissionError:
        raise IngestError(f"{name} could not be opened: permission denied.", path) from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise IngestError(f"{name} could not be read: {reason}.", path) from None
    if len(data) > limit:  # the file grew while we were reading it
        raise _too_big(path, len(data), limit, kind)
    return data


def _too_big(path: str | os.PathLike[str], size: int, limit: int, kind: str) -> IngestError:
    return IngestError(
        f"{display_name(path)} is too large to import as {kind}: it is {format_size(size)} "
        f"and the limit is {format_size(limit)}.",
        path,
    )


def extension_of(path: str | os.PathLike[str]) -> str:
    return Path(path).suffix.lower()
