"""A state's army by its acronym: "Mali's army", "the Malian army" or "Mali army" is the body the story
defines as "the Malian Armed Forces (FAMa)" — the guidelines write a body by its acronym when the
text gives one anywhere."""

from __future__ import annotations

import re

_DEFINED = re.compile(r"\b([A-Z][a-z]+)\s+(?i:armed\s+forces|army|defen[cs]e\s+forces|military)\s+\(([A-Z][A-Za-z]{1,7})\)")
_OWNED = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?(?:['’]s)?\s+(?:army|armed\s+forces|military|defen[cs]e\s+forces)",
                    re.IGNORECASE)


class ForcesAliases:
    """The armies an article defines with an acronym, by the demonym or country they open on."""

    def __init__(self, text: str) -> None:
        self._defined = [(m.group(1), m.group(2)) for m in _DEFINED.finditer(text)] if " (" in text else []

    def acronym(self, claimant: str | None) -> str | None:
        """The acronym of the state's army `claimant` names, or `claimant` as it is."""
        if not self._defined or not claimant:
            return claimant
        m = _OWNED.fullmatch(claimant)
        if m is None:
            return claimant
        owner = m.group(1)
        stem = owner[:-1] if owner[-1] in "aeiou" else owner  # "Mali" → "Malian"; "Nigeria" → "Nigerian"
        for named, acronym in self._defined:
            if named == owner or named.startswith(stem) and len(named) - len(stem) <= 4:
                return acronym
        return claimant


def longer_names(claimants: list[str | None]) -> dict[str, str]:
    """ "Prison Watch said" after "Prison Watch Sierra Leone, a monitoring group, said": a body's name
    written short, as the opening words of a longer name another figure of the article gives."""
    names = {c for c in claimants if c and " " in c and c[:1].isupper() and not c.startswith("The ")}
    out = {}
    for short in names:
        longer = [n for n in names if n.startswith(short + " ") and n[len(short) + 1 :][:1].isupper()]
        if len(longer) == 1:
            out[short] = longer[0]
    return out
