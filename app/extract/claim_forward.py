"""A source introduced by title or role and named later: "a police spokesman said … Police
spokesman Amos Otieno added", "A doctor at the hospital told Reuters … said the doctor, Ana Ruiz".
The person's name is the claimant of all its figures (GUIDELINES.md)."""

from __future__ import annotations

import re

# "a senior police officer", "The local sub-prefect", "the deputy head of X's border service":
# one person, by role, in lower-case words (an "of …" tail may name the owner)
# … or by its owner: "Enga's provincial administrator"
# … or by where it is based: "A Pattani-based rights group"
# … or with what it serves after "for": "The minister for humanitarian action", "A spokesman for the ministry"
_ROLE = re.compile(r"^(?:[Aa]n?|[Tt]he|[A-Z][\w-]*['’]s)\s+((?:[A-Z][\w'’]*-[a-z]+\s+)?(?:[a-z][\w'’-]*\s+){0,4}?([a-z][\w-]*))"
                   r"(?:\s+(?:of|for)\s+\S.*)?$")
# "Rodrigo Lazcano, who heads the agency," / "X, who took over the ministry in April,": the person who
# holds the head of a body's post, for a role that is one ("the agency's director", "the minister")
_WHO_HEADS = re.compile(r",\s+who\s+(?:heads|leads|runs|directs|chairs|took\s+over|is\s+in\s+charge\s+of)\b")
_HEAD_ROLES = frozenset("director head chief minister chairman chairwoman chairperson commissioner administrator "
                        "coordinator secretary president governor commander".split())
# "The official, Jean-Pierre Ngaba," / "said the doctor, Elmer Quispe" / "The officer, Senior
# Superintendent X": the role named by an apposition
# … or by the title's acronym: "said the DC, Abu Sayeed" (the acronym must be a known title)
_APPOSED_ROLE = re.compile(r"\b[Tt]he\s+([a-z][\w-]*|[A-Z]{2,5}),\s+(?:[A-Z][\w.-]*\s+){0,3}$")
# "Its spokesman, X,": the speaker of a body the text has just named
_OWNED_ROLE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?([a-z]+),\s+(?:[A-Z][\w.-]*\s+){0,3}$")
# "The Tift County coroner", "The Elgeyo-Marakwet County Police Commander": a role after the
# capitalised place it serves; the head (its last word) must be a known title
_PLACED_ROLE = re.compile(r"^[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,4}?(?:[a-z][\w-]*\s+){0,2}([A-Za-z][a-z-]+)$")
# The speaker kept their name back
_ANONYMOUS = re.compile(r"anonymity|not\s+authori[sz]ed|declined\s+to\s+be\s+(?:named|identified)|"
                        r"asked\s+not\s+to\s+be\s+(?:named|identified)|did\s+not\s+want\s+to\s+be\s+named|"
                        r"on\s+condition\s+(?:that|of)", re.IGNORECASE)
_NEW_PERSON_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*,\s+(?:[A-Z][\w.-]*\s+){0,3}$")
_NEW_PERSON_AFTER = re.compile(r",\s+(?:an?|one)\s")
_REACH = 1500
# "the Inspector General of Police … The officer, X,": a role word said back of any titled person
_ANY_ROLE = frozenset(("officer", "official"))
_ANY_TITLE = frozenset(("official", "head", "chief"))  # how far after the claim the name may come


# "an armed group claimed … The group known as JNIM said": a body introduced by kind, named later
_BODY_HEADS = frozenset("group movement militia organisation organization alliance coalition faction network".split())
# bodies named later only by a name holding the kind's own word ("a committee of doctors" … "the X
# Doctors' Emergency Committee"), never by the next body a paragraph opens on
_KIND_HEADS = frozenset("committee association union".split())
# "An Egyptian rights group": a body of a nation's, of a kind
_KIND_OF_BODY = re.compile(r"^[Aa]n?\s+[A-Z][a-z]+\s+(?:[a-z][\w'’-]*\s+){0,2}(" + "|".join(sorted(_BODY_HEADS | _KIND_HEADS)) + r")$")
# (its acronym may follow: "The Deep South Rights Observatory (DSRO), which documents …")
# … or a name in another language, given with its acronym after a lead-in: "In a press release, Action pour
# la Paix et le Développement au Kivu (APDK), which …"
_NEXT_BODY = re.compile(r"(?:In\s+(?:a|its|their)\s+(?:[\w-]+\s+)?(?:press\s+release|statement|report)\b[^,\n]{0,40},\s+)?"
                        r"(?:[Tt]he\s+)?"
                        r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|in|on|the|and|de|du|des|la|le|les|pour|et|au|aux|del|do|da|y|e)\s+)*)"
                        r"{0,7}[A-Z][\w'’-]*)"
                        r"(\s+\([A-Z][A-Za-z0-9-]{1,9}\))?"
                        r"(?:,|\s+(?:said|says|reported|told|added|stated|released|published|gave)\b)")
