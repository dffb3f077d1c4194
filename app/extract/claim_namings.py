""""The ministry", "the charity", "the group": every place the article names such a head in full
("the Gaza health ministry", "the charity World Central Kitchen", "Russia's defence ministry",
"the Ministry of Health and Child Care"), for a later bare mention to refer back to."""

from __future__ import annotations

import re

from app.extract.claim_owners import owner_start
from app.extract.claim_particles import KIND_AFTER_HEAD, PARTICLES_AFTER, kind_named
from app.extract.people import NAME_TOKEN as _NAME_TOKEN

_NATIONAL = frozenset(("army", "military", "government", "police"))  # "the army" is not the White Army
_MODIFIED_HEAD = re.compile(r"\b[Tt]he[ \t]+((?:(?!the[ \t])(?![\d,.]+[ \t])[\w'’-]+[ \t]+){1,4}?)$")  # within a line; no
# second 'the', no number ("the dead included 17 SDF fighters" names no SDF)
_APPOSED_ACRONYM_AFTER = re.compile(r"(?:\s+[\w'’ -]{0,40}?)?,\s+([A-Z]{3,8}),")
_BASED_IN = re.compile(r"(?<=^the )(?:[A-Z]\w*\s+)?[A-Z]\w*-(?:based|backed|led|funded)\s+(?=[A-Z])")  # "the X-based Y"
_BARE_MODIFIED = re.compile(r"\b(?:of|by|from)\s+((?!their|these|those|other|every|which)[a-z]{4,}\s+)$")
_NAME_AFTER_HEAD = re.compile(rf"\s+(?:{KIND_AFTER_HEAD})?((?:{_NAME_TOKEN}|[A-Z]{{2,8}})"
                              rf"(?:\s+(?:of\s+|for\s+|the\s+|{PARTICLES_AFTER})*(?:{_NAME_TOKEN}|[A-Z]{{2,8}})){{0,5}})")
_OWNED_HEAD = re.compile(r"\b([A-Z][\w-]*['’]s[ \t]+(?:[a-z][\w-]*[ \t]+|[A-Z][a-z]+[ \t]+){0,3})$")  # "Defence Ministry"
# "the Ministry of Health and Child Care": a capitalised head named by what follows "of" / "for"
_OF_NAME_AFTER = re.compile(rf"[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+{_NAME_TOKEN}"
                            rf"(?:(?:[ \t]+(?:and|of|for|the|&))*[ \t]+{_NAME_TOKEN}){{0,5}}")
_HEAD_PATTERNS: dict[str, re.Pattern[str]] = {}


def namings(text: str, head: str, not_names: frozenset[str], org_words: set[str]) -> list[tuple[int, str]]:
    """Each full naming of `head` ("ministry") in `text`, as (where the head ends, the name), in order."""
    pattern = _HEAD_PATTERNS.get(head)
    if pattern is None:
        pattern = _HEAD_PATTERNS[head] = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    out = []
    for hit in pattern.finditer(text):
        if head in _NATIONAL and hit.group()[:1].isupper():
            continue  # "the army" is not "the White Army"
        of_name = _OF_NAME_AFTER.match(text, hit.end()) if hit.group()[:1].isupper() else None
        if of_name and text[max(0, hit.start() - 4) : hit.start()].lower() == "the ":
            out.append((hit.end(), "the " + hit.group() + of_name.group()))  # "the Ministry of Health and …"
            continue
        named = _NAME_AFTER_HEAD.match(text, hit.end())  # "the charity World Central Kitchen"
        if named and text[max(0, hit.start() - 4) : hit.start()].lower() == "the " and \
                (named.group(1).split()[0] not in not_names or kind_named(named, hit.end())):
            out.append((hit.end(), named.group(1)))
            continue
        owned = _OWNED_HEAD.search(text, max(0, hit.start() - 60), hit.start()) if head.islower() else None
        if owned:  # "Russia's defence ministry said … The ministry claimed"
            at = owner_start(text, owned.start(1), org_words)
            out.append((hit.end(), text[at : owned.start(1)] + owned.group(1) + hit.group()))
            continue
        m = _MODIFIED_HEAD.search(text, max(0, hit.start() - 60), hit.start())
        if m and m.group(1).split()[0].lower() not in ("same", "other", "first", "second", "latest"):
            acronym = _APPOSED_ACRONYM_AFTER.match(text, hit.end())
            full = "the " + m.group(1) + hit.group() + (of_name.group() if of_name else "")  # "… Institute for X"
            out.append((hit.end(), acronym.group(1) if acronym else _BASED_IN.sub("", full)))
        elif head.islower() and (bare := _BARE_MODIFIED.search(text, max(0, hit.start() - 30), hit.start())):
            out.append((hit.end(), "the " + bare.group(1) + hit.group()))  # "a tally of health ministry bulletins"
    return out


def apposed_person(text: str, np: str, people) -> str | None:
    """The person a capitalised title phrase stands in apposition to ("The Governor of Yobe State,
    Umar Kachalla Gadaka, joins us"): the same phrase used again names that person."""
    bare = np[4:] if np[:4] in ("the ", "The ") else np
    if not bare[:1].isupper():
        return None
    m = re.search(rf"\b{re.escape(bare)},\s+((?:[A-Z][\w'’.-]+[ \t]+){{1,3}}[A-Z][\w'’-]+),", text)
    return m.group(1) if m is not None and any(p.name == m.group(1) for p in people) else None


# A describing compound or the UN before a body's head noun: "Ramallah-based ministry", "UN agency"
PLAIN_HEAD = re.compile(r"^(?:[A-Z][\w]*-(?:based|run|led|backed)|UN|U\.N\.)\s+((?:agency|ministry|body|organi[sz]ation|"
                        r"group|monitor|office|charity|mission))$")


def titled_person_of(np: str, trailing_name, looks_like_name) -> str | None:
    """The person a title phrase names before the body they speak for: "Opposition lawmaker Gul
    Marjan Dawar of the Pakhtunkhwa Awami Party" → "Gul Marjan Dawar"."""
    head = np.split(" of ", 1)[0].split()
    named = trailing_name(head) if len(head) >= 3 else None
    if named and named.count(" ") >= 1 and len(named.split()) < len(head) and looks_like_name(named):
        return named
    return None


_TITLE_OWNER = re.compile(r"^(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)['’]s\s")


def same_owner(np: str, person: str, text: str, people) -> bool:
    """ "Ukraine's human rights commissioner" is not the commissioner introduced as Russia's:
    a title with an owner resolves only to a person named near that owner."""
    owner = _TITLE_OWNER.match(np)
    if owner is None:
        return True
    return any(p.name == person and owner.group(1) in text[max(0, p.start - 80) : p.start + len(person) + 40]
               for p in people)
