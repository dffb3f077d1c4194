"""How much of a claim's subject names the source: "residents of X township reached by phone" →
"residents", "the DDPM's daily situation report" → "DDPM"."""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.sentences import LIST_BULLETS

# "the agency's latest bulletin", "UNHCR's figures": a document speaks for the body that owns it
_OWN = re.compile(r"(['’]s)\s+own\s+")
_DOCUMENT_OWNER = re.compile(
    r"^(?:(?P<the>[Tt]he)\s+)?(?P<owner>[^\s'’][^'’]{0,60}?)['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|reports|bulletin|bulletins|figures|data|tally|statement|update|updates|count|estimate|estimates|"
    r"statistics|records|dashboard|assessment|survey|census|register|list|database|sitrep|numbers|breakdown|"
    r"note|notes|briefing|appeal|snapshot|summary|summaries|overview)"
    r"(?:\s+(?:by|of)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?$"  # "CONRED's breakdown by community"
)
_DOCUMENT_BY = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:figures?|data|statistics|numbers|estimates|"
                          r"tallies|records|information|details)\s+(?:released|published|compiled|issued|provided|gathered|"
                          r"collected|kept|given|furnished|supplied)|(?:figure|toll|count|tally)\s+(?:given|issued|released|published)|"
                          r"(?:post|message|video|statement)(?:\s+(?:posted|published|issued))?)\s+by\s+(\S.*)$",
                          re.IGNORECASE)  # "the figure given by police", "a post by the channel X"
# "an AFP tally", "a Reuters count of official figures", "a UN report": the named body wrote it
_DATA_OWNER_HEADS = frozenset("ministry agency office department service police army authority authorities "
                              "commission council administration directorate".split())
# people who gave a figure, placed only by "there": "Doctors there", "Officials there"
_THERE_SOURCES = re.compile(r"((?:[A-Z]?[a-z]+\s+){0,2}?(?i:sources|officials|officers|doctors|residents|elders|families|"
                              r"workers|diplomats|witnesses|relatives|medics|nurses))\s+there$")
# a body's acronym before the people who work for it: "HRO field researchers", "MSF teams"
_BODY_STAFF = re.compile(r"(?!UN\s)([A-Z]{2,8})\s+(?:field\s+)?(?:researchers|monitors|investigators|teams?|staff)$")
_ATTRIBUTIVE_DOCUMENT = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:latest\s+|new\s+|own\s+|earlier\s+|initial\s+|previous\s+|first\s+|updated\s+)?(?P<owner>(?:[A-Z][\w.&]*(?:-[A-Z][\w.&]*)*\s+){1,5})"
    r"(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:tally|count|report|estimate|analysis|survey|review|assessment|database|investigation|study)"
    r"(?:\s+(?:(?:compiled|drawn|built)\s+)?(?:of|based\s+on|from|using)\s+.*)?$")  # "… compiled from X"
# "the latest U.N. figures", "UNHCR data", "South African Police Service incident summaries": figures named by their owner
_OWNED_DATA = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:latest|new|official|updated|preliminary|provisional)\s+)*"
    r"(?P<owner>(?:(?!(?:Official|Latest|New|Updated|Preliminary|Provisional|The|Its|Their|His|Her)\s)"
    r"[A-Z][\w.&]*(?:-[A-Z][\w.&]*)*\s+){1,5})"
    r"(?P<between>(?:[a-z][\w-]*\s+){0,2}?)(?:figures|data|statistics|numbers|estimates|summaries|records|logs)$")
# "UNMISS human rights reports", "the latest OCHA situation report": an acronym owns the document
_ACRONYM_DOCUMENT = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:latest|new|official|updated|preliminary|daily|weekly|monthly|annual)\s+)*"
    r"(?P<owner>[A-Z]{2,8})\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:reports?|bulletins?|records|tallies|counts?|updates?|assessments?|surveys?|dashboard)$")
# "Rights group Amnesty International", "the aid agency Mercy Corps": the name after its description
_DESCRIBED_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?:group|charity|agency|organi[sz]ation|monitor|channel|account|outlet|newspaper|broadcaster|station|website|"
    r"watchdog|network|coalition|alliance|party|movement|platform|bloc|NGO)\s+((?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|the|and|on|"
    # "the opposition coalition Front Uni de Lomé": a name's particles (de, du, del, da …) are part of it
    r"de|du|des|del|della|di|da|do|dos|das|la|le|y|et|[A-Z][\w'’&.-]*))*(?:\s+\d{1,4})?)$")  # ("the charity Utopia 56")
