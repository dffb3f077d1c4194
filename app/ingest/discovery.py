"""Which files an import covers when the user picks files and folders."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from app.ingest.formats import SUPPORTED_EXTENSIONS

PROJECT_SUFFIX = ".sitrep"
# Files that travel with folders of articles but are never articles themselves.
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "copying")


def iter_article_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files exactly as given; folders walked recursively, files before subfolders, names sorted.

    Inside folders only supported extensions are kept, and hidden entries, Sitrep project
    files or folders, and README/LICENSE-style notes are skipped. Each file appears once, at its first position.
    """
    found: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = _identity(path)
        if key not in seen:
            seen.add(key)
            found.append(path)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path, set()):
                add(file)
        else:
            add(path)
    return found


def _walk(folder: Path, visited: set[Path]) -> list[Path]:
    real = _identity(folder)
    if real in visited:
        return []  # a symlink loop
    visited.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: (entry.name.casefold(), entry.name))
    except OSError:
        return []
    files: list[Path] = []
    folders: list[Path] = []
    for entry in entries:
        if entry.name.startswith(".") or _is_project(entry.name) or _is_repo_file(entry.name):
            continue
        try:
            if entry.is_dir():
                folders.append(Path(entry.path))
            elif entry.is_file() and Path(entry.name).suffix.lower() in SUPPORTED_EXTENSIONS:
                files.append(Path(entry.path))
        except OSError:
            continue
    for sub in folders:
        files.extend(_walk(sub, visited))
    return files


def _is_repo_file(name: str) -> bool:
    return Path(name).stem.lower() in NOT_ARTICLES


def _is_project(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith(PROJECT_SUFFIX) or f"{PROJECT_SUFFIX}-" in lowered


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
