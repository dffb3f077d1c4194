"""Loads the extraction vocabulary from `resources/vocab` once, so users can extend it without code."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

VOCAB_DIR = Path(__file__).resolve().parents[2] / "resources" / "vocab"

MAP_FILES = ("measures", "who", "sides", "qualifiers", "vague_quantities", "titles", "body_acronyms")
LIST_FILES = (
    "hedges",
    "claim_verbs",
    "denial_verbs",
    "non_figure_units",
    "non_figure_before",
    "not_places",
    "claimant_nouns",
    "org_words",
    "person_nouns",
)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Every word list the extractor uses, as phrase → key maps and phrase tuples (lower case)."""

    measures: dict[str, str]
    who: dict[str, str]
    sides: dict[str, str]
    qualifiers: dict[str, str]
    vague_quantities: dict[str, str]
    titles: dict[str, str]
    body_acronyms: dict[str, str]
    hedges: tuple[str, ...]
    claim_verbs: tuple[str, ...]
    denial_verbs: tuple[str, ...]
    non_figure_units: tuple[str, ...]
    non_figure_before: tuple[str, ...]
    not_places: tuple[str, ...]
    claimant_nouns: tuple[str, ...]
    org_words: tuple[str, ...]
    person_nouns: tuple[str, ...]


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _read_map(paths: list[Path]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for path in paths:
        for line in _lines(path):
            key, sep, rest = line.partition(":")
            if not sep:
                continue
            for phrase in rest.split(","):
                phrase = " ".join(phrase.split()).lower()
                if phrase:
                    mapping.setdefault(phrase, key.strip().lower())
    return mapping


def _read_list(paths: list[Path], *, keep_case: bool = False) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for path in paths:
        for line in _lines(path):
            phrase = " ".join(line.split())
            seen.setdefault(phrase if keep_case else phrase.lower(), None)
    return tuple(seen)


def vocabulary_dirs() -> list[Path]:
    """The shipped folder, then the user's extra folder from SITREP_VOCAB_DIR, if any."""
    dirs = [VOCAB_DIR]
    extra = os.environ.get("SITREP_VOCAB_DIR")
    if extra:
        dirs.append(Path(extra))
    return dirs


def load_vocabulary(dirs: list[Path] | None = None) -> Vocabulary:
    """Read every vocabulary file from `dirs` (default: `vocabulary_dirs()`); later dirs add words."""
    dirs = vocabulary_dirs() if dirs is None else dirs
    maps = {name: _read_map([d / f"{name}.txt" for d in dirs]) for name in MAP_FILES}
    lists = {
        name: _read_list([d / f"{name}.txt" for d in dirs], keep_case=name in ("not_places", "non_figure_before", "org_words"))
        for name in LIST_FILES
    }
    return Vocabulary(**maps, **lists)


def phrase_pattern(phrases, *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One compiled whole-word pattern for many phrases, longest match first.

    The alternation is laid out as a character trie so the regex engine branches on each
    character instead of trying every phrase in turn; spaces match any run of whitespace.
    """
    words = {" ".join(p.lower().split()) for p in phrases if p and p.strip()}
    if not words:
        return re.compile(r"(?!x)x")
    trie: dict = {}
    for phrase in words:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _trie_regex(trie)
    alnum_start = all(w[0].isalnum() for w in words)
    left = r"(?<![\w])" if alnum_start else r"(?:(?<![\w])|(?=\W))"
    return re.compile(rf"{left}(?:{body})(?![\w])" if all(w[-1].isalnum() for w in words)
                      else rf"{left}(?:{body})(?:(?![\w])|(?<=\W))", flags)


def _trie_regex(node: dict) -> str:
    branches = []
    ends = "" in node
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{alternation})?" if ends else alternation