# "the Britain-based Syrian Observatory …" → "the Syrian Observatory …"
# … and "The New York-based rights group" → "The rights group", the body named before
_PLACE_DESCRIPTOR = re.compile(r"^([Tt]he\s+)(?:[A-Z][\w]*\s+)?(?:[A-Z][\w]*|army|government|state|military)-(?:based|backed|led|funded|aligned|affiliated|allied)"
                               r"\s+(?=[A-Z]|(?:[a-z]+\s+)?(?:group|organi[sz]ation|monitor|watchdog|agency|charity)$)")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
# "residents reached by phone", "a witness contacted by AFP": how the reporter got the words
_MANNER = re.compile(r"\s+(?:who\s+were\s+|who\s+was\s+)?(?:reached|contacted|interviewed|quoted|cited|speaking|"
                     r"talking|asked|approached|visited)\b.*$", re.IGNORECASE)
# "residents of Hlaing township": dwellers of a place are named by the noun alone
_DWELLERS_OF = re.compile(r"^((?:[\w'’-]+\s+){0,2}?(?:residents?|inhabitants?|villagers?|locals|townspeople))\s+"
                          r"(?:of|in|from)\s+\S.*$", re.IGNORECASE)
# "a doctor at the regional hospital", "a local administrator in the town of X": one unnamed person
_ONE_PERSON_AT = re.compile(r"^(an?\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)\s+(?:at|in|from|near|inside|outside|"
                            r"with|on)\s+\S.*$", re.IGNORECASE)
_ONE_PERSON_THERE = re.compile(r"^(an?\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)\s+(?:there|here)$", re.IGNORECASE)
_BODY_HEADS = frozenset("group organisation organization charity agency body service union network team "
                        "alliance coalition committee association assessment report study survey".split())

# "a gang leader who goes by the name Ti Sonson": the name he goes by
_GOES_BY = re.compile(r",?\s+who\s+(?:goes|went)\s+by\s+(?:the\s+(?:name|nickname|alias|nom\s+de\s+guerre)\s+)?"
                      r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def goes_by(text: str, source: str | None) -> str | None:
    """The name an unnamed source goes by, when the text gives it right after the source: "a Viv
    Ansanm leader who goes by the name Ti Sonson" → "Ti Sonson"."""
    if not source or source[:2] not in ("a ", "A ", "an", "An") or " goes by " not in text and " went by " not in text:
        return source
    at = text.find(source)
    m = _GOES_BY.match(text, at + len(source)) if at >= 0 else None
    return m.group(1) if m else source


_SELF_TAIL = re.compile(r"\s+(?:themselves|itself|himself|herself|falsely|wrongly|mistakenly|also|too)$")
_NAMED_PARTNERS = re.compile(r"((?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*)\s+(?:and\s+(?:its\s+)?)?partners$")


@lru_cache(maxsize=8192)  # a pure function of the phrase, and "…, the ministry said" recurs
def source_span(np: str) -> str:
    """The part of a subject phrase that names the source, as written."""
    if np[:2] in LIST_BULLETS:  # "• The attorney general's office said …": a list item's subject
        np = np[2:].lstrip()
    if (there := _THERE_SOURCES.match(np)) is not None:  # "Officials there": the officials, the "there"
        np = there.group(1)  # only points back at the place named before
        if " " not in np:
            np = np.lower()  # ("Officials there" opens a sentence: "officials", as a generic source is written)
    if "s own " in np or "’s own " in np:  # "Armenia's own defence ministry": that ministry
        np = _OWN.sub(r"\1 ", np)
    by = _DOCUMENT_BY.match(np)
    if by:  # "Figures released by the country's disaster agency"
        np = by.group(1)
    described = _DESCRIBED_NAME.match(np)
    if described:
        return described.group(1)
    if (staff := _BODY_STAFF.match(np)) is not None:
        return staff.group(1)  # "HRO field researchers documented …": the body's own count
    if "-" in np[:30]:
        np = _PLACE_DESCRIPTOR.sub(r"\1", np)
    written = _ATTRIBUTIVE_DOCUMENT.match(np) if np[:1] in "AaTt" else None
    written = written or (_OWNED_DATA.match(np) if np.endswith(("s", "a")) else None) or \
        (_ACRONYM_DOCUMENT.match(np) if np[:1].isupper() or np[:4] == "the " else None)
    if written:
        between = written.groupdict().get("between") or ""
        if between and between.split()[-1] in _DATA_OWNER_HEADS:  # "Italian interior ministry figures": the ministry's
            return (written.group("owner") + between).strip()
        return written.group("owner").strip()
    owner = _DOCUMENT_OWNER.match(np)
    if owner:
        name = owner.group("owner").strip()
        if owner.group("the") and not _ACRONYM.fullmatch(name):
            name = f"{owner.group('the')} {name}"
        return name
    np = _MANNER.sub("", np) or np
    np = _SELF_TAIL.sub("", np) or np  # "Survivors themselves", "Some foreign media falsely"
    if np.endswith(" partners") and (named := _NAMED_PARTNERS.match(np)) is not None and \
            (" " in named.group(1).removeprefix("the ") or named.group(1).isupper()):
        return named.group(1)  # "Site Management Sector partners", "OCHA and partners": the named body's
        # (not "Protection partners")
    dwellers = _DWELLERS_OF.match(np)
    if dwellers:
        return _generic_case(dwellers.group(1)[:1].lower() + dwellers.group(1)[1:])
    one = _ONE_PERSON_AT.match(np) or _ONE_PERSON_THERE.match(np)
    if one:
        head = one.group(1).split()[-1].lower()
        if head not in _BODY_HEADS and not head.endswith(("ing", "ed")):  # not "an aid group working in …"
            return _generic_case(one.group(1))
    return _generic_case(np) if dwellers is None else np


def _generic_case(np: str) -> str:
    """ "A doctor" → "a doctor": generic sources are written in lower case."""
    first, _, rest = np.partition(" ")
    if first in ("A", "An") and not any(w[:1].isupper() for w in rest.split()):
        return first.lower() + (" " + rest if rest else "")
    return np


# A subject that is an event or a thing, not a speaker: "A Russian strike on the town killed four"
_EVENT_HEADS = frozenset(
    "strike strikes airstrike airstrikes attack attacks shelling bombing bombardment blast explosion explosions "
    "fighting clashes violence flood floods flooding earthquake quake quakes storm cyclone hurricane typhoon "
    "landslide landslides mudslide fire fires wildfire outbreak epidemic war offensive raid raids assault "
    "missile missiles rocket rockets drone drones collapse famine drought heatwave disease cholera ambush "
    "shootout massacre siege crisis conflict disaster tragedy incident rain rains downpours mudslides avalanche "
    "heat cold hunger malnutrition virus accident crash sinking capsizing toll number increase rise surge "
    "cloudburst cloudbursts tornado tornadoes eruption stampede shipwreck blaze deluge "
    # "buried according to Muslim rites": a custom, not a source
    "rites rite tradition traditions custom customs ritual rituals protocol protocols procedure procedures".split())
EVENT_HEADS = _EVENT_HEADS  # for the headline reader: "Cyclone Kesia: …" is a topic
_HEAD_END = re.compile(r"\s+(?:on|in|at|of|near|by|from|against|that|which|across|along|into|with)\s")
# "The fighting has compounded an outbreak": a clause with its own verb, not a noun phrase
_CLAUSE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would)\s+(?:been\s+|also\s+|now\s+)?"
                     r"[a-z]+(?:ed|en|ing)\b")


