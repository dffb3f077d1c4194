"""The speaker of a transcript's turn. An interview, press conference or broadcast written as
turns ("SPOKESPERSON: The death toll rose to 52 …", "Q (Zubair Baloch, Daily Intikhab): …",
"GOVERNOR BUNI: We buried 23 …") gives each figure of a turn, when the figure names no source of
its own, to the turn's speaker, named as the transcript names them elsewhere ("the Balochistan
government spokesperson, Nadia Rehman Kakar"). A questioner's, anchor's or reporter's turn is the
reporter's own framing: no speaker."""

from __future__ import annotations

import re
import string
from bisect import bisect_right

# "Hon.", "Rt Hon", "Dr": a title a speaker's label may open on
_HONORIFIC_WORD = r"(?:Hon|Rt\.?[ \t]+Hon|Dr|Mr|Mrs|Ms|Sen|Rep)\.?"
# A speaker's label opening a line: a role or name in capitals, a name in title case, or Q/A; maybe a
# name or outlet in brackets after it. Its words start the turn (a letter or a quote, not "Deaths: 12").
# ("THE MINISTER RESPONSIBLE FOR DISASTER MANAGEMENT AFFAIRS (Hon. Patrick Mwale Banda):", "Hon. Kondwani Mussa
# (Chikwawa North):": a parliament's record, the member's constituency in brackets)
_LABEL = re.compile(r"(?:^|\n)[ \t]*(Q|A|[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,7}|"
                    r"(?:" + _HONORIFIC_WORD + r"[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})"
                    r"(?:[ \t]*\(([^()\n]{1,80})\))?:[ \t]+"
                    r"(?=[A-Za-z\"“'‘])")
# Whose turns are the reporter's own words
_ASKERS = frozenset("q question questions reporter reporters anchor host interviewer presenter correspondent "
                    "newsreader moderator journalist journalists audience caller".split())
# Headings written like labels ("Photo: …", "Related: …"), never a speaker
_HEADINGS = frozenset("photo photos picture image caption video watch listen read related also note notes source "
                      "sources update updated correction clarification background methodology editor tags share "
                      "file live breaking context analysis timeline speakers speaker participants panel panellists "
                      "panelists attendees present guests".split())  # "Speakers: Governor X; General Y"
# A heading's last word: "MINISTERIAL STATEMENT: FLOODS IN THE SOUTHERN REGION" names a document, no speaker
_HEADING_ENDS = frozenset("statement statements report update summary bulletin announcement notice motion".split())
_HONORIFIC = re.compile(_HONORIFIC_WORD + r"\s+")
_KEY = "\0transcript turns"  # kept in the article's memo of resolved phrases


def opens_turn(text: str, line_start: int) -> bool:
    """Whether the line starting at `line_start` opens a transcript's turn on a speaker's label."""
    return label_end(text, line_start) >= 0


def label_end(text: str, line_start: int) -> int:
    """Where the speaker's label that opens the line at `line_start` ends, or -1 (no label)."""
    m = _LABEL.match(text, line_start - 1 if line_start else 0)
    return m.end() if m is not None else -1


def turn_speaker(finder, art, pos: int) -> str | None:
    """The speaker of the transcript turn that holds `pos`, or None (no transcript, or a
    questioner's turn)."""
    turns = art.resolved.get(_KEY)
    if turns is None:
        turns = art.resolved[_KEY] = _turns(finder, art)
    if not turns:
        return None
    at = bisect_right(turns[0], pos) - 1
    return turns[1][at] if at >= 0 else None


def _turns(finder, art) -> tuple[list[int], list[str | None]] | tuple[()]:
    text = art.text
    if text.count(":") < 3:
        return ()
    first_line = text.find("\n")  # (the headline: "Evening Report: the governor on …")
    found = [m for m in _LABEL.finditer(text, max(first_line, 0))
             if m.group(1).split()[0].lower().rstrip(".") not in _HEADINGS and
             m.group(1).split()[-1].lower() not in _HEADING_ENDS]
    labels = [m.group(1).lower() for m in found]
    asked = any(lab.split()[0] in _ASKERS for lab in labels)
    repeated = len(set(labels)) < len(labels)
    if len(found) < 3 or not (asked or repeated) or len(set(labels)) > 8:
        return ()  # place names heading the items of a roundup ("Bannu: A drone strike …") each once
    starts, speakers = [], []
    named: dict[str, str | None] = {}
    for m in found:
        label, aside = m.group(1), m.group(2)
        key = label.lower()
        if key.split()[0] in _ASKERS:
            speaker = None
        elif key == "a":  # "Q: … / A: …": the one the interview's introduction names
            speaker = named.setdefault(key, _interviewee(art, found[0].start(1)))
        elif key in named:
            speaker = named[key]
        else:  # "MVONDO ESSOMBA" after "MINISTER JEAN-CLAUDE MVONDO ESSOMBA": the name given in full
            speaker = next((v for v in named.values() if v and len(v.split()) > len(key.split()) and
                            v.lower().endswith(" " + key)), None) or _name(finder, art, label, aside, m.start(1))
            named[key] = speaker
        starts.append(m.start(1))
        speakers.append(speaker)
    return starts, speakers


