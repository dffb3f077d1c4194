"""Sources a headline names: "UN: …", "Flood kills 30 — officials", and the fuller name under
which the story introduces a body its headline names in short."""

from __future__ import annotations

import calendar
import re

from app.extract.claim_forward import body_named_later
from app.extract.claim_names import Claim
from app.extract.claim_particles import PARTICLES
from app.extract.claim_spans import EVENT_HEADS
from app.extract.dates import WEEKDAYS

# the head nouns of a body described before its name, and the name: capitalised words and particles
_BODY_KINDS = ("coalition", "alliance", "party", "movement", "front", "platform", "bloc", "group", "charity",
               "agency", "organisation", "organization", "monitor", "watchdog", "network", "union", "NGO")
_NAME = (r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|the|and|" + "|".join(PARTICLES) + r")\s+)*[A-Z][\w'’&.-]*)*")
# "Amnesty documents 14 deaths", "Monitor counts 300 killed": a body's own count in a headline
# … and "Health Ministry lowers train crash toll to 24", "Police raise toll to 17": a body updating its own toll
_HEADLINE_COUNTS = re.compile(r"\s*(?:[A-Z][\w'’ -]{1,30}:\s+)?([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)\s+(?:(?:documents|records|counts|tallies)\s+"
                              r"(?:(?:at\s+least|more\s+than|over|nearly|some)\s+)?\d|(?:raises?|lowers?|revises?|cuts?|updates?)\s+"
                              r"(?:[\w'’-]+\s+){0,5}?(?:death\s+)?(?:toll|tally|count)\s+(?:to|at)\s+\d)")
_FEATURES = frozenset("Lake River Mount Mountains Island Islands Bay Gulf Sea Coast Valley Delta Strait Canal "
                      "Peninsula Desert Forest Hills Plateau".split())
# a period before the comma is no body's name
_DATE_WORDS = frozenset(m.lower() for m in calendar.month_name[1:]) | frozenset(WEEKDAYS) | {"and"}
_IN_PLACE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+(?:in|near|off|at|on)\s+[A-Z]")  # "Mudflow buries homes in X"
_HEADLINE_SOURCE = re.compile(r"\s*([A-Z][\w.'’ -]{1,40}?):\s")
_HEADLINE_TAIL = re.compile(r"(?:\s[-—–]|:)\s+((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*$")


def headline_claims(finder, text: str, start: int, end: int) -> list[Claim]:
    """ "UN: …" names a speaker unless the label is a topic or a place; a trailing "— officials"
    names a generic source or a person."""
    out = []
    src = _HEADLINE_SOURCE.match(text, start, end)
    if src and _headline_speaker(finder, text, src.group(1).strip()):
        out.append(Claim(src.start(1), src.end(1), src.group(1).strip()))
    counted = _HEADLINE_COUNTS.match(text, start, end)  # "Amnesty documents 14 deaths": a body's own count
    if counted and (counted.group(1).split()[-1] in finder.org_words or counted.group(1).isupper() or
                    counted.group(1).split()[-1].lower() in _BODY_KINDS or _longer_body(finder, text, end, counted.group(1))):
        name = counted.group(1)
        out.append(Claim(counted.start(1), counted.end(), body_name(finder, text, end, name) or
                         _longer_body(finder, text, end, name) or name))
    tail = _HEADLINE_TAIL.search(text, start, end)  # "Flood kills 30 — officials"
    if tail and (finder.is_generic(tail.group(1)) or finder.looks_like_name(tail.group(1)) or
                 tail.group(1).split()[-1] in finder.org_words or tail.group(1).isupper()):
        # "… - health ministry" → "the country's health ministry", "…: Red Cross" → "the Kenya Red Cross"
        name = tail.group(1)
        out.append(Claim(tail.start(1), tail.end(1), body_name(finder, text, end, name) or name))
    return out


_RUBRICS = frozenset("briefing check update updates news report alert bulletin analysis roundup round-up wrap digest "
                     "explainer live brief dispatch".split())


def _headline_speaker(finder, text: str, label: str) -> bool:
    """ "UN: …" names a speaker; "Libya flood: …" (a topic) and "Derna: …" (a place the story
    is in) do not."""
    last = label.split()[-1]
    if last.islower() and last not in finder.nouns and last not in finder.titles:
        return False
    words = label.split()
    if words[0].lower() in EVENT_HEADS:  # "Cyclone Kesia: …", "Typhoon Hagibis: …": a topic
        return False
    if len(words) > 1 and words[-1].lower() in _RUBRICS:  # "MIDDLE EAST BRIEFING: …", "FACT CHECK: …": a rubric
        return False
    # "Orla's toll: …", "Cloudburst in Mandi: …", "Lake Kivu: …": an event's toll, an event in a
    # place, or a lake, river or mountain is a topic, not a speaker
    if words[-1].lower() in EVENT_HEADS or words[0] in _FEATURES or _IN_PLACE.search(label):
        return False
    # "in the Central African Republic", "in Cameroon's Far North region": a place, not a speaker
    name = re.escape(label)
    return re.search(rf"\b(?:in|near|from|of|to|around|outside|across)\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?{name}\b|"
                     rf"\b{name}\s+(?:region|province|state|district|county|department|prefecture)\b", text) is None


# The rest of a body's name up to the acronym the story gives it: " for Human Rights (EMHR)"
_NAME_TAIL_ACRONYM = re.compile(r"(?:\s+(?:(?:for|of|on|in|the|and)\s+)*[A-Z][\w'’-]*){0,6}\s+\(([A-Z][A-Za-z]{1,8})\)")


def body_name(finder, text: str, after: int, np: str) -> str | None:
    """The fuller name under which the story introduces a body its headline names in short:
    "UN agency" → "the UN agency for Palestinian refugees"; names and titles are left alone."""
    words = np.split()
    if "UN" in words and "U.N." in text:  # "UN rights office says" over "the U.N. human rights office said"
        dotted = body_name(finder, text, after, " ".join("U.N." if w == "UN" else w for w in words))
        if dotted:
            return dotted
    described = _described_in_body(text, after, np) if len(words) <= 2 else None
    if described:  # "Opposition says …" → "the opposition coalition Front Uni de Lomé" → its name
        return described
    if len(words) <= 4 and all(w[:1].isupper() for w in words) and not finder.looks_like_name(np):
        # "Red Cross says" → "the Kenya Red Cross", the name the story gives (a story without the
        # name as written is not searched)
        if text.find(np, after) < 0:
            return None
        office = re.search(rf"\b[Tt]he[ \t]+{re.escape(np)}['’]s[ \t]+(?:Office|Bureau)\b", text[after:])
        if office:  # "Ombudsman warns …" over "The Ombudsman's Office (Defensoría del Pueblo) has issued"
            return "the" + office.group()[3:]
        m = re.search(rf"\b[Tt]he[ \t]+((?:[A-Z][\w'’-]*[ \t]+){{1,3}}){re.escape(np)}\b", text[after:])
        if m is None or m.group(1).split()[0] in finder.not_names:
            return None
        acronym = _NAME_TAIL_ACRONYM.match(text, after + m.end())  # "the Euphrates Monitor for Human Rights (EMHR)"
        return acronym.group(1) if acronym else f"the {m.group(1)}{np}"
    if not any(w.islower() for w in words) or finder.is_title_phrase(np) or len(words) > 4:
        return None
    lede = _lede_body(finder, text, after, np)
    if lede:  # "military says 7 killed" → "The military's media wing, Inter-Services … (ISPR), said"
        return lede
    if text.find(words[0], after) < 0 and text.find(words[0].capitalize(), after) < 0:
        return None  # the pattern opens on the first word as written (or capitalised: "Ministry of Health")
    short = r"\s+(?:[\w'’-]+\s+){0,2}?".join(re.escape(w) for w in words)  # "Gaza ministry": "Gaza health ministry"
    short = f"(?i:{short})"  # "ministry says" → "the Ministry of Health", as the story writes it
    m = re.search(rf"\b[Tt]he\s+((?:[\w'’-]+\s+){{0,3}}?){short}"
                  rf"((?:\s+(?:for|of|on)\s+[\w'’ -]{{1,64}}?)?)(?=[,;.(]|\s+said|\s+says|\s+(?:rejected|denied|dismissed|disputed)\b)", text[after:])
    # "Lebanon's health ministry said", written before any "the health ministry": the name as introduced
    owned = re.search(rf"(?<![\w'’-])[A-Z][\w-]*['’]s\s+{short}(?:\s+(?:for|of|on)\s+(?:[A-Z][\w'’-]*\s*)+)?"
                      rf"(?=[,;.(]|\s+said|\s+says|\s+(?:rejected|denied|dismissed|disputed)\b)", text[after:])
    if owned and (m is None or owned.start() < m.start()):
        return owned.group()
    return "the " + " ".join(m.group().split()[1:]) if m else None


def _described_in_body(text: str, after: int, np: str) -> str | None:
    """The name the story gives the kind of body its headline names: "Opposition" → "the
    opposition coalition Front Uni de Lomé" → "Front Uni de Lomé"; "Rights group" → "the rights group
    Human Rights Watch". Only a kind the story writes in lower case before a name."""
    low = np.lower()
    if not low.replace(" ", "").isalpha():
        return None
    if text.find(low, after) < 0:  # the kind as written: a costly pattern otherwise
        return _kind_in_lead_name(text, after, low)
    kind = re.escape(low)
    if low.split()[-1] not in _BODY_KINDS:  # "opposition" needs the body's own head noun after it
        kind += r"\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:" + "|".join(_BODY_KINDS) + ")"
    m = re.compile(rf"\b[Tt]he\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{kind}\s+({_NAME})").search(text, after)
    if m:
        return m.group(1)
    # "monitor reports 31 killed" → "The … Observatory for Human Rights (SOHR), a war monitor, …": the
    # body the story describes as that kind in an apposition after its name (its acronym if given)
    at = text.find(", a", after)
    if at < 0:
        return None
    for m in re.compile(rf"({_NAME})(?:\s+\(([A-Z][A-Za-z]{{1,7}})\))?,\s+an?\s+(?:[a-z][\w'’-]*\s+){{0,3}}?{kind}\b"
                        ).finditer(text, after):
        if not _DATE_WORDS.issuperset(w.lower() for w in m.group(1).split()):  # "between January and
            return m.group(2) or m.group(1)                                     # March, a rights group said"
    return None


def _kind_in_lead_name(text: str, after: int, low: str) -> str | None:
    """"Rights group says …" over a story that opens on "Human Rights Watch (HRW) …" and never writes
    "rights group": the first body named in the opening paragraphs whose name holds the kind's own word
    (its acronym if given)."""
    words = low.split()
    if len(words) != 2 or words[1] not in _BODY_KINDS:
        return None
    word = words[0].capitalize()
    if text.find(word, after, after + 700) < 0:
        return None
    for m in _LEAD_BODY.finditer(text, after, after + 700):
        name = m.group(1).split()
        if word in name[:-1] and len(name) >= 2:
            return m.group(2) or m.group(1)
    return None


_LEAD_BODY = re.compile(rf"({_NAME})(?:\s+\(([A-Z][A-Za-z]{{1,7}})\))?")


def _longer_body(finder, text: str, after: int, np: str) -> str | None:
    """ "Amnesty" → "Amnesty International": the story's first name for the body that opens with the
    headline's word and ends in an organisation word."""
    if " " in np or not np[:1].isupper():
        return None
    m = re.compile(rf"\b{re.escape(np)}((?:\s+[A-Z][\w'’-]*){{1,3}})").search(text, after)
    return np + m.group(1) if m and m.group(1).split()[-1] in finder.org_words else None


def titled_headline(finder, claim: Claim, text: str, people) -> Claim:
    """ "… - Governor": a title alone in a headline names the person the story gives it to."""
    title = claim.claimant.lower() if claim.claimant else ""
    if title not in finder._titles:
        return claim
    person = finder._names.person_titled(people, title, claim.start)
    return claim._replace(claimant=person) if person else claim


_SPEECH_AFTER = r"\s+(?:said|says|reported|told|announced|stated)\b"


def _lede_body(finder, text: str, after: int, np: str) -> str | None:
    """The body the story's opening paragraphs name for the kind of source its headline gives:
    "military says …" → "The military's media wing, Inter-Services Public Relations (ISPR), said" →
    ISPR; "resistance group says …" → "a local resistance group said" named in the next paragraph."""
    low = np.lower()
    if not low.replace(" ", "").isalpha():
        return None
    at = text.find(low, after, after + 1200)
    if at < 0:
        return None
    kind = re.escape(low)
    m = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,2}}?{kind}(?:['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                   rf"[a-z][\w-]*)?,\s+({_NAME})(?:\s+\(([A-Z][A-Za-z]{{1,7}})\))?,{_SPEECH_AFTER}").search(
        text, max(after, at - 40), after + 1200)
    if m:
        return m.group(2) or m.group(1)
    m = re.compile(rf"\b[Aa]n?\s+(?:[a-z][\w-]*\s+){{0,2}}?{kind}{_SPEECH_AFTER}").search(
        text, max(after, at - 40), after + 1200)
    return body_named_later(text, low.split()[-1], m.end(), finder.org_words) if m else None
