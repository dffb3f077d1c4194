"""Honorifics and ranks are no part of a name: "Hon. Ada Obi", "DSP Musa Garba", "Alhaji Sani Bello",
"Dr. Grace Wanjiru" → the name alone; and what stood before them too ("Deputy Commissioner Kisumu
Dr Otieno Ouma": a place left over from a title) → "Otieno Ouma"."""

from __future__ import annotations

import re

# Courtesy titles, honorifics and abbreviated ranks written before a name (police, military, civil)
_BEFORE_NAME = frozenset(
    "hon honourable honorable rt dr mr mrs ms miss prof engr eng barr arc alhaji alhaja hajia hajiya hajjah mallam malam "
    # Burmese courtesy titles: "Daw Aye Aye", "Ko Min Thu", "U Kyaw Zaw" (two name words must follow)
    "daw ko u ma "
    # religious courtesy titles before a name: "Mawlawi Abdul Karim", "Maulana Fazlur Rahman"
    "mawlawi maulvi moulvi maulana mawlana mullah haji hajji alhaj ustaz "
    "sen rep gov cs dsp asp sp csp acp dcp cp aig dig igp supt insp sgt cpl pte lt col maj gen capt brig "
    "cdr adm maj-gen lt-col lt-gen brig-gen "
    # Malaysian and Bruneian honorifics: "Datuk Ahmad Zahid", "Dato' Sri Lim"
    "datuk dato dato' datin".split())
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*|(?:al|el|ad|as|abu|bin|ibn|de|da|van|von|du)(?:-[\w'’-]+)?")


def bare_name(claimant: str) -> str:
    """`claimant` without the honorifics or ranks before a person's name (and any words before
    them); unchanged unless at least two capitalised words follow the last one."""
    if " " not in claimant:
        return claimant
    tokens = claimant.split()
    last = max((k for k, t in enumerate(tokens[:-2]) if t.rstrip(".").lower() in _BEFORE_NAME), default=-1)
    if last < 0:
        return claimant
    rest = tokens[last + 1 :]
    if not all(_NAME_WORD.fullmatch(t) for t in rest) or len(rest) > 4:
        return claimant
    return " ".join(rest)
