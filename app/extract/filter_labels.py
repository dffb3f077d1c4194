"""Numbers that count people but are no toll, and numbers that only label: a vehicle's load ("a boat
carrying about 86 people"), a deployment ("Russia has massed around 50,000 troops"), a numbered
place ("Azraq's Village 5", "Block 4") and an age after a full name ("Private Gor Sargsyan, 19.").
`NonFigureFilter.reason` (filters.py) asks `label_reason` once its own checks have passed."""

from __future__ import annotations

import re

from app.extract.numbers import NumberMention

# "an inflatable boat carrying about 86 people", "a bus packed with 40 passengers": who was aboard
_LOAD_BEFORE = re.compile(r"\b(?:boat|boats|vessel|dinghy|dinghies|ship|raft|canoe|pirogue|bus|minibus|truck|lorry|"
                          r"plane|aircraft|helicopter|ferry|trawler)\s+(?:[\w-]+\s+){0,2}?(?:carrying|packed\s+with|"
                          r"crammed\s+with|loaded\s+with|with)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|"
                          r"at\s+least|up\s+to|an\s+estimated|over|almost)\s+)?$", re.IGNORECASE)
# … in a wreck ("capsized", "went missing after a boat carrying 22"); a boat "carrying 152 Rohingya" that
# lands or is intercepted brings a count of arrivals or captives
_WRECK = re.compile(r"\b(?:capsiz|sank|sunk|sink|overturn|crash|drown|went\s+missing|caught\s+fire|collid|plunged)",
                    re.IGNORECASE)
# "has massed around 50,000 troops", "deployed 3,000 soldiers": forces sent, not lost
_DEPLOYED_BEFORE = re.compile(r"\b(?:massed|amassed|deployed|stationed|sent|dispatched|mobilised|mobilized|"
                              r"positioned|gathered)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|at\s+least|"
                              r"up\s+to|an\s+estimated|over|almost|another|an\s+additional)\s+)?$", re.IGNORECASE)
_TROOPS_AFTER = re.compile(r"(?:\s+(?:more|extra|additional|fresh|new))?\s+(?:troops|soldiers|servicemen|"
                           r"fighters|police(?:\s+officers)?|officers|reinforcements)\b", re.IGNORECASE)
# "in Azraq's Village 5", "Block 4", "Sector 3": a place's number
_LABEL_BEFORE = re.compile(r"\b(?:Village|Block|Sector|Zone|Phase|Gate|Route|Highway|Building|Ward|Site|Section|"
                           r"Checkpoint|Shelter|Hangar|Platform|Terminal)\s$")
# "Private Gor Sargsyan, 19." (a full name, then the age, then the sentence's end)
_FULL_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+,\s$")
_AGE_END = re.compile(r"[.)](?!\d)|,\s+(?:a|an|the|who|from|of)\b")


def label_reason(text: str, m: NumberMention, before: str, after: str) -> str | None:
    """Why `m` is no figure among the cases above, or None; `before`/`after` are the 30/40
    characters around it."""
    if m.is_range:
        return None
    # the cheap tests first: this runs for nearly every number of every article
    if m.raw.isdigit() and len(m.raw) <= 3 and before.endswith(" ") and _LABEL_BEFORE.search(before):
        return "name or wire slug"
    window = text[max(0, m.start - 70) : m.start]
    if ("ith" in window or "arrying" in window or "ITH" in window or "ARRYING" in window) and \
            _LOAD_BEFORE.search(text, max(0, m.start - 70), m.start) and \
            _WRECK.search(text, max(0, text.rfind(".", 0, m.start)), m.start + 200):
        return "population"  # aboard a boat that sank: who was at risk, not who was lost or saved
    if _TROOPS_AFTER.match(after) and _DEPLOYED_BEFORE.search(text, max(0, m.start - 40), m.start):
        return "population"
    if before.endswith(", ") and m.raw.isdigit() and len(m.raw) <= 2 and _FULL_NAME_BEFORE.search(before) and \
            _AGE_END.match(after):
        return "age"
    return None
