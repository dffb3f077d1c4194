"""Long names of bodies and the short forms a story uses after them: "the UN rights office" for "the UN
human rights office", and names written with a foreign particle ("Front Uni de Lomé", "Frente Amplio
del Sur") shortened to "the Front Uni"."""

from __future__ import annotations

import re

# the particles that join the words of a French, Spanish, Portuguese or Italian name
PARTICLES = ("de", "du", "des", "del", "della", "di", "da", "do", "dos", "das")
PARTICLES_AFTER = r"(?:" + "|".join(PARTICLES) + r")\s+"  # one particle and the space after it
# "the opposition coalition Front Uni": the kind of body between a described head and the name
KIND_AFTER_HEAD = r"(?:coalition|alliance|party|movement|front|platform|bloc)\s+(?=[A-Z])"
_PARTICLE_AFTER = re.compile(r"\s(?:" + "|".join(PARTICLES) + r")\s")


def name_with_particle(head: str, full: str) -> bool:
    """ "forces unies" is "forces unies de lomé" written short: the longer name (lower case, a leading
    "the" allowed) opens with every word of `head` and goes on with a particle."""
    if full.startswith("the "):
        full = full[4:]
    return full.startswith(head + " ") and _PARTICLE_AFTER.match(full, len(head)) is not None


def kind_named(named: re.Match, head_end: int) -> bool:
    """ "the opposition coalition Forces Unies": a kind of body written between the head and a name of
    two words or more, so the name may open on an organisation word."""
    return named.start(1) > head_end + 1 and " " in named.group(1)


def shortened(head: str, full: str) -> bool:
    """ "UN rights office" is "the UN human rights office" written short: its words in order, the
    same first and last word."""
    words = head.split()
    if words[-1] not in full or words[0] not in full:
        return False  # most claimants share neither word: no need to split them
    longer = full.split()
    if longer and longer[0] == "the":
        longer = longer[1:]
    if len(longer) <= len(words) or words[0] != longer[0] or words[-1] != longer[-1]:
        return False
    rest = iter(longer)
    return all(w in rest for w in words)
