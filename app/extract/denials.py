"""Who disputes a figure: "Moscow denied…", "Hamas rejected the ministry's toll" → disputed_by."""

from __future__ import annotations

import re

from app.domain import Measure

_NOT_DISPUTE = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:responsibility|involvement|blame|any\s+role|role|carrying\s+out|"
    r"that\s+it\s+(?:carried|was)|striking|hitting|the\s+attack|the\s+strike)\b",
    re.IGNORECASE,
)
_GENERIC_TOLL = re.compile(r"\s+the\s+(?:death\s+)?toll\b", re.IGNORECASE)
_DENIAL_OBJECT_OWNER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:the\s+)?([\w' -]{2,40}?)['’]s\s", re.IGNORECASE)


def apply_denials(claimants, text, sentences, drafts, people, claims, denial_verbs) -> None:
    """Set `disputed_by` on the drafts a denial in the article is about.

    A denial covers the figures before it in its paragraph, and figures anywhere whose claimant
    owns the denied object ("rejected the ministry's figures")."""
    for s in sentences:
        verbs = denial_verbs.within(s.start, s.end)
        if not verbs:
            continue
        for denial in claimants.denials(text, s.start, s.end, people, claims, verbs):
            if not denial.claimant or _NOT_DISPUTE.match(text, denial.end):
                continue
            owner = _DENIAL_OBJECT_OWNER.match(text, denial.end)
            generic = None if owner else _GENERIC_TOLL.match(text, denial.end)
            for d in drafts:
                same_paragraph = d.sentence.paragraph == s.paragraph and d.start < denial.start
                owned = False
                if generic and d.start < denial.start and d.figure.claimant and \
                        d.figure.claimant != denial.claimant:
                    # "He disputed the death toll": the tolls reported before it
                    owned = d.figure.measure in (Measure.KILLED, Measure.CASUALTIES)
                if owner and d.figure.claimant and d.sentence.index > 0:
                    who = owner.group(1).strip().lower()
                    resolved = claimants.resolve(owner.group(1).strip(), text, denial.start, people, claims)
                    owned = (resolved and resolved.lower() == d.figure.claimant.lower()) or \
                        who in d.figure.claimant.lower()
                    if owned and "toll" in text[denial.end : denial.end + 60].lower():
                        owned = d.figure.measure in (Measure.KILLED, Measure.CASUALTIES)
                if (same_paragraph or owned) and d.figure.disputed_by is None:
                    d.figure.disputed_by = denial.claimant