# ", the Gangaw Revolutionary Force (GRF) said": a body named in full with its acronym, as a source
_ACRONYM_SOURCE = re.compile(r"(?:^|,\s+)([Tt]he\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:of|for|in|the|and)\s+)*){0,6}[A-Z][\w'’-]*)"
                             r"\s+\(([A-Z][A-Za-z]{1,7})\)\s+(?:said|says|reported|added|stated)\b", re.MULTILINE)
_KNOWN_AS_AFTER = re.compile(r",?\s+(?:(?:also\s+|widely\s+)?known\s+as|called)\s+((?:the\s+)?[A-Z][\w'’.-]*"
                             r"(?:\s+[A-Z][\w'’.-]*){0,5})")


def body_named_later(text: str, head: str, pos: int, org_words=frozenset()) -> str | None:
    """The name the article gives "an armed group" after `pos`: "The group, known as X," / "the group
    called X"."""
    for phrase in (f"The {head}", f"the {head}"):
        at = text.find(phrase, pos, pos + _REACH)
        while at >= 0:
            m = _KNOWN_AS_AFTER.match(text, at + len(phrase))
            if m:
                return m.group(1)
            at = text.find(phrase, at + 1, pos + _REACH)
    # "… a local resistance group said.\n\nThe Hill District Defence Force said …": the next
    # paragraph opens on a body not named before, with an organisation's word for its last
    # … or the one after, past a paragraph that names no body ("…, residents said.")
    at = pos
    for _ in range(2):
        at = text.find("\n", at)
        while 0 <= at < len(text) - 1 and text[at + 1] in "\n \t":
            at += 1
        m = _NEXT_BODY.match(text, at + 1) if at >= 0 else None
        if m and (m.group(1).split()[-1] in org_words or m.group(2)) and not _met_before(text, m.group(1), pos):
            return m.group(1) if m.group(2) and not m.group(0)[:3].lower() == "the" else "the " + m.group(1)
        # "… a local resistance group said.\n\nTwo jets dropped …, the Gangaw Revolutionary Force (GRF)
        # said in a statement.": a body met with its acronym, as a source, further into the paragraph
        within = _ACRONYM_SOURCE.search(text, at + 1, text.find("\n", at + 1) % (len(text) + 1)) if at >= 0 else None
        if within and within.group(2).split()[-1] in org_words and text.find(within.group(3), 0, pos) < 0 and \
                not _met_before(text, within.group(2), pos):
            return (within.group(1) or "") + within.group(2)
        if at < 0 or m:
            return None
        at += 1
    return None


def _met_before(text: str, name: str, pos: int) -> bool:
    """The body `name` is in the text before `pos`, by its name or by its last two words in lower
    case ("the armed forces said" before "the Malian Armed Forces (FAMa)")."""
    tail = " ".join(name.split()[-2:])
    return text.find(name, 0, pos) >= 0 or tail.lower() != tail and tail.lower() in text[:pos].lower()


def _named_for_kind(text: str, claimant: str, pos: int, org_words) -> str | None:
    """"according to a doctors' group … The Sudan Doctors Network said": the first body named after
    `pos` whose name holds the kind's own word and ends in an organisation's word."""
    words = claimant.split()
    for word in words[1:] if " of " in claimant else words[1:-1]:  # "a committee of nurses"; "a doctors' group"
        word = word.rstrip("'’s") if word.endswith(("s'", "s’")) else word
        if len(word) < 4 or not word.isalpha() or word in ("local", "armed", "small", "major", "leading"):
            continue
        cap = word.capitalize()
        at = text.find(cap, pos, pos + _REACH)
        if at < 0:
            continue
        m = re.compile(rf"(?<![\w'’])([Tt]he\s+)?((?:[A-Z][\w'’-]*\s+){{0,3}}{cap}s?['’]?(?:\s+[A-Z][\w'’-]*){{1,3}})").search(
            text, max(pos, at - 60), pos + _REACH)
        if m and m.group(2).split()[-1] in org_words:
            return ("the " if m.group(1) else "") + m.group(2)
    return None


def _initials(claimant: str) -> str:
    """ "The Kisoro Resident District Commissioner" → "KRDC"."""
    return "".join(w[0] for w in claimant.split()[1:] if w[:1].isupper())


class LaterNamed(str):
    """A role as written ("a police spokesman"), which the denials still read as such, carrying
    the name the article gives the person later; the final tidying of names takes the name."""

    name: str

    def __new__(cls, role: str, name: str) -> LaterNamed:
        obj = super().__new__(cls, role)
        obj.name = name
        return obj


