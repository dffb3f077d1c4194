"""The claim verbs that attribute nothing: a heading's word, a publication's name, a noun ("the
daily report said"), a participle ("registered refugees"), a hedge ("could not be verified"),
"claimed 30 lives", "put to sea", a tally some source after it gives ("…, the report said")."""

from __future__ import annotations

import re

from app.extract.claim_subjects import _is_noun_use
from app.extract.tokens import Term

# "could not be independently verified", "has not been confirmed": a hedge on the figure, no one's claim
_UNVERIFIED_BEFORE = re.compile(r"\b(?:not|n't|never)\s+(?:yet\s+)?(?:be|been)\s+(?:[a-z]+ly\s+)?$")
_PHRASAL_PUT = re.compile(r"\s+(?:to|out|on|up|off|down|forward|into|together|through|back|away|aside)\b")
_LIVES_AFTER = re.compile(r"\s+(?:(?:the\s+)?(?:[\w,.-]+\s+){0,4}?(?:lives|victims)|responsibility|credit)\b")
_COMBINED_BEFORE = re.compile(r"\b(?:combined|together|along|added)\s+(?:with|to)\s+$", re.IGNORECASE)
# "An earlier version of this article gave a toll of 29, citing X": the article only passed X's on
_OWN_ARTICLE = re.compile(r"\b(?:this|our)\s+(?:article|story|report|page)\b")
# "were confirmed by"; "(confirmed by partners)": a bracket's passive is the source of what it follows
# … or a count's reduced relative: "Casualties recorded by SASM from 1 to 7 November, by governorate:"
PASSIVE_BEFORE = re.compile(r"(?:\b(?:was|were|been|being|is|are|be|[Aa]s)\s+(?:[a-z]+ly\s+|also\s+|later\s+)?|\(|"
                             r"(?<![^\n])(?:Casualties|Deaths|Fatalities|Killings|Victims|Incidents|Cases|Arrests|"
                             r"Detentions|Abductions|Disappearances|Arrivals|Returns|Returnees|Crossings|Departures)"
                            r"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?\s+|"  # ("Arrivals of Afghans recorded by HRN monitors")
                            r"(?:(?<![^\n])|(?<=[.!?]\s))(?:The\s+|the\s+)?(?:latest\s+)?"  # "Figures verified by OCHA … show"
                            r"(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers|[Rr]ecords|[Ee]stimates)\s+)$")
_DOCUMENT_POSTED = re.compile(r"\b(?:statement|message|video|report|bulletin|update|notice|letter|post|note)\s+$")
_ONLY_VERBS = frozenset(("said", "says", "told", "tells", "told reporters", "added", "adds", "wrote", "warned",
                         "insisted", "noted", "stated", "announced", "admitted that", "acknowledged that"))
_CAPITAL_BEFORE = re.compile(r"\([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+$")
# "the breakdown of registered refugees", "all recorded deaths": a tally verb used as an adjective
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:of|the|all|newly|officially)\s+$")
_TALLY_VERBS = frozenset(("recorded", "registered", "logged", "counted", "saw", "records", "registers", "sees"))
# a sentence closing on its source: "…, the report said."
# (and "…, the association (BHA) said on Thursday, a figure the ministry rejected")
_SAID_AFTER = re.compile(r",\s+(?:the\s+|an?\s+)?[\w'’ ()-]{2,60}?\s+(?:said|says|reported|showed|shows|added)"
                         r"(?:\s+(?:on|late|early|in|this|last)\b[^,.;\"“”]{0,30})?"
                         r"(?:\s*[.;]?\s*$|,\s+(?:a|an|the)\s+(?:figure|number|toll|count|tally|claim)\b)")
_SUBJECT_NOUN = re.compile(r"(?<=[a-z])\s+(?:said|says|showed|shows|found|stated|noted|gave|indicated|suggested|"
                           r"listed|recorded|estimated|put)\b")