def can_claim(np: str) -> bool:
    """Whether the phrase can name a source: a person, body, group or medium, not an event and
    not a clause."""
    if _CLAUSE.search(np):
        return False
    head = _HEAD_END.split(np, maxsplit=1)[0].split()
    return not head or head[-1].lower().strip("'’") not in _EVENT_HEADS


_NUMBERED_SERVICE = re.compile(r"(?:[A-Z][\w-]*\s+){1,2}\d{3,4}\b"  # "Rescue 1122", named by its phone number
                               # … or led by it: "112 Andalucía", "911 Emergency Services"
                               r"|\d{3,4}(?:\s+[A-Z][\w'’-]*){1,3}$")
_DIGITS = re.compile(r"\d")


def numbered_service(np: str) -> bool:
    """ "Rescue 1122" or "Rescue 1122 spokesman Bilal Faizi": the only digits are a service's number."""
    m = _NUMBERED_SERVICE.match(np)
    return m is not None and not _DIGITS.search(np, m.end())


_UNIT_ACRONYM = re.compile(r"(?:[Tt]he\s+)?\d{1,2}[A-Z]{2,4}")
# "the army's 2nd Region", "The 3rd Infantry Division": a unit named by its ordinal
_ORDINAL_UNIT = re.compile(r"(?:^|\s)\d{1,3}(?:st|nd|rd|th)\s+[A-Z][a-z]")


def numbered_unit(np: str) -> bool:
    """A unit named by its ordinal, with no other digits ("the army's 2nd Region"), or by the
    acronym of one ("the 8ID", "3ID")."""
    if _UNIT_ACRONYM.fullmatch(np):
        return True
    m = _ORDINAL_UNIT.search(np)
    return m is not None and len(_DIGITS.findall(np)) == len(m.group().strip().split()[0]) - 2


_VALUE_AFTER = re.compile(r"\s+(?:is|was)\s+[\d,.]+$")


def without_value(claimant: str | None) -> str | None:
    """A source read up to the figure it gives, without it: "the regional administration was 52" (in
    "The figure given by the regional administration was 52") → "the regional administration"."""
    if not claimant or not claimant[-1:].isdigit():
        return claimant
    value = _VALUE_AFTER.search(claimant)
    return claimant[: value.start()] if value else claimant

