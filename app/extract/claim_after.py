"""Sources named after their verb: "according to X", "citing X", "were confirmed by X", and
inverted '"…," said X'."""

from __future__ import annotations

import re

from app.extract.claim_known import known_after
from app.extract.claim_pairs import named_after_description
from app.extract.claim_spans import can_claim
from app.extract.people import NAME_TOKEN as _NAME_TOKEN

_POSSESSIVE_END = re.compile(r"['’]s?$")
_UNNAMED = re.compile(r"\s+(?:an?|one)\s")
_GAVE_NAME = re.compile(rf"\bwho\s+(?:gave|would\s+give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+)?name"
                        rf"(?:\s+as|,)\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)")
# "A volunteer, who asked to be identified only as Min Thu for fear of reprisals, said": the name given
# … or "A herder, who gave his name only as Salif, said"
_IDENTIFIED_AS = re.compile(rf"^who\s+(?:(?:asked|wanted|agreed|preferred)\s+to\s+be\s+(?:identified|named|called)\s+"
                            rf"(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+(?:first\s+)?name,?)|"
                            rf"(?:gave|would\s+give|gives)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as)\s+"
                            rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\b")


def identified_as(aside: str) -> str | None:
    """The name a speaker who kept their full name back gave, from the "who …" aside after them."""
    m = _IDENTIFIED_AS.match(aside) if aside.startswith("who ") else None
    return m.group(1) if m else None


_TRAILING_SINGLE = ("also later earlier previously has have had separately again further would will could "
                    "did does do not publicly officially now then initially last first recently just already still late early "
                    "currently").split()
_TRAILING_WORD = "(?:" + "|".join(_TRAILING_SINGLE + [
    r"had\s+earlier", r"has\s+also", r"have\s+also", r"on\s+\w+\s+\d{1,2}", r"on\s+\d{1,2}\s+\w+", r"on\s+\w+",
    r"last\s+\w+", r"this\s+\w+",
    r"in\s+a\s+statement", r"told\s+\w+"]) + ")"
# "the situation report issued at 4 pm", "the bulletin released": when the document came out is no part of it
WHEN_ISSUED = re.compile(r"\s+(?:issued|released|published|dated|posted|compiled|updated|circulated)(?:\s+"
                         r"(?:at|on|in|late|early|last|this|yesterday|overnight)\b(?!.*\sby\s).*)?$")  # not "… published last month by X"
_TRAILING = re.compile(rf"\s+{_TRAILING_WORD}(?:\s+{_TRAILING_WORD})*\s*$", re.IGNORECASE)  # \s first: fast scan
_TRAILING_LAST = frozenset(_TRAILING_SINGLE + ["statement"])  # every word a _TRAILING match can end on
_HONORIFIC_START = re.compile(r"^\s+(?:Dr|Mr|Mrs|Ms|Prof)\.?(?=\s)")
# "Superintendent of Police Ann Uwase": a rank "of" a one-word body, then the name
_TITLE_OF_NAME = re.compile(rf"\s+of\s+(?:the\s+)?[A-Z][a-z]+\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})(?=\s*[,.;]|\s*$)")
_PAREN = re.compile(r"\s*\([^)]*\)?")
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed|examined)\s+by(?:\s.*)?$")
_DATA_BY = re.compile(r"^\s*(?:the\s+|an?\s+)?(?:(?:latest|official|new|preliminary|updated|joint|[a-z]+ly)\s+)*"
                      r"(?:[a-z][\w-]*\s+)?(?:figures|data|statistics|numbers|records|tallies|estimates|statement|"
                      r"report|bulletin|update|count|tally|breakdown|list|table|summary|overview|assessment|communiqu[eé]|"
                      r"press\s+release|release|judgment|judgement|ruling|verdict|letter)\s+"
                      r"(?:(?:released|published|compiled|issued|provided|"
                      r"gathered|collected|kept|given)\s+(?:at\s+the\s+time\s+|last\s+\w+\s+|on\s+\w+\s+"
                      r"(?:(?:morning|afternoon|evening|night)\s+)?|in\s+\w+\s+)?)?"
                      r"(?:by|from)\s+(\S.*)$", re.IGNORECASE | re.DOTALL)