def _name(finder, art, label: str, aside: str | None, pos: int) -> str | None:
    """Who a label names: the name in its brackets, else the person the article gives that name,
    surname or title ("SPOKESPERSON" → "the spokesperson" → the one introduced as spokesperson)."""
    if not label.isupper() and _HONORIFIC.match(label) and finder.looks_like_name(_HONORIFIC.sub("", label, count=1)):
        return _HONORIFIC.sub("", label, count=1)  # "Hon. Kondwani Mussa (Chikwawa North)": the member, not the seat
    said = _HONORIFIC.sub("", aside.split(",")[0].strip(), count=1) if aside else ""
    if said.isupper() and " " in said and not finder.is_title_phrase(f"the {said.lower()}"):
        said = _title_case(said)  # "GUEST (WILMER ZAPATA)"; not "(UNHCR)", "(LGA CHAIRMAN)"
    if said and finder.looks_like_name(said):
        return said
    words = _title_case(label) if label.isupper() and len(label) > 1 else label
    if len(words) < 2:
        return None
    rest = words.split()
    while len(rest) > 1 and finder.is_title_phrase(f"the {rest[0].lower().rstrip('.')}"):
        rest = rest[1:]
    if label.isupper() and len(rest) >= 2 and len(rest) < len(words.split()) and finder.looks_like_name(" ".join(rest)):
        return " ".join(rest)  # "MINISTER JEAN-CLAUDE MVONDO ESSOMBA": the minister's name
    surname = words.split()[-1]
    named = next((p.name for p in art.people if " " in p.name and p.name.split()[-1].lower() == surname.lower()), None) or \
        next((p.name for p in art.people if surname.lower() in p.name.lower().split()[1:]), None)  # "VILLATORO": Óscar Villatoro Nájera
    if named:  # "GOVERNOR ZANNA" → "Babagana Umar Zanna"
        return named
    if surname[:1].isupper() and len(surname) > 2 and (full := _full_name(finder, art.text, surname)) is not None:
        return full  # a name the people finder passed over ("Governor Umar Kachalla Gadaka of Yobe State")
    if finder.is_title_phrase(f"the {words.lower()}"):  # "SPOKESPERSON" → the person introduced as spokesperson
        return finder.resolve(f"the {words.lower()}", art.text, pos, art.people, art.claims)
    return words


def _interviewee(art, first_turn: int) -> str | None:
    """The person an interview's introduction names last before its first question."""
    return next((p.name for p in reversed(art.people) if p.start < first_turn and " " in p.name), None)


def _title_case(label: str) -> str:
    """ "JEAN-CLAUDE MVONDO" → "Jean-Claude Mvondo"."""
    return " ".join("-".join(string.capwords(part) for part in word.split("-")) for word in label.split())


def _full_name(finder, text: str, surname: str) -> str | None:
    """The longest run of two to four capitalised words ending in `surname` in `text`, without the
    titles before it ("Governor Umar Kachalla Gadaka" → "Umar Kachalla Gadaka")."""
    runs = re.findall(rf"\b((?:[A-Z][\w'’-]+[ \t]+){{1,3}}{re.escape(surname)})\b", text)
    best = None
    for run in runs:
        words = run.split()
        while len(words) > 1 and finder.is_title_phrase(f"the {words[0].lower()}"):
            words = words[1:]
        if len(words) >= 2 and finder.looks_like_name(" ".join(words)) and (best is None or len(words) > len(best)):
            best = words
    return " ".join(best) if best else None


# A source in the speaker's own words: "We can confirm 17 deaths", "According to our information, …",
# "our records show" (and "Our colleagues at the Tunisian Red Crescent told us …": those colleagues' body)
_FIRST_PERSON = re.compile(r"(?:we|i|our|my|us)\b", re.IGNORECASE)
_OUR_COLLEAGUES_AT = re.compile(r"(?:our|my)\s+(?:colleagues|partners|counterparts|teams?|staff|people)\s+"
                                r"(?:at|in|from|with|of)\s+(?P<body>(?:the\s+)?[A-Z].{1,80})", re.IGNORECASE)


def first_person_source(claimant: str | None, speaker) -> str | None:
    """`claimant` as a transcript names it: a first-person source ("We can", "our information") is
    the turn's speaker, found by calling `speaker()` (None outside a transcript: left as it is);
    "our colleagues at X" is X."""
    if not claimant or not _FIRST_PERSON.match(claimant):
        return claimant
    colleagues = _OUR_COLLEAGUES_AT.fullmatch(claimant)
    if colleagues is not None:
        return colleagues.group("body")
    return speaker() or claimant