_OWNED_BEFORE = re.compile(r"[\w.)]['’]s\s+(?:[a-z]+\s+)?$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
# a short line of words ending on its claim word, with no number or stop: "Rival claims", "What officials say"
_HEADING_LINE = re.compile(r"(?:[A-Za-z'’-]+ ){1,3}")


def not_a_claim(finder, text: str, start: int, end: int, m: Term, headline: bool, out: list) -> bool:
    """Whether the claim verb `m` in the sentence [start, end) attributes no figure to anyone;
    `out` holds the claims found before it in the sentence."""
    verb = m.phrase
    if text[m.start : m.end].isupper() and m.end - m.start > 2:
        return True  # "FIELD REPORT | KALEMIE": a heading's word, no verb
    if text[m.start].isupper() and text.startswith(")", m.end) and \
            _CAPITAL_BEFORE.search(text, max(start, m.start - 30), m.start):
        return True  # "MAPUTO, Feb 24 (Indian Ocean Report) —": a publication's name, no verb
    if not headline and text[m.end : m.end + 1] in ("\n", "") and _HEADING_LINE.fullmatch(
            text, text.rfind("\n", 0, m.start) + 1, m.start):
        return True  # "Rival claims" on a line of its own: a section heading, no source
    if verb not in _ONLY_VERBS and (_is_noun_use(text, m.start, start) or _SUBJECT_NOUN.match(text, m.end)):
        return True  # "an official said" is a verb; "the daily situation report said": a noun
    if verb in _TALLY_VERBS and _ATTRIBUTIVE_BEFORE.search(text, max(start, m.start - 12), m.start) and \
            not text.startswith(" by ", m.end):
        return True  # "UNHCR's breakdown of registered Syrian refugees": a participle describing them
    if verb == "posted" and _DOCUMENT_POSTED.search(text, max(start, m.start - 25), m.start):
        return True  # "In a statement posted on its website, the organisation said": the statement's participle
    if verb in ("citing", "quoting") and (out and not _OWN_ARTICLE.search(out[-1].claimant or "") or
                                          not out and finder.verb_re.search(text, m.end, end)):
        return True  # "OCHA had given a figure of 11,300, citing the Red Crescent": OCHA's figure
    if verb in ("reports", "report") and (_FROM_BEFORE.search(text, max(start, m.start - 30), m.start) or
                                         _OWNED_BEFORE.search(text, max(start, m.start - 30), m.start)):
        return True  # "as compiled by OCHA from partner reports", "The NDRRMC's midday report:": the noun
    if verb.startswith("accus") and not text.startswith(" by ", m.end) and \
            (text.startswith(" of ", m.end) or PASSIVE_BEFORE.search(text, max(start, m.start - 20), m.start)):
        return True  # "The army, accused of killing 30", "RSF accused of …": the accused, not the accuser
    if _UNVERIFIED_BEFORE.search(text, max(start, m.start - 40), m.start):
        return True  # "The figures … could not be independently verified": a hedge
    if verb in ("put", "puts", "putting") and _PHRASAL_PUT.match(text, m.end):
        return True  # "fishermen who put to sea", "put out the fires": no toll put at a number
    if verb in ("claim", "claims") and text.startswith(" of ", m.end):
        return True  # "Viral claim of two million Sudanese arriving": the noun
    if verb.startswith("claim") and _LIVES_AFTER.match(text, m.end):
        return True  # "the floods claimed 30 lives", "X claimed responsibility": not an attribution
    if text[max(start, m.start - 30) : m.start].rstrip().lower().endswith(("th", "to")) \
            and _COMBINED_BEFORE.search(text, max(start, m.start - 30), m.start):
        return True  # "Combined with figures from the government, …": the reporter's own sum
    if verb in _TALLY_VERBS and (text.find(" according to ", m.end, end) > 0 or
                                 _SAID_AFTER.search(text, m.end, end)):
        return True  # "Jalisco recorded 2,100 homicides, according to ministry figures": the ministry's;
        # "the department had recorded 23 deaths, the report said": the report's
    return False
