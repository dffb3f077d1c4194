"""Claims read from the shape of a clause: "claims by X that …" (X's, for what follows), the
subject of a clause before its participle ("X accused …, saying"), and a place aside between a
name and its verb ("Witnesses in Goma, the provincial capital, said")."""

from __future__ import annotations

import re

from app.extract.claim_spans import source_span

# "The opposition party accused the government of lying, saying …": the participle's speaker is
# the subject of the clause's verb, not the whole clause
SUBJECT_OF_CLAUSE = re.compile(r"^((?:[\w'’.&-]+\s+){0,6}?[\w'’.&-]+)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
                               r"(?:(?:[a-z]{3,}ed|gave|took|hit|put|made|held|sent|wrote|told|drew|threw)\s+"
                               r"(?:the|an?|its|their|his|her|him|them|it|of|to|on|that|[A-Z])|went\s+further)\b")
# A body's own name as a clause's subject: "The RSF", "Blue Valley Cooperative Farms"
_PROPER = re.compile(r"(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.&-]*))*")
# "rejected claims by rights groups that 135 died": the source after "by"
CLAIMS_BY = re.compile(r"((?:the\s+)?(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)\s+that\s")
# "Witnesses in Goma, the provincial capital, said": an aside on the place the subject ends with
_PLACE_ASIDE = re.compile(r"the\s+(?:[\w-]+\s+){0,3}?(?:capital|city|town|village|province|region|district|port|"
                          r"hub|seat|border\s+town)(?:\s+of\s+[\w'’ -]+)?$|"
                          # "A health worker in Niono, more than 100 kilometers (60 miles) away, said"
                          r"(?:(?:more|less)\s+than\s+|about\s+|some\s+|nearly\s+)?\d[\d,.]*\s*(?:kilometers|kilometres|"
                          r"km|miles)(?:\s*\([^)]*\))?\s+(?:away|(?:to\s+the\s+)?(?:north|south|east|west)\w*)"
                          r"(?:\s+of\s+[\w'’ -]+)?$")
_ENDS_IN_NAME = re.compile(r"\s(?:in|at|from|near|of)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*$")


def place_aside(parts: list[str]) -> bool:
    """The last comma part describes the place that the part before it ends with."""
    return bool(_PLACE_ASIDE.match(parts[-1]) and _ENDS_IN_NAME.search(parts[-2]))


def claims_by(finder, text: str, pos: int, end: int, people, previous, out, memo) -> str | None:
    """ "claims by rights groups that …": the source after "by", when "that" follows it."""
    m = CLAIMS_BY.match(text, pos, end)
    if not m or not finder._plausible(m.group(1)):
        return None
    np = source_span(m.group(1))
    return finder.resolve(np, text, pos, people, (lambda complete=True: previous(complete) + out)
                          if callable(previous) else previous + out, memo)


def clause_subject(finder, np: str) -> str:
    """ "The opposition party accused the government of lying" → "The opposition party"."""
    m = SUBJECT_OF_CLAUSE.match(np) if len(np.split()) >= 4 else None
    if m and (finder._source_head(m.group(1)) and finder._plausible(m.group(1)) or _PROPER.fullmatch(m.group(1))):
        return m.group(1)  # … or a body's own name: "The RSF denied the accusations …, saying"
    return np


# "dismissed reports on social media that over 100 were kidnapped": the reports are the source of what follows
_REPORTS_BEFORE = re.compile(r"(?:\b(?:unconfirmed|media|local|earlier|initial|press|news|social\s+media|online|"
                             r"conflicting|unverified|some|other)\s+){0,2}$")
_REPORTS_AFTER = re.compile(r"(?:\s+(?:on|in)\s+(?:(?:the|local|social|state|national|some)\s+){0,2}"
                            r"(?:media|press|newspapers|outlets|platforms|networks|channels))?\s+that\s")


# A subject right before "reports": a name, an acronym in brackets, a body's head noun
_SUBJECT_BEFORE = re.compile(r"(?:\b(?!(?:Unconfirmed|Media|Local|Earlier|Initial|Press|News|Online|Some|Other|"
                             r"Conflicting|Unverified|There|But|And|Yet|Amid)\b)[A-Z][\w'’-]+|\)|\b(?:ministry|agency|"
                             r"office|police|government|army|department|authority|authorities|committee|council|"
                             r"cluster|team|service|mission|secretariat|directorate|bureau|commission|unit|centre|"
                             r"center|observatory|network|organi[sz]ation|group|society|crescent|coalition|secretary)|,)\s+$")  # (after an aside: "X, which …, reports that")


_RECEIVED_BEFORE = re.compile(r"\b(?:received|receiving|gathered|collected|documented|verified)\s+(?:[a-z]+\s+){0,2}$")


def reports_that(text: str, start: int, at: int, end: int) -> str | None:
    """ "reports on social media" for "… dismissed reports on social media that over 100 …", as written:
    unowned reports whose content is the figure ("its reports that" are its own)."""
    after = _REPORTS_AFTER.match(text, end)
    if after is None or text[max(start, at - 6) : at].lower().endswith(("the ", "its ", "his ", "her ", "their ")):
        return None
    if _SUBJECT_BEFORE.search(text, max(start, at - 30), at) or _RECEIVED_BEFORE.search(text, max(start, at - 40), at):
        return None  # "The Ministry of Health (MOH) reports that 19 …": a verb, its subject the source; "X said it
        # had received credible reports that 25 …": X's own account
    before = _REPORTS_BEFORE.search(text, max(start, at - 40), at)
    return text[before.start() if before else at : after.end() - 6].strip()
