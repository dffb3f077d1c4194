"""A body's short name given in an appositive: "the agency that runs the prisons, known by its
Spanish acronym, SNAI," and "The agency, known by its Spanish acronym Copeco, said": the claim is
the short name's, which the article goes on to use."""

from __future__ import annotations

import re

# "known by its (Spanish) acronym(,) X" takes any capitalised word; "known as X" only a word with
# a second capital or a digit ("known as MINUSCA", "known as M23"), not "known as Lake Chad"
_KNOWN = (r"(?:also\s+)?known\s+(?:by\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:acronym|initials|abbreviation)"
          r",?\s+([A-Z][\w&-]{1,15})|as\s+([A-Z][a-z]*[A-Z0-9][\w-]{0,10}))\b")
# "the agency that runs the prisons, known by …": a relative clause may come between
_KNOWN_AFTER = re.compile(r"(?:\s+(?:that|which|who)\s+[^,.;]{3,80}?)?,\s+" + _KNOWN)
_KNOWN_PHRASE = re.compile(r"(?:.*?,\s+)?" + _KNOWN + r",?$")


def known_after(text: str, pos: int, end: int) -> str | None:
    """The short name given just after a noun phrase ending at `pos`, if any."""
    m = _KNOWN_AFTER.match(text, pos, end)
    return (m.group(1) or m.group(2)) if m else None


def known_name(np: str) -> str | None:
    """ "known by its Spanish acronym Copeco" (the appositive taken as the subject) → "Copeco"."""
    if "known" not in np:
        return None
    m = _KNOWN_PHRASE.fullmatch(np)
    return (m.group(1) or m.group(2)) if m else None
