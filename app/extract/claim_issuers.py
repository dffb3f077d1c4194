"""A source written as the document that carries the figure ("Monday's communiqué put the losses at
…", "a police statement said", "the judgment says", "the 64-page report") → the body that issued it:
the body a document noun names ("police", "UNHCR"), else the last source before it whose sentence
presents that kind of document, or a court for a judgment."""

from __future__ import annotations

import re

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday",
         "Tonight", "Last", "This")
_DOCUMENT = re.compile(
    r"(?:(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+|(?P<day>[A-Z][a-z]+)['’]s\s+)?"
    r"(?:(?:first|second|third|latest|new|earlier|initial|later|final|updated|joint|separate|written|official|"
    r"brief|short|full|\d+-page|[a-z]+-page)\s+)*"
    r"(?P<mod>(?:[a-z]+\s+){1,2}|[A-Z]{2,8}\s+)?"  # ("the civil defence bulletin")
    r"(?P<noun>statement|communiqu[eé]|report|judgment|judgement|ruling|verdict|bulletin|press\s+release|release|"
    r"update|letter|filing|indictment|decision|alert|early\s+warning)s?")
# The document nouns a sentence presents, by family (a judgment is the court's ruling, verdict or decision)
_RULING = r"judge?ments?\b|rulings?\b|ruled\b|verdicts?\b"
_RULING_NOUNS = ("judgment", "ruling", "verdict", "decision")
_FAMILY = {"judgment": _RULING, "ruling": _RULING, "verdict": _RULING, "decision": _RULING + r"|decisions?\b",
           "communiqué": r"communiqu|statements?\b", "statement": r"statements?\b|communiqu",
           "release": r"releases?\b|statements?\b", "press release": r"releases?\b|statements?\b",
           "report": r"reports?\b", "bulletin": r"bulletins?\b", "update": r"updates?\b", "letter": r"letters?\b",
           "filing": r"filings?\b", "indictment": r"indictments?\b",
           "alert": r"alerts?\b|warn", "early warning": r"alerts?\b|warn"}
# A court's name: the issuer of a judgment even where its sentence names none
_COURT = re.compile(r"\b(?:Court|Tribunal|Chamber|ECHR|ICC|ICJ|court|tribunal)\b")
# Bodies a document noun may name before it ("a police statement", "an army communiqué")
_BODY_WORDS = {"police": "police", "army": "the army", "military": "the military", "government": "the government",
               "ministry": "the ministry", "court": "the court", "tribunal": "the tribunal"}
# "… released Wednesday by the Réseau Artibonite pour les Droits Humains (RADH)": the issuer named after it
_ISSUED_BY = (r"\s+(?:released|published|issued|presented|compiled|sent)\s+(?:on\s+)?(?:[A-Z][a-z]+\s+)?by\s+"
              r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|pour|les|des|de|del|du|da|do|das|dos|la|le|los|"
              r"las|el|al|the|and|et|y)(?![\w'’-]))*)"
              r"(?:\s+\(([A-Z]{2,8})\))?")
_REACH = 3000  # how far back the issuer's own sentence may stand


def issuer_names(drafts) -> None:
    """Give each draft whose claimant is a document the body that issued it, where the text tells."""
    for k, draft in enumerate(drafts):
        claimant = draft.figure.claimant
        if not claimant or not claimant[-1:].isalpha():
            continue
        if claimant in _DAYS:  # "Tuesday's statement put …", read back to its day
            said = re.search(claimant + r"['’]s\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|report|bulletin|update|"
                             r"release|briefing)", draft.figure.sentence or "")
            claimant = said.group() if said else claimant
        m = _DOCUMENT.fullmatch(claimant)
        if m is None or (m.group("day") and m.group("day") not in _DAYS) or \
                not (m.group("det") or m.group("day") or m.group("mod")):
            continue  # "UNICEF's report" is UNICEF's, read as such before; "reports" may be anyone's
        mod = (m.group("mod") or "").strip()
        if mod.isupper():
            draft.figure.claimant = mod  # "a UNHCR update"
            continue
        if mod in _BODY_WORDS:
            draft.figure.claimant = _BODY_WORDS[mod]
            continue
        by = re.search(re.escape(claimant) + _ISSUED_BY, draft.figure.sentence or "")
        if by:  # "according to a report released Wednesday by the Réseau … (RADH)": RADH
            draft.figure.claimant = by.group(2) or by.group(1)
            continue
        noun = "communiqué" if m.group("noun").startswith("communiqu") else \
            "judgment" if m.group("noun").startswith("judg") else " ".join(m.group("noun").split())
        issuer = _issuer_before(drafts[:k], draft.figure.start, _FAMILY.get(noun, noun), noun in _RULING_NOUNS)
        if issuer is not None:
            draft.figure.claimant = issuer


def _issuer_before(earlier, start: int, family: str, court: bool) -> str | None:
    """The claimant of the last earlier figure (within reach) that is no document itself and whose
    sentence names the document's kind (for a judgment, a court that is the claimant)."""
    cue = re.compile(r"\b(?:" + family + ")", re.IGNORECASE)
    for draft in reversed(earlier):
        figure = draft.figure
        if start - figure.start > _REACH:
            return None
        if figure.claimant and not _DOCUMENT.fullmatch(figure.claimant) and (
                _COURT.search(figure.claimant) if court else cue.search(figure.sentence or "")):
            return figure.claimant
    return None
