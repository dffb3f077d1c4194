"""The denier's name as a denial verb's reader left it, made a name: an auxiliary and adverb after
the subject dropped ("Kabul has repeatedly denied" → Kabul), the agent of a passive denial after an
object noun ("a claim rejected by Morocco's Royal Armed Forces (FAR)" → FAR), no lone adverb
("firmly"), and a phrase opening on a preposition ("of any patrol in the area … and rejected") given
back to the sentence's speaker."""

from __future__ import annotations

import re

# "has repeatedly", "have also", "had since": what stands between a subject and its denial verb
_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|again|since|repeatedly|consistently|previously|already|"
                       r"strongly|flatly|firmly|categorically|quickly|swiftly|publicly|vehemently|angrily))+$",
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
