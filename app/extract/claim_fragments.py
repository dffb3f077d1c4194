"""Words left over when a relative clause is cut off a subject phrase: "…, in which relatives were not
told" leaves "in", which is no speaker."""

from __future__ import annotations

BARE_PREPOSITIONS = frozenset(
    "in on at by of for from with during among under over after before since until into onto upon "
    "through across against between within without".split())


def bare_preposition(np: str) -> bool:
    """ "in", "during", "of": a preposition alone, what is left of "in which …", "during which …"."""
    return np.lower() in BARE_PREPOSITIONS