# "(OCHA)", "(Acled)", "(8ID)", "(SSP-BA)"
_ACRONYM_AFTER = re.compile(r"\s*\(((?:[A-Z]|\d{1,2}(?=[A-Z]{2}))(?:[A-Z]|\d(?!\d*\)))*[A-Z](?:-[A-Z]{2,3})?|[A-Z][a-z]{3,7})\)$")
_APPOSED_NAME = re.compile(r",\s+(?:(?:Rev|Dr|Mr|Mrs|Ms|Prof|Fr|Sr)\.?\s+)?([^,;.]{3,40}?)(?:,|\.|$)")
# "a local activist, Shwan Karim", "its manager, Iddrisu Bakuri": one unnamed person, then the name
_ONE_PERSON = re.compile(r"^(?:an?|its|his|her|their|the\s+\w+['’]s)\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+)$")
_INVERTED_NP = re.compile(rf"\s+((?:the\s+)?(?:[\w'’-]+\s+){{0,6}}?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)")
# "…, said a UN official who …": an unnamed speaker, an acronym among the words before the role
_INVERTED_COMMON = re.compile(r"\s+((?:the|an?)\s+(?:(?:[a-z0-9][\w'’-]*|[A-Z]{2,6})\s+){0,4}?[a-z][\w'’-]*)"
                              r"(?=\s*[,.;]|\s+(?:on|in|at|last|this|who)\s|\s*$)")  # "…, said a colonel who took part"
# a headline drops the article: "Enga tribal fight toll rises to 26, says police commander"
_HEADLINE_BARE = re.compile(r"\s+((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s*")
_OWNED_REST = re.compile(r"\s+((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)(?=\s*[,.;]|\s+(?:on|in|at|last|this|who)\s|\s*$)")
# "said Kech deputy commissioner Hamid Raza Lashari": a place, a lower-case title, the holder's name
_PLACE_TITLE_NAME = re.compile(rf"\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?\s+((?:[a-z][\w-]*\s+){{1,3}})"
                               rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}))(?=\s*[,.;:]|\s*$|\s+(?:on|in|at|who)\s)")
_QUOTE_CLOSED = re.compile(r"[,.?!][\"”]\s*\w+$")
_AFTER_QUOTE_OR_COMMA = re.compile(r"[,\"”]\s*\w+$")
_NP_AFTER_END = re.compile(r"[,;:](?:\s|$)|(?<!\b[A-Z])\.(?:\s|$)|\s[—–]\s|"  # not the dot of "U.N."
                           r"\s(?:which|who|that|show|shows|showed|indicate|indicates|suggest|suggests|say|says|"
                           r"said|put|puts|released|published|based\s+on|to\s+(?:have|be)\s|of\s+[a-z]+ing\s)\b")  # "a tally by X based on …",
#                                                   "estimated by X to have killed …", "accused by X of killing …"


_WHEN_PHRASE = re.compile(r"(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                          r"Sunday|January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)\b")


_PREPOSITION_NEXT = re.compile(r"\s*(?:in|on|at|via|through|during|after|before|with|from|late|early|later|earlier)\s")


