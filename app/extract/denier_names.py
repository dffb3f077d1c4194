"""The denier's name as a denial verb's reader left it, made a name: an auxiliary and adverb after
the subject dropped ("Kabul has repeatedly denied" → Kabul), the agent of a passive denial after an
object noun ("a claim rejected by Morocco's Royal Armed Forces (FAR)" → FAR), no lone adverb
("firmly"), and a phrase opening on a preposition ("of any patrol in the area … and rejected") given
back to the sentence's speaker. Also who the denier is to the figure: the source's own spokesman
(`speaks_for`), a body with its own modifier (`own_modifier`), the army under another of its names
(`military_own`), and a person without rank or office (`bare_name`)."""

from __future__ import annotations

import re

# "has repeatedly", "have also", "had since": what stands between a subject and its denial verb
_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|again|since|repeatedly|consistently|previously|already|"
                       r"long|strongly|flatly|firmly|categorically|quickly|swiftly|publicly|vehemently|angrily))+$",
                       re.IGNORECASE)
_LONE_ADVERB = re.compile(r"[a-z]+ly")
# "a claim rejected by X", "a figure disputed by X": the object the clause describes
_OBJECT_NOUN = re.compile(r"(?:an?|the|this|that)\s+(?:figure|claim|number|toll|estimate|tally|count|assertion)s?",
                          re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+((?:the\s+)?[A-Z][^,;.()\"“”]{1,80}?)(?:\s+\(([A-Z][A-Za-z]{1,9})\))?(?=[,;.]|\s+(?:who|which|as|on|in)\b)")
# "of any patrol in the area": a phrase read back that opens on a preposition is no name
_PREPOSITION_OPENS = re.compile(r"(?:of|in|at|on|for|from|to|with|by|about|over|into)\s")


def denier_name(text: str, claimant: str | None, verb_end: int, said_before: list) -> str | None:
    """The name of who denies, from `claimant` as the denial's reader gave it; `verb_end` ends the
    denial verb and `said_before` holds the sentence's claims before it, in text order."""
    if not claimant:
        return claimant
    if _PREPOSITION_OPENS.match(claimant):
        return said_before[-1].claimant if said_before else None
    if _OBJECT_NOUN.fullmatch(claimant):
        agent = _BY_AGENT.match(text, verb_end)
        return (agent.group(2) or agent.group(1)) if agent else claimant
    if _LONE_ADVERB.fullmatch(claimant):
        return None
    stripped = _AUX_TAIL.sub("", claimant)
    return stripped or claimant


def speaks_for(claimant: str | None, before: str) -> bool:
    """The denier, in the words `before` the denial, is introduced as the figure's source's own ("a
    PNH spokesman, Inspector X" for the PNH's toll): the body's acronym before a spokesman's title."""
    return bool(claimant) and claimant.isupper() and 2 <= len(claimant) <= 8 and \
        re.search(rf"\b{re.escape(claimant)}\s+(?:spokes\w+|official|commander|chief|director)\b", before) is not None


# "The interior ministry rejected …": a body whose modifier the name it was resolved to lacks
# ("the Syrian health ministry") is another body of that kind; it keeps its own words
_MODIFIED_BODY = re.compile(r"\b[Tt]he\s+([a-z][\w-]+)\s+([a-z][\w-]+)\s+(?:(?:has|had|have|also|swiftly|quickly|later)\s+)?$")


def own_modifier(text: str, start: int, denial):
    m = _MODIFIED_BODY.search(text, max(start, denial.start - 60), denial.start)
    if m is None:
        return denial
    name = denial.claimant.lower()
    if re.search(rf"\b{re.escape(m.group(2))}\b", name) and not re.search(rf"\b{re.escape(m.group(1))}\b", name):
        return denial._replace(claimant="the " + m.group(1) + " " + m.group(2))
    return denial


_MILITARY = re.compile(r"\b(?:army|military|armed\s+forces|defen[cs]e\s+forces|troops)\b", re.IGNORECASE)


def military_own(drafts, s, denial):
    """The armed forces' own figure, given in the denial's paragraph before it, when the denier is
    "the army" / "the military": the same body under another of its names."""
    if not _MILITARY.search(denial.claimant) or not denial.claimant.lower().startswith("the "):
        return None
    return next((d for d in reversed(drafts) if d.start < denial.start and d.sentence.paragraph == s.paragraph and
                 d.figure.claimant and _MILITARY.search(d.figure.claimant)), None)


_RANK = re.compile(r"(?:(?:Brigadier|Major|Lieutenant|Lt\.?|Maj\.|Brig\.)(?:[\s-]+(?:General|Gen\.?|Colonel|Col\.?))?|"
                   r"General|Gen\.|Colonel|Col\.|Captain|Capt\.|Sergeant|Sgt\.|Admiral|Adm\.)\s+"
                   r"(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$)")


_TITLE_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]+\s+")  # capitalised words, not a lone "U"


def bare_name(claimant: str, people) -> str:
    """A person as the gold names them, without the rank or office written before the name:
    "Lieutenant Jules Ngongo", "Wapenamanda MP Peter Yaki", "Brigadier Abdu Majili" → the name."""
    name = next((p.name for p in people if len(p.name) < len(claimant) and claimant.endswith(" " + p.name) and
                 " " in p.name and _TITLE_BEFORE.fullmatch(claimant, 0, len(claimant) - len(p.name))), None)
    if name is not None:
        claimant = name
    rank = _RANK.match(claimant)
    return claimant[rank.end():] if rank else claimant
