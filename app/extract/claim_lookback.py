"""Names written earlier in the article that a short naming stands for: "Tarnavskyi said" →
"Oleksandr Tarnavskyi", "the Foundation said" → "the Kyiv Legal Aid Foundation", "the Mission" →
"the UN Human Rights Monitoring Mission". `NameResolver` (claim_names.py) asks these."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from app.extract.claim_phrases import HONORIFICS
from app.extract.people import NAME_TOKEN

_ORG_NAME = re.compile(r"(?<![\w'’])((?:[Tt]he\s+)|(?:[A-Z][\w-]*['’]s\s+))?"
                       r"((?:[A-Z][\w'’-]*\s+(?:of\s+|for\s+)?){0,5}[A-Z][\w-]*)")
_NAMES_AFTER_THE = re.compile(rf"\b[Tt]he[ \t]+((?:{NAME_TOKEN}[ \t]+){{1,3}})$")
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)['’]s[ \t]+$")  # "Ukraine's "
PREVIOUS_TOKEN = re.compile(rf"\b({NAME_TOKEN})[ \t]+$")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.[ ]?){1,3}[A-Z]\.|[A-Z]\.)[ \t]+$")


def occurrences(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where `word` stands as a whole word in text[start:end]."""
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            yield at
        at = text.find(word, at + 1, end)


def body_named_before(text: str, pos: int, org_words: Container[str], not_names: frozenset[str]) -> str | None:
    """The last organisation named before `pos`: capitalised words, one of them an organisation
    word ("Foundation", "Network"), with a leading "the" or owner kept."""
    last = None
    for m in _ORG_NAME.finditer(text, max(0, pos - 600), pos):
        words = m.group(2).split()
        if len(words) > 1 and any(w in org_words for w in words) and \
                (words[0] not in not_names or words[0] in org_words):
            last = ((m.group(1) or "") + m.group(2)).strip()
    return last


def longer_name_before(text: str, pos: int, name: str, not_names: frozenset[str]) -> str | None:
    """ "the Mission" → "the UN Monitoring Mission" when the article wrote the longer name before `pos`;
    "the General Staff" → "Ukraine's General Staff", its owner written before it."""
    for at in occurrences(text, name, 0, pos):
        m = _NAMES_AFTER_THE.search(text, max(0, at - 80), at)
        if m and m.group(1).split()[0] not in not_names:
            return "the " + m.group(1) + name
        m = _OWNER_BEFORE.search(text, max(0, at - 40), at) if " " in name and text.find("\n", 0, at) >= 0 else None
        if m and m.group(1) not in not_names:  # (a name of words, not an acronym; not the headline's)
            return m.group(0) + name
    return None


def full_name(text: str, surname: str, not_names: frozenset[str], titles: Container[str]) -> str | None:
    """ "Tarnavskyi said" → "Oleksandr Tarnavskyi", as first written ("Brigadier General Oleksandr
    Tarnavskyi"), when the people finder passed the name over."""
    for at in occurrences(text, surname, 0, len(text)):
        initials = _INITIALS_BEFORE.search(text, max(0, at - 12), at)  # "R.K. Singh"
        if initials:
            return f"{initials.group(1)} {surname}"
        m = PREVIOUS_TOKEN.search(text, max(0, at - 40), at)
        given = m.group(1) if m else None
        if given and given not in not_names and given.lower() not in titles and given not in HONORIFICS:
            return f"{given} {surname}"
    return None