_ROLE_OF_BODY_NAME = re.compile(r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+of\s+(?:the\s+)?[^,.;\n]{3,80},\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s*(?:[.,;]|$)")


def np_after_inverted(finder, text: str, pos: int, end: int) -> str | None:
    """The speaker after an inverted verb: '"…," said Dr. Aisha Bello', '…, said the health ministry'."""
    if _UNNAMED.match(text, pos, end):  # '…," said a farmer from Kuy, who gave only his first name, Abebe'
        gave = _GAVE_NAME.search(text, pos, end)
        if gave:
            return gave.group(1)
    segment = _HONORIFIC_START.sub(" ", text[pos:end], count=1)  # '," said Dr. Aisha Bello'
    if _PREPOSITION_NEXT.match(segment):
        return None  # "…, the governor, X, said in a post on Telegram": where it was said, not who
    head_of = _ROLE_OF_BODY_NAME.match(segment) if " of " in segment[:30] else None
    if head_of and head_of.group(1).lower() in finder.titles and finder.looks_like_name(head_of.group(2)):
        return head_of.group(2)  # "…, said the head of the regional military administration, Serhiy Kovalenko"
    m = _INVERTED_NP.match(segment)
    if not m:  # "…, said the health ministry": a source noun with no name in it
        m = _INVERTED_COMMON.match(segment) or (_HEADLINE_BARE.fullmatch(segment) if "\n" not in text[:pos] else None)
        if not m or _POSSESSIVE_END.sub("", m.group(1).split()[-1].lower()) not in finder.nouns | set(finder.titles) \
                and not (m.group(1)[:2] in ("a ", "an") and _QUOTE_CLOSED.search(text, max(0, pos - 12), pos)):
            return None  # '"…," said a 39-year-old farmer': someone quoted, whatever their trade
    np = m.group(1) if m.re is not _HEADLINE_BARE else "the " + m.group(1)  # ("police commander": the one)
    titled_name = _PLACE_TITLE_NAME.match(segment)
    if titled_name and titled_name.group(1).startswith(np) and finder.is_title_phrase(titled_name.group(2)) \
            and finder.looks_like_name(titled_name.group(3)):
        return titled_name.group(3)  # "…, said Kech deputy commissioner Hamid Raza Lashari": the person
    if np.endswith(("'s", "’s")):  # "…, said Lebanon's health ministry": the owner's body, not the owner
        owned = _OWNED_REST.match(segment, m.end())
        if owned is None or _POSSESSIVE_END.sub("", owned.group(1).split()[-1]) not in finder.nouns | set(finder.titles):
            return None
        np = f"{np} {owned.group(1)}"
    titled = _TITLE_OF_NAME.match(segment, m.end()) if segment.startswith(" of ", m.end()) else None
    if titled and np.lower() in finder.titles:  # "said Assistant Inspector of Police Ann Uwase": the name
        return titled.group(1)
    if _WHEN_PHRASE.match(np):  # "…, X said on Sunday, 23 November": a time, never a speaker
        return None
    if " who " in np and np[:2] in ("a ", "an", "th"):  # "said a herder who fled to Gao": the herder
        np = np.split(" who ", 1)[0]
    before = text[max(0, pos - 80) : pos]
    if not _AFTER_QUOTE_OR_COMMA.search(before):
        return None
    if describes_person(finder, np):  # '…, said the head of the local council, Mohammed Ali'
        named = _APPOSED_NAME.match(segment, m.end())
        if named and finder.looks_like_name(named.group(1)):
            return named.group(1)
    return np if finder.plausible(np) or np[:2] in ("a ", "an") and _QUOTE_CLOSED.search(before) else None


def describes_person(finder, np: str) -> bool:
    """A title ("the district governor") or one person described ("a local activist", "its manager"),
    which a name in apposition after it ("…, Shwan Karim,") names."""
    if finder.is_title_phrase(np):
        return True
    one = _ONE_PERSON.match(np)
    return one is not None and (one.group(1) in finder.nouns and not one.group(1).endswith("s")
                                or one.group(1) in finder.person_nouns)


def np_after(finder, text: str, pos: int, end: int) -> str | None:
    """The source after "according to" / "citing" / a passive's "by", up to the end of its phrase."""
    whole = text[pos:end]
    by = _DATA_BY.match(whole)  # "according to figures released by the interior ministry"
    if by:
        whole = by.group(1)
    segment = _NP_AFTER_END.split(whole, maxsplit=1)[0]
    known = known_after(whole, len(segment.rstrip()), len(whole)) if "known" in whole else None
    if known:  # "according to the agency that runs the prisons, known by its acronym, SNAI"
        return known
    np = _TRAILING.sub("", (acronym_in(finder, segment.strip()) or _PAREN.sub("", segment) if "(" in segment
                            else segment).strip())  # "on Sunday"
    if np and whole[len(segment) : len(segment) + 1] == ",":  # "… a local rights group, the X Centre, …"
        np = named_after_description(whole, np, len(segment)) or np
    if np and describes_person(finder, np):  # "according to a volunteer coordinator, Mert Kaya, who …"
        named = _APPOSED_NAME.match(whole, len(segment))
        if named and finder.looks_like_name(named.group(1)):
            return named.group(1)
    if np and " " in np and WHEN_ISSUED.search(np):
        np = WHEN_ISSUED.sub("", np) or np
    if np and " by" in np:
        np = _SEEN_BY.sub("", np)  # "police data seen by this reporter": the police data's
    if np and not can_claim(np):  # "buried according to Muslim rites": a custom, not a source
        return None
    return np or None


def acronym_in(finder, np: str) -> str | None:
    """ "the U.N. humanitarian office (OCHA)" → "OCHA": the acronym a body's name gives."""
    m = _ACRONYM_AFTER.search(np)
    if m and not m.group(1).isupper():  # "(Acled)" stands for "Armed Conflict Location …", not "(Kenya)"
        capitals = [w[0] for w in np[: m.start()].split() if w[:1].isupper() and w not in ("The", "A", "An")]
        if not capitals or capitals[0] != m.group(1)[0] or len(capitals) < 3:
            return None
    return m.group(1) if m and not finder.looks_like_name(np[: m.start()].strip()) else None