def role_head(claimant: str) -> str | None:
    """The role word of an unnamed person ("officer" in "a senior police officer"), else None."""
    m = _ROLE.match(claimant)
    if m is None:
        return None
    head = m.group(2).lower()
    return head if not head.endswith(("ies", "ers", "ists", "men", "ians", "als", "ts", "ses")) else None


def named_later(finder, text: str, claimant: str, pos: int, sentence: tuple[int, int], people) -> str | None:
    """The person the article names, after `pos`, as the unnamed `claimant` ("a police spokesman"):
    the first titled person named after it whose title fits, or one introduced by the same role in
    an apposition ("The officer, X"). Not a speaker who kept their name back."""
    head = role_head(claimant)
    national = _KIND_OF_BODY.match(claimant) if head is None else None  # "An Egyptian rights group"
    head = head or (national and national.group(1))
    if head is None:
        placed = _PLACED_ROLE.match(claimant)
        head = placed.group(1).lower() if placed and placed.group(1).lower() in finder.titles else None
    if head is None:
        return None
    if head in _KIND_HEADS and claimant[:1] in "Aa":
        return _named_for_kind(text, claimant, pos, finder.org_words)
    if head in _BODY_HEADS and claimant[:1] in "Aa":
        if national:  # "An Egyptian rights group said …" and the next paragraph names it: not a UN "Rights" body
            return body_named_later(text, head, pos, finder.org_words)
        return _named_for_kind(text, claimant, pos, finder.org_words) or body_named_later(text, head, pos, finder.org_words)
    titles = finder.titles
    if head not in titles and text.find(f"{head}, ", pos, pos + _REACH) < 0:
        return None  # "the doctor, X" is not there
    # kept back in its own sentence or another of its paragraph ("…, a coast guard official said.
    # That brought the toll to nine, the official said, speaking on condition of anonymity")
    para = (text.rfind("\n", 0, sentence[0]) + 1, text.find("\n", sentence[1]) % (len(text) + 1))
    if _ANONYMOUS.search(text, min(para[0], sentence[0]), max(para[1], sentence[1])):
        return None
    kind = titles.get(head)
    military = " military " in f" {claimant.lower()} "  # "the military governor", "a military spokesman"
    named_before = {p.name for p in people if p.start < pos}
    for p in people:
        if p.start <= pos:
            continue
        if p.start > pos + _REACH:
            break
        if p.name in named_before or p.name.endswith(("'s", "’s")) or not finder.looks_like_name(p.name):
            continue
        if _NEW_PERSON_BEFORE.search(text, max(0, p.start - 60), p.start) or \
                _NEW_PERSON_AFTER.match(text, p.start + len(p.name)):
            return None  # "a volunteer coordinator, Mert Kaya" / "X, a nurse,": someone else, met now
        if head in _HEAD_ROLES and _WHO_HEADS.match(text, p.start + len(p.name)):
            return p.name  # "The agency's director told … Rodrigo Lazcano, who heads the agency, said"
        owned = _OWNED_ROLE.search(text, max(0, p.start - 60), p.start)
        if owned and owned.group(1).lower() != head:
            return None  # "A local official said … Its spokesman, X, said": the body's speaker, met now
        apposed = _APPOSED_ROLE.search(text, max(0, p.start - 60), p.start)
        if apposed:
            role = apposed.group(1).lower()
            if role == head or kind is not None and (role in titles or role in _ANY_ROLE):  # "the sub-prefect … The official, X"
                return p.name
            if apposed.group(1).isupper() and _initials(claimant).endswith(apposed.group(1)):
                return p.name  # "The Kisoro Resident District Commissioner … said the RDC, X"
        if kind is not None and p.titles:
            if head in _ANY_TITLE or head in p.titles or kind != "official" and kind in p.titles:
                return p.name  # "a state official … information minister X": an official holds any title
            if military and "commander" in p.titles:
                return p.name  # "the military governor said … Lt. Gen. X told reporters": an officer
            return None  # the first titled person named after it holds another title
    return None


# "the police spokesman", "The army's regional commander": a role with the words that place it
_PLACED_WORDS = re.compile(r"^[Tt]he\s+((?:[a-z]+\s+){1,2})([a-z]+)$")


def placed_role(np: str, titles) -> tuple[str, list[str]] | None:
    """ "the police spokesman" → ("the spokesman", ["police"]), when its last word is a title."""
    m = _PLACED_WORDS.match(np)
    if m is None or m.group(2).lower() not in titles:
        return None
    return f"the {m.group(2)}", m.group(1).split()


def introduced_with(text: str, people, name: str | None, words: list[str]) -> bool:
    """`name` is a person introduced with `words` just before it ("The Plateau State Police Command
    spokesman, DSP X" for "police")."""
    person = next((p for p in people if p.name == name), None)
    return person is not None and all(w in text[max(0, person.start - 80) : person.start].lower() for w in words)
