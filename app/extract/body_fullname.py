"""A body said back by its kind ("the regional administration said") under the full name the
article gave it before, even where that name was no source but part of a person's title ("…, head
of the Donetsk regional military administration")."""

from __future__ import annotations

import re

_HEADS = ("administration", "ministry", "government", "council", "authority", "office", "department",
          "agency", "directorate", "committee", "commission", "command", "service", "secretariat")
# "the regional administration", "the state disaster management authority": lower-case words only
_FUNCTION = frozenset("of the to by on in at for and from with a an".split())
_REGION = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:region|oblast|province|state|governorate)\b")
_SHORT = re.compile(r"the((?:\s+[a-z][a-z-]+){1,4})\s+(" + "|".join(_HEADS) + r")")


def full_body_names(text: str, drafts) -> dict[tuple[str, int], str]:
    """(claimant, figure start) → the full name for each figure whose claimant is a body written by
    its kind, when the text named exactly one such body in full before the figure: "the", a
    capitalised name, then every word of the short name with the same head noun ("the Donetsk regional
    military administration"; "the Kharkiv Regional Military Administration" read case-blind). Not when
    the figure's sentence names a region of another name ("… in Dnipropetrovsk region, the regional
    administration said" in a live page that quoted Poltava's before)."""
    out: dict[tuple[str, int], str] = {}
    seen: dict[str, list[tuple[int, str]]] = {}
    for d in drafts:
        claimant = d.figure.claimant
        short = _SHORT.fullmatch(claimant) if claimant and claimant[:4] == "the " else None
        if short is None:
            continue
        if claimant not in seen:
            words, head = short.group(1).split(), short.group(2)
            seen[claimant] = [(at, name) for at, name in _full_names(text, head)
                              if all(w in name.lower().split() for w in words) and not _FUNCTION.intersection(name.split())]
        names = {name for at, name in seen[claimant] if at < d.figure.start}
        if len(names) == 1:
            name = names.pop()
            sentence = d.sentence
            regions = _REGION.findall(text, sentence.start, sentence.end)
            if all(r in name for r in regions):
                out[(claimant, d.figure.start)] = "the " + name
    return out


def _full_names(text: str, head: str) -> list[tuple[int, str]]:
    """Each "the <Capitalised name> <lower-case words> <head>" in `text` (the head read case-blind),
    found from the head's own occurrences, so the text is not scanned at every capital."""
    lower, out, at = text.lower(), [], 0
    while (at := lower.find(head, at)) >= 0:
        end = at + len(head)
        if end == len(text) or not text[end].isalnum():
            m = _FULL_BEFORE.search(text, max(0, at - 120), at)
            if m is not None:
                out.append((m.start(), m.group(1) + text[at:end]))
        at = end
    return out


# … ending right before the head: "the Donetsk regional military " + "administration"
_FULL_BEFORE = re.compile(r"\b[Tt]he[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,3}(?:[a-z-]+[ \t]+){0,4})$")  # (within a line)
