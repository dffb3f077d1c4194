"""Whether a long name and an acronym belong together: initials in order ("DoDMA"), letters spelled
out ("Cogta"), a body's head noun ("the mission, known as MINUSCA") or a well-known body described
("the U.N. refugee agency" → UNHCR, from resources/vocab/body_acronyms.txt)."""

from __future__ import annotations

import re
from typing import NamedTuple

THE = re.compile(r"^the\s+", re.IGNORECASE)
ORG_HEADS = frozenset("agency centre center commission committee council department directorate institute "
                      "office organisation organization service authority bureau unit".split())


def named_body(name: str) -> bool:
    """A capitalised name of several words whose last is a body's head ("… Rescue Agency")."""
    words = THE.sub("", name).split()  # … or opens on one: "the Ministry of Health (Minsa)", "… System (Sinaproc)"
    return len(words) >= 2 and (words[-1].lower() in ORG_HEADS or words[0] in ("Ministry", "Secretariat") or
                                words[-1] in ("System", "Ministry", "Police", "Army") or
                                len(words) >= 4 and ("for" in words or "of" in words))  # "… Commissioner for Human Rights"


def fits(acronym: str, name: str) -> bool:
    """The acronym's capitals are the initials of the name's capitalised words, in order, the
    first one first ("DoDMA" for "Department of Disaster Management Affairs")."""
    capitals = [c for c in acronym if c.isupper()]
    letters = iter(initials(name))
    return bool(capitals) and initials(name)[:1] == capitals[0] and all(c in letters for c in capitals)


def spelled_in(acronym: str, name: str) -> bool:
    """ "Cogta" in "Department of Cooperative Governance and Traditional Affairs": a name of three or
    more capitalised words whose letters, from one word's initial on, spell the acronym in order."""
    if len(initials(name)) < 3:
        return False
    low = acronym.lower()
    words = name.split()
    for i, w in enumerate(words):
        if w[:1].isupper() and w[0].lower() == low[0]:
            rest = iter(" ".join(words[i:]).lower())
            return all(c in rest for c in low)
    return False


def by_head(claimant: str, heads: dict[str, str]) -> str | None:
    """ "the United Nations peacekeeping mission" → MINUSCA, given "the mission, known as MINUSCA"."""
    words = [w.lower().strip("'’") for w in claimant.split()]
    if len(words) < 2 and claimant[:1].isupper():
        return None
    return next((heads[w] for i, w in enumerate(words) if w in heads and
                 (i == len(words) - 1 or words[i + 1] in ("for", "of", "on", "in"))), None)


_UN_PREFIX = re.compile(r"^(?:the\s+)?(?:u\.?n\.?['’]?s?|united\s+nations['’]?s?)\s+")


class DescribedBodies(NamedTuple):
    """`body_acronyms.txt` read: description → acronym, and the full names that stand alone
    without "UN" before them (written there with a leading "=")."""

    described: dict[str, str]
    alone: frozenset[str]

    @classmethod
    def from_table(cls, table: dict[str, str]) -> DescribedBodies:
        return cls({phrase.lstrip("="): acronym.upper() for phrase, acronym in table.items()},
                   frozenset(phrase[1:] for phrase in table if phrase.startswith("=")))


NO_BODIES = DescribedBodies({}, frozenset())


def described_acronym(name: str, acronyms: set[str], bodies: DescribedBodies) -> str | None:
    """The acronym of a well-known body written out or described ("the U.N. refugee agency",
    "the World Food Programme"), when the article uses that acronym somewhere."""
    low = " ".join(name.lower().replace("’", "'").split())
    rest = _UN_PREFIX.sub("", low)
    if rest == low:  # no "UN" before it: only a full name stands alone
        rest = low[4:] if low.startswith("the ") else low
        if rest not in bodies.alone:
            return None
    acronym = bodies.described.get(rest)
    return acronym if acronym in acronyms else None


def alias_key(name: str) -> str:
    return " ".join(THE.sub("", name.strip()).lower().split())


def initials(name: str) -> str:
    return "".join(w[0] for w in THE.sub("", name).split() if w[0].isupper())
