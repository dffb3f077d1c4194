"""Words left over when a clause is read for its subject. A place before an inverted verb ("… north
of the capital, Lima, said Ana Ruiz") is what was said, not who said it.

Also: words left over when a relative clause is cut off a subject phrase: "…, in which relatives were not
told" leaves "in", which is no speaker."""

from __future__ import annotations

import re

_FULL_NAME_AFTER = re.compile(r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?=[,.]|\s+(?:on|told|in)\b)")

BARE_PREPOSITIONS = frozenset(
    "in on at by of for from with during among under over after before since until into onto upon "
    "through across against between within without".split())


def bare_preposition(np: str) -> bool:
    """ "in", "during", "of": a preposition alone, what is left of "in which …", "during which …"."""
    return np.lower() in BARE_PREPOSITIONS


def named_after_place(finder, text: str, verb, end: int, np: str) -> bool:
    """ "…, north-east of the capital, Lima, said Ana Ruiz, the governor": one capitalised word before
    ", said" (a place ends the clause) and a person's full name right after the verb."""
    if " " in np or not np[:1].isupper() or np.isupper() or verb.phrase not in ("said", "says", "added"):
        return False
    after = _FULL_NAME_AFTER.match(text, verb.end, end)
    return after is not None and finder.looks_like_name(after.group(1))
