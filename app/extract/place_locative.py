"""Names an article puts after a preposition of place ("a strike on a house in X killed", "residents
at X said", "families who fled from X"): places the gazetteer lacks, read as the article's own. Not
the names of institutions ("at X Prison", "the penitentiary known as X"), of storms or operations,
nor of a report's title ("… in X," is based on …). "Six of the dead were from X" places them in X."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# A place's name: up to three capitalised words (a lower-case particle may join them: "Zona da Mata",
# "Vale do Ribeira", "Sierra de la Ventana")
NAME = r"(?:al-|el-)?[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:da|do|dos|das|de|del|di|du|des|de\s+la)\s+)?(?:al-|el-)?[A-ZÀ-Þ][\w'’-]*){0,2}"
# The name closed by punctuation or by a word that goes on with the sentence
LOCATIVE = re.compile(r"\b(?:in|at|around|from)\s+(" + NAME + r")(?![\w'’-])(?=\s*[,.;:)]|\s+(?:on|in|at|where|"
                      r"when|after|before|and|since|to|was|were|had|have|has|is|are|late|early|last|this|"
                      r"overnight|killed|killing|wounded|wounding|injured|injuring|left|leaving)\b)")
# Words that open a name other rules read ("Barangay X", "Kibbutz X") or that is no place ("Cyclone X")
_NOT_OPENERS = frozenset("Barangay Kibbutz Moshav Tropical Cyclone Hurricane Typhoon Storm Operation "
                         "Mr Mrs Ms Dr".split())
_INSTITUTION_WORDS = (r"Hospital|University|School|College|Airport|Prison|Penitentiary|Jail|Barracks|Mine|Church|"
                      r"Mosque|Market|Stadium|Ministry|Council|Court|Office|Agency|Bank|Fund|Centre|Center|"
                      r"Institute|Foundation|Medicine|Morgue|Mortuary|Headquarters")  # "at Legal Medicine": the institute
_INSTITUTION = re.compile(r"\b(?:" + _INSTITUTION_WORDS + r")\b")
# "the National Maximum Security Penitentiary, known as X": a facility's other name
_KNOWN_AS = re.compile(r"\b(?i:" + _INSTITUTION_WORDS + r"|prison|jail|mine|hospital|base)\b[^.\n]{0,40}?"
                       r"\b(?:known|nicknamed)\s+as\s+(" + NAME + ")")


def locative_names(text: str, not_places: set[str], demonym: Callable[[str], str],
                   known: Callable[[str], tuple]) -> Iterator[str]:
    """The names `text` puts after "in", "at", "around" or "from" that the gazetteer lacks and may be
    places: not an acronym's ("at GMC X"), an institution's, a storm's, a nationality, a word that is
    no place ("in January"). A small town the gazetteer has keeps its own reading."""
    seen: set[str] = {m.group(1) for m in _KNOWN_AS.finditer(text)} \
        if "known as " in text or "nicknamed as " in text else set()
    for m in LOCATIVE.finditer(text):
        name = m.group(1)
        if "\n" in name:
            continue  # "killed in Kantharalak" over a line that opens "Col Somchai …": no one name
        first = name.split()[0]
        if name in seen or (len(first) > 1 and first.isupper()) or first in _NOT_OPENERS \
                or _INSTITUTION.search(name) or _INSTITUTION.match(text, m.end(1) + 1) \
                or any(w in not_places for w in name.split()):
            continue
        if text.startswith(("\"", "”", ",\"", ",”"), m.end(1)):
            continue  # "Air Attacks on Civilians in Lower Sagaing," is based on …: a report's title
        seen.add(name)
        if not known(name) and not demonym(name):
            yield name
